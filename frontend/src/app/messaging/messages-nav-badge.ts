import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { MessagingUnread } from './messaging-unread';

/**
 * The unread count shown inside the "Messagerie" link of the header: a small badge for the eyes,
 * a sentence for screen readers (part of the link's name). Nothing when all is read.
 */
@Component({
  selector: 'app-messages-nav-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (count() > 0) {
      <span class="count" aria-hidden="true" data-testid="nav-messages-unread">{{ shown() }}</span>
      <span class="visually-hidden">{{
        (count() === 1 ? 'messaging.nav.unreadOne' : 'messaging.nav.unreadMany')
          | t: { count: count() }
      }}</span>
    }
  `,
  styles: `
    .count {
      display: inline-block;
      min-width: 1.35rem;
      height: 1.35rem;
      margin-left: 0.35rem;
      padding: 0 0.3rem;
      border-radius: 999px;
      background: #fff;
      color: var(--brand-dark);
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.35rem;
      text-align: center;
      vertical-align: 0.1rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class MessagesNavBadge {
  private readonly center = inject(MessagingUnread);
  protected readonly count = this.center.unread;
  protected readonly shown = computed(() => (this.count() > 99 ? '99+' : String(this.count())));

  constructor() {
    this.center.start();
  }
}
