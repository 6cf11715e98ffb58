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
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { AttachmentPicker, PickedAttachment } from '../attachments/attachment-picker';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { mentionCandidates, mentionQuery } from './message-format';
import {
  MessagingApi,
  MessagingError,
  messagingError,
  newClientKey,
  unreachable,
} from './messaging-api';
import { ConversationMember, ConversationMessage, MESSAGE_MAX } from './messaging-models';

/** At most this many people proposed after an "@". */
const MAX_CANDIDATES = 8;

/**
 * Writes a message: Enter sends, Shift+Enter goes to the line. Typing "@" proposes the members
 * (filtered by what follows); choosing one writes "@Prénom Nom" and mentions him or her. Photos
 * and PDF are uploaded as soon as chosen and named by the message (sending waits for them). The
 * message keeps its client key until the server accepted it, so that a retry never posts twice.
 */
@Component({
  selector: 'app-message-composer',
  imports: [TranslatePipe, AttachmentPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="composer" (submit)="$event.preventDefault(); send()">
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="composer-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      <label for="composer-text" class="visually-hidden">{{
        'messaging.composer.label' | t
      }}</label>
      <div class="row">
        <div class="input">
          @if (candidates().length) {
            <ul
              id="mention-options"
              class="options"
              role="listbox"
              [attr.aria-label]="'messaging.composer.mentionList' | t"
            >
              @for (m of candidates(); track m.id; let i = $index) {
                <li
                  role="option"
                  [id]="'mention-option-' + i"
                  [attr.aria-selected]="i === active()"
                  [class.active]="i === active()"
                  (mousedown)="$event.preventDefault()"
                  (click)="pick(m)"
                  data-testid="mention-option"
                >
                  <strong>{{ m.name }}</strong>
                  <span class="muted">{{ m.structure }}</span>
                </li>
              }
            </ul>
          }
          <textarea
            #box
            id="composer-text"
            rows="2"
            [attr.maxlength]="max"
            [value]="text()"
            [placeholder]="'messaging.composer.placeholder' | t"
            aria-autocomplete="list"
            [attr.aria-controls]="candidates().length ? 'mention-options' : null"
            [attr.aria-activedescendant]="candidates().length ? 'mention-option-' + active() : null"
            aria-describedby="composer-help"
            (input)="typed(box)"
            (keydown)="key($event, box)"
            (keyup)="moved(box)"
            (click)="moved(box)"
            (blur)="dismissed.set(query()?.start ?? -1)"
            data-testid="composer-text"
          ></textarea>
        </div>
        <button
          class="btn send"
          type="submit"
          [disabled]="sending() || !text().trim() || uploading()"
          [attr.aria-describedby]="uploading() ? 'composer-wait' : null"
          data-testid="composer-send"
        >
          {{ (sending() ? 'messaging.composer.sending' : 'messaging.composer.send') | t }}
        </button>
      </div>
      <app-attachment-picker
        kind="messaging"
        inline
        [upload]="upload()"
        [errorOf]="messagingError"
        [offline]="!online()"
        [(attachments)]="attachments"
      />
      @if (uploading()) {
        <p id="composer-wait" class="help wait">{{ 'attachments.messaging.wait' | t }}</p>
      }
      <p id="composer-help" class="help">{{ 'messaging.composer.help' | t }}</p>
      <p class="visually-hidden" aria-live="polite">
        @if (candidates().length) {
          {{ 'messaging.composer.proposed' | t: { count: candidates().length } }}
        }
      </p>
    </form>
  `,
  styles: `
    .composer {
      border-top: 1px solid var(--line);
      padding-top: 0.6rem;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      align-items: flex-end;
    }
    .input {
      position: relative;
      flex: 1 1 auto;
      min-width: 0;
    }
    textarea {
      display: block;
      resize: vertical;
      max-height: 12rem;
    }
    .send {
      flex: none;
    }
    .options {
      position: absolute;
      left: 0;
      right: 0;
      bottom: calc(100% + 0.25rem);
      z-index: 5;
      list-style: none;
      margin: 0;
      padding: 0.25rem;
      max-height: 14rem;
      overflow-y: auto;
      background: #fff;
      border: 1px solid #8a94a3;
      border-radius: 0.5rem;
      box-shadow: 0 4px 14px rgba(0, 0, 0, 0.15);
    }
    .options li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      padding: 0.45rem 0.6rem;
      border-radius: 0.35rem;
      cursor: pointer;
      min-height: 2.75rem;
      align-items: center;
    }
    .options li.active,
    .options li:hover {
      background: #e3ecf3;
      outline: 2px solid var(--brand-dark);
      outline-offset: -2px;
    }
    .options .muted {
      font-size: 0.85rem;
    }
    .help {
      font-size: 0.8rem;
      color: var(--muted);
      margin: 0.25rem 0 0;
    }
    .help.wait {
      color: var(--ink);
      font-weight: 600;
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
export class MessageComposer {
  private readonly api = inject(MessagingApi);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  readonly conversationId = input.required<string>();
  /** Who may be mentioned: the members but the caller. */
  readonly members = input<ConversationMember[]>([]);
  /** The server accepted a message. */
  readonly sent = output<ConversationMessage>();

  protected readonly max = MESSAGE_MAX;
  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('box');
  private readonly picker = viewChild(AttachmentPicker);
  /** The photos and PDF of the message being written. */
  protected readonly attachments = signal<PickedAttachment[]>([]);
  /** Where they are uploaded: this conversation (a new function for another conversation). */
  protected readonly upload = computed(() => {
    const conversationId = this.conversationId();
    return (file: File) => this.api.uploadAttachment(conversationId, file);
  });
  /** A refused upload in the messaging screens' words (404: the conversation is gone). */
  protected readonly messagingError = messagingError;
  protected readonly uploading = computed(() => this.attachments().some((a) => !a.uploaded));
  /** What the device believes of its network: files are chosen only with it. */
  protected readonly online = signal(navigator.onLine);
  protected readonly text = signal('');
  private readonly caret = signal(0);
  /** The "@" whose list was closed (Escape, leaving the field): not proposed again. */
  protected readonly dismissed = signal(-1);
  protected readonly active = signal(0);
  protected readonly sending = signal(false);
  protected readonly error = signal<MessagingError | null>(null);
  /** Members chosen in the list, by id. */
  private readonly chosen = new Map<string, string>();
  private clientKey = newClientKey();
  /** The text and files the client key was last sent with: others make another message. */
  private keyText: string | null = null;

  protected readonly query = computed(() => mentionQuery(this.text(), this.caret()));
  protected readonly candidates = computed(() => {
    const q = this.query();
    if (!q || q.start === this.dismissed()) return [];
    return mentionCandidates(this.members(), q.query).slice(0, MAX_CANDIDATES);
  });

  constructor() {
    // Another conversation: a blank composer.
    effect(() => {
      this.conversationId();
      untracked(() => this.reset());
    });
    const network = (): void => this.online.set(navigator.onLine);
    window.addEventListener('online', network);
    window.addEventListener('offline', network);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', network);
      window.removeEventListener('offline', network);
    });
  }

  protected typed(box: HTMLTextAreaElement): void {
    this.text.set(box.value);
    this.dismissed.set(-1);
    this.moved(box);
    this.active.set(0);
  }

  protected moved(box: HTMLTextAreaElement): void {
    this.caret.set(box.selectionStart ?? box.value.length);
    const q = this.query();
    if (!q || q.start !== this.dismissed()) this.dismissed.set(-1);
  }

  protected key(event: KeyboardEvent, box: HTMLTextAreaElement): void {
    const options = this.candidates();
    if (options.length) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active.set((this.active() + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        this.pick(options[Math.min(this.active(), options.length - 1)]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        this.dismissed.set(this.query()?.start ?? -1);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.send();
    }
    this.caret.set(box.selectionStart ?? 0);
  }

  /** Writes "@Prénom Nom " in place of the "@…" being typed, and mentions that member. */
  protected pick(member: ConversationMember): void {
    const q = this.query();
    const box = this.box()?.nativeElement;
    if (!q || !box) return;
    const text = this.text();
    const inserted = `@${member.name} `;
    const next = text.slice(0, q.start) + inserted + text.slice(this.caret());
    const caret = q.start + inserted.length;
    this.chosen.set(member.id, member.name);
    box.value = next;
    box.setSelectionRange(caret, caret);
    this.text.set(next);
    this.caret.set(caret);
    this.active.set(0);
    box.focus();
  }

  send(): void {
    const text = this.text();
    if (!text.trim() || this.sending() || this.uploading()) return;
    const attachments = this.attachments()
      .filter((a) => a.uploaded)
      .map((a) => a.uploaded!.id);
    const what = [text, ...attachments].join('\u0000');
    if (this.keyText !== null && this.keyText !== what) this.clientKey = newClientKey();
    this.keyText = what;
    // Who is named in the text: chosen in the list, or typed in full.
    const mentions = new Set<string>();
    for (const [id, name] of this.chosen) if (text.includes('@' + name)) mentions.add(id);
    for (const m of this.members()) if (text.includes('@' + m.name)) mentions.add(m.id);
    const conversationId = this.conversationId();
    this.sending.set(true);
    this.error.set(null);
    this.api
      .post(conversationId, {
        text,
        mentions: [...mentions],
        clientKey: this.clientKey,
        ...(attachments.length ? { attachments } : {}),
      })
      .subscribe({
        next: (message) => {
          this.sending.set(false);
          if (conversationId !== this.conversationId()) return;
          this.reset();
          this.sent.emit(message);
          afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (e) => {
          this.sending.set(false);
          const error = messagingError(e);
          this.error.set(
            unreachable(error) ? { ...error, messageKey: 'messaging.composer.notSent' } : error,
          );
        },
      });
  }

  private reset(): void {
    this.text.set('');
    this.caret.set(0);
    this.dismissed.set(-1);
    this.error.set(null);
    this.chosen.clear();
    this.attachments.set([]);
    this.picker()?.clearRefusals();
    this.clientKey = newClientKey();
    this.keyText = null;
    const box = this.box()?.nativeElement;
    if (box) box.value = '';
  }
}
