import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { DirectoryApi } from '../directory/directory-api';
import { DirectoryProfessional } from '../directory/directory-models';
import { TranslatePipe } from '../i18n/i18n';

/** The name of a professional of the directory, from his or her id (a PROFESSIONAL answer). */
@Component({
  selector: 'app-forms-professional-name',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (professional(); as p) {
      {{ p.firstName }} {{ p.lastName }}
      <span class="muted">— {{ 'profession.' + p.profession | t }}, {{ p.structure.name }}</span>
    } @else if (failed()) {
      <span class="muted">{{ 'picker.unknown.professional' | t }}</span>
    } @else {
      <span class="muted">{{ 'common.loading' | t }}</span>
    }
  `,
})
export class ProfessionalName {
  private readonly api = inject(DirectoryApi);
  readonly professionalId = input.required<string>();
  protected readonly professional = signal<DirectoryProfessional | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const id = this.professionalId();
      untracked(() => {
        this.professional.set(null);
        this.failed.set(false);
        this.api.professional(id).subscribe({
          next: (p) => this.professional.set(p),
          error: () => this.failed.set(true),
        });
      });
    });
  }
}
