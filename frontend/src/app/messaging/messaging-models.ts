/** Wire formats of the messaging API (docs/api/messaging.md). */
import { LogbookCategory } from '../core/models';

/** About one patient (members: the care team and resource teams called in) or a topic. */
export type ConversationKind = 'PATIENT' | 'TOPIC';

/** How a member came in: the patient's care team, chosen by the owner, or a resource team. */
export type MemberVia = 'TEAM' | 'CHOSEN' | 'RESOURCE_TEAM';

/** A conversation in a list, with the caller's unread count. */
export interface ConversationSummary {
  id: string;
  kind: ConversationKind;
  fileId: string | null;
  /** "LEMOINE Bernard", for a PATIENT conversation. */
  patientName: string | null;
  subject: string;
  ownerId: string;
  ownerName: string;
  lastMessageAt: string | null;
  unread: number;
}

export interface ConversationMember {
  id: string;
  /** "Claire Dubois": what a mention inserts after the "@". */
  name: string;
  structure: string;
  via: MemberVia;
}

/** A conversation with its members; `mayManage` for its owner (hand over, add members). */
export interface ConversationDetail {
  id: string;
  kind: ConversationKind;
  fileId: string | null;
  patientName: string | null;
  subject: string;
  ownerId: string;
  ownerName: string;
  createdAt: string;
  members: ConversationMember[];
  mayManage: boolean;
}

export interface Mention {
  id: string;
  name: string;
}

/** A message as the caller sees it; never edited nor deleted. */
export interface ConversationMessage {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  sentAt: string;
  mentions: Mention[];
  /** The logbook entry it was copied into, if any (PATIENT conversations). */
  logbookEntryId: string | null;
  mine: boolean;
  /** Written by the server: "X a confié la conversation à Y", "X a fait appel à …". */
  system: boolean;
  /** Photos and PDF joined to the message (absent from answers of servers older than them). */
  attachments?: MessageAttachment[];
}

/** A photo or PDF joined to a message; its bytes are read separately (members only). */
export interface MessageAttachment {
  id: string;
  name: string;
  /** The type the server found in the content (image/jpeg, image/png, …, application/pdf). */
  mediaType: string;
  /** In bytes. */
  size: number;
}

export type StartConversation =
  | { kind: 'PATIENT'; fileId: string; subject: string }
  | { kind: 'TOPIC'; subject: string; memberIds: string[] };

export interface PostMessage {
  /** 1 to 4000 characters. */
  text: string;
  /** Ids of members mentioned ("@Prénom Nom" in the text). */
  mentions?: string[];
  /** Kept until the message is accepted: the same key twice gives the first message back. */
  clientKey?: string;
  /** Ids of files uploaded by the caller in this conversation, not joined to a message yet. */
  attachments?: string[];
}

export interface CopyToLogbook {
  category: LogbookCategory;
  important?: boolean;
}

/** The logbook entry a message became (only its id is used here). */
export interface CopiedEntry {
  id: string;
}

/** Limits of the API. */
export const MESSAGE_MAX = 4000;
export const SUBJECT_MAX = 200;
/** The size of a page of messages. */
export const MESSAGES_PAGE_SIZE = 30;
