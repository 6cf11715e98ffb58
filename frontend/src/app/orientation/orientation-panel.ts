import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Structure } from '../core/models';
import { CallError, callError } from '../core/problem';
import { DirectoryPicker } from '../directory/directory-picker';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import {
  ORIENTATION_KINDS,
  OrientationAnswer,
  OrientationApi,
  OrientationKind,
  OrientationRequest,
  STRUCTURE_TYPES,
  SUMMARY_MAX,
  StructureType,
} from './orientation-api';
import { OrientationRequestActions } from './request-actions';
import { OrientationRequestCard, structureLabel } from './request-card';

function newestFirst(a: OrientationRequest, b: OrientationRequest): number {
  return b.sentAt.localeCompare(a.sentAt);
}

/**
 * In a patient's file: the orientation and admission requests sent from it, and for the case
 * manager a form to send a new one to a structure of the directory, or cancel one.
 */
@Component({
  selector: 'app-orientation-panel',
  imports: [
    FormsModule,
    TranslatePipe,
    DirectoryPicker,
    OrientationRequestCard,
    OrientationRequestActions,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="orientation-panel-title">
      <h2 id="orientation-panel-title">{{ 'orientation.panel.title' | t }}</h2>
      <div aria-live="polite" aria-atomic="true">
        @if (notice(); as n) {
          <div class="alert ok" data-testid="orientation-notice">{{ n }}</div>
        }
      </div>
      @if (stale()) {
        <div class="alert" role="alert" data-testid="orientation-stale">
          {{ 'orientation.changedMeanwhile' | t }}
        </div>
      }
      @if (listError(); as e) {
        <div class="alert" role="alert" data-testid="orientation-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button class="btn secondary" type="button" (click)="load(fileId())">
            {{ 'common.retry' | t }}
          </button>
        </div>
      }

      @if (canSend()) {
        <details class="new" [open]="adding()" (toggle)="adding.set($any($event.target).open)">
          <summary data-testid="orientation-new">{{ 'orientation.new' | t }}</summary>
          <form (ngSubmit)="send()" novalidate data-testid="orientation-form">
            @if (formError(); as e) {
              <div class="alert" role="alert" data-testid="orientation-form-error">
                {{ e.messageKey | t: { detail: e.detail ?? '' } }}
              </div>
            }
            @if (chosen(); as s) {
              <div class="field">
                <span class="label" id="orientation-to-label"
                  >{{ 'orientation.new.to' | t }} *</span
                >
                <div class="chosen" aria-labelledby="orientation-to-label" role="group">
                  <span>
                    <strong data-testid="orientation-chosen">{{ s.name }}</strong>
                    <span class="muted block">{{ structureOf(s) }}</span>
                  </span>
                  <button
                    type="button"
                    class="btn secondary"
                    id="orientation-change"
                    (click)="change()"
                  >
                    {{ 'orientation.new.change' | t }}
                  </button>
                </div>
                @if (toError(); as te) {
                  <div class="error">{{ te | t }}</div>
                }
              </div>
            } @else {
              <!-- orientation-results: the browser test's hook on the matches -->
              <fieldset class="picker" data-testid="orientation-results">
                <legend>{{ 'orientation.new.to' | t }} *</legend>
                <app-field [label]="'orientation.new.type' | t" controlId="orientation-type">
                  <select
                    appFieldControl
                    name="type"
                    [ngModel]="type()"
                    (ngModelChange)="type.set($event ?? '')"
                    data-testid="orientation-type"
                  >
                    <option value="">{{ 'orientation.new.anyType' | t }}</option>
                    @for (st of types; track st) {
                      <option [value]="st">{{ 'orientation.structureType.' + st | t }}</option>
                    }
                  </select>
                </app-field>
                <app-directory-picker
                  kind="structure"
                  inputId="orientation-search"
                  testId="orientation-search"
                  [label]="'orientation.new.search' | t"
                  [type]="type()"
                  [required]="true"
                  [invalid]="!!toError()"
                  [describedBy]="toError() ? 'orientation-to-error' : ''"
                  (picked)="choose($event)"
                />
                @if (toError(); as te) {
                  <div class="error" id="orientation-to-error">{{ te | t }}</div>
                }
              </fieldset>
            }
            <app-field [label]="'orientation.new.kind' | t" controlId="orientation-kind">
              <select
                appFieldControl
                name="kind"
                [ngModel]="kind()"
                (ngModelChange)="kind.set($event)"
                data-testid="orientation-kind"
              >
                @for (k of kinds; track k) {
                  <option [value]="k">{{ 'orientation.kind.' + k | t }}</option>
                }
              </select>
            </app-field>
            <app-field
              [label]="'orientation.new.summary' | t"
              required
              controlId="orientation-summary"
              [hint]="'orientation.new.summaryHelp' | t: { count: summary().length }"
              [error]="summaryError()"
            >
              <textarea
                appFieldControl
                name="summary"
                rows="6"
                required
                [maxlength]="summaryMax"
                [ngModel]="summary()"
                (ngModelChange)="summary.set($event ?? '')"
                data-testid="orientation-summary-input"
              ></textarea>
            </app-field>
            <button class="btn" type="submit" [disabled]="saving()" data-testid="orientation-send">
              {{ (saving() ? 'orientation.new.saving' : 'orientation.new.submit') | t }}
            </button>
          </form>
        </details>
      }

      @if (requests(); as list) {
        @if (list.length === 0) {
          <p class="muted" data-testid="orientation-empty">{{ 'orientation.panel.empty' | t }}</p>
        } @else {
          <ul class="requests" data-testid="orientation-requests">
            @for (r of list; track r.id) {
              <li>
                <app-orientation-request-card [request]="r" [level]="3">
                  @if (canSend()) {
                    <app-orientation-request-actions
                      [request]="r"
                      [choices]="choices(r)"
                      (answered)="answered($event)"
                      (stale)="reload()"
                    />
                  }
                </app-orientation-request-card>
              </li>
            }
          </ul>
        }
      } @else if (!listError()) {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--brand-dark);
      margin-bottom: 0.75rem;
      min-height: 2.75rem;
      display: list-item;
      padding-top: 0.6rem;
    }
    .new {
      border-bottom: 1px solid var(--line);
      padding-bottom: 0.5rem;
      margin-bottom: 1rem;
    }
    .picker {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.85rem 0.25rem;
      margin: 0 0 0.9rem;
      min-width: 0;
    }
    legend,
    .label {
      display: block;
      font-weight: 600;
      padding: 0 0.25rem;
      margin-bottom: 0.25rem;
    }
    .label {
      padding: 0;
    }
    .requests {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
      display: grid;
      gap: 0.75rem;
    }
    .block {
      display: block;
      font-size: 0.875rem;
    }
    .chosen {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem 1rem;
      flex-wrap: wrap;
      border: 1px solid var(--brand-dark);
      background: #e3ecf3;
      border-radius: 0.45rem;
      padding: 0.5rem 0.65rem;
      overflow-wrap: anywhere;
    }
    .chosen .muted {
      color: var(--ink);
    }
    .alert .btn {
      margin-left: 0.5rem;
    }
  `,
})
export class OrientationPanel {
  private readonly api = inject(OrientationApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly fileId = input.required<string>();
  /** The case manager of the file sends and cancels requests; the rest of the team reads them. */
  readonly canSend = input(false);

  protected readonly kinds = ORIENTATION_KINDS;
  protected readonly types = STRUCTURE_TYPES;
  protected readonly summaryMax = SUMMARY_MAX;

  protected readonly requests = signal<OrientationRequest[] | null>(null);
  protected readonly listError = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly stale = signal(false);

  protected readonly adding = signal(false);
  /** The type of structure the search is narrowed to, '' for any. */
  protected readonly type = signal<StructureType | ''>('');
  protected readonly chosen = signal<Structure | null>(null);
  protected readonly kind = signal<OrientationKind>('ADMISSION');
  protected readonly summary = signal('');
  protected readonly saving = signal(false);
  protected readonly formError = signal<CallError | null>(null);
  protected readonly toError = signal<string | null>(null);
  protected readonly summaryError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const fileId = this.fileId();
      untracked(() => {
        this.requests.set(null);
        this.notice.set(null);
        this.stale.set(false);
        this.load(fileId);
      });
    });
  }

  protected load(fileId: string): void {
    this.listError.set(null);
    this.api.ofFile(fileId).subscribe({
      next: (list) => this.requests.set([...list].sort(newestFirst)),
      error: (e) => this.listError.set(callError(e)),
    });
  }

  /** The case manager may cancel what the receiving structure has not closed yet. */
  protected choices(r: OrientationRequest): OrientationAnswer['status'][] {
    return r.status === 'SENT' || r.status === 'ACCEPTED' ? ['CANCELLED'] : [];
  }

  protected answered(updated: OrientationRequest): void {
    this.stale.set(false);
    this.requests.update((list) => list && list.map((r) => (r.id === updated.id ? updated : r)));
    this.notice.set(
      this.i18n.t('orientation.answer.done', {
        status: this.i18n.t('orientation.status.' + updated.status),
      }),
    );
  }

  protected reload(): void {
    this.notice.set(null);
    this.stale.set(true);
    this.load(this.fileId());
  }

  protected structureOf(s: Structure): string {
    return structureLabel(this.i18n, s);
  }

  protected choose(s: Structure | null): void {
    this.chosen.set(s);
    this.toError.set(null);
    this.focus('#orientation-change');
  }

  protected change(): void {
    this.chosen.set(null);
    this.focus('#orientation-search');
  }

  protected send(): void {
    const to = this.chosen();
    const summary = this.summary().trim();
    this.notice.set(null);
    this.toError.set(to ? null : 'orientation.new.toRequired');
    this.summaryError.set(summary ? null : this.i18n.t('common.required'));
    if (!to || !summary) {
      this.formError.set({ status: 400, messageKey: 'error.fix', fields: {} });
      this.focus(!to ? '#orientation-search' : '#orientation-summary');
      return;
    }
    this.saving.set(true);
    this.formError.set(null);
    this.api.send(this.fileId(), { toStructureId: to.id, kind: this.kind(), summary }).subscribe({
      next: (request) => {
        this.saving.set(false);
        this.requests.update((list) => [request, ...(list ?? [])]);
        this.notice.set(this.i18n.t('orientation.new.sent', { structure: to.name }));
        this.reset();
      },
      error: (e) => {
        this.saving.set(false);
        const err = callError(e);
        this.formError.set(err);
        if (err.fields['toStructureId']) this.toError.set('orientation.new.toInvalid');
        if (err.fields['summary']) this.summaryError.set(err.fields['summary']);
      },
    });
  }

  private reset(): void {
    this.chosen.set(null);
    this.type.set('');
    this.kind.set('ADMISSION');
    this.summary.set('');
    this.formError.set(null);
    this.toError.set(null);
    this.summaryError.set(null);
    this.adding.set(false);
    this.focus('summary');
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
