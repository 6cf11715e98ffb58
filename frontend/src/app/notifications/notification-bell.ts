import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { I18n } from '../i18n/i18n';
import { NotificationCenter } from './notification-center';

/** The bell in the header: a link to the notifications, with the unread count. */
@Component({
  selector: 'app-notification-bell',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      class="bell"
      routerLink="/notifications"
      routerLinkActive="active"
      ariaCurrentWhenActive="page"
      [attr.aria-label]="label()"
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      @if (count() > 0) {
        <span class="count" aria-hidden="true" data-testid="notification-count">{{ shown() }}</span>
      }
    </a>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 2.75rem;
      min-height: 2.75rem;
      padding: 0 0.5rem;
      color: #fff;
      border: 1px solid rgba(255, 255, 255, 0.5);
      border-radius: 0.4rem;
      text-decoration: none;
    }
    .bell:hover,
    .bell.active {
      background: rgba(255, 255, 255, 0.16);
    }
    .count {
      position: absolute;
      top: -0.45rem;
      right: -0.45rem;
      min-width: 1.35rem;
      height: 1.35rem;
      padding: 0 0.3rem;
      border-radius: 999px;
      background: var(--danger);
      color: #fff;
      box-shadow: 0 0 0 2px #fff;
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.35rem;
      text-align: center;
    }
  `,
})
export class NotificationBell {
  private readonly i18n = inject(I18n);
  private readonly center = inject(NotificationCenter);
  protected readonly count = this.center.unread;
  protected readonly shown = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly label = computed(() => {
    const count = this.count();
    if (count === 0) return this.i18n.t('notifications.bell');
    return this.i18n.t(count === 1 ? 'notifications.bellOne' : 'notifications.bellMany', {
      count,
    });
  });

  constructor() {
    this.center.start();
  }
}
