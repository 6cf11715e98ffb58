import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Observable, Subscription, tap } from 'rxjs';
import { LiveEvents } from '../live/live-events';
import { NotificationsApi, UserNotification } from './notifications-api';

/** How often the unread count is asked for while the tab is visible. */
export const NOTIFICATION_POLL_MS = 30_000;

/**
 * The caller's unread notification count, for the bell in the header. Asked for when started,
 * every 30 seconds while the tab is visible, as soon as the tab becomes visible again, and after
 * every mark-read; and as soon as the live stream says it changed (or is back after a break).
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsApi);
  private readonly live = inject(LiveEvents);
  private readonly count = signal(0);
  /** The number of unread notifications, as last known (0 until the first answer). */
  readonly unread = this.count.asReadonly();
  private timer: ReturnType<typeof setInterval> | undefined;
  private pending: Subscription | undefined;
  private liveUpdates: Subscription | undefined;
  private readonly onVisibilityChange = (): void => {
    if (isVisible()) this.refresh();
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts keeping the count up to date; calling it again does nothing. */
  start(): void {
    if (this.timer !== undefined) return;
    this.refresh();
    this.timer = setInterval(() => {
      if (isVisible()) this.refresh();
    }, NOTIFICATION_POLL_MS);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.liveUpdates = this.live.events.subscribe((e) => {
      if (e.type === 'notification') {
        this.pending?.unsubscribe();
        this.count.set(Math.max(0, e.unread));
      }
      if (e.type === 'reconnected') this.refresh();
    });
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.pending?.unsubscribe();
    this.liveUpdates?.unsubscribe();
    this.liveUpdates = undefined;
  }

  /** Asks the server for the unread count now; an older question still running is dropped. */
  refresh(): void {
    this.pending?.unsubscribe();
    this.pending = this.api.unreadCount().subscribe({
      next: (count) => this.count.set(Math.max(0, count)),
      // The bell keeps the last known count: the next tick asks again.
      error: () => undefined,
    });
  }

  /** Marks one notification read, then updates the count. */
  markRead(notification: UserNotification): Observable<UserNotification> {
    return this.api.markRead(notification.id).pipe(
      tap(() => {
        if (!notification.readAt) this.count.update((c) => Math.max(0, c - 1));
        this.refresh();
      }),
    );
  }

  /** Marks every notification read, then updates the count. */
  markAllRead(): Observable<void> {
    return this.api.markAllRead().pipe(
      tap(() => {
        this.count.set(0);
        this.refresh();
      }),
    );
  }
}

function isVisible(): boolean {
  return document.visibilityState === 'visible';
}
