import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { Page } from './models';

/** "Previous · Page 2 of 7 · Next" under a paginated list; hidden when one page is enough. */
@Component({
  selector: 'app-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="'common.pagination' | t">
        <button
          class="btn secondary"
          [disabled]="page().page === 0"
          (click)="go.emit(page().page - 1)"
        >
          {{ 'common.previous' | t }}
        </button>
        <span>{{ 'common.page' | t: { page: page().page + 1, pages: pages() } }}</span>
        <button
          class="btn secondary"
          [disabled]="page().page + 1 >= pages()"
          (click)="go.emit(page().page + 1)"
        >
          {{ 'common.next' | t }}
        </button>
      </nav>
    }
  `,
})
export class Pager {
  readonly page = input.required<Page<unknown>>();
  readonly go = output<number>();
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil(this.page().total / this.page().size)),
  );
}
