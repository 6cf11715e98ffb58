import { HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, WritableSignal, inject } from '@angular/core';
import { Observable, Subscription, map } from 'rxjs';
import { CallError, Problem, callError } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { AGENDA_MESSAGES } from './agenda.messages';
import {
  Answer,
  Appointment,
  AppointmentChange,
  AppointmentCommand,
  BookingCommand,
  Feed,
  FeedDetail,
  Meeting,
  MeetingCommand,
  Occurrence,
  Slot,
  SlotCommand,
  Tagged,
  Invitation,
} from './agenda-models';

const id = encodeURIComponent;

/** The revision the user worked from, as If-Match. */
function ifMatch(revision: number): HttpHeaders {
  return new HttpHeaders({ 'If-Match': `"${revision}"` });
}

/** The agenda API (docs/api/agenda.md): one method per call. Dates are Paris dates. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  // ------------------------------------------------------------------ reads

  /** A patient's occurrences between two Paris dates (`to` excluded). */
  patientAgenda(fileId: string, from: string, to: string): Observable<Occurrence[]> {
    return this.http.get<Occurrence[]>(`/api/patients/${id(fileId)}/agenda`, {
      params: new HttpParams().set('from', from).set('to', to),
    });
  }

  /** The caller's agenda: what I perform, the meetings I organise or am invited to. */
  myAgenda(from: string, to: string): Observable<Occurrence[]> {
    return this.http.get<Occurrence[]>('/api/agenda', {
      params: new HttpParams().set('from', from).set('to', to),
    });
  }

  appointment(appointmentId: string): Observable<Appointment> {
    return this.http.get<Appointment>(`/api/appointments/${id(appointmentId)}`);
  }

  /** The appointment with its ETag (its revision when the header is not readable), to change it. */
  appointmentToEdit(appointmentId: string): Observable<Tagged<Appointment>> {
    return this.http
      .get<Appointment>(`/api/appointments/${id(appointmentId)}`, { observe: 'response' })
      .pipe(
        map((response) => {
          const value = response.body as Appointment;
          return { value, etag: response.headers.get('ETag') ?? `"${value.revision}"` };
        }),
      );
  }

  /** The appointment as an iCalendar file (the auth interceptor adds the token). */
  appointmentIcs(appointmentId: string): Observable<Blob> {
    return this.http.get(`/api/appointments/${id(appointmentId)}/ics`, {
      params: new HttpParams().set('detail', 'DETAILED'),
      headers: new HttpHeaders({ Accept: 'text/calendar' }),
      responseType: 'blob',
    });
  }

  /** The meetings not over yet I am invited to and have not answered, soonest first. */
  invitationsToAnswer(): Observable<Invitation[]> {
    return this.http.get<Invitation[]>('/api/meetings/invitations');
  }

  meeting(meetingId: string): Observable<Meeting> {
    return this.http.get<Meeting>(`/api/meetings/${id(meetingId)}`);
  }

  /** Slots of a professional (default: me) or a structure between two Paris dates. */
  availability(
    owner: { professionalId?: string; structureId?: string },
    from: string,
    to: string,
  ): Observable<Slot[]> {
    let params = new HttpParams().set('from', from).set('to', to);
    if (owner.professionalId) params = params.set('professionalId', owner.professionalId);
    if (owner.structureId) params = params.set('structureId', owner.structureId);
    return this.http.get<Slot[]>('/api/availability', { params });
  }

  feed(): Observable<Feed> {
    return this.http.get<Feed>('/api/agenda/feed');
  }

  // ------------------------------------------------------------------ appointments

  createAppointment(fileId: string, command: AppointmentCommand): Observable<Appointment> {
    return this.http.post<Appointment>(`/api/patients/${id(fileId)}/appointments`, command);
  }

  /** Changes the whole appointment (series) if nobody changed it since `etag` was read (else 412). */
  updateAppointment(
    appointmentId: string,
    etag: string,
    change: AppointmentChange,
  ): Observable<Appointment> {
    return this.http.put<Appointment>(`/api/appointments/${id(appointmentId)}`, change, {
      headers: new HttpHeaders({ 'If-Match': etag }),
    });
  }

  /** Cancels the whole series (kept, no longer listed). */
  cancelAppointment(appointment: Appointment): Observable<void> {
    return this.http.delete<void>(`/api/appointments/${id(appointment.id)}`, {
      headers: ifMatch(appointment.revision),
    });
  }

  cancelOccurrence(appointmentId: string, occurrence: string): Observable<Appointment> {
    return this.http.put<Appointment>(this.occurrenceUrl(appointmentId, occurrence), {
      cancelled: true,
    });
  }

  moveOccurrence(
    appointmentId: string,
    occurrence: string,
    start: string,
    durationMinutes: number,
  ): Observable<Appointment> {
    return this.http.put<Appointment>(this.occurrenceUrl(appointmentId, occurrence), {
      start,
      durationMinutes,
    });
  }

  /** The occurrence is back as in the series. */
  restoreOccurrence(appointmentId: string, occurrence: string): Observable<Appointment> {
    return this.http.delete<Appointment>(this.occurrenceUrl(appointmentId, occurrence));
  }

  private occurrenceUrl(appointmentId: string, occurrence: string): string {
    return `/api/appointments/${id(appointmentId)}/occurrences/${id(occurrence)}`;
  }

  // ------------------------------------------------------------------ meetings

  createMeeting(command: MeetingCommand): Observable<Meeting> {
    return this.http.post<Meeting>('/api/meetings', command);
  }

  answer(meetingId: string, answer: Answer, comment: string | null): Observable<Meeting> {
    return this.http.post<Meeting>(`/api/meetings/${id(meetingId)}/answer`, { answer, comment });
  }

  recordDecisions(
    meetingId: string,
    decisions: { fileId: string; text: string }[],
  ): Observable<Meeting> {
    return this.http.post<Meeting>(`/api/meetings/${id(meetingId)}/decisions`, { decisions });
  }

  cancelMeeting(meetingId: string): Observable<void> {
    return this.http.delete<void>(`/api/meetings/${id(meetingId)}`);
  }

  // ------------------------------------------------------------------ availability

  publishSlots(command: SlotCommand): Observable<Slot[]> {
    return this.http.post<Slot[]>('/api/availability', command);
  }

  deleteSlot(slotId: string): Observable<void> {
    return this.http.delete<void>(`/api/availability/${id(slotId)}`);
  }

  book(slotId: string, command: BookingCommand): Observable<Appointment> {
    return this.http.post<Appointment>(`/api/availability/${id(slotId)}/booking`, command);
  }

  // ------------------------------------------------------------------ iCalendar subscription

  createFeed(detail: FeedDetail): Observable<Feed> {
    return this.http.post<Feed>('/api/agenda/feed', { detail });
  }

  changeFeed(detail: FeedDetail): Observable<Feed> {
    return this.http.put<Feed>('/api/agenda/feed', { detail });
  }

  revokeFeed(): Observable<void> {
    return this.http.delete<void>('/api/agenda/feed');
  }
}

/** A failed agenda call: its message key (the agenda's own problem codes first) and fields. */
export interface AgendaError extends CallError {
  code?: string;
}

/** What went wrong, in words for the agenda screens. */
export function agendaError(error: unknown): AgendaError {
  const base = callError(error);
  const problem =
    error instanceof HttpErrorResponse && error.error && typeof error.error === 'object'
      ? (error.error as Problem)
      : null;
  const code =
    typeof problem?.code === 'string'
      ? problem.code
      : typeof problem?.type === 'string'
        ? codeOfType(problem.type)
        : undefined;
  let messageKey = base.messageKey;
  if (code && `problem.${code}` in AGENDA_MESSAGES) messageKey = `problem.${code}`;
  else if (base.status === 404) messageKey = 'agenda.error.notFound';
  else if (base.status === 412) messageKey = 'agenda.error.stale';
  return { ...base, messageKey, code };
}

/**
 * The message for one field of a form: the form's own first, then the server's (`fileIds` also
 * takes the server's `fileIds[0]`).
 */
export function fieldError(
  error: AgendaError | null,
  field: string,
  local: Record<string, string> = {},
): string {
  const server = Object.entries(error?.fields ?? {}).find(
    ([f]) => f === field || f.startsWith(field + '['),
  );
  return local[field] ?? server?.[1] ?? '';
}

/**
 * The server's field problems that no field of the form shows (`shown`), each as "label : message"
 * (`labels`: the message key of a field's label; the field's name when it has none).
 */
export function otherFieldErrors(
  error: AgendaError | null,
  i18n: I18n,
  shown: string[] = [],
  labels: Record<string, string> = {},
): string[] {
  return Object.entries(error?.fields ?? {})
    .filter(([f]) => !shown.includes(f.replace(/\[\d+\]$/, '')))
    .map(([f, m]) => `${labels[f] ? i18n.t(labels[f]) : f} : ${m}`);
}

/**
 * Sends a change the screen waits for: `busy` while it runs, the previous error cleared; then
 * `done` with the answer, or the problem in `error` and `failed` to react to it.
 */
export function send<T>(
  call: Observable<T>,
  state: { busy: WritableSignal<boolean>; error: WritableSignal<AgendaError | null> },
  done: (answer: T) => void,
  failed?: (problem: AgendaError) => void,
): void {
  state.busy.set(true);
  state.error.set(null);
  call.subscribe({
    next: (answer) => {
      state.busy.set(false);
      done(answer);
    },
    error: (e) => {
      state.busy.set(false);
      const problem = agendaError(e);
      state.error.set(problem);
      failed?.(problem);
    },
  });
}

/**
 * Reads the list of a period into `list`. `quiet` (the live stream asked): the list shown stays
 * until the new one comes, and a failure is said only when there is none.
 */
export function readList<T>(
  call: Observable<T[]>,
  into: { list: WritableSignal<T[] | null>; error: WritableSignal<AgendaError | null> },
  quiet = false,
  then?: (list: T[]) => void,
): Subscription {
  if (!quiet) into.error.set(null);
  return call.subscribe({
    next: (list) => {
      into.error.set(null);
      into.list.set(list);
      then?.(list);
    },
    error: (e) => {
      if (!quiet || !into.list()) into.error.set(agendaError(e));
    },
  });
}

/** The last segment of a problem type URI ("…/problems/slot-taken" → "slot-taken"). */
function codeOfType(type: string): string | undefined {
  const last = type.split(/[/#:]/).filter(Boolean).pop();
  return last && last !== 'about:blank' && last !== 'blank' ? last : undefined;
}

/** Downloads a blob under a file name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
