import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { dayOf, timeOf } from './agenda-dates';
import { Occurrence } from './agenda-models';

/**
 * What one occurrence says in a list: its time, kind, title, who performs it (or the patient),
 * and whether it repeats, was moved, or waits for my answer (a meeting).
 */
@Component({
  selector: 'app-occurrence-line',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = occurrence();
    <span class="time" data-testid="occurrence-time"
      >{{ start() }}<span class="end">–{{ end() }}</span></span
    >
    <span class="what">
      <span class="kind" [class]="'kind kind-' + o.kind">{{ 'agenda.kind.' + o.kind | t }}</span>
      <span class="title" data-testid="occurrence-title">{{ o.title }}</span>
      @if (showPatient()) {
        @if (o.patientName) {
          <span class="detail">{{ o.patientName }}</span>
        } @else if (o.patients?.length) {
          <span class="detail">{{ patientNames() }}</span>
        }
      }
      @if (o.performer && showPerformer()) {
        <span class="detail">{{ 'agenda.by' | t: { name: o.performer.name } }}</span>
      }
      @if (o.recurring || o.moved || o.myAnswer) {
        <span class="marks">
          @if (o.recurring) {
            <span class="mark" data-testid="occurrence-recurring">{{
              'agenda.mark.recurring' | t
            }}</span>
          }
          @if (o.moved) {
            <span class="mark moved" data-testid="occurrence-moved">{{
              'agenda.mark.moved' | t
            }}</span>
          }
          @if (o.myAnswer && o.myAnswer !== 'ORGANIZER') {
            <span class="mark answer" [class]="'mark answer ' + o.myAnswer">{{
              'agenda.myAnswer.' + o.myAnswer | t
            }}</span>
          } @else if (o.myAnswer === 'ORGANIZER') {
            <span class="mark">{{ 'agenda.myAnswer.ORGANIZER' | t }}</span>
          }
        </span>
      }
    </span>
  `,
  styles: `
    :host {
      display: flex;
      gap: 0.6rem;
      align-items: baseline;
      min-width: 0;
    }
    .time {
      flex: 0 0 auto;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .end {
      font-weight: 400;
      color: var(--muted);
    }
    .what {
      display: flex;
      flex-wrap: wrap;
      gap: 0.15rem 0.45rem;
      align-items: baseline;
      min-width: 0;
    }
    .title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .detail {
      color: var(--muted);
      font-size: 0.9rem;
      overflow-wrap: anywhere;
    }
    .kind,
    .mark {
      font-size: 0.75rem;
      font-weight: 700;
      padding: 0.05rem 0.45rem;
      border-radius: 999px;
      background: #e3ecf3;
      color: var(--brand-dark);
    }
    .kind-VISIT {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .kind-MEETING {
      background: #efe7f6;
      color: #5b2a86;
    }
    .marks {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.3rem;
    }
    .mark.moved,
    .mark.PENDING {
      background: var(--important-bg);
      color: var(--important);
    }
    .mark.ACCEPTED {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .mark.DECLINED {
      background: var(--danger-bg);
      color: var(--danger);
    }
  `,
})
export class OccurrenceLine {
  readonly occurrence = input.required<Occurrence>();
  /** The patient's own agenda does not repeat the patient's name. */
  readonly showPatient = input(true);
  readonly showPerformer = input(true);
  protected readonly start = computed(() => timeOf(this.occurrence().start));
  /** The end's time; with its date when it ends another day. */
  protected readonly end = computed(() => {
    const o = this.occurrence();
    return dayOf(o.end) === dayOf(o.start) ? timeOf(o.end) : timeOf(o.end) + ' (+1)';
  });
  protected readonly patientNames = computed(() =>
    (this.occurrence().patients ?? []).map((p) => p.patientName).join(', '),
  );
}
