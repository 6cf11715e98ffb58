import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import { Api } from '../core/api';
import { CARE_TEAM_ROLES, CarePlanDelegation, CareTeamMember, CareTeamRole } from '../core/models';
import { DirectoryProfessional } from '../directory/directory-models';
import { DirectoryPicker } from '../directory/directory-picker';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { parisToday } from '../agenda/agenda-dates';
import { DayPipe } from '../i18n/dates';

/** Suggested team role for a profession of the directory. */
const ROLE_OF_PROFESSION: Record<string, CareTeamRole> = {
  GP: 'GP',
  NURSE: 'NURSE',
  PHARMACIST: 'PHARMACIST',
  PHYSIOTHERAPIST: 'PHYSIOTHERAPIST',
  HOME_AIDE: 'HOME_AIDE',
  CARE_ASSISTANT: 'HOME_AIDE',
  SOCIAL_WORKER: 'SOCIAL_WORKER',
  CASE_MANAGER: 'CASE_MANAGER',
};

/** The care team of a patient; its case managers add professionals picked in the directory. */
@Component({
  selector: 'app-care-team-panel',
  imports: [FormsModule, TranslatePipe, DirectoryPicker, DayPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="team-title">
      <h2 id="team-title">{{ 'team.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="team-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      @if (notice(); as n) {
        <div class="alert ok" role="status">{{ n }}</div>
      }
      <ul class="members" data-testid="team-members">
        @for (m of current(); track m.id) {
          <li [attr.data-testid]="'member-' + m.professional.lastName">
            <strong>{{ m.professional.firstName }} {{ m.professional.lastName }}</strong>
            <span class="badge">{{ 'role.' + m.role | t }}</span>
            @if (!m.active) {
              <span class="badge warn">{{ 'team.notYet' | t }}</span>
            }
            <span class="muted small"
              >{{ m.professional.structure.name }} ·
              {{ 'team.since' | t: { date: (m.since | day) } }}
              @if (m.until) {
                · {{ 'team.until' | t: { date: (m.until | day) } }}
              }
            </span>
            @if (canManage() && editing() !== m.id) {
              <span class="actions">
                <button type="button" class="link" (click)="edit(m)">
                  {{ 'team.period' | t }}
                </button>
                <button
                  type="button"
                  class="link danger"
                  (click)="remove(m)"
                  [attr.aria-label]="
                    'team.removeLabel'
                      | t: { name: m.professional.firstName + ' ' + m.professional.lastName }
                  "
                >
                  {{ 'team.remove' | t }}
                </button>
              </span>
            }
            @if (editing() === m.id) {
              <form class="period" (ngSubmit)="savePeriod(m)">
                <app-field [label]="'team.sinceLabel' | t" controlId="since-{{ m.id }}">
                  <input appFieldControl name="since" type="date" required [(ngModel)]="since" />
                </app-field>
                <app-field [label]="'team.untilLabel' | t" controlId="until-{{ m.id }}">
                  <input appFieldControl name="until" type="date" [(ngModel)]="until" />
                </app-field>
                <button class="btn" type="submit" [disabled]="saving()">
                  {{ 'common.save' | t }}
                </button>
                <button class="btn secondary" type="button" (click)="editing.set(null)">
                  {{ 'common.cancel' | t }}
                </button>
              </form>
            }
          </li>
        }
      </ul>
      @if (former().length) {
        <details class="former">
          <summary>{{ 'team.former' | t: { count: former().length } }}</summary>
          <ul class="members">
            @for (m of former(); track m.id) {
              <li>
                <span>{{ m.professional.firstName }} {{ m.professional.lastName }}</span>
                <span class="badge">{{ 'role.' + m.role | t }}</span>
                <span class="muted small">
                  @if (m.endedAt) {
                    {{ 'team.endedOn' | t: { date: (m.endedAt | day) } }}
                  } @else if (m.until) {
                    {{ 'team.until' | t: { date: (m.until | day) } }}
                  }
                  @if (m.endReason) {
                    — {{ m.endReason }}
                  }
                </span>
              </li>
            }
          </ul>
        </details>
      }
      @if (delegation(); as d) {
        <p class="delegation" data-testid="delegation">
          {{
            'team.delegated'
              | t
                : {
                    by: d.delegatedBy.firstName + ' ' + d.delegatedBy.lastName,
                    structure: d.structure.name,
                    date: (d.delegatedAt | day),
                  }
          }}
          @if (myRole() === 'GP') {
            <button type="button" class="link" (click)="revokeDelegation()">
              {{ 'team.revokeDelegation' | t }}
            </button>
          }
        </p>
      } @else if (myRole() === 'GP') {
        <p class="delegation">
          <button type="button" class="btn secondary" (click)="delegate()" data-testid="delegate">
            {{ 'team.delegate' | t }}
          </button>
        </p>
      }
      @if (myRole() && myRole() !== 'CASE_MANAGER') {
        <p>
          <button type="button" class="link danger" (click)="leave()" data-testid="leave-team">
            {{ 'team.leave' | t }}
          </button>
        </p>
      }
      @if (canManage()) {
        <details class="add" [open]="adding()" (toggle)="adding.set($any($event.target).open)">
          <summary>{{ 'team.add' | t }}</summary>
          <app-directory-picker
            kind="professional"
            inputId="pro-search"
            testId="pro-search"
            [label]="'team.search' | t"
            [listbox]="true"
            [(value)]="chosenId"
            (picked)="choose($event)"
          />
          @if (chosen(); as p) {
            <app-field [label]="'team.role' | t" controlId="team-role">
              <select
                appFieldControl
                [ngModel]="role()"
                (ngModelChange)="role.set($event)"
                data-testid="team-role"
              >
                @for (r of roles; track r) {
                  <option [value]="r">{{ 'role.' + r | t }}</option>
                }
              </select>
            </app-field>
            <app-field [label]="'team.untilLabel' | t" controlId="team-until">
              <input appFieldControl type="date" [(ngModel)]="newUntil" />
            </app-field>
            <button
              class="btn"
              type="button"
              (click)="add(p)"
              [disabled]="saving()"
              data-testid="add-member"
            >
              {{ 'team.addButton' | t }}
            </button>
          }
        </details>
      }
    </section>
  `,
  styles: `
    .members {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .members li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--line);
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
    }
    .small {
      font-size: 0.85rem;
      width: 100%;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--brand-dark);
      margin-bottom: 0.75rem;
    }
    .actions {
      margin-left: auto;
      display: flex;
      gap: 0.75rem;
    }
    .period {
      width: 100%;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    .period .field {
      margin: 0;
    }
    .former summary {
      font-weight: 400;
      color: var(--muted);
    }
    .delegation {
      background: #f0f5f9;
      border-radius: 0.5rem;
      padding: 0.5rem 0.75rem;
    }
    .badge.warn {
      background: var(--important-bg);
      color: var(--important);
    }
    .link.danger {
      color: var(--danger);
    }
  `,
})
export class CareTeamPanel {
  private readonly api = inject(Api);
  protected readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  readonly canManage = input(false);
  readonly myRole = input<CareTeamRole | undefined>(undefined);
  /** Emitted when the caller left the team (the file is no longer his or hers). */
  readonly left = output<void>();
  /** Emitted when the team changed (the file shows its GP and case manager). */
  readonly changed = output<void>();
  protected readonly roles = CARE_TEAM_ROLES;
  protected readonly members = signal<CareTeamMember[]>([]);
  protected readonly current = computed(() => this.members().filter((m) => !this.isFormer(m)));
  protected readonly former = computed(() => this.members().filter((m) => this.isFormer(m)));
  protected readonly delegation = signal<CarePlanDelegation | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected since = '';
  protected until = '';
  protected newUntil = '';
  /** The professional picked in the directory, to add with `role`. */
  protected readonly chosen = signal<DirectoryProfessional | null>(null);
  protected readonly chosenId = signal<string | null>(null);
  protected readonly role = signal<CareTeamRole>('NURSE');
  protected readonly adding = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    effect(() => this.load(this.fileId()));
  }

  private load(fileId: string): void {
    this.api.careTeam(fileId).subscribe({
      next: (m) => this.members.set(m),
      error: (e) => this.error.set(callError(e)),
    });
    this.api.delegation(fileId).subscribe({
      next: (d) => this.delegation.set(d),
      error: (e) => this.error.set(callError(e)),
    });
  }

  /** Ended (left, removed) or past its end date; a membership that starts later is current. */
  private isFormer(m: CareTeamMember): boolean {
    return !!m.endedAt || (!!m.until && m.until < parisToday());
  }

  protected edit(m: CareTeamMember): void {
    this.editing.set(m.id);
    this.since = m.since;
    this.until = m.until ?? '';
  }

  protected savePeriod(m: CareTeamMember): void {
    this.call(this.api.changeMembershipPeriod(this.fileId(), m, this.since, this.until), (u) => {
      this.replace(u);
      this.editing.set(null);
    });
  }

  protected remove(m: CareTeamMember): void {
    const name = `${m.professional.firstName} ${m.professional.lastName}`;
    const reason = prompt(this.i18n.t('team.removeReason', { name }));
    if (reason === null) return;
    this.call(this.api.removeMember(this.fileId(), m.id, reason), (u) => {
      this.replace(u);
      this.changed.emit();
      this.notice.set(this.i18n.t('team.removed', { name }));
    });
  }

  protected leave(): void {
    if (!confirm(this.i18n.t('team.leaveConfirm'))) return;
    this.call(this.api.leaveTeam(this.fileId()), () => this.left.emit());
  }

  protected delegate(): void {
    this.call(this.api.delegate(this.fileId()), (d) => this.delegation.set(d));
  }

  protected revokeDelegation(): void {
    this.call(this.api.revokeDelegation(this.fileId()), () => this.delegation.set(null));
  }

  private replace(member: CareTeamMember): void {
    this.members.update((list) => list.map((m) => (m.id === member.id ? member : m)));
  }

  private call<T>(request: Observable<T>, done: (value: T) => void): void {
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    request.subscribe({
      next: (value) => {
        this.saving.set(false);
        done(value);
      },
      error: (e) => {
        this.saving.set(false);
        const problem = callError(e);
        this.error.set(
          problem.status === 412 ? { ...problem, messageKey: 'error.stale' } : problem,
        );
        if (problem.status === 412) this.load(this.fileId());
      },
    });
  }

  /** A pick suggests the team role of the professional's profession; "Changer" lets it go. */
  protected choose(p: DirectoryProfessional | null): void {
    this.chosen.set(p);
    if (p) this.role.set(ROLE_OF_PROFESSION[p.profession] ?? 'OTHER');
  }

  protected add(p: DirectoryProfessional): void {
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api.addMember(this.fileId(), p.id, this.role(), this.newUntil || null).subscribe({
      next: (member) => {
        this.saving.set(false);
        this.members.update((list) => [...list, member]);
        this.changed.emit();
        this.notice.set(this.i18n.t('team.added', { name: `${p.firstName} ${p.lastName}` }));
        // The search comes back for the next one.
        this.chosen.set(null);
        this.chosenId.set(null);
        this.newUntil = '';
      },
      error: (e) => {
        this.saving.set(false);
        this.error.set(callError(e));
      },
    });
  }
}
