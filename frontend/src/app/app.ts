import { ChangeDetectionStrategy, Component, Injector, OnInit, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { logout } from './core/auth';
import { Session } from './core/session';
import { I18n, TranslatePipe } from './i18n/i18n';
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
  private readonly injector = inject(Injector);

  ngOnInit(): void {
    this.session.load();
    // The live stream and the logbook outbox are not needed for the first paint: they come in a
    // chunk of their own, right after it.
    void Promise.all([import('./live/live-events'), import('./logbook/offline-queue')]).then(
      ([{ LiveEvents }, { OfflineQueue }]) => {
        this.injector.get(LiveEvents).start();
        // Sends what was written on this device without network during an earlier visit.
        this.injector.get(OfflineQueue).start();
      },
    );
  }

  protected toggleLanguage(): void {
    this.i18n.use(this.i18n.lang() === 'fr' ? 'en' : 'fr');
  }

  protected logout(): void {
    logout();
  }
}
