import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Api } from '../core/api';
import { Pager } from '../core/pager';
import { LOGBOOK_CATEGORIES, LogbookCategory, LogbookEntry, Page } from '../core/models';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';

/** The logbook of a patient: write an observation, read the newest first, page by page. */
@Component({
  selector: 'app-logbook-panel',
  imports: [FormsModule, TranslatePipe, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="logbook-title">
      <h2 id="logbook-title">{{ 'logbook.title' | t }}</h2>
      @if (canWrite()) {
        <form class="write" (ngSubmit)="write()" data-testid="logbook-form">
          <h3>{{ 'logbook.write' | t }}</h3>
          @if (correcting(); as c) {
            <div class="alert" role="status" data-testid="correcting">
              {{ 'logbook.correcting' | t: { date: i18n.dateTime(c.writtenAt) } }}
              <button type="button" class="link" (click)="correcting.set(null)">
                {{ 'common.cancel' | t }}
              </button>
            </div>
          }
          @if (error(); as e) {
            <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
          }
          @if (notice()) {
            <div class="alert ok" role="status">{{ 'logbook.posted' | t }}</div>
          }
          <div class="field">
            <label for="entry-category">{{ 'logbook.category' | t }}</label>
            <select
              id="entry-category"
              name="category"
              [ngModel]="category()"
              (ngModelChange)="category.set($event)"
              data-testid="entry-category"
            >
              @for (c of categories; track c) {
                <option [value]="c">{{ 'category.' + c | t }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="entry-text">{{ 'logbook.text' | t }}</label>
            <textarea
              id="entry-text"
              name="text"
              rows="4"
              maxlength="4000"
              [ngModel]="text()"
              (ngModelChange)="text.set($event)"
              aria-describedby="entry-help"
              data-testid="entry-text"
            ></textarea>
            <div class="help" id="entry-help">
              {{ 'logbook.textHelp' | t: { count: text().length } }}
            </div>
          </div>
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
          <button
            class="btn"
            type="submit"
            [disabled]="saving() || !text().trim()"
            data-testid="entry-submit"
          >
            {{ (saving() ? 'logbook.saving' : 'logbook.submit') | t }}
          </button>
        </form>
      }
      @if (page(); as p) {
        @if (p.total === 0) {
          <p class="muted" data-testid="logbook-empty">{{ 'logbook.empty' | t }}</p>
        }
        <ol class="entries" data-testid="logbook-entries">
          @for (e of p.items; track e.id) {
            <li [class.important]="e.important" data-testid="logbook-entry">
              <div class="meta">
                <span class="badge">{{ 'category.' + e.category | t }}</span>
                @if (e.important) {
                  <span class="badge important">{{ 'logbook.importantBadge' | t }}</span>
                }
                <time [attr.datetime]="e.writtenAt">{{ i18n.dateTime(e.writtenAt) }}</time>
              </div>
              @if (e.corrects) {
                <div class="small correction">{{ 'logbook.correction' | t }}</div>
              }
              <p class="text" [class.corrected]="!!e.correctedBy">{{ e.text }}</p>
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
                @if (canWrite() && !e.correctedBy) {
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
    .entries li.important {
      border-left-color: var(--important);
      background: var(--important-bg);
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
    .text.corrected {
      text-decoration: line-through;
      color: var(--muted);
    }
    .corrected-note,
    .correction {
      font-weight: 600;
      color: var(--important);
    }
  `,
})
export class LogbookPanel {
  private readonly api = inject(Api);
  protected readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  /** False for an emergency (read-only) access. */
  readonly canWrite = input(true);
  protected readonly categories = LOGBOOK_CATEGORIES;
  protected readonly page = signal<Page<LogbookEntry> | null>(null);
  protected readonly category = signal<LogbookCategory>('CARE');
  protected readonly text = signal('');
  protected readonly important = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly correcting = signal<LogbookEntry | null>(null);
  /** Kept until the entry is accepted: a retry after a lost answer never writes it twice. */
  private clientKey = newKey();

  constructor() {
    effect(() => this.load(0, this.fileId()));
  }

  protected load(page: number, fileId = this.fileId()): void {
    this.api.logbook(fileId, page).subscribe({
      next: (p) => this.page.set(p),
      error: (e) => this.error.set(callError(e)),
    });
  }

  protected write(): void {
    if (!this.text().trim()) return;
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(false);
    this.api
      .writeEntry(this.fileId(), {
        category: this.category(),
        text: this.text(),
        important: this.important(),
        corrects: this.correcting()?.id ?? null,
        clientKey: this.clientKey,
      })
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.notice.set(true);
          this.text.set('');
          this.important.set(false);
          this.correcting.set(null);
          this.clientKey = newKey();
          this.load(0);
        },
        error: (e) => {
          this.saving.set(false);
          this.error.set(callError(e));
        },
      });
  }

  protected correct(entry: LogbookEntry): void {
    this.correcting.set(entry);
    this.category.set(entry.category);
    this.text.set(entry.text);
  }

  protected readers(entry: LogbookEntry): string {
    return entry.readBy.map((r) => r.name).join(', ');
  }
}

/** A random UUID, also where crypto.randomUUID is missing (plain HTTP on a LAN address). */
function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
