import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';
import { ConversationManage, ManageAction, ManageOutcome } from './conversation-manage';
import { ConversationDetail } from './messaging-models';

/** The button that opens each action's form. */
const OPENERS: Record<ManageAction, string> = {
  handover: 'handover-open',
  members: 'add-members-open',
  resource: 'resource-team-open',
};

/**
 * The top of a conversation: its subject, the patient (a link to the file), who is in charge,
 * the members (collapsible), and the actions: hand over, add participants, call in a resource team.
 */
@Component({
  selector: 'app-conversation-header',
  imports: [RouterLink, TranslatePipe, ConversationManage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = conversation();
    <header class="head">
      <h2 id="conversation-subject" tabindex="-1" data-testid="conversation-subject">
        {{ c.subject }}
      </h2>
      <p class="facts">
        @if (c.kind === 'PATIENT' && c.fileId) {
          <span>
            {{ 'messaging.header.patient' | t }}
            <a [routerLink]="['/patients', c.fileId]" data-testid="conversation-patient">{{
              c.patientName
            }}</a>
          </span>
        } @else {
          <span class="badge">{{ 'messaging.kind.TOPIC' | t }}</span>
        }
        <span data-testid="conversation-owner">{{
          'messaging.header.owner' | t: { name: c.ownerName }
        }}</span>
        <button
          type="button"
          class="link"
          [attr.aria-expanded]="membersOpen()"
          aria-controls="conversation-members"
          (click)="membersOpen.set(!membersOpen())"
          data-testid="members-toggle"
        >
          {{ 'messaging.header.members' | t: { count: c.members.length } }}
        </button>
      </p>
      <ul id="conversation-members" class="members" [hidden]="!membersOpen()">
        @for (m of c.members; track m.id) {
          <li data-testid="conversation-member">
            <strong>{{ m.name }}</strong>
            <span class="muted"> · {{ m.structure }}</span>
            <span class="badge">{{ 'messaging.via.' + m.via | t }}</span>
            @if (m.id === c.ownerId) {
              <span class="badge owner">{{ 'messaging.header.ownerBadge' | t }}</span>
            }
          </li>
        }
      </ul>
      <div class="actions">
        @if (c.mayManage) {
          <button
            type="button"
            class="btn secondary"
            [attr.aria-expanded]="action() === 'handover'"
            (click)="toggle('handover')"
            data-testid="handover-open"
          >
            {{ 'messaging.manage.handover' | t }}
          </button>
          @if (c.kind === 'TOPIC') {
            <button
              type="button"
              class="btn secondary"
              [attr.aria-expanded]="action() === 'members'"
              (click)="toggle('members')"
              data-testid="add-members-open"
            >
              {{ 'messaging.manage.members' | t }}
            </button>
          }
        }
        <button
          type="button"
          class="btn secondary"
          [attr.aria-expanded]="action() === 'resource'"
          (click)="toggle('resource')"
          data-testid="resource-team-open"
        >
          {{ 'messaging.manage.resource' | t }}
        </button>
      </div>
      @if (action(); as a) {
        <app-conversation-manage
          [conversation]="c"
          [action]="a"
          (done)="done($event)"
          (cancelled)="action.set(null)"
        />
      }
      <div aria-live="polite">
        @if (notice(); as n) {
          <p class="alert ok notice" data-testid="manage-notice">{{ n }}</p>
        }
      </div>
    </header>
  `,
  styles: `
    .head {
      padding-bottom: 0.6rem;
      border-bottom: 1px solid var(--line);
    }
    h2 {
      margin: 0 0 0.2rem;
      overflow-wrap: anywhere;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2rem 1rem;
      margin: 0;
      font-size: 0.9rem;
    }
    .members {
      list-style: none;
      margin: 0.4rem 0 0;
      padding: 0.5rem 0.75rem;
      background: #f7f9fb;
      border-radius: 0.5rem;
      font-size: 0.9rem;
    }
    .members li {
      padding: 0.15rem 0;
    }
    .members .badge {
      margin-left: 0.35rem;
    }
    .badge.owner {
      background: var(--brand-dark);
      color: #fff;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin-top: 0.5rem;
    }
    .actions .btn {
      min-height: 2.75rem;
      padding: 0.35rem 0.75rem;
      font-size: 0.9rem;
    }
    .notice {
      margin: 0.5rem 0 0;
    }
  `,
})
export class ConversationHeader {
  private readonly injector = inject(Injector);
  readonly conversation = input.required<ConversationDetail>();
  /** The conversation changed (handed over, members added): as it now is. */
  readonly changed = output<ConversationDetail>();
  protected readonly membersOpen = signal(false);
  protected readonly action = signal<ManageAction | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    // Another conversation: actions closed, nothing to report.
    let shown: string | null = null;
    effect(() => {
      const id = this.conversation().id;
      untracked(() => {
        if (id === shown) return;
        shown = id;
        this.action.set(null);
        this.notice.set(null);
        this.membersOpen.set(false);
      });
    });
  }

  protected toggle(action: ManageAction): void {
    this.notice.set(null);
    this.action.set(this.action() === action ? null : action);
  }

  protected done(outcome: ManageOutcome): void {
    const action = this.action();
    this.action.set(null);
    this.notice.set(outcome.notice);
    this.changed.emit(outcome.conversation);
    // The form had the focus: back to the button that opened it (gone after a hand-over).
    afterNextRender(
      () => {
        const opener = document.querySelector<HTMLElement>(`[data-testid="${OPENERS[action!]}"]`);
        (opener ?? document.getElementById('conversation-subject'))?.focus();
      },
      { injector: this.injector },
    );
  }
}
