import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { sizeText } from '../logbook/attachment-list';
import { MessagingApi } from './messaging-api';
import { MessageAttachment } from './messaging-models';

/** Images every browser shows; HEIC (iPhone photos) and PDF are downloaded instead. */
const SHOWN_INLINE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

let nextId = 1;

/**
 * The photos and PDF of one message (as the logbook shows those of an entry): photos as
 * thumbnails (opened larger in a dialog that Escape closes), the others as download buttons. The
 * bytes come through the API with the user's token, and are shown from object URLs released when
 * the message leaves the page.
 */
@Component({
  selector: 'app-message-attachments',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="attachments" [attr.aria-label]="'messaging.attachments.list' | t">
      @for (a of attachments(); track a.id) {
        <li data-testid="message-attachment">
          @if (inline(a)) {
            @if (urls()[a.id]; as url) {
              <button
                type="button"
                class="thumb"
                (click)="open(a)"
                [attr.aria-label]="'messaging.attachments.open' | t: { name: a.name }"
              >
                <img
                  [src]="url"
                  [alt]="a.name"
                  (error)="unshowable(a)"
                  data-testid="message-attachment-image"
                />
              </button>
            } @else if (failed().has(a.id)) {
              <span class="unavailable">{{
                'messaging.attachments.unavailable' | t: { name: a.name }
              }}</span>
            } @else {
              <span
                class="thumb loading"
                role="img"
                [attr.aria-label]="'messaging.attachments.loading' | t: { name: a.name }"
              ></span>
            }
          } @else {
            <button
              type="button"
              class="btn secondary doc"
              [disabled]="downloading().has(a.id)"
              (click)="download(a)"
              [attr.aria-label]="'messaging.attachments.download' | t: { name: a.name }"
              data-testid="message-attachment-download"
            >
              <svg
                class="icon"
                viewBox="0 0 24 24"
                width="20"
                height="20"
                aria-hidden="true"
                focusable="false"
              >
                <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z" />
                <path d="M14 2v6h6M8 13h8M8 17h8" />
              </svg>
              <span class="name">{{ a.name }}</span>
              <span class="size">{{ sizeText(a.size) }}</span>
            </button>
            @if (failed().has(a.id)) {
              <span class="unavailable" role="alert">{{
                'messaging.attachments.unavailable' | t: { name: a.name }
              }}</span>
            }
          }
        </li>
      }
    </ul>
    <dialog
      #viewer
      class="viewer"
      [attr.aria-labelledby]="captionId"
      (close)="viewing.set(null)"
      (click)="closeOnBackdrop($event, viewer)"
      data-testid="message-attachment-viewer"
    >
      @if (viewing(); as v) {
        <div class="bar">
          <span class="caption" [id]="captionId">{{ v.name }}</span>
          <a class="btn secondary" [href]="urls()[v.id]" [attr.download]="v.name">{{
            'messaging.attachments.downloadShort' | t
          }}</a>
          <button type="button" class="btn" (click)="viewer.close()" autofocus>
            {{ 'messaging.attachments.close' | t }}
          </button>
        </div>
        <img class="large" [src]="urls()[v.id]" [alt]="v.name" />
      }
    </dialog>
  `,
  styles: `
    .attachments {
      list-style: none;
      padding: 0;
      margin: 0.4rem 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-start;
    }
    .thumb {
      display: block;
      width: 6rem;
      height: 6rem;
      padding: 0;
      border: 1px solid var(--line);
      border-radius: 0.4rem;
      overflow: hidden;
      background: var(--bg);
      cursor: zoom-in;
    }
    .thumb img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .thumb.loading {
      cursor: default;
    }
    .doc {
      min-height: 2.75rem;
      font-weight: 600;
      max-width: 100%;
    }
    .icon {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
      flex: none;
    }
    .doc .name {
      overflow-wrap: anywhere;
    }
    .doc .size {
      font-weight: 400;
    }
    .unavailable {
      display: block;
      color: var(--danger);
      font-size: 0.85rem;
      max-width: 16rem;
    }
    .viewer {
      max-width: min(60rem, 95vw);
      max-height: 95vh;
      padding: 0.75rem;
      border: none;
      border-radius: 0.6rem;
    }
    .viewer::backdrop {
      background: rgb(0 0 0 / 70%);
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
    .caption {
      font-weight: 600;
      flex: 1;
      overflow-wrap: anywhere;
    }
    .large {
      display: block;
      max-width: 100%;
      max-height: calc(95vh - 6rem);
      margin: 0 auto;
    }
  `,
})
export class MessageAttachments {
  private readonly api = inject(MessagingApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  readonly conversationId = input.required<string>();
  readonly attachments = input.required<MessageAttachment[]>();
  /** Object URLs by attachment id, once their bytes are here. */
  protected readonly urls = signal<Record<string, string>>({});
  /** Could not be fetched (offline, removed from the team…). */
  protected readonly failed = signal<ReadonlySet<string>>(new Set());
  /** Photos the browser could not draw after all: offered as downloads. */
  private readonly undrawable = signal<ReadonlySet<string>>(new Set());
  protected readonly downloading = signal<ReadonlySet<string>>(new Set());
  protected readonly viewing = signal<MessageAttachment | null>(null);
  protected readonly captionId = `message-attachment-caption-${nextId++}`;
  private readonly viewer = viewChild.required<ElementRef<HTMLDialogElement>>('viewer');
  /** Asked for already (messages are merged again often: each is fetched once). */
  private readonly requested = new Set<string>();
  private destroyed = false;

  constructor() {
    effect(() => {
      const conversationId = this.conversationId();
      const attachments = this.attachments();
      untracked(() => {
        for (const a of attachments) {
          if (this.inline(a)) this.fetch(conversationId, a);
        }
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      Object.values(this.urls()).forEach((url) => URL.revokeObjectURL(url));
    });
  }

  protected inline(a: MessageAttachment): boolean {
    return SHOWN_INLINE.has(a.mediaType) && !this.undrawable().has(a.id);
  }

  protected sizeText(bytes: number): string {
    return sizeText(this.i18n, bytes);
  }

  protected open(a: MessageAttachment): void {
    this.viewing.set(a);
    // Opened once its content is drawn, so that the close button takes the focus.
    afterNextRender(() => this.viewer().nativeElement.showModal(), { injector: this.injector });
  }

  protected closeOnBackdrop(event: MouseEvent, dialog: HTMLDialogElement): void {
    // A click on the dialog itself (not on its content) is a click on the backdrop.
    if (event.target === dialog) dialog.close();
  }

  /** A photo the browser cannot draw after all: offered as a download instead. */
  protected unshowable(a: MessageAttachment): void {
    this.undrawable.update((ids) => new Set([...ids, a.id]));
  }

  protected download(a: MessageAttachment): void {
    const url = this.urls()[a.id];
    if (url) {
      save(url, a.name);
      return;
    }
    this.failed.update((failed) => new Set([...failed].filter((id) => id !== a.id)));
    this.downloading.update((ids) => new Set([...ids, a.id]));
    this.load(this.conversationId(), a, (url) => save(url, a.name));
  }

  private fetch(conversationId: string, a: MessageAttachment): void {
    if (this.requested.has(a.id)) return;
    this.requested.add(a.id);
    this.load(conversationId, a);
  }

  private load(conversationId: string, a: MessageAttachment, then?: (url: string) => void): void {
    this.api.attachment(conversationId, a.id).subscribe({
      next: (blob) => {
        this.downloading.update((ids) => new Set([...ids].filter((id) => id !== a.id)));
        if (this.destroyed) return;
        this.failed.update((failed) => new Set([...failed].filter((id) => id !== a.id)));
        const url = URL.createObjectURL(blob);
        this.urls.update((urls) => ({ ...urls, [a.id]: url }));
        then?.(url);
      },
      error: () => {
        this.downloading.update((ids) => new Set([...ids].filter((id) => id !== a.id)));
        this.failed.update((failed) => new Set([...failed, a.id]));
        // Tried again when the message is drawn again, or on demand (downloads).
        this.requested.delete(a.id);
      },
    });
  }
}

/** Saves an object URL as a file with the attachment's name. */
function save(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
