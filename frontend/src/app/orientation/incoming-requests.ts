import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Page } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { OrientationAnswer, OrientationApi, OrientationRequest } from './orientation-api';
import { OrientationRequestActions } from './request-actions';
import { OrientationRequestCard } from './request-card';
import { IncomingSignals } from './incoming-signals';

/** "Demandes reçues": the orientation and admission requests sent to my structure. */
@Component({
  selector: 'app-incoming-requests',
  imports: [
    TranslatePipe,
    Pager,
    OrientationRequestCard,
    OrientationRequestActions,
    IncomingSignals,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'orientation.title' | t }}</h1>
    <p class="muted">
      @if (session.user(); as u) {
        {{ 'orientation.introFor' | t: { structure: u.professional.structure.name } }}
      } @else {
        {{ 'orientation.intro' | t }}
      }
    </p>
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
    @if (error(); as e) {
      <div class="alert" role="alert" data-testid="orientation-error">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        <button class="btn secondary" type="button" (click)="load(current)">
          {{ 'common.retry' | t }}
        </button>
      </div>
    }
    @if (page(); as p) {
      @if (p.total === 0) {
        <p class="card muted" data-testid="orientation-empty">{{ 'orientation.empty' | t }}</p>
      } @else {
        <p class="muted">{{ 'orientation.count' | t: { count: p.total } }}</p>
        <ul class="requests" data-testid="incoming-requests">
          @for (r of p.items; track r.id) {
            <li>
              <app-orientation-request-card [request]="r" [level]="2">
                <app-orientation-request-actions
                  [request]="r"
                  [choices]="choices(r)"
                  (answered)="answered($event)"
                  (stale)="reload()"
                />
              </app-orientation-request-card>
            </li>
          }
        </ul>
        <app-pager [page]="p" (go)="load($event)" />
      }
    } @else if (!error()) {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
    <app-incoming-signals />
  `,
  styles: `
    .requests {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.85rem;
    }
    .alert .btn {
      margin-left: 0.5rem;
    }
  `,
})
export class IncomingRequests implements OnInit {
  private readonly api = inject(OrientationApi);
  private readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly page = signal<Page<OrientationRequest> | null>(null);
  protected readonly error = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly stale = signal(false);
  protected current = 0;

  ngOnInit(): void {
    this.load(0);
  }

  protected load(page: number, keepStale = false): void {
    this.error.set(null);
    if (!keepStale) {
      this.stale.set(false);
      this.notice.set(null);
    }
    this.api.incoming(page).subscribe({
      next: (p) => {
        this.current = p.page;
        this.page.set(p);
      },
      error: (e) => this.error.set(callError(e)),
    });
  }

  /** The answers my structure may give: accept or refuse what was sent, then record admission. */
  protected choices(r: OrientationRequest): OrientationAnswer['status'][] {
    switch (r.status) {
      case 'SENT':
        return ['ACCEPTED', 'REFUSED'];
      case 'ACCEPTED':
        return ['ADMITTED'];
      default:
        return [];
    }
  }

  protected answered(updated: OrientationRequest): void {
    this.stale.set(false);
    this.page.update(
      (p) => p && { ...p, items: p.items.map((r) => (r.id === updated.id ? updated : r)) },
    );
    this.notice.set(
      this.i18n.t('orientation.answer.done', {
        status: this.i18n.t('orientation.status.' + updated.status),
      }),
    );
  }

  /** Somebody answered the request meanwhile: show where it stands now. */
  protected reload(): void {
    this.notice.set(null);
    this.stale.set(true);
    this.load(this.current, true);
  }
}
