import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  model,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Subscription } from 'rxjs';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { sizeText } from '../logbook/attachment-list';
import { MessagingApi, messagingError } from './messaging-api';
import {
  MESSAGE_ATTACHMENTS_MAX,
  MESSAGE_ATTACHMENT_BYTES,
  MessageAttachment,
} from './messaging-models';

/** A file chosen for the message being written: uploading, then uploaded (with its server id). */
export interface PickedMessageAttachment {
  /** Local key: the chip exists before the server gives an id. */
  key: number;
  name: string;
  size: number;
  /** Set once the server has it. */
  uploaded?: MessageAttachment;
}

/** A file that could not be joined, and why. */
interface Refusal {
  key: number;
  name: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

let nextKey = 1;
let nextId = 1;

/**
 * Photos and PDF for the message being written (as the logbook joins them to an observation):
 * each chosen file is uploaded at once and shown as a chip that can be removed (removing only
 * leaves it out of this message). Without network nothing can be chosen, and the help says why.
 */
@Component({
  selector: 'app-message-attachment-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar">
      <label class="btn secondary file" [class.off]="blocked()">
        <input
          #fileInput
          type="file"
          accept="image/*,application/pdf"
          multiple
          [disabled]="blocked()"
          (change)="choose(fileInput)"
          [attr.aria-describedby]="helpId"
          data-testid="message-attachment-input"
        />
        <svg
          class="icon"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"
          />
        </svg>
        {{ 'messaging.attachments.add' | t }}
      </label>
      <p
        class="help"
        [id]="helpId"
        [class.offline]="offline()"
        data-testid="message-attachment-help"
      >
        @if (offline()) {
          {{ 'messaging.attachments.offline' | t }}
        } @else if (full()) {
          {{ 'messaging.attachments.full' | t: { max: max } }}
        } @else {
          {{ 'messaging.attachments.help' | t: { max: max } }}
        }
      </p>
    </div>
    <div aria-live="assertive">
      @for (r of refusals(); track r.key) {
        <p class="refusal" data-testid="message-attachment-error">
          {{
            'messaging.attachments.fileError'
              | t: { name: r.name, reason: i18n.t(r.messageKey, r.params ?? {}) }
          }}
        </p>
      }
    </div>
    @if (attachments().length) {
      <ul class="chips" [attr.aria-label]="'messaging.attachments.chosen' | t">
        @for (a of attachments(); track a.key) {
          <li
            class="chip"
            [class.uploading]="!a.uploaded"
            [attr.aria-busy]="!a.uploaded"
            data-testid="message-attachment-chip"
          >
            <span class="name">{{ a.name }}</span>
            <span class="state">
              {{ sizeText(a.size) }} ·
              @if (a.uploaded) {
                {{ 'messaging.attachments.uploaded' | t }}
              } @else {
                <span class="spinner" aria-hidden="true"></span>
                {{ 'messaging.attachments.uploading' | t }}
              }
            </span>
            <button
              type="button"
              class="remove"
              (click)="remove(a)"
              [attr.aria-label]="'messaging.attachments.remove' | t: { name: a.name }"
              data-testid="message-attachment-remove"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 0.4rem;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.6rem;
    }
    /* The file input stays in the page (focusable, labelled); the label looks like a button. */
    .file {
      position: relative;
      font-weight: 600;
      margin: 0;
      flex: none;
    }
    .file input {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      border: 0;
      opacity: 0;
      overflow: hidden;
    }
    .file:focus-within {
      outline: 3px solid #f0b429;
      outline-offset: 2px;
    }
    .file.off {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .icon {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
      flex: none;
    }
    .help {
      flex: 1 1 12rem;
      font-size: 0.8rem;
      color: var(--muted);
      margin: 0;
    }
    .help.offline {
      color: var(--ink);
      font-weight: 600;
    }
    .refusal {
      color: var(--danger);
      font-weight: 600;
      margin: 0.4rem 0 0;
    }
    .chips {
      list-style: none;
      padding: 0;
      margin: 0.4rem 0 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      max-width: 100%;
      border: 1px solid var(--brand-dark);
      border-radius: 999px;
      padding: 0.15rem 0.2rem 0.15rem 0.75rem;
      background: #e3ecf3;
      font-size: 0.9rem;
    }
    .chip.uploading {
      border-style: dashed;
      background: #fff;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .state {
      color: var(--muted);
      white-space: nowrap;
    }
    .remove {
      border: none;
      background: none;
      color: var(--danger);
      font: inherit;
      font-size: 1.3rem;
      line-height: 1;
      min-width: 2.75rem;
      min-height: 2.75rem;
      border-radius: 999px;
      cursor: pointer;
    }
    .spinner {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      border: 2px solid var(--muted);
      border-right-color: transparent;
      border-radius: 50%;
      vertical-align: -0.1em;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
})
export class MessageAttachmentPicker {
  private readonly api = inject(MessagingApi);
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  readonly conversationId = input.required<string>();
  /** Without network: nothing can be chosen. */
  readonly offline = input(false);
  /** The files of the message being written; the composer empties it once the message is sent. */
  readonly attachments = model<PickedMessageAttachment[]>([]);
  protected readonly max = MESSAGE_ATTACHMENTS_MAX;
  protected readonly helpId = `message-attachment-help-${nextId++}`;
  protected readonly refusals = signal<Refusal[]>([]);
  protected readonly full = computed(() => this.attachments().length >= MESSAGE_ATTACHMENTS_MAX);
  protected readonly blocked = computed(() => this.offline() || this.full());
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly uploads = new Map<number, Subscription>();

  constructor() {
    // Another conversation: what was being sent for the previous one is not for this one.
    effect(() => {
      this.conversationId();
      untracked(() => {
        this.cancelAll();
        this.refusals.set([]);
      });
    });
    inject(DestroyRef).onDestroy(() => this.cancelAll());
  }

  protected sizeText(bytes: number): string {
    return sizeText(this.i18n, bytes);
  }

  protected choose(input: HTMLInputElement): void {
    const files = [...(input.files ?? [])];
    // The same file can be chosen again after a refusal or a removal.
    input.value = '';
    const refusals: Refusal[] = [];
    for (const file of files) {
      const key = nextKey++;
      if (this.attachments().length >= MESSAGE_ATTACHMENTS_MAX) {
        refusals.push({
          key,
          name: file.name,
          messageKey: 'messaging.attachments.tooMany',
          params: { max: MESSAGE_ATTACHMENTS_MAX },
        });
      } else if (file.size > MESSAGE_ATTACHMENT_BYTES) {
        refusals.push({ key, name: file.name, messageKey: 'problem.attachment-too-large' });
      } else if (file.size === 0) {
        refusals.push({ key, name: file.name, messageKey: 'messaging.attachments.emptyFile' });
      } else {
        this.upload(key, file);
      }
    }
    this.refusals.set(refusals);
  }

  private upload(key: number, file: File): void {
    const conversationId = this.conversationId();
    this.attachments.update((list) => [...list, { key, name: file.name, size: file.size }]);
    const call = this.api.uploadAttachment(conversationId, file).subscribe({
      next: (uploaded) => {
        this.uploads.delete(key);
        this.attachments.update((list) =>
          list.map((a) => (a.key === key ? { ...a, uploaded } : a)),
        );
      },
      error: (e) => {
        this.uploads.delete(key);
        this.attachments.update((list) => list.filter((a) => a.key !== key));
        const error = messagingError(e);
        this.refusals.update((list) => [
          ...list,
          { key, name: file.name, messageKey: refusalKey(error.status, error.messageKey) },
        ]);
      },
    });
    if (!call.closed) this.uploads.set(key, call);
  }

  protected remove(attachment: PickedMessageAttachment): void {
    this.uploads.get(attachment.key)?.unsubscribe();
    this.uploads.delete(attachment.key);
    this.attachments.update((list) => list.filter((a) => a.key !== attachment.key));
    this.refusals.set([]);
    // The chip and its button are gone: focus goes back to where files are chosen (enabled
    // again once drawn, if the list was full).
    afterNextRender(
      () => {
        const input = this.fileInput()?.nativeElement;
        if (input && !input.disabled) input.focus();
      },
      { injector: this.injector },
    );
  }

  /** The message was sent: what was said about its files is said. */
  clearRefusals(): void {
    this.refusals.set([]);
  }

  private cancelAll(): void {
    this.uploads.forEach((call) => call.unsubscribe());
    this.uploads.clear();
  }
}

/** What to say when the server did not take a file. */
function refusalKey(status: number, messageKey: string): string {
  if (messageKey.startsWith('problem.')) return messageKey;
  if (status === 413) return 'problem.attachment-too-large';
  if (status === 415) return 'problem.attachment-type-refused';
  if (status === 400) return 'messaging.attachments.emptyFile';
  return messageKey;
}
