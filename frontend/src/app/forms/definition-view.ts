import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { FormDefinition } from './forms-models';

/** A version's design, read-only: sections, questions with their names, types and conditions. */
@Component({
  selector: 'app-definition-view',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (section of definition().sections; track $index; let si = $index) {
      <h3>{{ 'forms.editor.sectionN' | t: { number: si + 1 } }} — {{ section.title }}</h3>
      @if (section.help) {
        <p class="muted">{{ section.help }}</p>
      }
      <ol class="questions">
        @for (q of section.questions; track $index) {
          <li>
            <div>
              <strong>{{ q.label }}</strong>
              <code>{{ q.id }}</code>
              <span class="badge">{{ 'forms.type.' + q.type | t }}</span>
              @if (q.required) {
                <span class="badge req">{{ 'forms.editor.requiredBadge' | t }}</span>
              }
            </div>
            @if (q.help) {
              <div class="muted">{{ q.help }}</div>
            }
            @if (q.min != null || q.max != null || q.unit) {
              <div class="muted">
                {{ 'forms.editor.min' | t }} {{ q.min ?? '—' }} · {{ 'forms.editor.max' | t }}
                {{ q.max ?? '—' }}
                @if (q.unit) {
                  · {{ q.unit }}
                }
              </div>
            }
            @if (q.choices?.length) {
              <ul class="choices">
                @for (c of q.choices ?? []; track c.code) {
                  <li>
                    <code>{{ c.code }}</code> {{ c.label }}
                    @if (c.weight != null) {
                      <span class="muted"
                        >({{ 'forms.editor.weightN' | t: { weight: c.weight } }})</span
                      >
                    }
                  </li>
                }
              </ul>
            }
            @if (q.condition) {
              <div>
                {{ 'forms.editor.shownIf' | t }} <code>{{ q.condition }}</code>
              </div>
            }
          </li>
        }
      </ol>
    }
    @if (definition().scores?.length) {
      <h3>{{ 'forms.scores.title' | t }}</h3>
      <ul class="scores">
        @for (s of definition().scores ?? []; track s.id) {
          <li>
            <strong>{{ s.label }}</strong> <code>{{ s.id }}</code> = <code>{{ s.expression }}</code>
            @if (s.bands?.length) {
              <ul>
                @for (b of s.bands ?? []; track $index) {
                  <li>{{ b.min ?? '…' }} – {{ b.max ?? '…' }} : {{ b.label }}</li>
                }
              </ul>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      font-size: 1rem;
      margin: 0.75rem 0 0.35rem;
    }
    .questions,
    .scores {
      padding-left: 1.25rem;
    }
    .questions > li,
    .scores > li {
      margin-bottom: 0.6rem;
    }
    code {
      background: var(--bg);
      border-radius: 0.25rem;
      padding: 0 0.25rem;
      overflow-wrap: anywhere;
    }
    .badge.req {
      background: var(--important-bg);
      color: var(--important);
    }
    .choices {
      margin: 0.2rem 0;
      padding-left: 1.1rem;
    }
  `,
})
export class DefinitionView {
  readonly definition = input.required<FormDefinition>();
}
