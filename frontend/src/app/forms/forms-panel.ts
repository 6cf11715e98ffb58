import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { FormFiller } from './form-filler';
import { FormsApi, FormsError, formsError } from './forms-api';
import { FormSummary, FormVersion, ScoreResult, Submission } from './forms-models';
import { MomentPipe } from '../i18n/dates';

/** What the filler shows: a form to start, or a submission to continue or read. */
type Open = { kind: 'new'; version: FormVersion } | { kind: 'submission'; submission: Submission };

/**
 * The forms of a patient's file: those filled (draft or submitted, with their main score), and,
 * for the team, "fill a form" among the published forms of the file's structure.
 */
@Component({
  selector: 'app-forms-panel',
  imports: [TranslatePipe, FormFiller, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="forms-panel-title">
      <h2 id="forms-panel-title">{{ 'forms.panel.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="forms-panel-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
        </div>
      }

      @if (canFill()) {
        <div class="start">
          <h3 class="list-title" id="fill-form-title">{{ 'forms.panel.fill' | t }}</h3>
          @if (fillable(); as forms) {
            @if (forms.length) {
              <div class="start-row">
                <select
                  id="fill-form-select"
                  aria-labelledby="fill-form-title"
                  [value]="chosen()"
                  (change)="chosen.set($any($event.target).value)"
                  data-testid="fill-form-select"
                >
                  <option value="">{{ 'forms.panel.choose' | t }}</option>
                  @for (f of forms; track f.id) {
                    <option [value]="f.id">{{ f.title }}</option>
                  }
                </select>
                <button
                  type="button"
                  class="btn"
                  [disabled]="!chosen() || opening()"
                  (click)="start()"
                  data-testid="fill-start"
                >
                  {{ (opening() ? 'common.loading' : 'forms.panel.start') | t }}
                </button>
              </div>
            } @else {
              <p class="muted" data-testid="no-fillable-form">{{ 'forms.panel.noForm' | t }}</p>
            }
          } @else {
            <p class="muted" aria-live="polite">
              {{ 'common.loading' | t }}
            </p>
          }
        </div>
      }

      @if (open(); as o) {
        <app-form-filler
          [fileId]="fileId()"
          [version]="o.kind === 'new' ? o.version : null"
          [submission]="o.kind === 'submission' ? o.submission : null"
          [canFill]="canFill()"
          (saved)="onSaved($event)"
          (closed)="close()"
        />
      }

      <h3 class="list-title">{{ 'forms.panel.filled' | t }}</h3>
      @if (submissions(); as list) {
        @if (list.length) {
          <ul class="submissions">
            @for (s of list; track s.id) {
              <li data-testid="submission" [class.current]="isOpen(s)">
                <div class="line">
                  <button
                    type="button"
                    class="link title"
                    (click)="show(s)"
                    [attr.aria-current]="isOpen(s) || null"
                    [attr.data-testid]="'submission-open-' + s.id"
                  >
                    {{ s.title }}
                  </button>
                  <span class="badge" [class.done]="s.status === 'SUBMITTED'">{{
                    'forms.submission.' + s.status | t
                  }}</span>
                </div>
                <div class="muted small">
                  {{ 'forms.versionN' | t: { number: s.formVersion } }} ·
                  {{
                    'forms.panel.by'
                      | t
                        : {
                            name: s.createdByName,
                            date: (s.submittedAt ?? s.updatedAt | moment),
                          }
                  }}
                </div>
                @if (mainScore(s); as score) {
                  <div class="score" [attr.data-testid]="'submission-score-' + score.id">
                    {{ score.label }} :
                    <strong>{{ score.value == null ? '—' : number(score.value) }}</strong>
                    @if (score.band) {
                      — {{ score.band }}
                    }
                  </div>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted" data-testid="no-submissions">{{ 'forms.panel.empty' | t }}</p>
        }
      } @else if (!error()) {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .start {
      margin-bottom: 0.75rem;
    }
    .start-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .start-row select {
      flex: 1 1 12rem;
      width: auto;
    }
    .list-title {
      font-size: 1rem;
      margin: 0.75rem 0 0.35rem;
    }
    .submissions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .submissions li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--line);
    }
    .submissions li.current {
      background: #f0f5f9;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
    }
    .title {
      font-weight: 700;
      text-align: left;
    }
    .badge.done {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .small {
      font-size: 0.85rem;
    }
    .score {
      margin-top: 0.15rem;
    }
  `,
})
export class FormsPanel {
  private readonly api = inject(FormsApi);
  protected readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  /** Whether the user may fill forms here (a team member, not an emergency access). */
  readonly canFill = input(false);
  protected readonly submissions = signal<Submission[] | null>(null);
  protected readonly fillable = signal<FormSummary[] | null>(null);
  protected readonly chosen = signal('');
  protected readonly opening = signal(false);
  protected readonly open = signal<Open | null>(null);
  protected readonly error = signal<FormsError | null>(null);
  /** The submission in the filler, once it exists. */
  private readonly openId = signal<string | null>(null);

  constructor() {
    effect(() => {
      this.fileId();
      const canFill = this.canFill();
      untracked(() => {
        this.open.set(null);
        this.openId.set(null);
        this.load(canFill);
      });
    });
  }

  protected load(canFill = this.canFill()): void {
    this.error.set(null);
    this.api.submissions(this.fileId()).subscribe({
      next: (list) => this.submissions.set(list),
      error: (e) => this.error.set(formsError(e)),
    });
    if (canFill) {
      this.api.fillable(this.fileId()).subscribe({
        next: (forms) => this.fillable.set(forms),
        error: (e) => {
          this.fillable.set([]);
          this.error.set(formsError(e));
        },
      });
    }
  }

  protected start(): void {
    const formId = this.chosen();
    if (!formId) return;
    this.opening.set(true);
    this.error.set(null);
    this.api.versionToFill(this.fileId(), formId).subscribe({
      next: (version) => {
        this.opening.set(false);
        this.open.set({ kind: 'new', version });
        this.openId.set(null);
      },
      error: (e) => {
        this.opening.set(false);
        this.error.set(formsError(e));
      },
    });
  }

  protected show(s: Submission): void {
    this.open.set({ kind: 'submission', submission: s });
    this.openId.set(s.id);
  }

  protected isOpen(s: Submission): boolean {
    return this.openId() === s.id;
  }

  protected close(): void {
    this.open.set(null);
    this.openId.set(null);
    this.chosen.set('');
  }

  /** A saved draft or a submitted form joins (or updates) the list, newest first. */
  protected onSaved(s: Submission): void {
    this.openId.set(s.id);
    this.submissions.update((list) => [s, ...(list ?? []).filter((x) => x.id !== s.id)]);
  }

  protected number(n: number): string {
    return new Intl.NumberFormat(this.i18n.lang() === 'fr' ? 'fr-FR' : 'en-GB', {
      maximumFractionDigits: 2,
    }).format(n);
  }

  /** The score that says the most: the first one computed, else the first one. */
  protected mainScore(s: Submission): ScoreResult | null {
    return s.scores.find((x) => x.value != null) ?? s.scores[0] ?? null;
  }
}
