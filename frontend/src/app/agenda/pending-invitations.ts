import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';
import { AgendaApi } from './agenda-api';
import { Invitation } from './agenda-models';
import { MomentPipe } from '../i18n/dates';

/**
 * The meetings (RCP) not over yet that I am invited to and have not answered, on the home page and in the
 * notification centre: an invitation no longer hides in the week of the agenda it falls in.
 * Nothing when there is none (or when they cannot be read: the agenda still has them).
 */
@Component({
  selector: 'app-pending-invitations',
  imports: [RouterLink, TranslatePipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (invitations().length) {
      <section class="card" aria-labelledby="invitations-title" data-testid="pending-invitations">
        <h2 id="invitations-title">{{ 'agenda.invitations.title' | t }}</h2>
        <ul>
          @for (i of invitations(); track i.meetingId) {
            <li>
              <a
                [routerLink]="['/agenda/meetings', i.meetingId]"
                data-testid="pending-invitation"
                >{{ i.title }}</a
              >
              <span class="muted">
                {{
                  'agenda.invitations.line'
                    | t: { date: (i.startsAt | moment), name: i.organizer?.name ?? '' }
                }}
              </span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    li + li {
      margin-top: 0.35rem;
    }
  `,
})
export class PendingInvitations {
  protected readonly invitations = signal<Invitation[]>([]);

  constructor() {
    inject(AgendaApi)
      .invitationsToAnswer()
      .subscribe({ next: (list) => this.invitations.set(list), error: () => undefined });
  }
}
