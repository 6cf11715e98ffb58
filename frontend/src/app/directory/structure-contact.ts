import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { StructureDetail } from './directory-models';
import { telHref } from './professional-card';

/** How to reach a structure, and its services. */
@Component({
  selector: 'app-directory-structure-contact',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = structure();
    <dl class="contact">
      <div>
        <dt>{{ 'directory.card.address' | t }}</dt>
        <dd>{{ s.postalCode ? s.postalCode + ' ' : '' }}{{ s.commune }}</dd>
      </div>
      <div>
        <dt>{{ 'directory.card.phone' | t }}</dt>
        <dd>
          @if (s.phone) {
            <a [href]="tel(s.phone)">{{ s.phone }}</a>
          } @else {
            <span class="muted">{{ 'directory.card.none' | t }}</span>
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'directory.card.email' | t }}</dt>
        <dd>
          @if (s.email) {
            <a [href]="'mailto:' + s.email">{{ s.email }}</a>
          } @else {
            <span class="muted">{{ 'directory.card.none' | t }}</span>
          }
        </dd>
      </div>
    </dl>
    <h4>{{ 'directory.services.title' | t }}</h4>
    @if (s.services.length) {
      <ul class="services" data-testid="structure-services">
        @for (service of s.services; track service.id) {
          <li>
            <span class="service-name">{{ service.name }}</span>
            @if (service.phone) {
              <a [href]="tel(service.phone)">{{ service.phone }}</a>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="muted" data-testid="no-services">{{ 'directory.services.empty' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .contact {
      margin: 0 0 0.75rem;
    }
    .contact div {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.4rem;
      padding: 0.1rem 0;
    }
    dt {
      color: var(--muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    h4 {
      font-size: 1rem;
      margin: 0 0 0.35rem;
    }
    .services {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .services li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--line);
    }
    .service-name {
      font-weight: 600;
    }
    a {
      display: inline-block;
      padding: 0.25rem 0;
    }
  `,
})
export class StructureContact {
  readonly structure = input.required<StructureDetail>();
  protected readonly tel = telHref;
}
