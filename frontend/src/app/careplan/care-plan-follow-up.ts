import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';
import { CarePlanApi } from './care-plan-api';
import { FollowUpItem } from './care-plan-models';
import { DayPipe } from '../i18n/dates';

/**
 * For the case manager, in "Mes patients": what is overdue in the care plans of his or her
 * patients (reviews not held, actions past their date). Hidden when nothing is overdue.
 */
@Component({
  selector: 'app-care-plan-follow-up',
  imports: [RouterLink, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <section class="card follow-up" aria-labelledby="follow-up-title" data-testid="follow-up">
        <h2 id="follow-up-title">
          {{ 'careplan.followUp.title' | t: { count: items().length } }}
        </h2>
        <ul>
          @for (item of items(); track $index) {
            <li data-testid="follow-up-item">
              <a [routerLink]="['/patients', item.fileId, 'care-plan']">{{ item.patientName }}</a>
              · <span class="badge late">{{ 'careplan.followUp.' + item.kind | t }}</span>
              {{ item.description }}
              <span class="muted">
                — {{ 'careplan.followUp.due' | t: { date: (item.dueOn | day) } }}
                @if (item.assigneeName) {
                  · {{ item.assigneeName }}
                }
              </span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .follow-up ul {
      margin: 0;
      padding-left: 1.1rem;
    }
    .follow-up li {
      margin: 0.3rem 0;
    }
    .late {
      background: var(--danger-bg);
      color: var(--danger);
    }
  `,
})
export class CarePlanFollowUp implements OnInit {
  private readonly api = inject(CarePlanApi);
  protected readonly items = signal<FollowUpItem[]>([]);

  ngOnInit(): void {
    // A side panel: if it cannot load, "Mes patients" still works and the plans show it too.
    this.api.followUp().subscribe({ next: (items) => this.items.set(items), error: () => {} });
  }
}
