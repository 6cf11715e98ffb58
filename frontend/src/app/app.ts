import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  OnInit,
  Type,
  computed,
  inject,
  signal,
} from '@angular/core';
import { EventType, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { logout } from './core/auth';
import { Session } from './core/session';
import { loadMessages } from './i18n/catalogue';
import { I18n, TranslatePipe } from './i18n/i18n';

const DASHBOARD_READERS = [
  'structure_admin',
  'data_officer',
  'coordinator',
  'case_manager',
  'regional_observer',
];

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, NgComponentOutlet],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App implements OnInit {
  protected readonly session = inject(Session);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  /** The unread badges of the header, once their chunk is there. */
  protected readonly badge = signal<Type<unknown> | null>(null);
  protected readonly bell = signal<Type<unknown> | null>(null);
  /** The realm roles that read activity dashboards (docs/api/dashboards.md), from /api/me. */
  protected readonly readsDashboards = computed(() =>
    (this.session.user()?.roles ?? []).some((r) => DASHBOARD_READERS.includes(r)),
  );

  /**
   * While a page's code loads (routes are lazy): the current page says it is busy, so that nobody
   * types into a page that is about to go (issue 17: the break-glass form "lost" what was typed).
   */
  protected readonly navigating = signal(false);
  /** The phone's menu (≤ 600 px), folded until asked for and again once a link of it is taken. */
  protected readonly menuOpen = signal(false);

  ngOnInit(): void {
    this.session.load();
    // start: busy; end, cancel or error (the next event types): done
    this.router.events.subscribe((e) => {
      if (e.type <= EventType.NavigationError)
        this.navigating.set(e.type === EventType.NavigationStart);
    });
    // The live stream, the logbook outbox and the unread badges are not needed for the first
    // paint: they come in chunks of their own, right after it.
    void Promise.all([
      import('./live/live-events'),
      import('./logbook/offline-queue'),
      import('./messaging/messages-nav-badge'),
      import('./notifications/notification-bell'),
      loadMessages([]), // the badges' texts are shared ones
    ]).then(([{ LiveEvents }, { OfflineQueue }, { MessagesNavBadge }, { NotificationBell }]) => {
      this.injector.get(LiveEvents).start();
      // Sends what was written on this device without network during an earlier visit.
      this.injector.get(OfflineQueue).start();
      this.badge.set(MessagesNavBadge);
      this.bell.set(NotificationBell);
    });
  }

  protected toggleLanguage(): void {
    this.i18n.use(this.i18n.lang() === 'fr' ? 'en' : 'fr');
  }

  protected logout(): void {
    logout();
  }
}
