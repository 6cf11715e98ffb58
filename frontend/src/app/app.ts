import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { logout } from './core/auth';
import { Session } from './core/session';
import { I18n, TranslatePipe } from './i18n/i18n';
import { NotificationBell } from './notifications/notification-bell';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, NotificationBell],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App implements OnInit {
  protected readonly session = inject(Session);
  protected readonly i18n = inject(I18n);

  ngOnInit(): void {
    this.session.load();
  }

  protected toggleLanguage(): void {
    this.i18n.use(this.i18n.lang() === 'fr' ? 'en' : 'fr');
  }

  protected logout(): void {
    logout();
  }
}
