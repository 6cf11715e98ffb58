import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';

/** A short help on the expression language, next to a condition or a score's expression. */
@Component({
  selector: 'app-expression-help',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="syntax">
      <summary>
        {{
          (kind() === 'condition' ? 'forms.syntax.conditionTitle' : 'forms.syntax.scoreTitle') | t
        }}
      </summary>
      <ul>
        <li>
          {{ 'forms.syntax.example' | t }}
          <code>{{ kind() === 'condition' ? exampleCondition : exampleScore }}</code>
        </li>
        <li>
          {{ 'forms.syntax.operators' | t }}
          <code>or and not = != &lt; &lt;= &gt; &gt;= + - * / ( )</code>
        </li>
        <li>{{ 'forms.syntax.literals' | t }} <code>12 3.5 'texte' true false</code></li>
        <li>{{ 'forms.syntax.answers' | t }}</li>
        <li>{{ 'forms.syntax.nothing' | t }}</li>
        <li>
          {{ 'forms.syntax.functions' | t }}
          <ul>
            <li><code>answered(q)</code> {{ 'forms.syntax.answered' | t }}</li>
            <li><code>weight(q)</code> {{ 'forms.syntax.weight' | t }}</li>
            <li><code>contains(q, 'code')</code> {{ 'forms.syntax.contains' | t }}</li>
            <li><code>count(q)</code> {{ 'forms.syntax.count' | t }}</li>
            <li><code>sum(a, b, …) min(…) max(…)</code> {{ 'forms.syntax.sum' | t }}</li>
            <li><code>if(condition, a, b)</code> {{ 'forms.syntax.if' | t }}</li>
            <li><code>aggir(…)</code> {{ 'forms.syntax.aggir' | t }}</li>
            <li>
              <code
                >aggirCoherence(a, b) aggirOrientation(a, b) aggirToilette(a, b) aggirHabillage(a,
                b, c) aggirAlimentation(a, b) aggirElimination(a, b)</code
              >
              {{ 'forms.syntax.aggirParts' | t }}
            </li>
          </ul>
        </li>
        @if (kind() === 'condition') {
          <li>{{ 'forms.syntax.before' | t }}</li>
        }
        <li>
          @if (names().length) {
            {{ 'forms.syntax.names' | t }}
            @for (n of names(); track n) {
              <code>{{ n }}</code>{{ $last ? '' : ', ' }}
            }
          } @else {
            {{ 'forms.syntax.noNames' | t }}
          }
        </li>
      </ul>
    </details>
  `,
  styles: `
    .syntax {
      font-size: 0.85rem;
      margin-top: 0.25rem;
    }
    summary {
      cursor: pointer;
      color: var(--brand-dark);
      font-weight: 600;
      min-height: 1.75rem;
    }
    ul {
      margin: 0.25rem 0;
      padding-left: 1.1rem;
    }
    code {
      background: var(--bg);
      border-radius: 0.25rem;
      padding: 0 0.2rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class ExpressionHelp {
  readonly kind = input<'condition' | 'score'>('condition');
  /** The names that may be used here. */
  readonly names = input<string[]>([]);
  protected readonly exampleCondition = 'chute = true and age >= 75';
  protected readonly exampleScore = 'weight(q1) + weight(q2) * 2';
}
