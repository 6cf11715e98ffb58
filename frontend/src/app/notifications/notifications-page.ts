import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { PendingInvitations } from '../agenda/pending-invitations';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { Page } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { NotificationCenter } from './notification-center';
import {
  EMAIL_PREFERENCES,
  EmailPreference,
  NOTIFICATION_KINDS,
  NotificationsApi,
  UserNotification,
} from './notifications-api';
import { AgoPipe, MomentPipe } from '../i18n/dates';

/** The caller's notifications, newest first, page by page, and how to hear of them by e-mail. */
@Component({
  selector: 'app-notifications-page',
  imports: [FormsModule, TranslatePipe, Pager, PendingInvitations, AgoPipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1>{{ 'notifications.title' | t }}</h1>
      @if (page()?.total) {
        <button
          type="button"
          class="btn secondary"
          [attr.aria-disabled]="busy() || !hasUnread() ? 'true' : null"
          (click)="readAll()"
          data-testid="notifications-read-all"
        >
          {{ 'notifications.readAll' | t }}
        </button>
      }
    </div>
    <p class="muted intro">{{ 'notifications.intro' | t }}</p>
    <app-pending-invitations />

    <section class="card" aria-labelledby="notifications-list-title">
      <h2 id="notifications-list-title" class="visually-hidden">
        {{ 'notifications.listTitle' | t }}
      </h2>
      <div aria-live="polite">
        @if (allRead()) {
          <div class="alert ok" data-testid="notifications-all-read">
            {{ 'notifications.readAllDone' | t }}
          </div>
        }
      </div>
      @if (error(); as e) {
        <div class="alert" role="alert">
          <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
          <button type="button" class="btn secondary" (click)="load(pageIndex())">
            {{ 'common.retry' | t }}
          </button>
        </div>
      }
      @if (page(); as p) {
        @if (p.total === 0) {
          <div class="empty" data-testid="notifications-empty">
            <p class="empty-title">{{ 'notifications.empty' | t }}</p>
            <p class="muted">{{ 'notifications.emptyHelp' | t }}</p>
          </div>
        } @else {
          <p class="muted small">
            {{ 'notifications.count' | t: { unread: center.unread(), total: p.total } }}
          </p>
          <ul class="items" data-testid="notifications">
            @for (n of p.items; track n.id) {
              <li>
                <a
                  class="item"
                  [class.unread]="!n.readAt"
                  [href]="target(n)"
                  (click)="open(n, $event)"
                  data-testid="notification-item"
                  [attr.data-unread]="!n.readAt"
                >
                  <span class="dot" aria-hidden="true"></span>
                  <span class="body">
                    @if (!n.readAt) {
                      <span class="badge unread-badge">{{ 'notifications.unread' | t }}</span>
                    }
                    <span class="sentence">{{ sentence(n) }}</span>
                    @if (n.patientName) {
                      <span class="patient" data-testid="notification-patient">{{
                        'notifications.patient' | t: { name: n.patientName }
                      }}</span>
                    }
                    <time
                      class="when"
                      [attr.datetime]="n.createdAt"
                      [title]="n.createdAt | moment"
                      >{{ n.createdAt | ago }}</time
                    >
                  </span>
                </a>
              </li>
            }
          </ul>
          <app-pager [page]="p" (go)="load($event)" />
        }
      } @else if (!error()) {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>

    <section class="card" aria-labelledby="notifications-pref-title">
      <h2 id="notifications-pref-title">{{ 'notifications.prefs.title' | t }}</h2>
      @if (prefError(); as e) {
        <div class="alert" role="alert">
          <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
          @if (!email()) {
            <button type="button" class="btn secondary" (click)="loadPreferences()">
              {{ 'common.retry' | t }}
            </button>
          }
        </div>
      }
      @if (email(); as current) {
        <form (ngSubmit)="savePreferences()">
          <fieldset
            class="choices"
            aria-describedby="notifications-pref-note"
            data-testid="notification-email-pref"
          >
            <legend>{{ 'notifications.prefs.legend' | t }}</legend>
            @for (choice of choices; track choice) {
              <label class="choice">
                <input
                  type="radio"
                  name="email"
                  [value]="choice"
                  [ngModel]="current"
                  (ngModelChange)="choose($event)"
                  [attr.data-testid]="'notification-email-' + choice"
                />
                {{ 'notifications.prefs.' + choice | t }}
              </label>
            }
          </fieldset>
          <p class="muted small note" id="notifications-pref-note">
            {{ 'notifications.prefs.note' | t }}
          </p>
          <button
            class="btn"
            type="submit"
            [disabled]="saving()"
            data-testid="notification-pref-save"
          >
            {{ (saving() ? 'notifications.prefs.saving' : 'notifications.prefs.save') | t }}
          </button>
          <div aria-live="polite">
            @if (saved()) {
              <div class="alert ok saved" data-testid="notification-pref-saved">
                {{ 'notifications.prefs.saved' | t }}
              </div>
            }
          </div>
        </form>
      } @else if (!prefError()) {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .heading h1 {
      margin-bottom: 0.25rem;
    }
    .btn[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .intro {
      margin: 0 0 1rem;
    }
    .small {
      font-size: 0.85rem;
    }
    .alert p {
      margin: 0 0 0.5rem;
    }
    .alert p:last-child {
      margin: 0;
    }
    .empty {
      text-align: center;
      padding: 1rem 0;
    }
    .empty p {
      margin: 0.25rem 0;
    }
    .empty-title {
      font-weight: 700;
      font-size: 1.05rem;
    }
    .items {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .items li + li {
      margin-top: 0.5rem;
    }
    .item {
      display: flex;
      gap: 0.6rem;
      align-items: flex-start;
      padding: 0.65rem 0.75rem;
      border: 1px solid var(--line);
      border-left: 4px solid var(--line);
      border-radius: 0.5rem;
      color: var(--ink);
      text-decoration: none;
      min-height: 2.75rem;
    }
    .item:hover {
      background: var(--bg);
    }
    .patient {
      font-weight: 600;
    }
    .item:hover .sentence {
      text-decoration: underline;
    }
    .item.unread {
      border-left-color: var(--brand-dark);
      background: #eef5f9;
    }
    .item.unread .sentence {
      font-weight: 700;
    }
    .dot {
      flex: none;
      width: 0.6rem;
      height: 0.6rem;
      margin-top: 0.45rem;
      border-radius: 50%;
    }
    .item.unread .dot {
      background: var(--brand-dark);
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      min-width: 0;
    }
    .unread-badge {
      align-self: flex-start;
    }
    .sentence {
      overflow-wrap: anywhere;
    }
    .when {
      font-size: 0.85rem;
      color: var(--muted);
    }
    .choices {
      border: none;
      margin: 0 0 0.5rem;
      padding: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      font-weight: 400;
      min-height: 2.75rem;
      margin: 0;
      cursor: pointer;
    }
    .choice input {
      width: 1.15rem;
      height: 1.15rem;
      min-height: 0;
      margin: 0;
      flex: none;
      accent-color: var(--brand-dark);
    }
    .note {
      margin: 0 0 0.75rem;
    }
    .saved {
      margin: 0.75rem 0 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  `,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  protected readonly center = inject(NotificationCenter);
  protected readonly i18n = inject(I18n);
  protected readonly choices = EMAIL_PREFERENCES;
  protected readonly page = signal<Page<UserNotification> | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly error = signal<CallError | null>(null);
  protected readonly busy = signal(false);
  protected readonly allRead = signal(false);
  /** Unread ones, as the count or the page shown knows (the count may lag a little). */
  protected readonly hasUnread = computed(
    () => this.center.unread() > 0 || !!this.page()?.items.some((n) => !n.readAt),
  );
  protected readonly email = signal<EmailPreference | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly prefError = signal<CallError | null>(null);

  constructor() {
    this.center.start();
    this.load(0);
    this.loadPreferences();
    // A new notification while the first page is shown: show it too.
    let known: number | undefined;
    effect(() => {
      const unread = this.center.unread();
      if (known !== undefined && unread > known && this.pageIndex() === 0) {
        untracked(() => this.load(0));
      }
      known = unread;
    });
  }

  protected load(index: number): void {
    this.pageIndex.set(index);
    this.error.set(null);
    this.api.list(index).subscribe({
      next: (p) => this.page.set(p),
      error: (e) => this.error.set(callError(e)),
    });
  }

  /** Marks the notification read (when it is not yet), then opens its link. */
  protected open(n: UserNotification, event: MouseEvent): void {
    const newTab = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey;
    if (newTab) {
      // The browser opens the link elsewhere; this page only records the reading.
      if (!n.readAt) this.center.markRead(n).subscribe({ next: (r) => this.replace(r) });
      return;
    }
    event.preventDefault();
    const go = () => void this.router.navigateByUrl(this.target(n));
    if (n.readAt) {
      go();
      return;
    }
    // Opening the file matters more than the read mark: go even if marking fails.
    this.center.markRead(n).subscribe({
      next: (r) => {
        this.replace(r);
        go();
      },
      error: go,
    });
  }

  protected readAll(): void {
    if (this.busy() || !this.hasUnread()) return;
    this.busy.set(true);
    this.allRead.set(false);
    this.error.set(null);
    this.center.markAllRead().subscribe({
      next: () => {
        this.busy.set(false);
        this.allRead.set(true);
        this.load(this.pageIndex());
      },
      error: (e) => {
        this.busy.set(false);
        this.error.set(callError(e));
      },
    });
  }

  protected loadPreferences(): void {
    this.prefError.set(null);
    this.api.preferences().subscribe({
      next: (p) => this.email.set(p.email),
      error: (e) => this.prefError.set(callError(e)),
    });
  }

  protected choose(choice: EmailPreference): void {
    this.email.set(choice);
    this.saved.set(false);
  }

  protected savePreferences(): void {
    const email = this.email();
    if (!email || this.saving()) return;
    this.saving.set(true);
    this.saved.set(false);
    this.prefError.set(null);
    this.api.changePreferences({ email }).subscribe({
      next: (p) => {
        this.saving.set(false);
        this.email.set(p.email);
        this.saved.set(true);
      },
      error: (e) => {
        this.saving.set(false);
        this.prefError.set(callError(e));
      },
    });
  }

  /** The sentence shown for a notification: its kind and who acted, never health data. */
  protected sentence(n: UserNotification): string {
    const kind = (NOTIFICATION_KINDS as readonly string[]).includes(n.kind) ? n.kind : null;
    if (!kind) return this.i18n.t('notifications.kind.other');
    if (n.actorName) return this.i18n.t(`notifications.kind.${kind}`, { actor: n.actorName });
    return this.i18n.t(`notifications.kindNoActor.${kind}`);
  }

  /** The app path to open; anything else than a path of this app opens the notifications. */
  protected target(n: UserNotification): string {
    return /^\/(?![/\\])/.test(n.link) ? n.link : '/notifications';
  }

  private replace(updated: UserNotification): void {
    this.page.update((p) =>
      p ? { ...p, items: p.items.map((n) => (n.id === updated.id ? updated : n)) } : p,
    );
  }
}
