import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription, debounceTime, filter } from 'rxjs';
import { CallError } from '../core/problem';
import { LiveEvents } from '../live/live-events';
import { MessagingApi, messagingError } from './messaging-api';
import { ConversationSummary } from './messaging-models';
import { MessagingUnread } from './messaging-unread';

/**
 * The conversations of the messages page, shared by the list and the open conversation: the list
 * is read again (quietly) when a message arrives anywhere or the live stream is back, and the
 * conversation on screen counts as read.
 */
@Injectable()
export class ConversationsStore {
  private readonly api = inject(MessagingApi);
  private readonly unread = inject(MessagingUnread);
  private readonly list = signal<ConversationSummary[] | null>(null);
  /** The conversation on screen, if any. */
  readonly openId = signal<string | null>(null);
  readonly error = signal<CallError | null>(null);
  readonly loading = signal(false);
  /** The caller's conversations, most recent activity first; the one on screen is read. */
  readonly conversations = computed(() => {
    const open = this.openId();
    return this.list()?.map((c) => (c.id === open && c.unread ? { ...c, unread: 0 } : c)) ?? null;
  });
  private pending: Subscription | undefined;

  constructor() {
    inject(LiveEvents)
      .events.pipe(
        filter((e) => e.type === 'message' || e.type === 'reconnected'),
        debounceTime(300),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.load(true));
  }

  /** Reads the list; a quiet reload keeps what is shown until the answer (and on failure). */
  load(quiet = false): void {
    this.pending?.unsubscribe();
    if (!quiet) {
      this.loading.set(true);
      this.error.set(null);
    }
    this.pending = this.api.conversations().subscribe({
      next: (list) => {
        this.loading.set(false);
        this.error.set(null);
        this.list.set(list);
      },
      error: (e) => {
        this.loading.set(false);
        if (!quiet || !this.list()) this.error.set(messagingError(e));
      },
    });
  }

  /** The conversation on screen was just read (its newest page): badges follow. */
  read(conversationId: string): void {
    this.list.update(
      (list) => list?.map((c) => (c.id === conversationId ? { ...c, unread: 0 } : c)) ?? null,
    );
    this.unread.refresh();
    // An answer asked for before the read would bring the old count back: ask again.
    if (this.list()) this.load(true);
  }
}
