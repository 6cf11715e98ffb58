import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { logout } from './core/auth';
import { Session } from './core/session';
import { I18n, TranslatePipe } from './i18n/i18n';
import { LiveEvents } from './live/live-events';
import { OfflineQueue } from './logbook/offline-queue';
import { MessagesNavBadge } from './messaging/messages-nav-badge';
import { NotificationBell } from './notifications/notification-bell';

@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    NotificationBell,
    MessagesNavBadge,
  ],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App implements OnInit {
  protected readonly session = inject(Session);
  protected readonly i18n = inject(I18n);
  private readonly live = inject(LiveEvents);
  private readonly logbookQueue = inject(OfflineQueue);

  ngOnInit(): void {
    this.session.load();
    this.live.start();
    // Sends what was written on this device without network during an earlier visit.
    this.logbookQueue.start();
  }

  protected toggleLanguage(): void {
    this.i18n.use(this.i18n.lang() === 'fr' ? 'en' : 'fr');
  }

  protected logout(): void {
    logout();
  }
}
