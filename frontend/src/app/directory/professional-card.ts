import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { DirectoryProfessional } from './directory-models';

/** A phone number as a tel: link target (digits and a leading +). */
export function telHref(phone: string): string {
  return 'tel:' + phone.replace(/[^0-9+]/g, '');
}

/** One professional of the directory: who, where, and how to reach him or her. */
@Component({
  selector: 'app-directory-professional-card',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = professional();
    <article class="card pro" [attr.aria-labelledby]="'pro-name-' + p.id">
      <h3 class="name" [id]="'pro-name-' + p.id">
        {{ p.lastName.toUpperCase() }} {{ p.firstName }}
      </h3>
      <p class="line">
        <span class="badge">{{ 'profession.' + p.profession | t }}</span>
      </p>
      <p class="line muted">{{ p.structure.name }} · {{ p.structure.commune }}</p>
      <dl>
        @if (p.phone) {
          <div>
            <dt>{{ 'directory.card.phone' | t }}</dt>
            <dd>
              <a [href]="tel(p.phone)">{{ p.phone }}</a>
            </dd>
          </div>
        }
        @if (p.email) {
          <div>
            <dt>{{ 'directory.card.email' | t }}</dt>
            <dd>
              <a [href]="'mailto:' + p.email">{{ p.email }}</a>
            </dd>
          </div>
        }
        @if (p.rpps) {
          <div>
            <dt>{{ 'directory.card.rpps' | t }}</dt>
            <dd>{{ p.rpps }}</dd>
          </div>
        }
      </dl>
      @if (!p.phone && !p.email) {
        <p class="line muted">{{ 'directory.professional.noContact' | t }}</p>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .pro {
      height: 100%;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 0.3rem;
    }
    .name {
      font-size: 1.05rem;
      margin: 0;
      color: var(--brand-dark);
      overflow-wrap: anywhere;
    }
    .line {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
    }
    dl {
      margin: 0;
    }
    dl div {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.4rem;
    }
    dt {
      color: var(--muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    dd a {
      display: inline-block;
      padding: 0.25rem 0;
    }
  `,
})
export class ProfessionalCard {
  readonly professional = input.required<DirectoryProfessional>();
  protected readonly tel = telHref;
}
