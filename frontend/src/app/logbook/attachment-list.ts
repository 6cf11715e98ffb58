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
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { LogbookAttachment } from '../core/models';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { Observable } from 'rxjs';

/** Images every browser shows; HEIC (iPhone photos) and PDF are downloaded instead. */
const SHOWN_INLINE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/** "230 Ko", "4,2 Mo": the size of a file as people read it. */
export function sizeText(i18n: I18n, bytes: number): string {
  const locale = i18n.lang() === 'fr' ? 'fr-FR' : 'en-GB';
  if (bytes < 1024 * 1024) {
    return i18n.t('attachments.kb', { size: Math.max(1, Math.round(bytes / 1024)) });
  }
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
    bytes / (1024 * 1024),
  );
  return i18n.t('attachments.mb', { size });
}

let nextId = 1;

/**
 * The photos and PDF of one logbook entry or one message: photos as thumbnails (opened larger in a
 * dialog that Escape closes), the others as download buttons. The bytes come through the API with
 * the user's token ({@link source}), and are shown from object URLs released when the entry or
 * message leaves the page.
 */
@Component({
  selector: 'app-attachment-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="attachments" [attr.aria-label]="key('list') | t">
      @for (a of attachments(); track a.id) {
        <li [attr.data-testid]="testId()">
          @if (inline(a)) {
            @if (urls()[a.id]; as url) {
              <button
                type="button"
                class="thumb"
                (click)="open(a)"
                [attr.aria-label]="key('open') | t: { name: a.name }"
              >
                <img
                  [src]="url"
                  [alt]="a.name"
                  (error)="unshowable(a)"
                  [attr.data-testid]="testId() + '-image'"
                />
              </button>
            } @else if (failed().has(a.id)) {
              <span class="unavailable">{{ key('unavailable') | t: { name: a.name } }}</span>
            } @else {
              <span
                class="thumb loading"
                role="img"
                [attr.aria-label]="key('loading') | t: { name: a.name }"
              ></span>
            }
          } @else {
            <button
              type="button"
              class="btn secondary doc"
              [disabled]="downloading().has(a.id)"
              (click)="download(a)"
              [attr.aria-label]="key('download') | t: { name: a.name }"
              [attr.data-testid]="testId() + '-download'"
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
                key('unavailable') | t: { name: a.name }
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
      [attr.data-testid]="viewerTestId()"
    >
      @if (viewing(); as v) {
        <div class="bar">
          <span class="caption" [id]="captionId">{{ v.name }}</span>
          <a class="btn secondary" [href]="urls()[v.id]" [attr.download]="v.name">{{
            key('downloadShort') | t
          }}</a>
          <button type="button" class="btn" (click)="viewer.close()" autofocus>
            {{ key('close') | t }}
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
export class AttachmentList {
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  /** Where the bytes of an attachment come from (the entry's patient, the message's conversation). */
  readonly source = input.required<(attachmentId: string) => Observable<Blob>>();
  readonly attachments = input.required<LogbookAttachment[]>();
  /** Whose attachments: their test ids follow (the texts are the same for both). */
  readonly kind = input<'logbook' | 'messaging'>('logbook');
  protected readonly testId = computed(() =>
    this.kind() === 'logbook' ? 'entry-attachment' : 'message-attachment',
  );
  protected readonly viewerTestId = computed(() =>
    this.kind() === 'logbook' ? 'attachment-viewer' : 'message-attachment-viewer',
  );
  /** Object URLs by attachment id, once their bytes are here. */
  protected readonly urls = signal<Record<string, string>>({});
  /** Could not be fetched (offline, removed from the team…). */
  protected readonly failed = signal<ReadonlySet<string>>(new Set());
  /** Photos the browser could not draw after all: offered as downloads. */
  private readonly undrawable = signal<ReadonlySet<string>>(new Set());
  protected readonly downloading = signal<ReadonlySet<string>>(new Set());
  protected readonly viewing = signal<LogbookAttachment | null>(null);
  protected readonly captionId = `attachment-caption-${nextId++}`;
  private readonly viewer = viewChild.required<ElementRef<HTMLDialogElement>>('viewer');
  /** Asked for already (the entry list reloads often: each is fetched once). */
  private readonly requested = new Set<string>();
  private destroyed = false;

  constructor() {
    effect(() => {
      const source = this.source();
      const attachments = this.attachments();
      untracked(() => {
        for (const a of attachments) {
          if (this.inline(a)) this.fetch(source, a);
        }
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      Object.values(this.urls()).forEach((url) => URL.revokeObjectURL(url));
    });
  }

  protected key(name: string): string {
    return `attachments.${name}`;
  }

  protected inline(a: LogbookAttachment): boolean {
    return SHOWN_INLINE.has(a.mediaType) && !this.undrawable().has(a.id);
  }

  protected sizeText(bytes: number): string {
    return sizeText(this.i18n, bytes);
  }

  protected open(a: LogbookAttachment): void {
    this.viewing.set(a);
    // Opened once its content is drawn, so that the close button takes the focus.
    afterNextRender(() => this.viewer().nativeElement.showModal(), { injector: this.injector });
  }

  protected closeOnBackdrop(event: MouseEvent, dialog: HTMLDialogElement): void {
    // A click on the dialog itself (not on its content) is a click on the backdrop.
    if (event.target === dialog) dialog.close();
  }

  /** A photo the browser cannot draw after all: offered as a download instead. */
  protected unshowable(a: LogbookAttachment): void {
    this.undrawable.update((ids) => new Set([...ids, a.id]));
  }

  protected download(a: LogbookAttachment): void {
    const url = this.urls()[a.id];
    if (url) {
      save(url, a.name);
      return;
    }
    this.failed.update((failed) => new Set([...failed].filter((id) => id !== a.id)));
    this.downloading.update((ids) => new Set([...ids, a.id]));
    this.load(this.source(), a, (url) => save(url, a.name));
  }

  private fetch(source: (attachmentId: string) => Observable<Blob>, a: LogbookAttachment): void {
    if (this.requested.has(a.id)) return;
    this.requested.add(a.id);
    this.load(source, a);
  }

  private load(
    source: (attachmentId: string) => Observable<Blob>,
    a: LogbookAttachment,
    then?: (url: string) => void,
  ): void {
    source(a.id).subscribe({
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
        // Tried again when the list is drawn again, or on demand (downloads).
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
