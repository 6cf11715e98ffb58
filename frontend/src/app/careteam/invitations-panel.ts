import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Subject, debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Api } from '../core/api';
import { CARE_TEAM_ROLES, CareTeamRole, Invitation, Structure } from '../core/models';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';

const PROFESSIONS = [
  'GP',
  'PHYSICIAN',
  'NURSE',
  'PHARMACIST',
  'PHYSIOTHERAPIST',
  'HOME_AIDE',
  'CARE_ASSISTANT',
  'SOCIAL_WORKER',
  'CASE_MANAGER',
  'COORDINATOR',
];

/**
 * Invitations by e-mail to somebody who is not in the directory yet: the case manager names the
 * person, the profession and the structure; the e-mail carries a link to accept after logging in.
 */
@Component({
  selector: 'app-invitations-panel',
  imports: [FormsModule, TranslatePipe],
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
            <div class="field">
              <label for="invite-first">{{ 'field.firstName' | t }} *</label>
              <input
                id="invite-first"
                name="first"
                required
                maxlength="100"
                [(ngModel)]="firstName"
              />
            </div>
            <div class="field">
              <label for="invite-last">{{ 'field.lastName' | t }} *</label>
              <input id="invite-last" name="last" required maxlength="100" [(ngModel)]="lastName" />
            </div>
            <div class="field">
              <label for="invite-email">{{ 'invite.email' | t }} *</label>
              <input
                id="invite-email"
                name="email"
                type="email"
                required
                maxlength="200"
                [(ngModel)]="email"
              />
              @if (error()?.fields?.['email']; as m) {
                <div class="error">{{ m }}</div>
              }
            </div>
            <div class="field">
              <label for="invite-profession">{{ 'invite.profession' | t }}</label>
              <select id="invite-profession" name="profession" [(ngModel)]="profession">
                @for (p of professions; track p) {
                  <option [ngValue]="p">{{ 'profession.' + p | t }}</option>
                }
              </select>
            </div>
            <div class="field">
              <label for="invite-role">{{ 'team.role' | t }}</label>
              <select id="invite-role" name="role" [(ngModel)]="role">
                @for (r of roles; track r) {
                  <option [ngValue]="r">{{ 'role.' + r | t }}</option>
                }
              </select>
            </div>
          </div>
          <div class="field">
            <label for="invite-structure">{{ 'invite.structure' | t }} *</label>
            <input
              id="invite-structure"
              type="search"
              autocomplete="off"
              name="structureQuery"
              [ngModel]="structureQuery()"
              (ngModelChange)="searchStructures($event)"
            />
            @if (structure(); as s) {
              <div class="help">{{ 'invite.structureChosen' | t: { name: s.name } }}</div>
            }
            @if (error()?.fields?.['structureId']; as m) {
              <div class="error">{{ m }}</div>
            }
          </div>
          @if (structures().length && !structure()) {
            <ul class="results">
              @for (s of structures(); track s.id) {
                <li>
                  <button type="button" (click)="chooseStructure(s)">
                    {{ s.name }} <span class="muted">· {{ s.commune }}</span>
                  </button>
                </li>
              }
            </ul>
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
    .invitations,
    .results {
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
    .results button {
      display: block;
      width: 100%;
      text-align: left;
      background: #fff;
      border: 1px solid var(--line);
      border-radius: 0.45rem;
      padding: 0.5rem 0.65rem;
      margin-bottom: 0.35rem;
      font: inherit;
      cursor: pointer;
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
  protected readonly structures = signal<Structure[]>([]);
  protected readonly structure = signal<Structure | null>(null);
  protected readonly structureQuery = signal('');
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected firstName = '';
  protected lastName = '';
  protected email = '';
  protected profession = 'NURSE';
  protected role: CareTeamRole = 'NURSE';
  private readonly queries = new Subject<string>();

  constructor() {
    effect(() =>
      this.api.invitations(this.fileId()).subscribe({
        next: (list) => this.invitations.set(list),
        error: (e) => this.error.set(callError(e)),
      }),
    );
    this.queries
      .pipe(
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => this.api.searchStructures(q)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (page) => this.structures.set(page.items),
        error: (e) => this.error.set(callError(e)),
      });
  }

  protected searchStructures(q: string): void {
    this.structureQuery.set(q);
    this.structure.set(null);
    if (q.trim().length >= 2) this.queries.next(q.trim());
    else this.structures.set([]);
  }

  protected chooseStructure(s: Structure): void {
    this.structure.set(s);
    this.structureQuery.set(s.name);
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
        structureId: this.structure()?.id ?? null,
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
