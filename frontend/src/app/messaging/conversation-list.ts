import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';
import { ConversationsStore } from './conversations-store';
import { ConversationSummary } from './messaging-models';
import { AgoPipe, MomentPipe } from '../i18n/dates';

/** The caller's conversations, most recent activity first, each with its unread count. */
@Component({
  selector: 'app-conversation-list',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, AgoPipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.error(); as e) {
      <div class="alert" role="alert">
        <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
        <button type="button" class="btn secondary" (click)="store.load()">
          {{ 'common.retry' | t }}
        </button>
      </div>
    }
    @if (store.conversations(); as list) {
      @if (list.length === 0) {
        <div class="card empty" data-testid="conversations-empty">
          <p class="empty-title">{{ 'messaging.list.empty' | t }}</p>
          <p class="muted">{{ 'messaging.list.emptyHelp' | t }}</p>
        </div>
      } @else {
        <ul class="conversations" data-testid="conversations">
          @for (c of list; track c.id) {
            <li>
              <a
                class="item"
                [class.unread]="c.unread > 0"
                [routerLink]="['/messages', c.id]"
                routerLinkActive="active"
                ariaCurrentWhenActive="page"
                data-testid="conversation-item"
              >
                <span class="top">
                  <span class="subject">{{ c.subject }}</span>
                  @if (c.unread > 0) {
                    <span class="count" data-testid="conversation-unread"
                      >{{ c.unread
                      }}<span class="visually-hidden">
                        {{
                          (c.unread === 1 ? 'messaging.unreadOne' : 'messaging.unreadMany')
                            | t: { count: c.unread }
                        }}</span
                      ></span
                    >
                  }
                </span>
                <span class="meta">
                  @if (c.patientName) {
                    <span class="patient">{{ c.patientName }}</span>
                  } @else {
                    <span>{{ 'messaging.kind.TOPIC' | t }}</span>
                  }
                  @if (c.lastMessageAt) {
                    <time [attr.datetime]="c.lastMessageAt" [title]="c.lastMessageAt | moment">
                      {{ c.lastMessageAt | ago }}
                    </time>
                  }
                </span>
              </a>
            </li>
          }
        </ul>
      }
    } @else if (!store.error()) {
      <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .conversations {
      list-style: none;
      margin: 0;
      padding: 0;
      background: var(--card);
      border: 1px solid var(--line);
      border-radius: 0.75rem;
      overflow: hidden;
    }
    .conversations li + li {
      border-top: 1px solid var(--line);
    }
    .item {
      display: block;
      padding: 0.65rem 0.85rem;
      color: var(--ink);
      text-decoration: none;
      border-left: 4px solid transparent;
    }
    .item:hover {
      background: #f0f5f8;
    }
    .item.active {
      background: #e3ecf3;
      border-left-color: var(--brand-dark);
    }
    .top {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .subject {
      overflow-wrap: anywhere;
    }
    .item.unread .subject {
      font-weight: 700;
    }
    .count {
      flex: none;
      min-width: 1.5rem;
      padding: 0 0.4rem;
      border-radius: 999px;
      background: var(--danger);
      color: #fff;
      font-size: 0.8rem;
      font-weight: 700;
      line-height: 1.5rem;
      text-align: center;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 0.5rem;
      margin-top: 0.15rem;
      font-size: 0.85rem;
      color: var(--muted);
    }
    .patient {
      font-weight: 600;
      color: var(--brand-dark);
    }
    .empty-title {
      font-weight: 600;
      margin-top: 0;
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
export class ConversationList {
  protected readonly store = inject(ConversationsStore);
}
