import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';
import { ConversationsStore } from './conversations-store';

/** The right side of the messages page while no conversation is chosen (wide screens only). */
@Component({
  selector: 'app-conversation-placeholder',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card placeholder" data-testid="conversation-placeholder">
      @if (store.conversations()?.length) {
        <p>{{ 'messaging.placeholder.choose' | t }}</p>
      } @else {
        <p>{{ 'messaging.placeholder.start' | t }}</p>
      }
      <a class="btn secondary" routerLink="/messages/new">{{ 'messaging.new.button' | t }}</a>
    </div>
  `,
  styles: `
    .placeholder {
      display: grid;
      place-items: center;
      align-content: center;
      gap: 1rem;
      min-height: 16rem;
      text-align: center;
      color: var(--muted);
    }
    .placeholder p {
      margin: 0;
      max-width: 28rem;
    }
  `,
})
export class ConversationPlaceholder {
  protected readonly store = inject(ConversationsStore);
}
