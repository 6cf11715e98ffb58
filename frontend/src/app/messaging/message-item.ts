import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LOGBOOK_CATEGORIES, LogbookCategory } from '../core/models';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { AttachmentList } from '../logbook/attachment-list';
import { hiddenMentions, textParts } from './message-format';
import { MessagingApi, MessagingError, messagingError } from './messaging-api';
import { ConversationMessage } from './messaging-models';
import { AgoPipe, MomentPipe } from '../i18n/dates';

/**
 * One message of a conversation: author, time and text (mentions highlighted, text nodes only),
 * its photos and PDF, or a small centred note for what the server wrote ("X a confié la
 * conversation à Y"). In a conversation about a patient, a member of the care team turns it into a
 * logbook entry.
 */
@Component({
  selector: 'li[appMessage]',
  imports: [FormsModule, TranslatePipe, AttachmentList, AgoPipe, MomentPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'message',
    '[class.system]': 'message().system',
    '[class.mine]': 'message().mine && !message().system',
    '[class.for-me]': 'forMe()',
  },
  template: `
    @let m = message();
    @if (m.system) {
      <p class="note">
        <span data-testid="message-text">{{ m.text }}</span>
        <span aria-hidden="true"> · </span>
        <time [attr.datetime]="m.sentAt" [title]="m.sentAt | moment">{{ m.sentAt | ago }}</time>
      </p>
    } @else {
      <div class="bubble">
        <p class="meta">
          <span class="author">{{ m.authorName }}</span>
          <time [attr.datetime]="m.sentAt" [title]="m.sentAt | moment">{{ m.sentAt | ago }}</time>
        </p>
        <p class="text" data-testid="message-text">
          @for (part of parts(); track $index) {
            @if (part.mention; as who) {
              <mark
                class="mention"
                [class.me]="who.id === myId()"
                [attr.title]="who.id === myId() ? ('messaging.message.mentionsYou' | t) : null"
                data-testid="message-mention"
                >{{ part.text }}</mark
              >
            } @else {
              <span>{{ part.text }}</span>
            }
          }
        </p>
        @if (m.attachments?.length) {
          <app-attachment-list
            kind="messaging"
            [source]="attachmentSource()"
            [attachments]="m.attachments!"
          />
        }
        @if (unshown().length) {
          <p class="small muted">
            {{ 'messaging.message.mentions' | t: { names: unshownNames() } }}
          </p>
        }
        @if (m.logbookEntryId) {
          <p class="in-logbook small" data-testid="message-in-logbook">
            <span aria-hidden="true">✓</span> {{ 'messaging.logbook.done' | t }}
          </p>
        } @else if (canCopy()) {
          <button
            type="button"
            class="link small"
            [attr.aria-expanded]="copying()"
            [attr.aria-controls]="'copy-' + m.id"
            (click)="copying.set(!copying())"
            data-testid="message-to-logbook"
          >
            <span aria-hidden="true">→ </span>{{ 'messaging.logbook.action' | t }}
          </button>
          @if (copying()) {
            <form
              class="copy"
              [id]="'copy-' + m.id"
              (ngSubmit)="copy()"
              [attr.aria-label]="'messaging.logbook.formLabel' | t"
              data-testid="logbook-copy-form"
            >
              @if (error(); as e) {
                <div class="alert" role="alert">
                  {{ e.messageKey | t: { detail: e.detail ?? '' } }}
                </div>
              }
              <app-field [label]="'logbook.category' | t" [controlId]="'copy-category-' + m.id">
                <select
                  appFieldControl
                  name="category"
                  [ngModel]="category()"
                  (ngModelChange)="category.set($event)"
                  data-testid="logbook-copy-category"
                >
                  @for (c of categories; track c) {
                    <option [value]="c">{{ 'category.' + c | t }}</option>
                  }
                </select>
              </app-field>
              <label class="check">
                <input
                  type="checkbox"
                  name="important"
                  [ngModel]="important()"
                  (ngModelChange)="important.set($event)"
                  data-testid="logbook-copy-important"
                />
                {{ 'logbook.important' | t }}
              </label>
              <p class="small muted">{{ 'messaging.logbook.help' | t }}</p>
              <div class="buttons">
                <button
                  class="btn"
                  type="submit"
                  [disabled]="saving()"
                  data-testid="logbook-copy-submit"
                >
                  {{ (saving() ? 'messaging.logbook.saving' : 'messaging.logbook.submit') | t }}
                </button>
                <button type="button" class="btn secondary" (click)="copying.set(false)">
                  {{ 'common.cancel' | t }}
                </button>
              </div>
            </form>
          }
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      margin: 0.5rem 0;
    }
    :host(.mine) {
      justify-content: flex-end;
    }
    :host(.system) {
      justify-content: center;
    }
    .bubble {
      max-width: min(36rem, 88%);
      padding: 0.45rem 0.75rem 0.5rem;
      border-radius: 0.75rem;
      border: 1px solid var(--line);
      background: #fff;
    }
    :host(.mine) .bubble {
      background: #e6f0f6;
      border-color: #c3d6e3;
    }
    :host(.for-me) .bubble {
      border-left: 4px solid var(--important);
    }
    p {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.6rem;
      font-size: 0.8rem;
      color: var(--muted);
    }
    .author {
      font-weight: 700;
      color: var(--ink);
    }
    .text {
      margin: 0.15rem 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .mention {
      background: #fff1c2;
      color: var(--ink);
      font-weight: 600;
      border-radius: 0.25rem;
      padding: 0 0.15rem;
    }
    .mention.me {
      background: #ffd766;
      box-shadow: 0 0 0 1px var(--important);
    }
    .note {
      max-width: 90%;
      text-align: center;
      font-size: 0.85rem;
      color: var(--muted);
      font-style: italic;
      padding: 0.15rem 0.75rem;
      border-radius: 999px;
      background: #eef1f4;
    }
    .small {
      font-size: 0.85rem;
    }
    .in-logbook {
      color: var(--ok);
      font-weight: 600;
      margin-top: 0.2rem;
    }
    .copy {
      margin-top: 0.5rem;
      padding-top: 0.5rem;
      border-top: 1px solid var(--line);
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 400;
      margin-bottom: 0.5rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
})
export class MessageItem {
  private readonly api = inject(MessagingApi);
  readonly message = input.required<ConversationMessage>();
  readonly conversationId = input.required<string>();
  /** The bytes of this conversation's attachments. */
  protected readonly attachmentSource = computed(() => {
    const conversationId = this.conversationId();
    return (attachmentId: string) => this.api.attachment(conversationId, attachmentId);
  });
  /** The caller's professional id: his or her mentions stand out. */
  readonly myId = input<string | null>(null);
  /** A PATIENT conversation and a caller of the care team. */
  readonly canCopy = input(false);
  /** The message is in the logbook now (the entry's id). */
  readonly copied = output<string>();

  protected readonly categories = LOGBOOK_CATEGORIES;
  protected readonly parts = computed(() =>
    textParts(this.message().text, this.message().mentions),
  );
  protected readonly unshown = computed(() => hiddenMentions(this.message()));
  protected readonly unshownNames = computed(() =>
    this.unshown()
      .map((m) => m.name)
      .join(', '),
  );
  protected readonly forMe = computed(
    () => !this.message().mine && this.message().mentions.some((m) => m.id === this.myId()),
  );
  protected readonly copying = signal(false);
  protected readonly category = signal<LogbookCategory>('CARE');
  protected readonly important = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<MessagingError | null>(null);

  protected copy(): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    const id = this.message().id;
    this.api
      .copyToLogbook(this.conversationId(), id, {
        category: this.category(),
        important: this.important(),
      })
      .subscribe({
        next: (entry) => {
          this.saving.set(false);
          this.copying.set(false);
          this.copied.emit(entry.id);
        },
        error: (e) => {
          this.saving.set(false);
          const error = messagingError(e);
          // Already there (copied by a colleague meanwhile): the same outcome.
          if (error.code === 'already-in-logbook') {
            this.copying.set(false);
            this.copied.emit(error.logbookEntryId ?? 'unknown');
            return;
          }
          this.error.set(error);
        },
      });
  }
}
