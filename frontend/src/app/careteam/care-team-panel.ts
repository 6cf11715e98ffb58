import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Subject, debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Api } from '../core/api';
import { CARE_TEAM_ROLES, CareTeamMember, CareTeamRole, Professional } from '../core/models';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';

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

/** The care team of a patient; its case managers add professionals from the directory. */
@Component({
  selector: 'app-care-team-panel',
  imports: [FormsModule, TranslatePipe],
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
        @for (m of members(); track m.id) {
          <li>
            <strong>{{ m.professional.firstName }} {{ m.professional.lastName }}</strong>
            <span class="badge">{{ 'role.' + m.role | t }}</span>
            <span class="muted small"
              >{{ m.professional.structure.name }} ·
              {{ 'team.since' | t: { date: i18n.date(m.since) } }}</span
            >
          </li>
        }
      </ul>
      @if (canManage()) {
        <details class="add" [open]="adding()" (toggle)="adding.set($any($event.target).open)">
          <summary>{{ 'team.add' | t }}</summary>
          <div class="field">
            <label for="pro-search">{{ 'team.search' | t }}</label>
            <input
              id="pro-search"
              type="search"
              autocomplete="off"
              [ngModel]="query()"
              (ngModelChange)="search($event)"
              data-testid="pro-search"
            />
          </div>
          @if (results().length) {
            <ul class="results" role="listbox" aria-label="{{ 'team.search' | t }}">
              @for (p of results(); track p.id) {
                <li>
                  <button
                    type="button"
                    role="option"
                    [attr.aria-selected]="chosen()?.id === p.id"
                    [class.chosen]="chosen()?.id === p.id"
                    (click)="choose(p)"
                  >
                    <strong>{{ p.firstName }} {{ p.lastName }}</strong>
                    <span class="muted small"
                      >{{ 'profession.' + p.profession | t }} · {{ p.structure.name }},
                      {{ p.structure.commune }}</span
                    >
                  </button>
                </li>
              }
            </ul>
          } @else if (query().length > 1) {
            <p class="muted">{{ 'team.noResult' | t }}</p>
          }
          @if (chosen(); as p) {
            <div class="field">
              <label for="team-role">{{ 'team.role' | t }}</label>
              <select
                id="team-role"
                [ngModel]="role()"
                (ngModelChange)="role.set($event)"
                data-testid="team-role"
              >
                @for (r of roles; track r) {
                  <option [value]="r">{{ 'role.' + r | t }}</option>
                }
              </select>
            </div>
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
    .members,
    .results {
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
    .results button.chosen {
      border-color: var(--brand-dark);
      background: #e3ecf3;
    }
    .results .small {
      display: block;
    }
  `,
})
export class CareTeamPanel {
  private readonly api = inject(Api);
  protected readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  readonly canManage = input(false);
  protected readonly roles = CARE_TEAM_ROLES;
  protected readonly members = signal<CareTeamMember[]>([]);
  protected readonly results = signal<Professional[]>([]);
  protected readonly query = signal('');
  protected readonly chosen = signal<Professional | null>(null);
  protected readonly role = signal<CareTeamRole>('NURSE');
  protected readonly adding = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  private readonly queries = new Subject<string>();

  constructor() {
    effect(() => this.load(this.fileId()));
    this.queries
      .pipe(
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => this.api.searchProfessionals(q)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (page) => this.results.set(page.items),
        error: (e) => this.error.set(callError(e)),
      });
  }

  private load(fileId: string): void {
    this.api.careTeam(fileId).subscribe({
      next: (m) => this.members.set(m),
      error: (e) => this.error.set(callError(e)),
    });
  }

  protected search(q: string): void {
    this.query.set(q);
    this.chosen.set(null);
    if (q.trim().length < 2) {
      this.results.set([]);
      return;
    }
    this.queries.next(q.trim());
  }

  protected choose(p: Professional): void {
    this.chosen.set(p);
    this.role.set(ROLE_OF_PROFESSION[p.profession] ?? 'OTHER');
  }

  protected add(p: Professional): void {
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api.addMember(this.fileId(), p.id, this.role()).subscribe({
      next: (member) => {
        this.saving.set(false);
        this.members.update((list) => [...list, member]);
        this.notice.set(this.i18n.t('team.added', { name: `${p.firstName} ${p.lastName}` }));
        this.chosen.set(null);
        this.results.set([]);
        this.query.set('');
      },
      error: (e) => {
        this.saving.set(false);
        this.error.set(callError(e));
      },
    });
  }
}
