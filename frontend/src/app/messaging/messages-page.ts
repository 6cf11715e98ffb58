import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { TranslatePipe } from '../i18n/i18n';
import { ConversationList } from './conversation-list';
import { ConversationsStore } from './conversations-store';

/** Whether a conversation or the new-conversation form is on screen (not the list alone). */
function detailIn(url: string): boolean {
  return /^\/messages\/[^?#]+/.test(url);
}

/**
 * The messages page: the caller's conversations on the left, the chosen one on the right. On a
 * phone they are two screens: the list, then the conversation with a way back to the list.
 */
@Component({
  selector: 'app-messages-page',
  imports: [RouterOutlet, RouterLink, TranslatePipe, ConversationList],
  providers: [ConversationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading" [class.detail-open]="detailOpen()">
      <h1>{{ 'messaging.title' | t }}</h1>
      <a class="btn new" routerLink="/messages/new" data-testid="new-conversation">
        <span aria-hidden="true">+</span> {{ 'messaging.new.button' | t }}
      </a>
    </div>
    <div class="panes" [class.detail-open]="detailOpen()">
      <section class="list-pane" aria-labelledby="conversations-title">
        <h2 id="conversations-title" class="visually-hidden">
          {{ 'messaging.list.title' | t }}
        </h2>
        <app-conversation-list />
      </section>
      <div class="detail-pane">
        <a class="back" routerLink="/messages" data-testid="messages-back">
          <span aria-hidden="true">←</span> {{ 'messaging.back' | t }}
        </a>
        <router-outlet />
      </div>
    </div>
  `,
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      margin-bottom: 0.75rem;
    }
    .heading h1 {
      margin: 0;
    }
    .panes {
      display: grid;
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      gap: 1rem;
      align-items: start;
    }
    .back {
      display: none;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    /* A phone: the list, or the conversation, never both. */
    @media (max-width: 48rem) {
      .panes {
        grid-template-columns: minmax(0, 1fr);
      }
      .panes.detail-open .list-pane,
      .panes:not(.detail-open) .detail-pane,
      .heading.detail-open .new {
        display: none;
      }
      .heading.detail-open h1 {
        font-size: 1.1rem;
      }
      .back {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
        min-height: 2.75rem;
        margin-bottom: 0.25rem;
      }
    }
  `,
})
export class MessagesPage {
  private readonly router = inject(Router);
  protected readonly detailOpen = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => detailIn(this.router.url)),
    ),
    { initialValue: detailIn(this.router.url) },
  );

  constructor() {
    inject(ConversationsStore).load();
  }
}
