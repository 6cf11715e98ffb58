import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Observable, Subject, filter } from 'rxjs';
import { accessToken } from '../core/auth';
import { SseMessage, SseParser } from './sse-parser';

/** A new entry in the logbook of a file of one of my care teams: ids only, read it from the API. */
export interface LogbookEntryEvent {
  type: 'logbook-entry';
  fileId: string;
  entryId: string;
  important: boolean;
}

/** My unread notification count changed. */
export interface NotificationEvent {
  type: 'notification';
  unread: number;
}

/** A new message in one of my conversations: ids only, read it from the API. */
export interface ConversationMessageEvent {
  type: 'message';
  conversationId: string;
  messageId: string;
}

/** A patient's agenda (fileId) or a meeting (meetingId, fileId null) changed: read it again. */
export interface AgendaEvent {
  type: 'agenda';
  fileId: string | null;
  meetingId: string | null;
}

/** The stream is back after a break: events may have been missed, reload what is shown. */
export interface ReconnectedEvent {
  type: 'reconnected';
}

export type LiveEvent =
  LogbookEntryEvent | NotificationEvent | ConversationMessageEvent | AgendaEvent | ReconnectedEvent;
export type LiveEventOf<T extends LiveEvent['type']> = Extract<LiveEvent, { type: T }>;

/** The wait before the 1st, 2nd, … new attempt once the stream ended or could not open. */
export const LIVE_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** A stream that stayed open this long was healthy: the next break starts the backoff again. */
const HEALTHY_MS = 10_000;

/**
 * The caller's live stream, GET /api/live (server-sent events). EventSource cannot send the bearer
 * token, so the stream is read with fetch(). It reconnects with a backoff when the stream ends,
 * waits while the device is offline, and announces every reconnection: what was shown may have
 * missed events.
 */
@Injectable({ providedIn: 'root' })
export class LiveEvents {
  private readonly subject = new Subject<LiveEvent>();
  /** Every event, as it comes; `reconnected` after a break. */
  readonly events: Observable<LiveEvent> = this.subject.asObservable();
  private readonly open = signal(false);
  /** True while the stream is open. */
  readonly connected = this.open.asReadonly();

  private started = false;
  private connection: AbortController | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private attempts = 0;
  private failures = 0;
  private readonly onOnline = (): void => this.connectNow();
  private readonly onOffline = (): void => this.disconnect();
  private readonly onVisibilityChange = (): void => {
    // A phone may have dropped the stream while the tab slept: no need to wait for the backoff.
    if (document.visibilityState === 'visible' && !this.connection) this.connectNow();
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Opens the stream (the user is logged in); calling it again does nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.connect();
  }

  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.disconnect();
  }

  /** The events of one type. */
  of<T extends LiveEvent['type']>(type: T): Observable<LiveEventOf<T>> {
    return this.events.pipe(filter((e): e is LiveEventOf<T> => e.type === type));
  }

  private connectNow(): void {
    this.failures = 0;
    this.connect();
  }

  private connect(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    if (!this.started || this.connection || !navigator.onLine) return;
    const connection = new AbortController();
    const reconnecting = this.attempts++ > 0;
    this.connection = connection;
    void this.run(connection.signal, reconnecting).then((again) => {
      if (this.connection !== connection) return; // stopped, or offline: nothing to schedule
      this.connection = undefined;
      this.open.set(false);
      if (again) this.scheduleRetry();
    });
  }

  private disconnect(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.connection?.abort();
    this.connection = undefined;
    this.open.set(false);
  }

  /** Reads one stream to its end; resolves to whether trying again makes sense. */
  private async run(signal: AbortSignal, reconnecting: boolean): Promise<boolean> {
    let openedAt = 0;
    try {
      const token = await accessToken();
      if (signal.aborted) return false;
      const response = await fetch('/api/live', {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        cache: 'no-store',
        signal,
      });
      if (!response.ok || !response.body) return !refusedForGood(response.status);
      openedAt = Date.now();
      this.open.set(true);
      if (reconnecting) this.subject.next({ type: 'reconnected' });
      await this.read(response.body);
    } catch {
      // The network went away, the stream was aborted, or the token could not be refreshed.
    }
    if (openedAt && Date.now() - openedAt >= HEALTHY_MS) this.failures = 0;
    return true;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        for (const message of parser.push(decoder.decode(value, { stream: true }))) {
          const event = toLiveEvent(message);
          if (event) this.subject.next(event);
        }
      }
    } finally {
      reader.releaseLock();
    }
  }

  private scheduleRetry(): void {
    const wait = LIVE_BACKOFF_MS[Math.min(this.failures, LIVE_BACKOFF_MS.length - 1)];
    this.failures++;
    // Up to 20 % more, so that the clients of a restarted server do not all come back at once.
    this.retry = setTimeout(() => this.connect(), wait * (1 + Math.random() * 0.2));
  }
}

/** A client error that another attempt will not fix (the caller has no professional, …). */
function refusedForGood(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 404, 408, 429].includes(status);
}

function toLiveEvent(message: SseMessage): LiveEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (
    message.event === 'logbook-entry' &&
    typeof d['fileId'] === 'string' &&
    typeof d['entryId'] === 'string'
  ) {
    return {
      type: 'logbook-entry',
      fileId: d['fileId'],
      entryId: d['entryId'],
      important: d['important'] === true,
    };
  }
  if (message.event === 'notification' && typeof d['unread'] === 'number') {
    return { type: 'notification', unread: d['unread'] };
  }
  if (
    message.event === 'message' &&
    typeof d['conversationId'] === 'string' &&
    typeof d['messageId'] === 'string'
  ) {
    return { type: 'message', conversationId: d['conversationId'], messageId: d['messageId'] };
  }
  if (message.event === 'agenda') {
    return {
      type: 'agenda',
      fileId: typeof d['fileId'] === 'string' ? d['fileId'] : null,
      meetingId: typeof d['meetingId'] === 'string' ? d['meetingId'] : null,
    };
  }
  return null;
}
