import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { OutcomeCommand, Review, ReviewCommand } from './care-plan-models';
import { DayPipe } from '../i18n/dates';

/** Today in the user's time zone, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The plan's reviews (bilans): when each is due and why, overdue ones flagged, the outcome of
 * those held; authors and the case manager schedule one and record an outcome (the page sends).
 */
@Component({
  selector: 'app-care-plan-reviews',
  imports: [TranslatePipe, DayPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="reviews-title" data-testid="care-plan-reviews">
      <h2 id="reviews-title">{{ 'careplan.reviews.title' | t }}</h2>
      @if (reviews().length) {
        <ul class="reviews">
          @for (r of reviews(); track r.id) {
            <li [class.overdue]="r.overdue" data-testid="review">
              <div class="line">
                <strong>{{ r.dueOn | day }}</strong>
                @if (r.heldOn) {
                  <span class="badge held">{{ 'careplan.reviews.held' | t }}</span>
                } @else if (r.overdue) {
                  <span class="badge overdue" data-testid="review-overdue">{{
                    'careplan.overdue' | t
                  }}</span>
                } @else {
                  <span class="badge">{{ 'careplan.reviews.scheduled' | t }}</span>
                }
              </div>
              <p class="purpose">{{ r.purpose }}</p>
              @if (r.heldOn) {
                <div class="outcome" data-testid="review-outcome-text">
                  <p class="muted small">
                    {{
                      'careplan.reviews.heldBy'
                        | t: { date: (r.heldOn | day), name: r.recordedByName ?? '' }
                    }}
                    @if (r.openedVersion) {
                      · {{ 'careplan.reviews.openedVersion' | t: { number: r.openedVersion } }}
                    }
                  </p>
                  <p class="text">{{ r.outcome }}</p>
                </div>
              } @else if (canManage()) {
                @if (recording() !== r.id) {
                  <button
                    type="button"
                    class="link"
                    aria-expanded="false"
                    (click)="openOutcome(r)"
                    data-testid="review-outcome-open"
                  >
                    {{ 'careplan.reviews.record' | t }}
                  </button>
                } @else {
                  <form
                    class="sub"
                    (submit)="$event.preventDefault(); sendOutcome(r)"
                    data-testid="review-outcome-form"
                  >
                    <app-field [label]="'careplan.reviews.heldOn' | t" [controlId]="'held-' + r.id">
                      <input
                        appFieldControl
                        type="date"
                        [max]="todayIso"
                        [value]="heldOn()"
                        (change)="heldOn.set($any($event.target).value)"
                        data-testid="review-held-on"
                      />
                    </app-field>
                    <app-field
                      [label]="'careplan.reviews.outcome' | t"
                      [controlId]="'outcome-' + r.id"
                    >
                      <textarea
                        appFieldControl
                        rows="3"
                        maxlength="4000"
                        [value]="outcome()"
                        (input)="outcome.set($any($event.target).value)"
                        data-testid="review-outcome"
                      ></textarea>
                    </app-field>
                    <label class="check">
                      <input
                        type="checkbox"
                        [checked]="openNext()"
                        (change)="openNext.set($any($event.target).checked)"
                        data-testid="review-open-next"
                      />
                      {{ 'careplan.reviews.openNext' | t }}
                    </label>
                    <div class="buttons">
                      <button
                        type="submit"
                        class="btn"
                        [disabled]="busy() || !heldOn() || !outcome().trim()"
                        data-testid="review-outcome-submit"
                      >
                        {{ (busy() ? 'careplan.saving' : 'careplan.reviews.recordSubmit') | t }}
                      </button>
                      <button type="button" class="btn secondary" (click)="recording.set(null)">
                        {{ 'common.cancel' | t }}
                      </button>
                    </div>
                  </form>
                }
              }
            </li>
          }
        </ul>
      } @else {
        <p class="muted" data-testid="reviews-empty">{{ 'careplan.reviews.empty' | t }}</p>
      }

      @if (canManage()) {
        <form
          class="sub schedule"
          (submit)="$event.preventDefault(); sendSchedule()"
          data-testid="review-schedule-form"
        >
          <h3>{{ 'careplan.reviews.schedule' | t }}</h3>
          <div class="row">
            <app-field [label]="'careplan.reviews.dueOn' | t" controlId="review-due">
              <input
                appFieldControl
                type="date"
                [value]="dueOn()"
                (change)="dueOn.set($any($event.target).value)"
                data-testid="review-schedule-date"
              />
            </app-field>
            <app-field
              class="grow"
              [label]="'careplan.reviews.purpose' | t"
              controlId="review-purpose"
            >
              <input
                appFieldControl
                maxlength="500"
                [value]="purpose()"
                (input)="purpose.set($any($event.target).value)"
                data-testid="review-schedule-purpose"
              />
            </app-field>
          </div>
          <button
            type="submit"
            class="btn"
            [disabled]="busy() || !dueOn() || !purpose().trim()"
            data-testid="review-schedule-submit"
          >
            {{ (busy() ? 'careplan.saving' : 'careplan.reviews.scheduleSubmit') | t }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    .reviews {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .reviews li {
      border-left: 4px solid var(--line);
      padding: 0.35rem 0 0.35rem 0.75rem;
      margin-bottom: 0.75rem;
    }
    .reviews li.overdue {
      border-left-color: var(--danger);
      background: var(--danger-bg);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
    }
    .purpose,
    .text {
      margin: 0.2rem 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .outcome p {
      margin: 0.15rem 0;
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.overdue {
      background: var(--danger);
      color: #fff;
    }
    .badge.held {
      background: var(--ok-bg);
      color: var(--ok);
    }
    h3 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .sub {
      margin-top: 0.5rem;
      padding: 0.6rem;
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      background: #fff;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    .row .field {
      flex: 1 1 10rem;
    }
    .row .grow {
      flex: 3 1 14rem;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 400;
      margin-bottom: 0.75rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class CarePlanReviews {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly reviews = input<Review[]>([]);
  /** Authors and the case manager (the server has the last word). */
  readonly canManage = input(false);
  readonly busy = input(false);
  /** Changed by the page when a write succeeded or the user abandoned: the forms clear. */
  readonly resetKey = input(0);
  readonly schedule = output<ReviewCommand>();
  readonly outcomeRecorded = output<{ reviewId: string; command: OutcomeCommand }>();

  protected readonly todayIso = today();
  protected readonly dueOn = linkedSignal(() => {
    this.resetKey();
    return '';
  });
  protected readonly purpose = linkedSignal(() => {
    this.resetKey();
    return '';
  });
  protected readonly recording = linkedSignal<string | null>(() => {
    this.resetKey();
    return null;
  });
  protected readonly heldOn = linkedSignal(() => {
    this.resetKey();
    return today();
  });
  protected readonly outcome = linkedSignal(() => {
    this.resetKey();
    return '';
  });
  protected readonly openNext = linkedSignal(() => {
    this.resetKey();
    return false;
  });

  protected openOutcome(r: Review): void {
    this.recording.set(r.id);
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`[id="held-${r.id}"]`)?.focus(),
      { injector: this.injector },
    );
  }

  protected sendSchedule(): void {
    if (!this.dueOn() || !this.purpose().trim() || this.busy()) return;
    this.schedule.emit({ dueOn: this.dueOn(), purpose: this.purpose().trim() });
  }

  protected sendOutcome(r: Review): void {
    if (!this.heldOn() || !this.outcome().trim() || this.busy()) return;
    this.outcomeRecorded.emit({
      reviewId: r.id,
      command: {
        heldOn: this.heldOn(),
        outcome: this.outcome().trim(),
        openNextVersion: this.openNext(),
      },
    });
  }
}
