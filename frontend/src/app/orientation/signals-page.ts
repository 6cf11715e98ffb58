import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Page } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { TranslatePipe } from '../i18n/i18n';
import { OrientationApi, PersonSignal } from './orientation-api';
import { SignalCard } from './signal-card';

/** "Mes signalements": the people I signalled to a coordination structure, and its answers. */
@Component({
  selector: 'app-signals-page',
  imports: [RouterLink, TranslatePipe, Pager, SignalCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1>{{ 'signal.mine' | t }}</h1>
      <a class="btn" routerLink="/signals/new" data-testid="signal-new">{{
        'signal.new.title' | t
      }}</a>
    </div>
    <p class="muted">{{ 'signal.mineIntro' | t }}</p>
    <div aria-live="polite">
      @if (sent()) {
        <p class="alert ok" data-testid="signal-sent">{{ 'signal.sent' | t }}</p>
      }
    </div>
    @if (error(); as e) {
      <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
    }
    @if (page(); as p) {
      @if (p.total === 0) {
        <p class="card muted" data-testid="signals-empty">{{ 'signal.none' | t }}</p>
      }
      @for (s of p.items; track s.id) {
        <app-signal-card [signal]="s" />
      }
      <app-pager [page]="p" (go)="load($event)" />
    } @else if (!error()) {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      justify-content: space-between;
      align-items: center;
    }
    app-signal-card {
      display: block;
      margin-bottom: 0.85rem;
    }
  `,
})
export class SignalsPage implements OnInit {
  private readonly api = inject(OrientationApi);
  /** The id of the signal just sent (query parameter), to say it left. */
  readonly sent = input<string | undefined>();
  protected readonly page = signal<Page<PersonSignal> | null>(null);
  protected readonly error = signal<CallError | null>(null);

  ngOnInit(): void {
    this.load(0);
  }

  protected load(page: number): void {
    this.api.sentSignals(page).subscribe({
      next: (p) => this.page.set(p),
      error: (e) => this.error.set(callError(e)),
    });
  }
}
