import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { CallError } from '../core/problem';
import { TranslatePipe } from '../i18n/i18n';
import { CarePlanApi, carePlanError } from './care-plan-api';
import { CarePlan } from './care-plan-models';
import { DayPipe } from '../i18n/dates';

/** What the page says once a step is done, translated when shown. */
export interface DelegationNotice {
  key: string;
  params: Record<string, string | number>;
}

/**
 * Who writes the care plan: the GP delegates it to the structure following the file, or takes it
 * back; the delegated structure asks the GP to validate its draft. Each one sees only what he or
 * she may do; the others read who writes the plan.
 */
@Component({
  selector: 'app-care-plan-delegation',
  imports: [TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = plan();
    @let structure = p.delegation?.structure?.name ?? p.coordinationStructure.name;
    <section class="card" aria-labelledby="delegation-title" data-testid="care-plan-delegation">
      <h2 id="delegation-title">{{ 'careplan.delegation.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="delegation-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      @if (p.delegation; as d) {
        <p data-testid="delegation-open">
          {{
            'careplan.delegation.open'
              | t
                : {
                    structure: d.structure.name,
                    name: d.delegatedBy.firstName + ' ' + d.delegatedBy.lastName,
                    date: (d.delegatedAt | day),
                  }
          }}
        </p>
        @if (p.mayValidate && canWrite()) {
          @if (!confirming()) {
            <button
              type="button"
              class="btn secondary"
              (click)="confirming.set(true)"
              data-testid="delegation-withdraw"
            >
              {{ 'careplan.delegation.withdraw' | t }}
            </button>
          } @else {
            <div class="confirm" role="group" aria-labelledby="withdraw-text">
              <p id="withdraw-text">
                {{ 'careplan.delegation.withdrawConfirm' | t: { structure } }}
              </p>
              <button
                type="button"
                class="btn"
                (click)="withdraw()"
                [disabled]="busy()"
                data-testid="delegation-withdraw-confirm"
              >
                {{ 'careplan.delegation.withdrawConfirmButton' | t }}
              </button>
              <button type="button" class="btn secondary" (click)="confirming.set(false)">
                {{ 'common.cancel' | t }}
              </button>
            </div>
          }
        } @else if (p.mayAuthor && p.draft && canWrite()) {
          <button
            type="button"
            class="btn"
            (click)="requestValidation()"
            [disabled]="busy()"
            aria-describedby="request-help"
            data-testid="delegation-request-validation"
          >
            {{ 'careplan.delegation.requestValidation' | t }}
          </button>
          <span id="request-help" class="muted small">{{
            'careplan.delegation.requestHelp' | t: { number: p.draft.number }
          }}</span>
        }
      } @else if (p.mayValidate && canWrite()) {
        <p>{{ 'careplan.delegation.offer' | t: { structure } }}</p>
        <button
          type="button"
          class="btn secondary"
          (click)="delegate()"
          [disabled]="busy()"
          data-testid="delegation-delegate"
        >
          {{ 'careplan.delegation.delegate' | t: { structure } }}
        </button>
      } @else {
        <p class="muted" data-testid="delegation-none">
          {{ 'careplan.delegation.none' | t: { structure } }}
        </p>
      }
    </section>
  `,
  styles: `
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
    }
    .small {
      font-size: 0.85rem;
      margin-left: 0.5rem;
    }
  `,
})
export class CarePlanDelegation {
  private readonly api = inject(CarePlanApi);

  readonly plan = input.required<CarePlan>();
  /** False on an emergency access: it reads only. */
  readonly canWrite = input.required<boolean>();
  /** A step is done: the page reloads the plan (who may write it changed) and says so. */
  readonly changed = output<DelegationNotice>();

  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly error = signal<CallError | null>(null);

  protected delegate(): void {
    const structure = this.plan().coordinationStructure.name;
    this.run(this.api.delegate(this.plan().fileId), {
      key: 'careplan.notice.delegated',
      params: { structure },
    });
  }

  protected withdraw(): void {
    this.run(this.api.withdrawDelegation(this.plan().fileId), {
      key: 'careplan.notice.delegationWithdrawn',
      params: {},
    });
  }

  protected requestValidation(): void {
    this.run(this.api.requestValidation(this.plan().fileId), {
      key: 'careplan.notice.validationRequested',
      params: {},
    });
  }

  private run(call: Observable<unknown>, done: DelegationNotice): void {
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(false);
        this.changed.emit(done);
      },
      error: (e) => {
        this.busy.set(false);
        this.error.set(carePlanError(e));
      },
    });
  }
}
