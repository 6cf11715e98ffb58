import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { dayOf, formatLocal, timeOf } from './agenda-dates';
import { Occurrence } from './agenda-models';

/** The details of an appointment chosen in my agenda: when, for whom, where, by whom. */
@Component({
  selector: 'app-occurrence-details',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = occurrence();
    <section
      class="details"
      aria-labelledby="occurrence-details-title"
      data-testid="occurrence-details"
    >
      <h2 id="occurrence-details-title" tabindex="-1">{{ o.title }}</h2>
      <dl>
        <dt>{{ 'agenda.details.kind' | t }}</dt>
        <dd>{{ 'agenda.kindLong.' + o.kind | t }}</dd>
        <dt>{{ 'agenda.details.when' | t }}</dt>
        <dd>
          {{ when() }}
          @if (o.recurring) {
            <span class="badge">{{ 'agenda.mark.recurring' | t }}</span>
          }
          @if (o.moved) {
            <span class="badge moved">{{ 'agenda.mark.moved' | t }}</span>
          }
        </dd>
        @if (o.fileId) {
          <dt>{{ 'agenda.details.patient' | t }}</dt>
          <dd>
            <a [routerLink]="['/patients', o.fileId]" data-testid="occurrence-details-patient">{{
              o.patientName ?? ('agenda.details.patientFile' | t)
            }}</a>
          </dd>
        }
        <dt>{{ 'agenda.details.location' | t }}</dt>
        <dd>{{ o.location || ('agenda.details.noLocation' | t) }}</dd>
        @if (o.performer) {
          <dt>{{ 'agenda.details.performer' | t }}</dt>
          <dd>{{ o.performer.name }}</dd>
        }
      </dl>
      <button type="button" class="btn secondary" (click)="closed.emit()">
        {{ 'agenda.close' | t }}
      </button>
    </section>
  `,
  styles: `
    .details {
      margin-top: 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--brand);
      border-radius: 0.6rem;
      background: #f8fbfd;
    }
    h2 {
      margin-bottom: 0.5rem;
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.75rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .badge.moved {
      background: var(--important-bg);
      color: var(--important);
    }
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 0.35rem;
      }
    }
  `,
})
export class OccurrenceDetails {
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly occurrence = input.required<Occurrence>();
  readonly closed = output<void>();

  protected readonly when = computed(() => {
    const o = this.occurrence();
    const start = formatLocal(o.start, this.i18n.lang());
    const end =
      dayOf(o.end) === dayOf(o.start) ? timeOf(o.end) : formatLocal(o.end, this.i18n.lang());
    return `${start} – ${end}`;
  });

  constructor() {
    // When another occurrence is chosen, not when the same one is read again (live refresh).
    const chosen = computed(
      () => `${this.occurrence().appointmentId}|${this.occurrence().occurrence}`,
    );
    effect(() => {
      chosen();
      afterNextRender(
        () =>
          this.host.nativeElement.querySelector<HTMLElement>('#occurrence-details-title')?.focus(),
        { injector: this.injector },
      );
    });
  }
}
