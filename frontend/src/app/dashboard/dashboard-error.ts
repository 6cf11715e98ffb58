import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { CallError } from '../core/problem';
import { TranslatePipe } from '../i18n/i18n';

/**
 * Why a dashboard or its list of files could not be shown, in words a nurse understands: a
 * refused filter, no access, or an error worth trying again (with the button to do so).
 */
@Component({
  selector: 'app-dashboard-error',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="alert" role="alert" [attr.data-testid]="testId()">
      @if (error().status === 400) {
        {{ 'dashboard.badFilter' | t }}
      } @else {
        {{
          (error().status === 403 && error().messageKey === 'error.forbidden'
            ? 'dashboard.noAccess'
            : error().messageKey
          ) | t
        }}
        @if (error().status !== 403) {
          <button type="button" class="btn secondary" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        }
      }
    </div>
  `,
})
export class DashboardError {
  readonly error = input.required<CallError>();
  readonly testId = input<string>('');
  readonly retry = output<void>();
}
