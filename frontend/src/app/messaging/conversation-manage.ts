import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import { Structure } from '../core/models';
import { DirectoryProfessional } from '../directory/directory-models';
import { DirectoryPicker } from '../directory/directory-picker';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { MessagingApi, MessagingError, messagingError } from './messaging-api';
import { ConversationDetail } from './messaging-models';

/** What a member does to a conversation besides writing. */
export type ManageAction = 'handover' | 'members' | 'resource';

/** The outcome of an action: the conversation as it now is, and what to tell the user. */
export interface ManageOutcome {
  conversation: ConversationDetail;
  notice: string;
}

/**
 * The form of one action on a conversation: hand it over to another member (its owner), add
 * participants from the directory (its owner, topic conversations), or call in a resource team
 * (all the professionals of a structure; any member).
 */
@Component({
  selector: 'app-conversation-manage',
  imports: [FormsModule, TranslatePipe, DirectoryPicker, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="manage"
      (ngSubmit)="submit()"
      [attr.aria-labelledby]="'manage-title'"
      data-testid="manage-form"
    >
      <h3 id="manage-title">{{ 'messaging.manage.' + action() | t }}</h3>
      @if (error(); as e) {
        <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
      }
      @switch (action()) {
        @case ('handover') {
          @if (others().length) {
            <app-field [label]="'messaging.handover.to' | t" controlId="handover-to">
              <select
                appFieldControl
                name="to"
                [ngModel]="to()"
                (ngModelChange)="to.set($event)"
                data-testid="handover-to"
              >
                <option value="" disabled>{{ 'messaging.handover.choose' | t }}</option>
                @for (m of others(); track m.id) {
                  <option [value]="m.id">{{ m.name }} — {{ m.structure }}</option>
                }
              </select>
            </app-field>
            <p class="help">{{ 'messaging.handover.help' | t }}</p>
          } @else {
            <p class="muted">{{ 'messaging.handover.nobody' | t }}</p>
          }
        }
        @case ('members') {
          <app-directory-picker
            kind="professional"
            mode="many"
            inputId="add-members-search"
            [exclude]="memberIds()"
            [(chosen)]="professionals"
          />
        }
        @case ('resource') {
          <p class="help">{{ 'messaging.resource.help' | t }}</p>
          <app-directory-picker
            kind="structure"
            inputId="resource-team-search"
            [value]="structure()?.id ?? null"
            (picked)="structure.set($event)"
          />
        }
      }
      <div class="buttons">
        <button
          class="btn"
          type="submit"
          [disabled]="saving() || !ready()"
          data-testid="manage-submit"
        >
          {{ 'messaging.manage.submit.' + action() | t }}
        </button>
        <button type="button" class="btn secondary" (click)="cancelled.emit()">
          {{ 'common.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .manage {
      margin-top: 0.75rem;
      padding: 0.75rem;
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      background: #f7f9fb;
    }
    h3 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .help {
      font-size: 0.85rem;
      color: var(--muted);
      margin: 0 0 0.5rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ConversationManage {
  private readonly api = inject(MessagingApi);
  protected readonly i18n = inject(I18n);
  readonly conversation = input.required<ConversationDetail>();
  readonly action = input.required<ManageAction>();
  readonly done = output<ManageOutcome>();
  readonly cancelled = output<void>();

  protected readonly to = signal('');
  protected readonly professionals = signal<DirectoryProfessional[]>([]);
  protected readonly structure = signal<Structure | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<MessagingError | null>(null);
  protected readonly others = computed(() =>
    this.conversation().members.filter((m) => m.id !== this.conversation().ownerId),
  );
  protected readonly memberIds = computed(() => this.conversation().members.map((m) => m.id));
  protected readonly ready = computed(() => {
    switch (this.action()) {
      case 'handover':
        return !!this.to();
      case 'members':
        return this.professionals().length > 0;
      case 'resource':
        return !!this.structure();
    }
  });

  protected submit(): void {
    if (this.saving() || !this.ready()) return;
    const id = this.conversation().id;
    let call: Observable<ConversationDetail>;
    let notice: string;
    switch (this.action()) {
      case 'handover': {
        const to = this.others().find((m) => m.id === this.to());
        call = this.api.handOver(id, this.to());
        notice = this.i18n.t('messaging.handover.done', { name: to?.name ?? '' });
        break;
      }
      case 'members': {
        const chosen = this.professionals();
        call = this.api.addMembers(
          id,
          chosen.map((p) => p.id),
        );
        notice = this.i18n.t('messaging.members.done', { count: chosen.length });
        break;
      }
      case 'resource': {
        const structure = this.structure()!;
        call = this.api.callResourceTeam(id, structure.id);
        notice = this.i18n.t('messaging.resource.done', { name: structure.name });
        break;
      }
    }
    this.saving.set(true);
    this.error.set(null);
    call.subscribe({
      next: (conversation) => {
        this.saving.set(false);
        this.done.emit({ conversation, notice });
      },
      error: (e) => {
        this.saving.set(false);
        this.error.set(messagingError(e));
      },
    });
  }
}
