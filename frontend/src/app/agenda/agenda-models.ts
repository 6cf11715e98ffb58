/** Wire formats of the agenda API, docs/api/agenda.md. Times are Paris wall-clock times. */

export type AppointmentKind = 'VISIT' | 'APPOINTMENT';
export type OccurrenceKind = AppointmentKind | 'MEETING';
export const APPOINTMENT_KINDS: AppointmentKind[] = ['VISIT', 'APPOINTMENT'];

export type Answer = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type MyAnswer = Answer | 'ORGANIZER';

/** Who performs an appointment: a professional, or a structure after a booking of its slot. */
export interface Performer {
  kind: 'PROFESSIONAL' | 'STRUCTURE';
  id: string;
  name: string;
}

export interface PatientRef {
  fileId: string;
  patientName: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

/** A meeting not over yet that I am invited to and have not answered. */
export interface Invitation {
  meetingId: string;
  title: string;
  start: string;
  startsAt: string;
  organizer: PersonRef | null;
}

/** One occurrence of an appointment (or a meeting), as the agenda views list them. */
export interface Occurrence {
  appointmentId: string;
  kind: OccurrenceKind;
  title: string;
  location: string | null;
  /** Null for a meeting. */
  fileId: string | null;
  /** Only when the caller is in the patient's team. */
  patientName: string | null;
  /** A meeting: its patients of the caller's teams. */
  patients?: PatientRef[];
  performer: Performer | null;
  /** The series' original start: the key of an exception. */
  occurrence: string;
  /** Paris local, "2026-03-30T08:00". */
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  recurring: boolean;
  moved: boolean;
  /** Meetings only. */
  myAnswer?: MyAnswer | null;
}

export interface OccurrenceException {
  occurrence: string;
  cancelled: boolean;
  start: string | null;
  durationMinutes: number | null;
}

export interface Appointment {
  id: string;
  fileId: string;
  patientName: string;
  kind: AppointmentKind;
  title: string;
  location: string | null;
  performer: Performer;
  start: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
  exceptions: OccurrenceException[];
  reminderMinutes: number | null;
  createdBy: PersonRef;
  createdAt: string;
  cancelled: boolean;
  /** Sent back as If-Match. */
  revision: number;
  mayEdit: boolean;
}

export interface AppointmentCommand {
  kind: AppointmentKind;
  title: string;
  location: string | null;
  performerId: string;
  start: string;
  durationMinutes: number;
  rrule: string | null;
  reminderMinutes: number | null;
}

/** What PUT /api/appointments/{id} takes: the same as a new one, but the kind stays. */
export type AppointmentChange = Omit<AppointmentCommand, 'kind'>;

/** Something read with its ETag, sent back as If-Match when it is changed. */
export interface Tagged<T> {
  value: T;
  etag: string;
}

export interface Participant {
  id: string;
  name: string;
  profession: string;
  answer: Answer;
  answeredAt: string | null;
  comment: string | null;
}

export interface Decision {
  fileId: string;
  patientName: string;
  text: string;
  logbookEntryId: string;
}

export interface Meeting {
  id: string;
  title: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  location: string | null;
  agenda: string | null;
  organizer: PersonRef;
  patients: PatientRef[];
  participants: Participant[];
  reminderMinutes: number | null;
  decisions: Decision[];
  decidedAt: string | null;
  decidedBy: PersonRef | null;
  cancelled: boolean;
  myAnswer: MyAnswer;
  mayRecordDecision: boolean;
  /** Decisions are recorded from the start of the meeting on. */
  started: boolean;
}

export interface MeetingCommand {
  title: string;
  start: string;
  durationMinutes: number;
  location: string | null;
  agenda: string | null;
  fileIds: string[];
  participantIds: string[];
  reminderMinutes: number | null;
}

export interface Slot {
  id: string;
  owner: Performer;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  booked: boolean;
}

export interface SlotCommand {
  structureId: string | null;
  start: string;
  durationMinutes: number;
  count: number;
}

export interface BookingCommand {
  fileId: string;
  title: string;
  kind: AppointmentKind;
  location: string | null;
  reminderMinutes: number | null;
}

export type FeedDetail = 'DISCREET' | 'DETAILED';
export const FEED_DETAILS: FeedDetail[] = ['DISCREET', 'DETAILED'];

export interface Feed {
  active: boolean;
  detail: FeedDetail | null;
  createdAt: string | null;
  /** Only in the answer that creates it. */
  url: string | null;
}

/** The reminders offered: none, 15 min, 1 h, 1 day before. */
export const REMINDERS: (number | null)[] = [null, 15, 60, 1440];
/** The durations offered, in minutes. */
export const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];
