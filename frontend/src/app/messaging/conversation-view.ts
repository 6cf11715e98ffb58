import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription, debounceTime, filter } from 'rxjs';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LiveEvents } from '../live/live-events';
import { ConversationHeader } from './conversation-header';
import { ConversationsStore } from './conversations-store';
import { MessageComposer } from './message-composer';
import { merged } from './message-format';
import { MessageItem } from './message-item';
import { MessagingApi, MessagingError, messagingError } from './messaging-api';
import { ConversationDetail, ConversationMessage } from './messaging-models';

/** Closer to the bottom than this, the reader is "at the bottom" and follows new messages. */
const BOTTOM_SLACK_PX = 48;

/**
 * One conversation, like a chat: the oldest message at the top, the composer at the bottom.
 * Opening it reads its newest page (which marks it read); older pages come on demand. A message
 * that arrives on the live stream is read and added below without reloading what is shown; the
 * view follows it when the reader was at the bottom, else a button offers to go down.
 */
@Component({
  selector: 'app-conversation-view',
  imports: [TranslatePipe, ConversationHeader, MessageItem, MessageComposer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card view"
      aria-labelledby="conversation-subject"
      data-testid="conversation-view"
    >
      @if (error(); as e) {
        <div class="alert" role="alert">
          <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
          @if (e.status !== 404 && e.status !== 403) {
            <button type="button" class="btn secondary" (click)="open(id())">
              {{ 'common.retry' | t }}
            </button>
          }
        </div>
      }
      @if (detail(); as d) {
        <app-conversation-header [conversation]="d" (changed)="changed($event)" />
        <div
          #thread
          class="thread"
          tabindex="0"
          role="region"
          [attr.aria-label]="'messaging.thread' | t"
          [attr.aria-busy]="messages() === null"
          (scroll)="scrolled()"
          data-testid="messages"
        >
          @if (hasOlder()) {
            <p class="older">
              <button
                type="button"
                class="btn secondary"
                [disabled]="loadingOlder()"
                (click)="older()"
                data-testid="messages-older"
              >
                {{ (loadingOlder() ? 'common.loading' : 'messaging.older') | t }}
              </button>
            </p>
          }
          @if (messages(); as list) {
            @if (list.length === 0) {
              <p class="muted empty" data-testid="messages-empty">{{ 'messaging.empty' | t }}</p>
            }
            <ol class="messages">
              @for (m of list; track m.id) {
                <li
                  appMessage
                  [message]="m"
                  [conversationId]="d.id"
                  [myId]="myId()"
                  [canCopy]="canCopy()"
                  (copied)="copied(m.id, $event)"
                ></li>
              }
            </ol>
          } @else {
            <p class="muted">{{ 'common.loading' | t }}</p>
          }
        </div>
        @if (unseen() > 0) {
          <button
            type="button"
            class="btn unseen"
            (click)="toBottom(true)"
            data-testid="messages-unseen"
          >
            <span aria-hidden="true">↓</span>
            {{
              (unseen() === 1 ? 'messaging.unseenOne' : 'messaging.unseenMany')
                | t: { count: unseen() }
            }}
          </button>
        }
        <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
        <app-message-composer [conversationId]="d.id" [members]="others()" (sent)="sent($event)" />
      } @else if (!error()) {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .view {
      display: flex;
      flex-direction: column;
      height: calc(100dvh - 12.5rem);
      min-height: 30rem;
      margin: 0;
      position: relative;
    }
    .thread {
      flex: 1 1 auto;
      min-height: 10rem;
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 0.25rem 0.25rem 0.5rem;
      margin: 0 -0.5rem;
    }
    .thread:focus-visible {
      outline-offset: -3px;
    }
    .messages {
      list-style: none;
      margin: 0;
      padding: 0 0.25rem;
    }
    .older {
      text-align: center;
      margin: 0.5rem 0;
    }
    .empty {
      text-align: center;
      margin-top: 2rem;
    }
    .unseen {
      align-self: center;
      margin: 0.25rem 0;
      border-radius: 999px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (max-width: 48rem) {
      .view {
        height: calc(100dvh - 7rem);
        min-height: 26rem;
        padding: 0.6rem 0.75rem;
      }
    }
  `,
})
export class ConversationView {
  private readonly api = inject(MessagingApi);
  private readonly store = inject(ConversationsStore);
  private readonly session = inject(Session);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  /** The conversation's id (route parameter). */
  readonly id = input.required<string>();

  protected readonly detail = signal<ConversationDetail | null>(null);
  /** Oldest first; null while the first page is read. */
  protected readonly messages = signal<ConversationMessage[] | null>(null);
  protected readonly error = signal<MessagingError | null>(null);
  protected readonly hasOlder = signal(false);
  protected readonly loadingOlder = signal(false);
  /** Messages of others that arrived while the reader was scrolled up. */
  protected readonly unseen = signal(0);
  protected readonly announcement = signal('');
  private readonly thread = viewChild<ElementRef<HTMLElement>>('thread');
  protected readonly myId = computed(() => this.session.user()?.professional.id ?? null);
  /** Who may be mentioned: everybody but the caller. */
  protected readonly others = computed(
    () => this.detail()?.members.filter((m) => m.id !== this.myId()) ?? [],
  );
  /** A conversation about a patient, and the caller is in the care team (not a resource team). */
  protected readonly canCopy = computed(() => {
    const d = this.detail();
    if (d?.kind !== 'PATIENT') return false;
    const me = d.members.find((m) => m.id === this.myId());
    return !me || me.via === 'TEAM';
  });
  /** The last older page read (0: only the newest). */
  private olderPage = 0;
  private loading = new Subscription();

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.open(id));
    });
    inject(LiveEvents)
      .events.pipe(
        filter(
          (e) =>
            e.type === 'reconnected' || (e.type === 'message' && e.conversationId === this.id()),
        ),
        debounceTime(150),
        takeUntilDestroyed(),
      )
      .subscribe((e) => {
        if (e.type === 'reconnected') this.loadDetail(this.id(), true);
        this.newest();
      });
    inject(DestroyRef).onDestroy(() => {
      this.loading.unsubscribe();
      if (this.store.openId() === this.id()) this.store.openId.set(null);
    });
  }

  protected open(id: string): void {
    this.loading.unsubscribe();
    this.loading = new Subscription();
    this.store.openId.set(id);
    this.detail.set(null);
    this.messages.set(null);
    this.error.set(null);
    this.hasOlder.set(false);
    this.unseen.set(0);
    this.announcement.set('');
    this.olderPage = 0;
    this.loadDetail(id, false);
    this.loading.add(
      this.api.messages(id, 0).subscribe({
        next: (page) => {
          this.messages.set([...page.items].reverse());
          this.hasOlder.set(page.size < page.total);
          this.store.read(id);
          this.toBottom(false);
        },
        error: (e) => this.error.set(messagingError(e)),
      }),
    );
  }

  private loadDetail(id: string, quiet: boolean): void {
    this.loading.add(
      this.api.conversation(id).subscribe({
        next: (d) => {
          const first = !this.detail();
          this.detail.set(d);
          if (!first) return;
          // Opened from the list on a phone, the link that had the focus is gone: the subject.
          afterNextRender(() => this.focusSubject(), { injector: this.injector });
          // The messages may have come first, before the thread was on screen.
          if (this.messages()) this.toBottom(false);
        },
        error: (e) => {
          if (!quiet) this.error.set(messagingError(e));
        },
      }),
    );
  }

  private focusSubject(): void {
    const active = document.activeElement;
    const inView = active && active !== document.body && !!active.closest('app-conversation-view');
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    if (!inView && !typing) document.getElementById('conversation-subject')?.focus();
  }

  /** Reads the newest page and adds what is new below, without touching what is shown. */
  private newest(): void {
    const id = this.id();
    const known = this.messages();
    if (known === null) return;
    const wasAtBottom = this.atBottom();
    this.loading.add(
      this.api.messages(id, 0).subscribe({
        next: (page) => {
          if (id !== this.id()) return;
          const current = this.messages() ?? [];
          const ids = new Set(current.map((m) => m.id));
          const fresh = page.items.filter((m) => !ids.has(m.id));
          if (current.length && fresh.length === page.items.length && page.total > page.size) {
            // More arrived than a page holds (a long break): start again from the newest.
            this.messages.set([...page.items].reverse());
            this.olderPage = 0;
            this.hasOlder.set(true);
          } else {
            this.messages.set(merged(current, page.items));
          }
          this.store.read(id);
          if (fresh.some((m) => m.system)) this.loadDetail(id, true);
          const theirs = fresh.filter((m) => !m.mine);
          this.announce(theirs);
          if (wasAtBottom || fresh.some((m) => m.mine)) this.toBottom(false);
          else this.unseen.update((n) => n + theirs.length);
        },
        // Tried again at the next event.
        error: () => undefined,
      }),
    );
  }

  private announce(fresh: ConversationMessage[]): void {
    if (!fresh.length) return;
    this.announcement.set(
      fresh.length === 1
        ? this.i18n.t('messaging.live.one', { name: fresh[0].authorName })
        : this.i18n.t('messaging.live.many', { count: fresh.length }),
    );
  }

  protected older(): void {
    const id = this.id();
    const el = this.thread()?.nativeElement;
    const fromBottom = el ? el.scrollHeight - el.scrollTop : 0;
    this.loadingOlder.set(true);
    this.loading.add(
      this.api.messages(id, this.olderPage + 1).subscribe({
        next: (page) => {
          this.loadingOlder.set(false);
          this.olderPage = page.page;
          this.messages.update((list) => merged(list ?? [], page.items));
          this.hasOlder.set((page.page + 1) * page.size < page.total);
          // Keep the messages that were on screen where they were.
          afterNextRender(
            () => {
              const t = this.thread()?.nativeElement;
              if (t) t.scrollTop = t.scrollHeight - fromBottom;
            },
            { injector: this.injector },
          );
        },
        error: (e) => {
          this.loadingOlder.set(false);
          this.error.set(messagingError(e));
        },
      }),
    );
  }

  protected sent(message: ConversationMessage): void {
    this.messages.update((list) => merged(list ?? [], [message]));
    this.toBottom(false);
  }

  protected copied(messageId: string, entryId: string): void {
    this.messages.update(
      (list) =>
        list?.map((m) => (m.id === messageId ? { ...m, logbookEntryId: entryId } : m)) ?? null,
    );
  }

  protected changed(detail: ConversationDetail): void {
    this.detail.set(detail);
    // The server wrote a note ("… a confié la conversation à …"): show it.
    this.newest();
  }

  protected scrolled(): void {
    if (this.unseen() && this.atBottom()) this.unseen.set(0);
  }

  private atBottom(): boolean {
    const el = this.thread()?.nativeElement;
    return !el || el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK_PX;
  }

  /** Scrolls the thread to its end once rendered; `smooth` when the reader asked for it. */
  protected toBottom(smooth: boolean): void {
    this.unseen.set(0);
    afterNextRender(
      () => {
        const el = this.thread()?.nativeElement;
        if (!el) return;
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        el.scrollTo({ top: el.scrollHeight, behavior: smooth && !reduce ? 'smooth' : 'auto' });
      },
      { injector: this.injector },
    );
  }
}
