import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { Page } from '../core/models';
import { CallError, callError } from '../core/problem';
import {
  ConversationDetail,
  ConversationMessage,
  ConversationSummary,
  CopiedEntry,
  CopyToLogbook,
  MESSAGES_PAGE_SIZE,
  MessageAttachment,
  PostMessage,
  StartConversation,
} from './messaging-models';

const id = encodeURIComponent;
const BASE = '/api/conversations';

/** The messaging API (docs/api/messaging.md): one method per call. */
@Injectable({ providedIn: 'root' })
export class MessagingApi {
  private readonly http = inject(HttpClient);

  // ------------------------------------------------------------------ reads

  /** The caller's conversations, most recent activity first. */
  conversations(): Observable<ConversationSummary[]> {
    return this.http.get<ConversationSummary[]>(BASE);
  }

  /** The conversations about one patient (its care team only). */
  patientConversations(fileId: string): Observable<ConversationSummary[]> {
    return this.http.get<ConversationSummary[]>(`/api/patients/${id(fileId)}/conversations`);
  }

  /** How many messages the caller has not read, all conversations together. */
  unreadCount(): Observable<number> {
    return this.http.get<{ count: number }>(`${BASE}/unread`).pipe(map((body) => body.count));
  }

  conversation(conversationId: string): Observable<ConversationDetail> {
    return this.http.get<ConversationDetail>(`${BASE}/${id(conversationId)}`);
  }

  /** A page of messages, newest first; reading it marks the conversation read up to its newest. */
  messages(
    conversationId: string,
    page = 0,
    size = MESSAGES_PAGE_SIZE,
  ): Observable<Page<ConversationMessage>> {
    return this.http.get<Page<ConversationMessage>>(`${BASE}/${id(conversationId)}/messages`, {
      params: new HttpParams().set('page', page).set('size', size),
    });
  }

  // ------------------------------------------------------------------ writes

  start(command: StartConversation): Observable<ConversationDetail> {
    return this.http.post<ConversationDetail>(BASE, command);
  }

  post(conversationId: string, message: PostMessage): Observable<ConversationMessage> {
    return this.http.post<ConversationMessage>(`${BASE}/${id(conversationId)}/messages`, message);
  }

  /** Uploads a photo or PDF, to be named by the caller's next message (415, 413, 400 empty). */
  uploadAttachment(conversationId: string, file: File): Observable<MessageAttachment> {
    return this.http.post<MessageAttachment>(`${BASE}/${id(conversationId)}/attachments`, file, {
      params: { name: file.name },
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  }

  /** The bytes of a file joined to a message, with their real type. */
  attachment(conversationId: string, attachmentId: string): Observable<Blob> {
    return this.http.get(`${BASE}/${id(conversationId)}/attachments/${id(attachmentId)}`, {
      responseType: 'blob',
    });
  }

  /** The owner adds chosen members (TOPIC conversations only). */
  addMembers(conversationId: string, professionalIds: string[]): Observable<ConversationDetail> {
    return this.http.post<ConversationDetail>(`${BASE}/${id(conversationId)}/members`, {
      professionalIds,
    });
  }

  /** Any member calls in all the professionals of a structure. */
  callResourceTeam(conversationId: string, structureId: string): Observable<ConversationDetail> {
    return this.http.post<ConversationDetail>(`${BASE}/${id(conversationId)}/resource-teams`, {
      structureId,
    });
  }

  /** The owner hands the conversation over to another member. */
  handOver(conversationId: string, to: string): Observable<ConversationDetail> {
    return this.http.post<ConversationDetail>(`${BASE}/${id(conversationId)}/delegation`, { to });
  }

  /** A message of a PATIENT conversation becomes a logbook entry (409 already-in-logbook). */
  copyToLogbook(
    conversationId: string,
    messageId: string,
    command: CopyToLogbook,
  ): Observable<CopiedEntry> {
    return this.http.post<CopiedEntry>(
      `${BASE}/${id(conversationId)}/messages/${id(messageId)}/logbook-entry`,
      command,
    );
  }
}

/** A failed messaging call, with the problem's code and, for already-in-logbook, the entry. */
export interface MessagingError extends CallError {
  code?: string;
  logbookEntryId?: string;
}

/** What went wrong, in words for the messaging screens. */
export function messagingError(error: unknown): MessagingError {
  const base = callError(error);
  const problem =
    error instanceof HttpErrorResponse && error.error && typeof error.error === 'object'
      ? (error.error as Record<string, unknown>)
      : null;
  const code = typeof problem?.['code'] === 'string' ? problem['code'] : undefined;
  const entry = problem?.['logbookEntryId'];
  let messageKey = base.messageKey;
  // The server names the mention that is not a member as the field mentions[i].
  const fields = Object.keys(base.fields);
  if (fields.some((field) => field.startsWith('mentions'))) {
    messageKey = 'problem.mention-not-member';
  } else if (fields.some((field) => field.startsWith('attachments'))) {
    // A file the server will not join (already used, not the caller's…): named as attachments[i].
    messageKey = 'attachments.messaging.refused';
  } else if (base.status === 404) {
    messageKey = 'messaging.error.notFound';
  }
  return {
    ...base,
    messageKey,
    code,
    logbookEntryId: typeof entry === 'string' ? entry : undefined,
  };
}

/** The server could not be reached (no network, or a proxy in front of a stopped server). */
export function unreachable(error: CallError): boolean {
  return [0, 502, 503, 504].includes(error.status);
}

/** A random UUID, also where crypto.randomUUID is missing (plain HTTP on a LAN address). */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
