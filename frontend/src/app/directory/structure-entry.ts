import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Subscription } from 'rxjs';
import { Structure } from '../core/models';
import { CallError, callError } from '../core/problem';
import { TranslatePipe } from '../i18n/i18n';
import { DirectoryApi } from './directory-api';
import { StructureDetail } from './directory-models';
import { StructureContact } from './structure-contact';

/** One structure of the directory's list: it opens on its contact, services and professionals. */
@Component({
  selector: 'app-directory-structure-entry',
  imports: [TranslatePipe, StructureContact],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'card', '[class.open]': 'open()' },
  template: `
    @let s = structure();
    <h3>
      <button
        type="button"
        class="toggle"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="'structure-detail-' + s.id"
        (click)="toggle()"
        data-testid="structure-toggle"
      >
        <span class="chevron" aria-hidden="true">{{ open() ? '▾' : '▸' }}</span>
        <span class="title">
          <span class="name">{{ s.name }}</span>
          <span class="muted">{{ 'directory.type.' + s.type | t }} · {{ s.commune }}</span>
        </span>
      </button>
    </h3>
    <div [id]="'structure-detail-' + s.id" [hidden]="!open()">
      @if (open()) {
        @if (error(); as e) {
          <div class="alert" role="alert">
            {{ e.messageKey | t: { detail: e.detail ?? '' } }}
            <button class="btn secondary" type="button" (click)="load()">
              {{ 'common.retry' | t }}
            </button>
          </div>
        } @else if (detail(); as d) {
          <app-directory-structure-contact [structure]="d" />
          <button
            type="button"
            class="btn secondary"
            (click)="showProfessionals.emit(s)"
            data-testid="structure-professionals"
          >
            {{ 'directory.structures.showProfessionals' | t }}
          </button>
        } @else {
          <p class="muted" role="status">{{ 'common.loading' | t }}</p>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 0.6rem;
      padding: 0;
    }
    :host(.open) {
      border-color: var(--brand);
    }
    :host > div {
      padding: 0 1.25rem 1rem;
    }
    h3 {
      margin: 0;
      font-size: 1rem;
    }
    .toggle {
      display: flex;
      gap: 0.6rem;
      align-items: flex-start;
      width: 100%;
      text-align: left;
      background: none;
      border: 0;
      border-radius: 0.75rem;
      padding: 0.85rem 1.25rem;
      font: inherit;
      color: inherit;
      cursor: pointer;
      min-height: 2.75rem;
    }
    .chevron {
      color: var(--brand-dark);
      width: 1rem;
      flex: none;
    }
    .title {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
      font-weight: 400;
    }
    .name {
      font-weight: 700;
      color: var(--brand-dark);
      overflow-wrap: anywhere;
    }
  `,
})
export class StructureEntry {
  private readonly api = inject(DirectoryApi);
  readonly structure = input.required<Structure>();
  /** The user wants to see the professionals of this structure. */
  readonly showProfessionals = output<Structure>();
  protected readonly open = signal(false);
  protected readonly detail = signal<StructureDetail | null>(null);
  protected readonly error = signal<CallError | null>(null);
  private reading?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.reading?.unsubscribe());
  }

  protected toggle(): void {
    this.open.update((open) => !open);
    if (this.open()) this.load();
  }

  /** Read each time it opens: the contact may have changed since. */
  protected load(): void {
    this.reading?.unsubscribe();
    this.detail.set(null);
    this.error.set(null);
    this.reading = this.api.structure(this.structure().id).subscribe({
      next: (detail) => this.detail.set(detail),
      error: (e: unknown) => this.error.set(callError(e)),
    });
  }
}
