import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { PersonSignal } from './orientation-api';
import { DayPipe, MomentPipe } from '../i18n/dates';

/** A signal as its sender and the receiving structure read it: who, what, where it stands. */
@Component({
  selector: 'app-signal-card',
  imports: [TranslatePipe, DayPipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = signal();
    <article class="card" data-testid="signal">
      <h2>
        {{ s.lastName.toUpperCase() }} {{ s.firstName }}
        <span class="badge" [class.ok]="s.status === 'ACCEPTED'" data-testid="signal-status">{{
          'signal.status.' + s.status | t
        }}</span>
      </h2>
      <p class="muted">
        {{ 'orientation.born' | t: { date: (s.birthDate | day) } }} · {{ s.address.line }},
        {{ s.address.postalCode }} {{ s.address.city }}
        @if (s.phone) {
          · {{ s.phone }}
        }
      </p>
      <p class="muted">
        {{
          'signal.sentBy'
            | t
              : {
                  name: s.sentBy.firstName + ' ' + s.sentBy.lastName,
                  from: s.from.name,
                  to: s.to.name,
                  date: (s.sentAt | moment),
                }
        }}
      </p>
      @if (full()) {
        <h3>{{ s.formTitle }}</h3>
        <p class="summary" data-testid="signal-summary">{{ s.summary }}</p>
        <p>{{ (s.personInformed ? 'signal.informedYes' : 'signal.informedNo') | t }}</p>
      }
      @if (s.answeredAt && s.answeredBy) {
        <p data-testid="signal-answer">
          {{
            'signal.answered.' + s.status
              | t
                : {
                    name: s.answeredBy.firstName + ' ' + s.answeredBy.lastName,
                    date: (s.answeredAt | moment),
                  }
          }}
          @if (s.answerComment) {
            <br />« {{ s.answerComment }} »
          }
        </p>
      }
      <ng-content />
    </article>
  `,
  styles: `
    h2 {
      font-size: 1.05rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
    }
    h3 {
      font-size: 0.95rem;
      margin: 0.5rem 0 0.25rem;
    }
    .summary {
      white-space: pre-line;
      margin: 0 0 0.5rem;
    }
    .badge.ok {
      background: var(--ok-bg);
      color: var(--ok);
    }
  `,
})
export class SignalCard {
  readonly signal = input.required<PersonSignal>();
  /** The receiving structure reads the form's answers; the sender's list shows where it stands. */
  readonly full = input(false);
}
