import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { CareTeamRole } from '../core/models';

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED';

/** What the holder of an invitation link sees before answering (patient's initials only). */
export interface InvitationPreview {
  fileId: string;
  patientInitials: string;
  invitedBy: string;
  invitedByStructure: string;
  role: CareTeamRole;
  firstName: string;
  lastName: string;
  status: InvitationStatus;
  expiresAt: string;
}

/** The calls of an invitation link: see it, accept it (join the team), decline it. */
@Injectable({ providedIn: 'root' })
export class InvitationApi {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(this.url(token));
  }

  accept(token: string): Observable<{ fileId: string }> {
    return this.http.post<{ fileId: string }>(`${this.url(token)}/acceptance`, null);
  }

  decline(token: string): Observable<void> {
    return this.http.post<void>(`${this.url(token)}/refusal`, null);
  }

  private url(token: string): string {
    return `/api/invitations/${encodeURIComponent(token)}`;
  }
}
