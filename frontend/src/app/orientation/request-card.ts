import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Professional, Structure } from '../core/models';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { OrientationRequest } from './orientation-api';
import { DayPipe, MomentPipe } from '../i18n/dates';

/** "EHPAD · Lyon": the type of a structure and its town. */
export function structureLabel(i18n: I18n, s: Structure): string {
  const key = 'orientation.structureType.' + s.type;
  const type = i18n.t(key) === key ? s.type : i18n.t(key);
  return s.commune ? `${type} · ${s.commune}` : type;
}

/**
 * One orientation or admission request: patient, structures, summary, where it stands. The
 * actions (answer, cancel) are projected into it.
 */
@Component({
  selector: 'app-orientation-request-card',
  imports: [TranslatePipe, DayPipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = request();
    <article
      class="request"
      [class]="'status-' + r.status"
      [attr.aria-labelledby]="'request-' + r.id"
      data-testid="orientation-request"
    >
      <div class="top">
        @if (level() === 2) {
          <h2 [id]="'request-' + r.id">{{ title() }}</h2>
        } @else {
          <h3 [id]="'request-' + r.id">{{ title() }}</h3>
        }
        <span class="status" data-testid="orientation-status">
          <span class="visually-hidden">{{ 'orientation.statusLabel' | t }}</span>
          {{ 'orientation.status.' + r.status | t }}
        </span>
      </div>
      <p class="patient">
        <span class="visually-hidden">{{ 'orientation.patient' | t }} :</span>
        <strong>{{ r.patientLastName.toUpperCase() }} {{ r.patientFirstName }}</strong>
        <span class="muted">
          · {{ 'sex.' + r.patientSex | t }} ·
          {{ 'orientation.born' | t: { date: (r.patientBirthDate | day) } }}
          @if (r.patientCity) {
            · {{ r.patientCity }}
          }
        </span>
      </p>
      <dl class="route">
        <div>
          <dt>{{ 'orientation.from' | t }}</dt>
          <dd>
            {{ r.from.name }} <span class="muted">· {{ structureOf(r.from) }}</span>
          </dd>
        </div>
        <div>
          <dt>{{ 'orientation.to' | t }}</dt>
          <dd>
            {{ r.to.name }} <span class="muted">· {{ structureOf(r.to) }}</span>
          </dd>
        </div>
      </dl>
      <p class="muted small">
        {{ 'orientation.sentBy' | t: { name: nameOf(r.sentBy), date: (r.sentAt | moment) } }}
      </p>
      <p class="label">{{ 'orientation.summary' | t }}</p>
      <p class="text" data-testid="orientation-summary">{{ r.summary }}</p>
      @if (r.status !== 'SENT' && r.answeredAt) {
        <div class="answer" data-testid="orientation-answer">
          <p class="small">
            {{
              'orientation.answered.' + r.status
                | t: { name: nameOf(r.answeredBy), date: (r.answeredAt | moment) }
            }}
          </p>
          @if (r.admittedOn) {
            <p>
              <strong>{{ 'orientation.admittedOn' | t: { date: (r.admittedOn | day) } }}</strong>
            </p>
          }
          @if (r.answerComment) {
            <p class="label">{{ 'orientation.comment' | t }}</p>
            <p class="text">{{ r.answerComment }}</p>
          }
        </div>
      }
      <ng-content />
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .request {
      background: var(--card);
      border: 1px solid var(--line);
      border-left: 5px solid var(--brand);
      border-radius: 0.6rem;
      padding: 0.85rem 1rem;
      overflow-wrap: anywhere;
    }
    .status-ACCEPTED,
    .status-ADMITTED {
      border-left-color: var(--ok);
    }
    .status-REFUSED {
      border-left-color: var(--danger);
    }
    .status-CANCELLED {
      border-left-color: #8a94a3;
    }
    .top {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    h2,
    h3 {
      font-size: 1.05rem;
      margin: 0;
      color: var(--brand-dark);
    }
    .status {
      font-size: 0.8rem;
      font-weight: 700;
      padding: 0.1rem 0.6rem;
      border-radius: 999px;
      background: #e3ecf3;
      color: var(--brand-dark);
      white-space: nowrap;
    }
    .status-ACCEPTED .status {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .status-ADMITTED .status {
      background: var(--ok);
      color: #fff;
    }
    .status-REFUSED .status {
      background: var(--danger-bg);
      color: var(--danger);
    }
    .status-CANCELLED .status {
      background: #eceff3;
      color: #4a5360;
    }
    p {
      margin: 0.35rem 0;
    }
    .route {
      margin: 0.35rem 0;
      display: grid;
      gap: 0.15rem;
    }
    .route div {
      display: flex;
      gap: 0.4rem;
    }
    dt {
      font-weight: 600;
      min-width: 1.6rem;
    }
    dd {
      margin: 0;
    }
    .label {
      font-weight: 700;
      font-size: 0.9rem;
      margin: 0.6rem 0 0.1rem;
    }
    .text {
      white-space: pre-wrap;
      margin-top: 0;
    }
    .answer {
      border-top: 1px solid var(--line);
      margin-top: 0.6rem;
      padding-top: 0.4rem;
    }
    .small {
      font-size: 0.875rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
      border: 0;
    }
  `,
})
export class OrientationRequestCard {
  protected readonly i18n = inject(I18n);
  readonly request = input.required<OrientationRequest>();
  /** Heading level of the card: 2 on a page of requests, 3 inside a panel. */
  readonly level = input<2 | 3>(2);

  protected title(): string {
    return this.i18n.t('orientation.kind.' + this.request().kind);
  }

  protected structureOf(s: Structure): string {
    return structureLabel(this.i18n, s);
  }

  protected nameOf(p: Professional | null | undefined): string {
    return p ? `${p.firstName} ${p.lastName}` : '';
  }
}
