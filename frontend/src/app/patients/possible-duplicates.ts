import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PossibleDuplicate } from '../core/models';
import { TranslatePipe } from '../i18n/i18n';

/**
 * Files that may already be about a person (docs/workflows.md, "New patient"): a file the reader
 * may open is named with its link, any other gives only the structure to ask. What to do next is
 * the caller's own text, projected below the list.
 */
@Component({
  selector: 'app-possible-duplicates',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="alert" role="alert" data-testid="possible-duplicates">
      <p>{{ 'new.duplicates' | t }}</p>
      <ul>
        @for (d of duplicates(); track $index) {
          <li>
            @if (d.fileId) {
              <a [routerLink]="['/patients', d.fileId]" data-testid="duplicate-link">{{
                d.patientName
              }}</a>
              — {{ d.structureName }}
            } @else {
              {{ 'new.duplicateElsewhere' | t: { structure: d.structureName ?? '' } }}
            }
            <span class="muted">({{ 'new.matchedBy.' + d.matchedBy | t }})</span>
          </li>
        }
      </ul>
      <ng-content />
    </div>
  `,
})
export class PossibleDuplicates {
  readonly duplicates = input.required<PossibleDuplicate[]>();
}
