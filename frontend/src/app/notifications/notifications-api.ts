import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { Page } from '../core/models';

/** What a notification is about; its words come from the catalogue, never from the server. */
export const NOTIFICATION_KINDS = [
  'CARE_PLAN_VALIDATED',
  'CARE_PLAN_ACTION_ASSIGNED',
  'LOGBOOK_IMPORTANT_ENTRY',
  'ADDED_TO_TEAM',
  'EMERGENCY_ACCESS',
  'CARE_PLAN_ACTION_DUE',
  'CARE_PLAN_REVIEW_DUE',
  'MESSAGE_MENTION',
  'MEETING_INVITATION',
  'MEETING_ANSWERED',
  'MEETING_CANCELLED',
  'MEETING_REMINDER',
  'APPOINTMENT_REMINDER',
  'SLOT_BOOKED',
  'CARE_PLAN_DELEGATED',
  'CARE_PLAN_DELEGATION_WITHDRAWN',
  'CARE_PLAN_VALIDATION_REQUESTED',
  'SIGNAL_RECEIVED',
  'SIGNAL_ACCEPTED',
  'SIGNAL_REFUSED',
  'ADMISSION_REQUEST_RECEIVED',
  'ORIENTATION_REQUEST_RECEIVED',
  'REQUEST_ACCEPTED',
  'REQUEST_REFUSED',
  'REQUEST_ADMITTED',
  'REQUEST_WITHDRAWN',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A notification as the API sends it: no health data, only who did what kind of thing and a
 * link into the app. Not named `Notification`, which is the browser's own type.
 */
export interface UserNotification {
  id: string;
  kind: NotificationKind;
  fileId?: string;
  /** When the reader may see the patient (in the app only, never in an e-mail). */
  patientName?: string;
  actorName?: string;
  /** An app path, such as /patients/<id>/care-plan. */
  link: string;
  createdAt: string;
  /** Absent while unread. */
  readAt?: string;
}

export const EMAIL_PREFERENCES = ['IMMEDIATE', 'DAILY_DIGEST', 'NEVER'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

export interface NotificationPreferences {
  email: EmailPreference;
}

/** The size of a page of notifications. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

const id = encodeURIComponent;

/** The caller's notifications and e-mail preference. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** The caller's notifications, newest first. */
  list(page = 0, size = NOTIFICATIONS_PAGE_SIZE): Observable<Page<UserNotification>> {
    return this.http.get<Page<UserNotification>>('/api/notifications', {
      params: new HttpParams().set('page', page).set('size', size),
    });
  }

  unreadCount(): Observable<number> {
    return this.http
      .get<{ count: number }>('/api/notifications/unread')
      .pipe(map((body) => body.count));
  }

  /** Marks one notification read; answers it as it now is. */
  markRead(notificationId: string): Observable<UserNotification> {
    return this.http.post<UserNotification>(`/api/notifications/${id(notificationId)}/read`, {});
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>('/api/notifications/read', {});
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>('/api/notifications/preferences');
  }

  changePreferences(preferences: NotificationPreferences): Observable<NotificationPreferences> {
    return this.http.put<NotificationPreferences>('/api/notifications/preferences', preferences);
  }
}
