import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { CarePlan } from './care-plan-models';
import { changesBetween, contentOf, latestVersion } from './plan-content';
import { formatDay } from '../i18n/dates';

/** One thing that changed in the plan, as a catalogue key and its parameters. */
export interface StaleNote {
  key: string;
  params: Record<string, string | number>;
  /** Parameters that are dates (YYYY-MM-DD), formatted in the user's language. */
  dates?: Record<string, string>;
}

/**
 * What changed between the plan the user worked from and the plan as the server has it now:
 * items of the content added, removed or changed (by their description), a version validated or
 * opened, reviews scheduled or held, comments added.
 */
export function staleNotes(seen: CarePlan, fresh: CarePlan): StaleNote[] {
  const notes: StaleNote[] = [];
  if (!seen.started && fresh.started) notes.push({ key: 'careplan.stale.started', params: {} });
  const before = latestVersion(seen);
  const after = latestVersion(fresh);
  if (fresh.validated && fresh.validated.number !== seen.validated?.number) {
    notes.push({
      key: 'careplan.stale.validated',
      params: { number: fresh.validated.number, name: fresh.validated.validatedByName ?? '' },
    });
  }
  if (fresh.draft && fresh.draft.number !== seen.draft?.number) {
    notes.push({
      key: 'careplan.stale.draftOpened',
      params: { number: fresh.draft.number, name: fresh.draft.createdByName },
    });
  }
  for (const c of changesBetween(contentOf(before), contentOf(after))) {
    const key =
      c.change === 'changed' && c.before !== undefined
        ? `careplan.stale.${c.kind}.renamed`
        : `careplan.stale.${c.kind}.${c.change}`;
    notes.push({ key, params: { description: c.description, before: c.before ?? '' } });
  }
  const seenComments = new Map((before?.actions ?? []).map((a) => [a.id, a.comments?.length ?? 0]));
  for (const a of after?.actions ?? []) {
    const added = (a.comments?.length ?? 0) - (seenComments.get(a.id) ?? 0);
    if (added > 0 && seenComments.has(a.id)) {
      const last = a.comments[a.comments.length - 1];
      notes.push({
        key: 'careplan.stale.comment',
        params: { description: a.description, name: last?.authorName ?? '' },
      });
    }
  }
  const seenReviews = new Map(seen.reviews.map((r) => [r.id, r]));
  for (const r of fresh.reviews) {
    const was = seenReviews.get(r.id);
    if (!was) {
      notes.push({
        key: 'careplan.stale.reviewAdded',
        params: { purpose: r.purpose },
        dates: { date: r.dueOn },
      });
    } else if (!was.heldOn && r.heldOn) {
      notes.push({
        key: 'careplan.stale.reviewHeld',
        params: { purpose: r.purpose, name: r.recordedByName ?? '' },
        dates: { date: r.heldOn },
      });
    }
  }
  if (!notes.length) notes.push({ key: 'careplan.stale.nothingVisible', params: {} });
  return notes;
}

/**
 * "Someone changed the plan meanwhile": what changed, and the choice between sending the user's
 * changes again onto the new plan or taking the plan as it is now.
 */
@Component({
  selector: 'app-care-plan-stale',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="alert stale" role="alert" tabindex="-1" data-testid="care-plan-stale">
      <p class="title">{{ 'careplan.stale.title' | t }}</p>
      <p>{{ 'careplan.stale.intro' | t }}</p>
      <ul data-testid="care-plan-stale-changes">
        @for (n of notes(); track $index) {
          <li>{{ n.key | t: params(n) }}</li>
        }
      </ul>
      <p>{{ 'careplan.stale.choose' | t }}</p>
      <div class="buttons">
        <button
          type="button"
          class="btn"
          [disabled]="busy()"
          (click)="reapply.emit()"
          data-testid="care-plan-reapply"
        >
          {{ 'careplan.stale.reapply' | t }}
        </button>
        <button
          type="button"
          class="btn secondary"
          [disabled]="busy()"
          (click)="abandon.emit()"
          data-testid="care-plan-abandon"
        >
          {{ 'careplan.stale.abandon' | t }}
        </button>
      </div>
    </div>
  `,
  styles: `
    .stale {
      background: var(--important-bg);
      color: var(--ink);
      border: 2px solid var(--important);
    }
    .title {
      font-weight: 700;
      color: var(--important);
      margin: 0 0 0.3rem;
    }
    p {
      margin: 0.3rem 0;
    }
    ul {
      margin: 0.3rem 0;
      padding-left: 1.2rem;
    }
    li {
      overflow-wrap: anywhere;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
})
export class CarePlanStale {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  readonly notes = input.required<StaleNote[]>();
  readonly busy = input(false);
  /** Send the user's changes again, onto the plan as it is now. */
  readonly reapply = output<void>();
  /** Drop the user's changes and keep the plan as it is now. */
  readonly abandon = output<void>();

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.stale')?.focus());
  }

  protected params(n: StaleNote): Record<string, string | number> {
    const dates = Object.fromEntries(
      Object.entries(n.dates ?? {}).map(([k, v]) => [k, formatDay(v, this.i18n.lang())]),
    );
    return { ...n.params, ...dates };
  }
}
