import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Subscription, debounceTime, filter } from 'rxjs';
import { AttachmentPicker, PickedAttachment } from '../attachments/attachment-picker';
import { Api } from '../core/api';
import { Pager } from '../core/pager';
import { Session } from '../core/session';
import { LOGBOOK_CATEGORIES, LogbookCategory, LogbookEntry, Page } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LiveEvents } from '../live/live-events';
import { AttachmentList } from './attachment-list';
import { LogbookApi } from './logbook-api';
import { OfflineQueue } from './offline-queue';
import { EntryBody, OutboxItem } from './outbox-store';
import { AgoPipe, MomentPipe } from '../i18n/dates';

/** How long entries that just arrived stay marked "new". */
const FRESH_MS = 10_000;

/**
 * The logbook of a patient: write an observation (with photos or PDF while online), read the
 * newest first, page by page. The categories offered are those the patient's structure chose. New
 * entries of the team appear as they are written (live stream); without network, what the user
 * writes waits on the device and is shown at the top until it is sent.
 */
@Component({
  selector: 'app-logbook-panel',
  imports: [
    FormsModule,
    TranslatePipe,
    Pager,
    AttachmentPicker,
    AttachmentList,
    AgoPipe,
    MomentPipe,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="logbook-title">
      <h2 id="logbook-title">{{ 'logbook.title' | t }}</h2>
      @if (closed()) {
        <p class="muted" data-testid="logbook-closed">{{ 'logbook.closed' | t }}</p>
      }
      @if (canWrite() && !closed()) {
        <form class="write" (ngSubmit)="write()" data-testid="logbook-form">
          <h3>{{ 'logbook.write' | t }}</h3>
          @if (!queue.online()) {
            <p class="offline" data-testid="logbook-offline">{{ 'logbook.offline.hint' | t }}</p>
          }
          @if (correcting(); as c) {
            <div class="alert" role="status" data-testid="correcting">
              {{ 'logbook.correcting' | t: { date: (c.writtenAt | moment) } }}
              <button type="button" class="link" (click)="correcting.set(null)">
                {{ 'common.cancel' | t }}
              </button>
            </div>
          }
          @if (error(); as e) {
            <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
          }
          @if (notice(); as n) {
            <div class="alert ok" role="status" data-testid="logbook-notice">
              {{ n.key | t: n.params }}
            </div>
          }
          <app-field [label]="'logbook.category' | t" controlId="entry-category">
            <select
              appFieldControl
              name="category"
              [ngModel]="category()"
              (ngModelChange)="chooseCategory($event)"
              data-testid="entry-category"
            >
              @for (c of categories(); track c) {
                <option [value]="c">{{ 'category.' + c | t }}</option>
              }
            </select>
          </app-field>
          <app-field
            [label]="'logbook.text' | t"
            controlId="entry-text"
            [hint]="'logbook.textHelp' | t: { count: text().length }"
          >
            <textarea
              appFieldControl
              name="text"
              rows="4"
              maxlength="4000"
              [ngModel]="text()"
              (ngModelChange)="text.set($event)"
              data-testid="entry-text"
            ></textarea>
          </app-field>
          <label class="check">
            <input
              type="checkbox"
              name="important"
              [ngModel]="important()"
              (ngModelChange)="important.set($event)"
              data-testid="entry-important"
            />
            {{ 'logbook.important' | t }}
          </label>
          <app-attachment-picker
            kind="logbook"
            camera
            [upload]="upload()"
            [offline]="!queue.online()"
            [(attachments)]="attachments"
          />
          <button
            class="btn"
            type="submit"
            [disabled]="saving() || !text().trim() || uploading()"
            [attr.aria-describedby]="uploading() ? 'entry-wait' : null"
            data-testid="entry-submit"
          >
            {{ (saving() ? 'logbook.saving' : 'logbook.submit') | t }}
          </button>
          @if (uploading()) {
            <p class="help" id="entry-wait">{{ 'attachments.logbook.wait' | t }}</p>
          }
        </form>
      }
      @if (pending().length) {
        <ol
          class="entries"
          [attr.aria-label]="'logbook.offline.pendingList' | t"
          data-testid="logbook-pending"
        >
          @for (q of pending(); track q.body.clientKey) {
            <li
              class="pending"
              [class.important]="q.body.important"
              [class.refused]="!!q.refusal"
              data-testid="entry-pending"
            >
              <div class="meta">
                @if (q.refusal) {
                  <span class="badge refused">{{ 'logbook.offline.notSent' | t }}</span>
                } @else {
                  <span class="badge waiting">{{ 'logbook.offline.pending' | t }}</span>
                }
                <span class="badge">{{ 'category.' + q.body.category | t }}</span>
                @if (q.body.important) {
                  <span class="badge important" data-testid="entry-important">{{
                    'logbook.importantBadge' | t
                  }}</span>
                }
                <time [attr.datetime]="q.createdAt" [title]="q.createdAt | moment">{{
                  q.createdAt | ago
                }}</time>
              </div>
              <p class="text">{{ q.body.text }}</p>
              @if (q.body.attachments?.length) {
                <div class="muted small">
                  {{
                    'attachments.logbook.pendingCount' | t: { count: q.body.attachments!.length }
                  }}
                </div>
              }
              @if (q.refusal; as r) {
                <div class="refusal" data-testid="entry-pending-error">
                  {{
                    'logbook.offline.refused'
                      | t: { reason: i18n.t(r.messageKey, { detail: r.detail ?? '' }) }
                  }}
                  <button
                    type="button"
                    class="link danger"
                    (click)="discard(q)"
                    data-testid="entry-pending-discard"
                  >
                    {{ 'logbook.offline.discard' | t }}
                  </button>
                </div>
              }
            </li>
          }
        </ol>
      }
      <p class="sr-only" aria-live="polite">
        @if (arrived()) {
          {{
            (arrived() === 1 ? 'logbook.live.one' : 'logbook.live.many') | t: { count: arrived() }
          }}
        }
      </p>
      @if (page(); as p) {
        @if (p.total === 0 && !pending().length) {
          <p class="muted" data-testid="logbook-empty">{{ 'logbook.empty' | t }}</p>
        }
        <ol class="entries" data-testid="logbook-entries">
          @for (e of p.items; track e.id) {
            <li
              [class.important]="e.important"
              [class.fresh]="fresh().has(e.id)"
              data-testid="logbook-entry"
            >
              <div class="meta">
                @if (fresh().has(e.id)) {
                  <span class="badge new" data-testid="entry-new">{{
                    'logbook.live.new' | t
                  }}</span>
                }
                <span class="badge">{{ 'category.' + e.category | t }}</span>
                @if (e.important) {
                  <span class="badge important" data-testid="entry-important">{{
                    'logbook.importantBadge' | t
                  }}</span>
                }
                <time [attr.datetime]="e.writtenAt" [title]="e.writtenAt | moment">{{
                  e.writtenAt | ago
                }}</time>
              </div>
              @if (e.corrects) {
                <div class="small correction">{{ 'logbook.correction' | t }}</div>
              }
              <p class="text" [class.corrected]="!!e.correctedBy">{{ e.text }}</p>
              @if (e.attachments?.length) {
                <app-attachment-list [source]="attachmentSource()" [attachments]="e.attachments!" />
              }
              @if (e.correctedBy) {
                <div class="small corrected-note" data-testid="entry-corrected">
                  {{ 'logbook.corrected' | t }}
                </div>
              }
              <div class="muted small">
                {{ 'logbook.by' | t: { name: e.authorName, role: i18n.t('role.' + e.authorRole) } }}
                @if (e.readBy.length) {
                  · {{ 'logbook.readBy' | t: { names: readers(e) } }}
                }
                @if (canWrite() && !closed() && !e.correctedBy && e.authorId === myId()) {
                  ·
                  <button
                    type="button"
                    class="link"
                    (click)="correct(e)"
                    data-testid="entry-correct"
                  >
                    {{ 'logbook.correct' | t }}
                  </button>
                }
              </div>
            </li>
          }
        </ol>
        <app-pager [page]="p" (go)="load($event)" />
      } @else {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    h3 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .write {
      border-bottom: 1px solid var(--line);
      padding-bottom: 1rem;
      margin-bottom: 1rem;
    }
    .offline {
      border-left: 4px solid var(--muted);
      padding-left: 0.6rem;
      font-weight: 600;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 400;
      margin-bottom: 0.75rem;
    }
    .entries {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .entries li {
      border-left: 4px solid var(--line);
      padding: 0.4rem 0 0.4rem 0.75rem;
      margin-bottom: 0.75rem;
    }
    /* Important: a frame and a badge, not a colour alone. */
    .entries li.important {
      border: 2px solid var(--important);
      border-left-width: 6px;
      border-radius: 0.4rem;
      padding-right: 0.5rem;
      background: var(--important-bg);
    }
    .entries li.pending {
      border-left-style: dashed;
      border-left-color: var(--brand-dark);
    }
    .entries li.refused {
      border-color: var(--danger);
      background: var(--danger-bg);
    }
    .entries li.fresh {
      animation: arrive 3s ease-out;
    }
    @keyframes arrive {
      from {
        box-shadow: 0 0 0 4px #f0b429;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .entries li.fresh {
        animation: none;
      }
    }
    .badge.waiting {
      background: var(--brand-dark);
      color: #fff;
    }
    .badge.refused {
      background: var(--danger);
      color: #fff;
    }
    .badge.new {
      background: var(--ok);
      color: #fff;
    }
    .refusal {
      color: var(--danger);
      font-weight: 600;
    }
    .meta {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
      font-size: 0.85rem;
    }
    .text {
      margin: 0.3rem 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .small {
      font-size: 0.85rem;
    }
    .help {
      font-size: 0.85rem;
      color: var(--muted);
      margin: 0.3rem 0 0;
    }
    .text.corrected {
      text-decoration: line-through;
      color: var(--muted);
    }
    .corrected-note,
    .correction {
      font-weight: 600;
      color: var(--important);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class LogbookPanel {
  private readonly api = inject(Api);
  private readonly logbookApi = inject(LogbookApi);
  protected readonly i18n = inject(I18n);
  protected readonly queue = inject(OfflineQueue);
  readonly fileId = input.required<string>();
  /** The bytes of this patient's attachments. */
  protected readonly attachmentSource = computed(() => {
    const fileId = this.fileId();
    return (attachmentId: string) => this.logbookApi.attachment(fileId, attachmentId);
  });
  /** False for an emergency (read-only) access. */
  readonly canWrite = input(true);
  /** The file is closed (the person left case management): the logbook is read only. */
  readonly closed = input(false);
  /** The categories the patient's structure offers, once known (for which file). */
  private readonly offered = signal<{ fileId: string; categories: LogbookCategory[] } | null>(null);
  /** Those offered; all of them while loading or when they cannot be read (offline). */
  protected readonly categories = computed(() => {
    const offered = this.offered();
    return offered?.fileId === this.fileId() && offered.categories.length
      ? offered.categories
      : LOGBOOK_CATEGORIES;
  });
  protected readonly page = signal<Page<LogbookEntry> | null>(null);
  protected readonly category = signal<LogbookCategory>(LOGBOOK_CATEGORIES[0]);
  /** The files of the entry being written (uploaded at once, named by the entry). */
  protected readonly attachments = signal<PickedAttachment[]>([]);
  /** Where they are uploaded: this patient's logbook (a new function for another patient). */
  protected readonly upload = computed(() => {
    const fileId = this.fileId();
    return (file: File) => this.logbookApi.upload(fileId, file);
  });
  protected readonly uploading = computed(() => this.attachments().some((a) => !a.uploaded));
  private readonly picker = viewChild(AttachmentPicker);
  protected readonly text = signal('');
  protected readonly important = signal(false);
  private readonly session = inject(Session);
  /** Only the author corrects an entry. */
  protected readonly myId = computed(() => this.session.user()?.professional.id ?? null);
  protected readonly saving = signal(false);
  protected readonly notice = signal<{ key: string; params?: Record<string, number> } | null>(null);
  protected readonly error = signal<CallError | null>(null);
  protected readonly correcting = signal<LogbookEntry | null>(null);
  /** What this user wrote in this file and the server does not have yet, oldest first. */
  protected readonly pending = computed(() =>
    this.queue.mine().filter((item) => item.fileId === this.fileId()),
  );
  /** Entries that just arrived (live or sent from the queue): briefly marked. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());
  /** How many arrived last, for screen readers. */
  protected readonly arrived = signal(0);
  /** Kept until the entry is accepted: a retry after a lost answer never writes it twice. */
  private clientKey = newKey();
  private loading: Subscription | undefined;
  private loadingCategories: Subscription | undefined;
  /** The user picked a category: a list that arrives later keeps it if it offers it. */
  private categoryPicked = false;
  private freshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The stream asked for a reload during a sending round: done when the round ends. */
  private reloadAfterFlush = false;

  constructor() {
    effect(() => {
      const fileId = this.fileId();
      untracked(() => {
        this.fresh.set(new Set());
        this.attachments.set([]);
        this.categoryPicked = false;
        this.fetch(0, false, fileId);
      });
    });
    // Read again when the network comes back, if it could not be read before.
    effect(() => {
      const fileId = this.fileId();
      const wanted = this.canWrite() && !this.closed() && this.queue.online();
      untracked(() => {
        if (wanted && this.offered()?.fileId !== fileId) this.fetchCategories(fileId);
      });
    });
    inject(LiveEvents)
      .events.pipe(
        filter(
          (e) =>
            e.type === 'reconnected' || (e.type === 'logbook-entry' && e.fileId === this.fileId()),
        ),
        // A burst (a phone sending its queue) gives one reload.
        debounceTime(300),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.refresh());
    this.queue.events.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e.type === 'accepted' && e.fileId === this.fileId()) this.show(e.entry);
      if (e.type === 'flushed') {
        const sent = e.sent[this.fileId()] ?? 0;
        if (sent) {
          this.notice.set({
            key: sent === 1 ? 'logbook.offline.sentOne' : 'logbook.offline.sentMany',
            params: { count: sent },
          });
        }
        if (sent || this.reloadAfterFlush) {
          this.reloadAfterFlush = false;
          this.refresh();
        }
      }
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.freshTimer));
  }

  private fetchCategories(fileId: string): void {
    this.loadingCategories?.unsubscribe();
    this.loadingCategories = this.logbookApi.categories(fileId).subscribe({
      next: (categories) => {
        this.offered.set({ fileId, categories });
        const list = this.categories();
        if (!this.categoryPicked || !list.includes(this.category())) this.category.set(list[0]);
      },
      // Offline or refused: the form offers them all, the server says if one is not offered.
      error: () => undefined,
    });
  }

  protected chooseCategory(category: LogbookCategory): void {
    this.categoryPicked = true;
    this.category.set(category);
  }

  protected load(page: number): void {
    this.fetch(page, false);
  }

  /** Reloads the page shown without a loading state; what is new on page 1 is marked. */
  private refresh(): void {
    if (this.queue.busy()) {
      this.reloadAfterFlush = true;
      return;
    }
    this.fetch(this.page()?.page ?? 0, true);
  }

  private fetch(page: number, quiet: boolean, fileId = this.fileId()): void {
    this.loading?.unsubscribe();
    this.loading = this.api.logbook(fileId, page).subscribe({
      next: (p) => {
        const before = this.page();
        if (quiet && before && before.page === 0 && p.page === 0) {
          const known = new Set(before.items.map((e) => e.id));
          this.markFresh(p.items.filter((e) => !known.has(e.id)).map((e) => e.id));
        }
        this.page.set(p);
      },
      // A quiet reload that fails is tried again at the next event.
      error: (e) => {
        if (!quiet) this.error.set(callError(e));
      },
    });
  }

  /** Puts an entry the server just accepted at the top of page 1, until the next reload. */
  private show(entry: LogbookEntry): void {
    const p = this.page();
    if (!p || p.page !== 0 || p.items.some((e) => e.id === entry.id)) return;
    this.page.set({ ...p, items: [entry, ...p.items].slice(0, p.size), total: p.total + 1 });
    this.markFresh([entry.id]);
  }

  private markFresh(ids: string[]): void {
    if (!ids.length) return;
    this.fresh.update((fresh) => new Set([...fresh, ...ids]));
    this.arrived.set(ids.length);
    clearTimeout(this.freshTimer);
    this.freshTimer = setTimeout(() => {
      this.fresh.set(new Set());
      this.arrived.set(0);
    }, FRESH_MS);
  }

  protected write(): void {
    if (!this.text().trim() || this.saving()) return;
    const fileId = this.fileId();
    const body: EntryBody = {
      category: this.category(),
      text: this.text(),
      important: this.important(),
      corrects: this.correcting()?.id ?? null,
      clientKey: this.clientKey,
    };
    // Only files already on the server: the outbox keeps JSON, never a file.
    const attachments = this.attachments()
      .filter((a) => a.uploaded)
      .map((a) => a.uploaded!.id);
    if (attachments.length) body.attachments = attachments;
    this.error.set(null);
    this.notice.set(null);
    if (!navigator.onLine) {
      void this.keepOnDevice(fileId, body);
      return;
    }
    this.saving.set(true);
    this.api.writeEntry(fileId, body).subscribe({
      next: () => {
        this.saving.set(false);
        this.notice.set({ key: 'logbook.posted' });
        this.clearForm();
        this.fetch(0, true);
      },
      error: (e) => {
        const error = callError(e);
        if (unreachable(error.status)) {
          // Same clientKey: if the server did get it, sending it again gives the same entry.
          void this.keepOnDevice(fileId, body);
          return;
        }
        this.saving.set(false);
        this.error.set(
          Object.keys(error.fields).some((field) => field.startsWith('attachments'))
            ? { ...error, messageKey: 'attachments.logbook.refused' }
            : error,
        );
      },
    });
  }

  private async keepOnDevice(fileId: string, body: EntryBody): Promise<void> {
    this.saving.set(true);
    try {
      await this.queue.enqueue(fileId, body);
      this.notice.set({ key: 'logbook.offline.queued' });
      this.clearForm();
    } catch {
      this.error.set({ status: 0, messageKey: 'logbook.offline.notStored', fields: {} });
    } finally {
      this.saving.set(false);
    }
  }

  private clearForm(): void {
    this.text.set('');
    this.important.set(false);
    this.attachments.set([]);
    this.picker()?.clearRefusals();
    this.correcting.set(null);
    this.clientKey = newKey();
  }

  protected discard(item: OutboxItem): void {
    void this.queue.discard(item.body.clientKey);
  }

  protected correct(entry: LogbookEntry): void {
    this.correcting.set(entry);
    // A category the structure no longer offers cannot be written: the current one stays.
    if (this.categories().includes(entry.category)) this.chooseCategory(entry.category);
    this.text.set(entry.text);
    // the importance stays unless the author removes it
    this.important.set(entry.important);
  }

  protected readers(entry: LogbookEntry): string {
    return entry.readBy.map((r) => r.name).join(', ');
  }
}

/** The server could not be reached (no network, or a proxy in front of a stopped server). */
function unreachable(status: number): boolean {
  return status === 0 || status === 502 || status === 503 || status === 504;
}

/** A random UUID, also where crypto.randomUUID is missing (plain HTTP on a LAN address). */
function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
