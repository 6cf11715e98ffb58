import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  booleanAttribute,
  computed,
  effect,
  inject,
  input,
  model,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { LogbookAttachment } from '../core/models';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { sizeText } from '../logbook/attachment-list';

/**
 * The most files one logbook entry or one message names (the server answers 400 attachments[i]
 * beyond), and the largest file either takes (413 attachment-too-large): refused here first.
 */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * What the files are joined to. It chooses the words ("attachments.logbook.help": "… par
 * observation", "attachments.messaging.help": "… par message") and the test ids
 * ("attachment-chip", "message-attachment-chip"), as {@link AttachmentList}'s kind does.
 */
export type AttachmentKind = 'logbook' | 'messaging';

/** A file chosen for what is being written: uploading, then uploaded (with its server id). */
export interface PickedAttachment {
  /** Local key: the chip exists before the server gives an id. */
  key: number;
  name: string;
  size: number;
  /** Set once the server has it (a message's file has the same shape as an entry's). */
  uploaded?: LogbookAttachment;
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
 * Photos and PDF for the logbook entry or the message being written: each chosen file is uploaded
 * at once (through {@link upload}) and shown as a chip that can be removed (removing only leaves it
 * out of what is written). Files refused here (too many, too large, empty) or by the server are
 * said in an assertive live region. Without network nothing can be chosen, and the help says why:
 * the logbook's offline queue keeps JSON only, never files. Its texts are the "attachments"
 * feature of the catalogue (attachments.messages.ts), loaded by the routes that show it.
 */
@Component({
  selector: 'app-attachment-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.inline]': 'inline()' },
  template: `
    <div class="bar">
      <div class="choices">
        <label class="btn secondary file" [class.off]="blocked()">
          <input
            #fileInput
            type="file"
            accept="image/*,application/pdf"
            multiple
            [disabled]="blocked()"
            (change)="choose(fileInput)"
            [attr.aria-describedby]="helpId"
            [attr.data-testid]="testId('input')"
          />
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"
            />
          </svg>
          {{ kindKey('add') | t }}
        </label>
        @if (camera() && touchDevice) {
          <label class="btn secondary file" [class.off]="blocked()">
            <input
              #cameraInput
              type="file"
              accept="image/*"
              capture="environment"
              [disabled]="blocked()"
              (change)="choose(cameraInput)"
              [attr.aria-describedby]="helpId"
              [attr.data-testid]="testId('camera')"
            />
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z"
              />
              <circle cx="12" cy="13" r="4" />
            </svg>
            {{ 'attachments.camera' | t }}
          </label>
        }
      </div>
      <p class="help" [id]="helpId" [class.offline]="offline()" [attr.data-testid]="testId('help')">
        @if (offline()) {
          {{ kindKey('offline') | t }}
        } @else if (full()) {
          {{ kindKey('full') | t: { max: max } }}
        } @else {
          {{ kindKey('help') | t: { max: max } }}
        }
      </p>
    </div>
    <div aria-live="assertive">
      @for (r of refusals(); track r.key) {
        <p class="refusal" [attr.data-testid]="testId('error')">
          {{
            'attachments.fileError'
              | t: { name: r.name, reason: i18n.t(r.messageKey, r.params ?? {}) }
          }}
        </p>
      }
    </div>
    @if (attachments().length) {
      <ul class="chips" [attr.aria-label]="kindKey('chosen') | t">
        @for (a of attachments(); track a.key) {
          <li
            class="chip"
            [class.uploading]="!a.uploaded"
            [attr.aria-busy]="!a.uploaded"
            [attr.data-testid]="testId('chip')"
          >
            <span class="name">{{ a.name }}</span>
            <span class="state">
              {{ sizeText(a.size) }} ·
              @if (a.uploaded) {
                {{ 'attachments.uploaded' | t }}
              } @else {
                <span class="spinner" aria-hidden="true"></span>
                {{ 'attachments.uploading' | t }}
              }
            </span>
            <button
              type="button"
              class="remove"
              (click)="remove(a)"
              [attr.aria-label]="'attachments.remove' | t: { name: a.name }"
              [attr.data-testid]="testId('remove')"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    /* Under a logbook form: the buttons, their help below. */
    :host {
      display: block;
      margin-bottom: 0.9rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .help {
      font-size: 0.85rem;
      color: var(--muted);
      margin: 0.3rem 0 0;
    }
    .chips {
      margin: 0.5rem 0 0;
    }
    .icon {
      width: 20px;
      height: 20px;
    }
    /* Under a message box: the button and its help on one line, smaller. */
    :host(.inline) {
      margin: 0.4rem 0 0;
    }
    :host(.inline) .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.6rem;
    }
    :host(.inline) .choices {
      flex: none;
    }
    :host(.inline) .help {
      flex: 1 1 12rem;
      font-size: 0.8rem;
      margin: 0;
    }
    :host(.inline) .chips {
      margin-top: 0.4rem;
    }
    :host(.inline) .icon {
      width: 18px;
      height: 18px;
    }
    /* The file input stays in the page (focusable, labelled); the label looks like a button. */
    .file {
      position: relative;
      font-weight: 600;
      margin: 0;
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
export class AttachmentPicker {
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  /** What the files are joined to: its words and test ids. */
  readonly kind = input.required<AttachmentKind>();
  /**
   * Stores one file where it will be joined (this patient's logbook, this conversation). A new
   * function is a new place: what was being sent to the previous one is cancelled, so give one
   * that changes only with the place (a computed), never a new arrow at each change detection.
   */
  readonly upload = input.required<(file: File) => Observable<LogbookAttachment>>();
  /** What went wrong with an upload, in the caller's words. */
  readonly errorOf = input<(error: unknown) => CallError>(callError);
  /** Without network: nothing can be chosen. */
  readonly offline = input(false);
  /** Phones and tablets get a second button that opens the camera. */
  readonly camera = input(false, { transform: booleanAttribute });
  /** The button and its help on one line (under a message box). */
  readonly inline = input(false, { transform: booleanAttribute });
  /** The files of what is being written; the caller empties it once that is posted. */
  readonly attachments = model<PickedAttachment[]>([]);
  protected readonly max = MAX_ATTACHMENTS;
  protected readonly helpId = `attachment-help-${nextId++}`;
  protected readonly refusals = signal<Refusal[]>([]);
  protected readonly full = computed(() => this.attachments().length >= MAX_ATTACHMENTS);
  protected readonly blocked = computed(() => this.offline() || this.full());
  protected readonly touchDevice = matchMedia('(pointer: coarse)').matches;
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly uploads = new Map<number, Subscription>();

  constructor() {
    // Another patient or conversation: what was being sent for the previous one is not for this one.
    effect(() => {
      this.upload();
      untracked(() => {
        this.cancelAll();
        this.refusals.set([]);
      });
    });
    inject(DestroyRef).onDestroy(() => this.cancelAll());
  }

  /** "attachment-chip" in the logbook, "message-attachment-chip" in messages. */
  protected testId(name: string): string {
    return `${this.kind() === 'logbook' ? '' : 'message-'}attachment-${name}`;
  }

  /** The words that name what the files are joined to ("par observation", "par message"). */
  protected kindKey(name: string): string {
    return `attachments.${this.kind()}.${name}`;
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
      if (this.attachments().length >= MAX_ATTACHMENTS) {
        refusals.push({
          key,
          name: file.name,
          messageKey: this.kindKey('tooMany'),
          params: { max: MAX_ATTACHMENTS },
        });
      } else if (file.size > MAX_ATTACHMENT_BYTES) {
        refusals.push({ key, name: file.name, messageKey: 'problem.attachment-too-large' });
      } else if (file.size === 0) {
        refusals.push({ key, name: file.name, messageKey: 'attachments.emptyFile' });
      } else {
        this.send(key, file);
      }
    }
    this.refusals.set(refusals);
  }

  private send(key: number, file: File): void {
    this.attachments.update((list) => [...list, { key, name: file.name, size: file.size }]);
    const call = this.upload()(file).subscribe({
      next: (uploaded) => {
        this.uploads.delete(key);
        this.attachments.update((list) =>
          list.map((a) => (a.key === key ? { ...a, uploaded } : a)),
        );
      },
      error: (e) => {
        this.uploads.delete(key);
        this.attachments.update((list) => list.filter((a) => a.key !== key));
        const error = this.errorOf()(e);
        this.refusals.update((list) => [
          ...list,
          { key, name: file.name, messageKey: refusalKey(error.status, error.messageKey) },
        ]);
      },
    });
    if (!call.closed) this.uploads.set(key, call);
  }

  protected remove(attachment: PickedAttachment): void {
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

  /** What was written was posted: what was said about its files is said. */
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
  if (status === 400) return 'attachments.emptyFile';
  return messageKey;
}
