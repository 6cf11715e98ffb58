import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Api } from '../core/api';
import { CARE_TEAM_ROLES, CareTeamRole, Invitation } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { PROFESSIONS } from '../directory/directory-models';
import { DirectoryPicker } from '../directory/directory-picker';

/**
 * Invitations by e-mail to somebody who is not in the directory yet: the case manager names the
 * person, the profession and the structure (picked in the directory); the e-mail carries a link
 * to accept after logging in.
 */
@Component({
  selector: 'app-invitations-panel',
  imports: [FormsModule, TranslatePipe, DirectoryPicker, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{{ 'invite.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="invite-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      @if (notice(); as n) {
        <div class="alert ok" role="status">{{ n }}</div>
      }
      @if (invitations().length) {
        <ul class="invitations">
          @for (i of invitations(); track i.id) {
            <li>
              <strong>{{ i.firstName }} {{ i.lastName }}</strong>
              <span class="muted">{{ i.email }}</span>
              <span class="badge">{{ 'role.' + i.role | t }}</span>
              <span class="badge" [class.warn]="i.status !== 'ACCEPTED'">{{
                'invite.status.' + i.status | t
              }}</span>
              @if (i.status === 'PENDING') {
                <button type="button" class="link" (click)="cancel(i)">
                  {{ 'invite.cancel' | t }}
                </button>
              }
            </li>
          }
        </ul>
      }
      <details>
        <summary>{{ 'invite.open' | t }}</summary>
        <p class="muted">{{ 'invite.help' | t }}</p>
        <form (ngSubmit)="invite()">
          <div class="grid">
            <app-field [label]="'field.firstName' | t" required controlId="invite-first">
              <input
                appFieldControl
                name="first"
                required
                maxlength="100"
                [(ngModel)]="firstName"
              />
            </app-field>
            <app-field [label]="'field.lastName' | t" required controlId="invite-last">
              <input appFieldControl name="last" required maxlength="100" [(ngModel)]="lastName" />
            </app-field>
            <app-field
              [label]="'invite.email' | t"
              required
              controlId="invite-email"
              [error]="error()?.fields?.['email']"
            >
              <input
                appFieldControl
                name="email"
                type="email"
                required
                maxlength="200"
                [(ngModel)]="email"
              />
            </app-field>
            <app-field [label]="'invite.profession' | t" controlId="invite-profession">
              <select appFieldControl name="profession" [(ngModel)]="profession">
                @for (p of professions; track p) {
                  <option [ngValue]="p">{{ 'profession.' + p | t }}</option>
                }
              </select>
            </app-field>
            <app-field [label]="'team.role' | t" controlId="invite-role">
              <select appFieldControl name="role" [(ngModel)]="role">
                @for (r of roles; track r) {
                  <option [ngValue]="r">{{ 'role.' + r | t }}</option>
                }
              </select>
            </app-field>
          </div>
          @let structureError = error()?.fields?.['structureId'];
          <app-directory-picker
            kind="structure"
            inputId="invite-structure"
            [label]="('invite.structure' | t) + ' *'"
            [required]="true"
            [invalid]="!!structureError"
            [describedBy]="structureError ? 'invite-structure-error' : ''"
            [(value)]="structureId"
          />
          @if (structureError) {
            <div class="error" id="invite-structure-error">{{ structureError }}</div>
          }
          <button
            class="btn"
            type="submit"
            [disabled]="saving() || !email.trim() || !firstName.trim() || !lastName.trim()"
          >
            {{ 'invite.send' | t }}
          </button>
        </form>
      </details>
    </section>
  `,
  styles: `
    .invitations {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .invitations li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--line);
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--brand-dark);
      margin-bottom: 0.5rem;
    }
    .badge.warn {
      background: var(--important-bg);
      color: var(--important);
    }
  `,
})
export class InvitationsPanel {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  protected readonly roles = CARE_TEAM_ROLES;
  protected readonly professions = PROFESSIONS;
  protected readonly invitations = signal<Invitation[]>([]);
  /** The id of the person's structure, picked in the directory. */
  protected readonly structureId = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected firstName = '';
  protected lastName = '';
  protected email = '';
  protected profession = 'NURSE';
  protected role: CareTeamRole = 'NURSE';

  constructor() {
    effect(() =>
      this.api.invitations(this.fileId()).subscribe({
        next: (list) => this.invitations.set(list),
        error: (e) => this.error.set(callError(e)),
      }),
    );
  }

  protected invite(): void {
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api
      .invite(this.fileId(), {
        role: this.role,
        email: this.email.trim(),
        firstName: this.firstName.trim(),
        lastName: this.lastName.trim(),
        profession: this.profession,
        structureId: this.structureId(),
      })
      .subscribe({
        next: (i) => {
          this.saving.set(false);
          this.invitations.update((list) => [i, ...list]);
          this.notice.set(this.i18n.t('invite.sent', { email: i.email }));
          this.firstName = this.lastName = this.email = '';
        },
        error: (e) => {
          this.saving.set(false);
          this.error.set(callError(e));
        },
      });
  }

  protected cancel(invitation: Invitation): void {
    this.api.cancelInvitation(this.fileId(), invitation.id).subscribe({
      next: (updated) =>
        this.invitations.update((list) => list.map((i) => (i.id === updated.id ? updated : i))),
      error: (e) => this.error.set(callError(e)),
    });
  }
}
