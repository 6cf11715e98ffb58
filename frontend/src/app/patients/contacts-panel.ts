import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Api } from '../core/api';
import { CONTACT_KINDS, ContactKind, FileContact } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';

/** The patient's family caregivers (aidants) and other contacts; team members keep them. */
@Component({
  selector: 'app-contacts-panel',
  imports: [FormsModule, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{{ 'contacts.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
      }
      @if (contacts().length === 0) {
        <p class="muted">{{ 'contacts.empty' | t }}</p>
      }
      <ul class="contacts" data-testid="contacts">
        @for (c of contacts(); track c.id) {
          <li>
            <div>
              <strong>{{ c.name }}</strong>
              <span class="badge">{{ 'contact.kind.' + c.kind | t }}</span>
              @if (c.relationship) {
                <span class="muted">{{ c.relationship }}</span>
              }
            </div>
            <div class="reach">
              @if (c.phone) {
                <a [href]="'tel:' + c.phone.replaceAll(' ', '')">{{ c.phone }}</a>
              }
              @if (c.email) {
                <a [href]="'mailto:' + c.email">{{ c.email }}</a>
              }
            </div>
            @if (canEdit()) {
              <button
                type="button"
                class="link"
                (click)="remove(c)"
                [attr.aria-label]="'contacts.removeLabel' | t: { name: c.name }"
              >
                {{ 'contacts.remove' | t }}
              </button>
            }
          </li>
        }
      </ul>
      @if (canEdit()) {
        <details>
          <summary>{{ 'contacts.add' | t }}</summary>
          <form (ngSubmit)="add()">
            <div class="grid">
              <app-field [label]="'contacts.name' | t" required controlId="contact-name">
                <input appFieldControl name="name" maxlength="200" required [(ngModel)]="name" />
              </app-field>
              <app-field [label]="'contacts.kind' | t" controlId="contact-kind">
                <select appFieldControl name="kind" [(ngModel)]="kind">
                  @for (k of kinds; track k) {
                    <option [ngValue]="k">{{ 'contact.kind.' + k | t }}</option>
                  }
                </select>
              </app-field>
              <app-field [label]="'contacts.relationship' | t" controlId="contact-relationship">
                <input
                  appFieldControl
                  name="relationship"
                  maxlength="100"
                  [(ngModel)]="relationship"
                />
              </app-field>
              <app-field
                [label]="'contacts.phone' | t"
                controlId="contact-phone"
                [error]="error()?.fields?.['phone']"
              >
                <input appFieldControl name="phone" type="tel" maxlength="30" [(ngModel)]="phone" />
              </app-field>
              <app-field [label]="'contacts.email' | t" controlId="contact-email">
                <input
                  appFieldControl
                  name="email"
                  type="email"
                  maxlength="200"
                  [(ngModel)]="email"
                />
              </app-field>
            </div>
            <button class="btn" type="submit" [disabled]="saving() || !name.trim()">
              {{ 'contacts.addButton' | t }}
            </button>
          </form>
        </details>
      }
    </section>
  `,
  styles: `
    .contacts {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .contacts li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--line);
    }
    .contacts li > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.6rem;
      align-items: baseline;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--brand-dark);
      margin-bottom: 0.75rem;
    }
  `,
})
export class ContactsPanel {
  private readonly api = inject(Api);
  readonly fileId = input.required<string>();
  readonly canEdit = input(false);
  protected readonly kinds = CONTACT_KINDS;
  protected readonly contacts = signal<FileContact[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected name = '';
  protected kind: ContactKind = 'FAMILY_CAREGIVER';
  protected relationship = '';
  protected phone = '';
  protected email = '';

  constructor() {
    effect(() =>
      this.api.contacts(this.fileId()).subscribe({
        next: (c) => this.contacts.set(c),
        error: (e) => this.error.set(callError(e)),
      }),
    );
  }

  protected add(): void {
    this.saving.set(true);
    this.error.set(null);
    this.api
      .addContact(this.fileId(), {
        kind: this.kind,
        name: this.name.trim(),
        relationship: this.relationship.trim(),
        phone: this.phone.trim(),
        email: this.email.trim(),
      })
      .subscribe({
        next: (c) => {
          this.saving.set(false);
          this.contacts.update((list) => [...list, c]);
          this.name = this.relationship = this.phone = this.email = '';
        },
        error: (e) => {
          this.saving.set(false);
          this.error.set(callError(e));
        },
      });
  }

  protected remove(contact: FileContact): void {
    this.api.removeContact(this.fileId(), contact.id).subscribe({
      next: () => this.contacts.update((list) => list.filter((c) => c.id !== contact.id)),
      error: (e) => this.error.set(callError(e)),
    });
  }
}
