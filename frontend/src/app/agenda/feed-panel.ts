import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { AgendaApi, AgendaError, agendaError, send } from './agenda-api';
import { FEED_DETAILS, Feed, FeedDetail } from './agenda-models';
import { MomentPipe } from '../i18n/dates';

/**
 * The private address my own calendar application (Google Agenda, Outlook, Thunderbird…)
 * subscribes to: whether one is active and how much it says, a new one (shown once, to copy), the
 * detail level, and its revocation.
 */
@Component({
  selector: 'app-feed-panel',
  imports: [FormsModule, TranslatePipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="feed-title" data-testid="feed-panel">
      <h2 id="feed-title">{{ 'agenda.feed.title' | t }}</h2>
      <p>{{ 'agenda.feed.intro' | t }}</p>
      @if (error(); as e) {
        <div class="alert" role="alert">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          @if (!feed()) {
            <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
          }
        </div>
      }
      <div aria-live="polite">
        @if (notice(); as n) {
          <div class="alert ok" data-testid="feed-notice">{{ n | t }}</div>
        }
      </div>

      @if (url(); as u) {
        <div class="new-url" data-testid="feed-url-box">
          <label for="feed-url">{{ 'agenda.feed.urlLabel' | t }}</label>
          <div class="copy">
            <input
              id="feed-url"
              readonly
              [value]="u"
              aria-describedby="feed-url-help"
              data-testid="feed-url"
            />
            <button type="button" class="btn" (click)="copy(u)" data-testid="feed-copy">
              {{ (copied() ? 'agenda.feed.copied' : 'agenda.feed.copy') | t }}
            </button>
          </div>
          <p class="help" id="feed-url-help">{{ 'agenda.feed.once' | t }}</p>
          <h3>{{ 'agenda.feed.howTitle' | t }}</h3>
          <p class="how-intro">{{ 'agenda.feed.howIntro' | t }}</p>
          <ul class="how">
            <li>{{ 'agenda.feed.howGoogle' | t }}</li>
            <li>{{ 'agenda.feed.howOutlook' | t }}</li>
            <li>{{ 'agenda.feed.howThunderbird' | t }}</li>
            <li>{{ 'agenda.feed.howApple' | t }}</li>
          </ul>
          <p class="help">{{ 'agenda.feed.delay' | t }}</p>
        </div>
      }

      @if (feed(); as f) {
        <p data-testid="feed-status">
          @if (f.active) {
            <span class="badge on">{{ 'agenda.feed.active' | t }}</span>
            {{
              'agenda.feed.activeSince'
                | t
                  : {
                      date: (f.createdAt | moment),
                      detail: i18n.t('agenda.feed.detail.' + (f.detail ?? 'DISCREET')),
                    }
            }}
          } @else {
            <span class="badge">{{ 'agenda.feed.inactive' | t }}</span>
            {{ 'agenda.feed.none' | t }}
          }
        </p>
        <fieldset>
          <legend>{{ 'agenda.feed.detailLegend' | t }}</legend>
          @for (d of details; track d) {
            <label class="choice">
              <input
                type="radio"
                name="feed-detail"
                [value]="d"
                [ngModel]="detail()"
                (ngModelChange)="detail.set($event)"
                [attr.aria-describedby]="'feed-detail-' + d"
                [attr.data-testid]="'feed-detail-' + d"
              />
              <span>
                <strong>{{ 'agenda.feed.detail.' + d | t }}</strong>
                <span class="help" [id]="'feed-detail-' + d">{{
                  'agenda.feed.detailHelp.' + d | t
                }}</span>
              </span>
            </label>
          }
        </fieldset>
        @if (confirmRevoke()) {
          <div class="confirm" role="group" [attr.aria-label]="'agenda.feed.revoke' | t">
            <p>{{ 'agenda.feed.revokeConfirm' | t }}</p>
            <button
              type="button"
              class="btn danger"
              [disabled]="busy()"
              (click)="revoke()"
              data-testid="feed-revoke-confirm"
            >
              {{ 'agenda.feed.revoke' | t }}
            </button>
            <button type="button" class="btn secondary" (click)="confirmRevoke.set(false)">
              {{ 'agenda.keep' | t }}
            </button>
          </div>
        } @else {
          <div class="buttons">
            @if (f.active && detail() !== f.detail) {
              <button
                type="button"
                class="btn"
                [disabled]="busy()"
                (click)="changeDetail()"
                data-testid="feed-save-detail"
              >
                {{ 'agenda.feed.saveDetail' | t }}
              </button>
            }
            <button
              type="button"
              [class]="f.active ? 'btn secondary' : 'btn'"
              [disabled]="busy()"
              (click)="create()"
              data-testid="feed-create"
            >
              {{ (f.active ? 'agenda.feed.renew' : 'agenda.feed.create') | t }}
            </button>
            @if (f.active) {
              <button
                type="button"
                class="btn secondary danger"
                (click)="confirmRevoke.set(true)"
                data-testid="feed-revoke"
              >
                {{ 'agenda.feed.revoke' | t }}
              </button>
            }
          </div>
          @if (f.active) {
            <p class="help">{{ 'agenda.feed.renewHelp' | t }}</p>
          }
        }
      } @else if (!error()) {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.9rem;
    }
    legend {
      font-weight: 600;
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      font-weight: 400;
      margin: 0.35rem 0;
    }
    .choice input {
      width: auto;
      min-height: 0;
      margin-top: 0.3rem;
    }
    .help {
      display: block;
      font-size: 0.88rem;
      color: var(--muted);
    }
    .new-url {
      border: 2px solid var(--brand);
      border-radius: 0.6rem;
      padding: 0.75rem;
      margin-bottom: 1rem;
      background: #f8fbfd;
    }
    .copy {
      display: flex;
      gap: 0.5rem;
    }
    .copy input {
      flex: 1 1 auto;
      min-width: 0;
      font-family: ui-monospace, monospace;
      font-size: 0.85rem;
    }
    h3 {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    .how-intro {
      margin: 0 0 0.25rem;
    }
    .how {
      margin: 0;
      padding-left: 1.2rem;
    }
    .badge.on {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .buttons,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .confirm p {
      flex: 1 1 100%;
      margin: 0;
    }
    .btn.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
    .btn.secondary.danger {
      background: #fff;
      color: var(--danger);
    }
  `,
})
export class FeedPanel {
  private readonly api = inject(AgendaApi);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  protected readonly details = FEED_DETAILS;
  protected readonly feed = signal<Feed | null>(null);
  protected readonly detail = signal<FeedDetail>('DISCREET');
  /** The new address, shown once. */
  protected readonly url = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly busy = signal(false);
  protected readonly confirmRevoke = signal(false);
  protected readonly error = signal<AgendaError | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    this.api.feed().subscribe({
      next: (f) => this.accept(f),
      error: (e) => this.error.set(agendaError(e)),
    });
  }

  private accept(f: Feed): void {
    this.feed.set(f);
    if (f.detail) this.detail.set(f.detail);
  }

  protected create(): void {
    this.notice.set(null);
    this.copied.set(false);
    send(this.api.createFeed(this.detail()), { busy: this.busy, error: this.error }, (f) => {
      this.accept(f);
      this.url.set(f.url);
      afterNextRender(() => document.getElementById('feed-url')?.focus(), {
        injector: this.injector,
      });
    });
  }

  protected changeDetail(): void {
    send(this.api.changeFeed(this.detail()), { busy: this.busy, error: this.error }, (f) => {
      this.accept(f);
      this.notice.set('agenda.feed.detailSaved');
    });
  }

  protected revoke(): void {
    send(this.api.revokeFeed(), { busy: this.busy, error: this.error }, () => {
      this.confirmRevoke.set(false);
      this.url.set(null);
      this.feed.set({ active: false, detail: null, createdAt: null, url: null });
      this.notice.set('agenda.feed.revoked');
    });
  }

  protected copy(url: string): void {
    const done = () => this.copied.set(true);
    const fallback = () => {
      const input = document.getElementById('feed-url') as HTMLInputElement | null;
      input?.select();
      // The address is selected: the user copies it by hand if the browser refuses.
      if (document.execCommand?.('copy')) done();
    };
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(url).then(done, fallback);
    } else {
      fallback();
    }
  }
}
