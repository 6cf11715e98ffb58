import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';
import { CarePlanApi, CarePlanError, carePlanError } from './care-plan-api';

/**
 * The printable one-page synthesis of a version: downloaded as a PDF, or printed from its HTML.
 * Both go through HttpClient, whose interceptor adds the token (a plain link would have none).
 */
@Component({
  selector: 'app-care-plan-synthesis',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="synthesis">
      <button
        type="button"
        class="btn secondary"
        (click)="download()"
        [disabled]="busy() !== null"
        data-testid="care-plan-pdf"
      >
        {{ (busy() === 'pdf' ? 'careplan.synthesis.preparing' : 'careplan.synthesis.pdf') | t }}
      </button>
      <button
        type="button"
        class="btn secondary"
        (click)="print()"
        [disabled]="busy() !== null"
        data-testid="care-plan-print"
      >
        {{ (busy() === 'print' ? 'careplan.synthesis.preparing' : 'careplan.synthesis.print') | t }}
      </button>
      <span class="muted small">{{
        'careplan.synthesis.ofVersion' | t: { number: number() }
      }}</span>
    </div>
    @if (error(); as e) {
      <div class="alert" role="alert" data-testid="care-plan-synthesis-error">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
      </div>
    }
  `,
  styles: `
    .synthesis {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .small {
      font-size: 0.85rem;
    }
    .alert {
      margin-top: 0.5rem;
    }
  `,
})
export class CarePlanSynthesis {
  private readonly api = inject(CarePlanApi);
  readonly fileId = input.required<string>();
  readonly number = input.required<number>();
  protected readonly busy = signal<'pdf' | 'print' | null>(null);
  protected readonly error = signal<CarePlanError | null>(null);

  protected download(): void {
    const n = this.number();
    this.busy.set('pdf');
    this.error.set(null);
    this.api.synthesisPdf(this.fileId(), n).subscribe({
      next: (blob) => {
        this.busy.set(null);
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = `synthese-pps-v${n}.pdf`;
        document.body.appendChild(a);
        a.click();
        a.remove();
        // Revoked once the browser has started the download.
        setTimeout(() => URL.revokeObjectURL(url), 30_000);
      },
      error: (e) => {
        this.busy.set(null);
        this.error.set(carePlanError(e));
      },
    });
  }

  /** The HTML synthesis in an invisible frame, printed from there, then removed. */
  protected print(): void {
    this.busy.set('print');
    this.error.set(null);
    this.api.synthesisHtml(this.fileId(), this.number()).subscribe({
      next: (html) => {
        this.busy.set(null);
        const frame = document.createElement('iframe');
        frame.setAttribute('aria-hidden', 'true');
        frame.tabIndex = -1;
        frame.title = 'synthesis';
        frame.style.cssText =
          'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
        frame.addEventListener(
          'load',
          () => {
            const w = frame.contentWindow;
            if (!w) return;
            w.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), {
              once: true,
            });
            w.focus();
            w.print();
          },
          { once: true },
        );
        // srcdoc: same CSP as the app (no script runs), no navigation to a blob: URL.
        frame.srcdoc = html;
        document.body.appendChild(frame);
      },
      error: (e) => {
        this.busy.set(null);
        this.error.set(carePlanError(e));
      },
    });
  }
}
