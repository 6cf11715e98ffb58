import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Observable, Subject, firstValueFrom } from 'rxjs';
import { Api } from '../core/api';
import { userSubject } from '../core/auth';
import { LogbookEntry } from '../core/models';
import { callError } from '../core/problem';
import { EntryBody, OutboxItem, OutboxStore } from './outbox-store';

/** The server accepted a queued entry (a replayed clientKey gives the entry it already had). */
export interface EntryAccepted {
  type: 'accepted';
  fileId: string;
  clientKey: string;
  entry: LogbookEntry;
}

/** A sending round ended (also when it had nothing to send); how many entries went out, per file. */
export interface QueueFlushed {
  type: 'flushed';
  sent: Record<string, number>;
}

export type QueueEvent = EntryAccepted | QueueFlushed;

/**
 * The wait before the next round after the server could not be reached, then every 30 s while
 * entries wait (and at once when the device comes back online).
 */
export const OUTBOX_RETRY_MS = [2_000, 5_000, 15_000, 30_000];

/**
 * Logbook entries written without network (on a phone, at a patient's home): kept in IndexedDB,
 * shown as waiting, and sent in the order they were written once the network is back. Each keeps
 * its clientKey, so a retry after a lost answer never writes it twice. An entry the server
 * refuses for good (4xx other than 401, 408, 429) is kept aside with the reason, until its
 * author discards it: nothing is dropped silently.
 */
@Injectable({ providedIn: 'root' })
export class OfflineQueue {
  private readonly api = inject(Api);
  private readonly store = new OutboxStore();
  private readonly items = signal<OutboxItem[]>([]);
  private readonly network = signal(navigator.onLine);
  private readonly sending = signal(false);
  private readonly subject = new Subject<QueueEvent>();
  /** What the device believes of its network (navigator.onLine and its events). */
  readonly online = this.network.asReadonly();
  /** True during a sending round. */
  readonly busy = this.sending.asReadonly();
  readonly events: Observable<QueueEvent> = this.subject.asObservable();
  /** The logged-in user's entries on this device, oldest first; refused ones included. */
  readonly mine = computed(() => {
    const me = currentUser();
    return this.items()
      .filter((item) => item.author === me)
      .sort((a, b) =>
        a.createdAt === b.createdAt
          ? a.body.clientKey.localeCompare(b.body.clientKey)
          : a.createdAt.localeCompare(b.createdAt),
      );
  });

  private started = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private lastCreatedAt = 0;
  /** IndexedDB reads and writes one after the other: a reload never forgets a new entry. */
  private exclusive: Promise<unknown> = Promise.resolve();
  private readonly onOnline = (): void => {
    this.network.set(true);
    this.failures = 0;
    void this.flush();
  };
  private readonly onOffline = (): void => {
    this.network.set(false);
    clearTimeout(this.retry);
  };
  private readonly onVisibilityChange = (): void => {
    // Timers sleep with a phone's screen: try again when the page is looked at.
    if (document.visibilityState === 'visible') void this.flush();
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Loads what an earlier visit left and sends it; calling it again does nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    void this.flush();
  }

  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    clearTimeout(this.retry);
  }

  /** Keeps an entry on the device; resolves once it is stored, rejects if it could not be. */
  async enqueue(fileId: string, body: EntryBody): Promise<void> {
    const item: OutboxItem = {
      fileId,
      body,
      createdAt: this.nextCreatedAt(),
      author: userSubject(),
    };
    await this.locked(async () => {
      await this.store.put(item);
      this.items.update((items) => [
        ...items.filter((i) => i.body.clientKey !== body.clientKey),
        item,
      ]);
    });
    // Written offline, the 'online' event sends it; written while the server was unreachable,
    // the next round does.
    if (navigator.onLine) this.scheduleRetry();
  }

  /** Drops an entry the server refused, once its author has read why. */
  async discard(clientKey: string): Promise<void> {
    await this.locked(async () => {
      await this.store.delete(clientKey);
      this.items.update((items) => items.filter((i) => i.body.clientKey !== clientKey));
    });
  }

  /** One sending round: the waiting entries, oldest first, until one cannot reach the server. */
  async flush(): Promise<void> {
    if (!this.started || this.sending() || !navigator.onLine) return;
    this.sending.set(true);
    clearTimeout(this.retry);
    const sent: Record<string, number> = {};
    let blocked = false;
    try {
      // Another tab may have sent or added entries meanwhile.
      await this.locked(async () => this.items.set(await this.store.all()));
      for (const item of this.mine().filter((i) => !i.refusal)) {
        if (!navigator.onLine) {
          blocked = true;
          break;
        }
        const outcome = await this.send(item);
        if (outcome === 'accepted') sent[item.fileId] = (sent[item.fileId] ?? 0) + 1;
        if (outcome === 'later') {
          blocked = true;
          break;
        }
      }
    } catch (e) {
      console.warn('Logbook outbox unreadable', e);
      blocked = true;
    } finally {
      this.sending.set(false);
    }
    this.subject.next({ type: 'flushed', sent });
    if (blocked) this.scheduleRetry();
    else this.failures = 0;
  }

  private async send(item: OutboxItem): Promise<'accepted' | 'refused' | 'later'> {
    const clientKey = item.body.clientKey;
    let entry: LogbookEntry;
    try {
      entry = await firstValueFrom(this.api.writeEntry(item.fileId, item.body));
    } catch (e) {
      const error = callError(e);
      if (worthRetrying(error.status)) return 'later';
      const refused: OutboxItem = {
        ...item,
        refusal: { status: error.status, messageKey: error.messageKey, detail: error.detail },
      };
      await this.locked(async () => {
        await this.store.put(refused);
        this.items.update((items) =>
          items.map((i) => (i.body.clientKey === clientKey ? refused : i)),
        );
      });
      return 'refused';
    }
    // If this delete failed, the next round would send it again: the server answers a replayed
    // clientKey with the same entry.
    await this.locked(async () => {
      await this.store.delete(clientKey);
      this.items.update((items) => items.filter((i) => i.body.clientKey !== clientKey));
    });
    this.subject.next({ type: 'accepted', fileId: item.fileId, clientKey, entry });
    return 'accepted';
  }

  private scheduleRetry(): void {
    clearTimeout(this.retry);
    if (!this.started || !navigator.onLine) return;
    const wait = OUTBOX_RETRY_MS[Math.min(this.failures, OUTBOX_RETRY_MS.length - 1)];
    this.failures++;
    this.retry = setTimeout(() => void this.flush(), wait);
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    const next = this.exclusive.then(work, work);
    this.exclusive = next.catch(() => undefined);
    return next;
  }

  /** Strictly increasing, so that two entries written in the same millisecond keep their order. */
  private nextCreatedAt(): string {
    this.lastCreatedAt = Math.max(Date.now(), this.lastCreatedAt + 1);
    return new Date(this.lastCreatedAt).toISOString();
  }
}

/** Unreachable, not logged in any more, too early or a server fault: the entry waits. */
function worthRetrying(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

function currentUser(): string {
  try {
    return userSubject();
  } catch {
    return '';
  }
}
