import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Subscription, debounceTime, filter } from 'rxjs';
import { LiveEvents } from '../live/live-events';
import { MessagingApi } from './messaging-api';

/** How often the count is asked for while the tab is visible, should the live stream be down. */
const POLL_MS = 60_000;

/**
 * The caller's unread message count, for the badge next to "Messagerie" in the header. Asked for
 * when started, when a message arrives on the live stream (or the stream is back), when the tab
 * becomes visible again, every minute while it is visible, and after a conversation was read.
 */
@Injectable({ providedIn: 'root' })
export class MessagingUnread {
  private readonly api = inject(MessagingApi);
  private readonly live = inject(LiveEvents);
  private readonly count = signal(0);
  /** Unread messages, all conversations together, as last known (0 until the first answer). */
  readonly unread = this.count.asReadonly();
  private timer: ReturnType<typeof setInterval> | undefined;
  private pending: Subscription | undefined;
  private liveUpdates: Subscription | undefined;
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.refresh();
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts keeping the count up to date; calling it again does nothing. */
  start(): void {
    if (this.timer !== undefined) return;
    this.refresh();
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible') this.refresh();
    }, POLL_MS);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.liveUpdates = this.live.events
      .pipe(
        filter((e) => e.type === 'message' || e.type === 'reconnected'),
        debounceTime(300),
      )
      .subscribe(() => this.refresh());
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.pending?.unsubscribe();
    this.liveUpdates?.unsubscribe();
    this.liveUpdates = undefined;
  }

  /** Asks the server now; an older question still running is dropped (the newest answer wins). */
  refresh(): void {
    this.pending?.unsubscribe();
    this.pending = this.api.unreadCount().subscribe({
      next: (count) => this.count.set(Math.max(0, count)),
      // The badge keeps the last known count: the next event or tick asks again.
      error: () => undefined,
    });
  }
}
