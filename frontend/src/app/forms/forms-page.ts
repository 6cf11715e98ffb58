import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { FORM_DESIGNER_ROLE, FormsApi, FormsError, formsError, notOffered } from './forms-api';
import { FieldProblem, FormSummary, FormTemplate, FormView } from './forms-models';
import { translateMessage } from './server-messages';

/** Larger than any sensible Questionnaire. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * The forms of the structure: its admins create them (from scratch, from a shipped template or
 * from a FHIR Questionnaire), archive, restore and delete them; the others see the list.
 */
@Component({
  selector: 'app-forms-page',
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1>{{ 'forms.page.title' | t }}</h1>
      @if (designer()) {
        <a class="btn" routerLink="/forms/new" data-testid="forms-new"
          >+ {{ 'forms.page.new' | t }}</a
        >
      }
    </div>
    <p class="muted intro">
      {{ (designer() ? 'forms.page.introAdmin' : 'forms.page.intro') | t }}
    </p>

    <div aria-live="polite">
      @if (notice(); as n) {
        <p class="alert ok" data-testid="forms-notice">{{ n }}</p>
      }
    </div>
    @if (error(); as e) {
      <div class="alert" role="alert" data-testid="forms-error">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        @if (e.status === 0 || e.status >= 500) {
          <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
        }
      </div>
    }

    <section class="card" aria-labelledby="forms-list-title">
      <h2 id="forms-list-title">{{ 'forms.page.listTitle' | t }}</h2>
      @if (forms(); as list) {
        @if (active().length) {
          <ul class="forms" data-testid="forms-list">
            @for (f of active(); track f.id) {
              <ng-container
                [ngTemplateOutlet]="item"
                [ngTemplateOutletContext]="{ $implicit: f }"
              />
            }
          </ul>
        } @else {
          <p class="muted" data-testid="no-forms">
            {{ (designer() ? 'forms.page.emptyAdmin' : 'forms.page.empty') | t }}
          </p>
        }
        @if (archived().length) {
          <details class="archived">
            <summary>{{ 'forms.page.archived' | t: { count: archived().length } }}</summary>
            <ul class="forms">
              @for (f of archived(); track f.id) {
                <ng-container
                  [ngTemplateOutlet]="item"
                  [ngTemplateOutletContext]="{ $implicit: f }"
                />
              }
            </ul>
          </details>
        }
      } @else if (!error()) {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>

    @if (designer()) {
      <section class="card" aria-labelledby="templates-title">
        <h2 id="templates-title">{{ 'forms.page.templates' | t }}</h2>
        <p class="muted">{{ 'forms.page.templatesIntro' | t }}</p>
        @if (templates(); as list) {
          <ul class="templates">
            @for (tpl of list; track tpl.key) {
              <li [attr.data-testid]="'template-' + tpl.key">
                <strong>{{ tpl.title }}</strong>
                <span class="muted">{{ tpl.description }}</span>
                <button
                  type="button"
                  class="btn secondary"
                  [disabled]="busy()"
                  (click)="useTemplate(tpl)"
                  [attr.aria-label]="'forms.page.useTemplateLabel' | t: { title: tpl.title }"
                  [attr.data-testid]="'use-template-' + tpl.key"
                >
                  {{ 'forms.page.useTemplate' | t }}
                </button>
              </li>
            } @empty {
              <li class="muted">{{ 'forms.page.noTemplate' | t }}</li>
            }
          </ul>
        } @else {
          <p aria-live="polite">{{ 'common.loading' | t }}</p>
        }
      </section>

      <section class="card" aria-labelledby="fhir-import-title">
        <h2 id="fhir-import-title">{{ 'forms.fhir.importTitle' | t }}</h2>
        <p class="muted" id="fhir-import-help">{{ 'forms.fhir.importHelp' | t }}</p>
        <form (submit)="$event.preventDefault(); importFile()" novalidate>
          <app-field
            [label]="'forms.fhir.file' | t"
            controlId="fhir-file"
            describedBy="fhir-import-help"
          >
            <input
              #fhirInput
              appFieldControl
              type="file"
              accept=".json,application/json,application/fhir+json"
              (change)="chooseFile(fhirInput.files)"
              [disabled]="busy()"
              data-testid="fhir-file"
            />
          </app-field>
          <button
            class="btn"
            type="submit"
            [disabled]="busy() || !importFileChosen()"
            data-testid="fhir-import"
          >
            {{ (importing() ? 'forms.fhir.importing' : 'forms.fhir.import') | t }}
          </button>
        </form>
        @if (importError(); as e) {
          <div class="alert import-error" role="alert" data-testid="fhir-import-error">
            <p>{{ e.key | t: { detail: e.detail } }}</p>
            @if (e.problems.length) {
              <ul data-testid="fhir-import-problems">
                @for (p of e.problems; track $index) {
                  <li>
                    <code>{{ p.field }}</code> : {{ p.message }}
                  </li>
                }
              </ul>
            }
          </div>
        }
      </section>
    }

    <ng-template #item let-f>
      <li class="form" [attr.data-testid]="'form-' + f.id">
        <div class="line">
          <a [routerLink]="['/forms', f.id]" class="title">{{ f.title }}</a>
          @if (f.publishedVersion) {
            <span class="badge ok">{{
              'forms.page.published' | t: { number: f.publishedVersion }
            }}</span>
            @if (f.hasDraft) {
              <span class="badge">{{ 'forms.page.draftPending' | t }}</span>
            }
          } @else {
            <span class="badge">{{ 'forms.status.draft' | t }}</span>
          }
          @if (f.archivedAt) {
            <span class="badge warn">{{ 'forms.page.archivedBadge' | t }}</span>
          }
          @if (f.used) {
            <span class="badge used">{{ 'forms.page.used' | t }}</span>
          }
        </div>
        @if (f.description) {
          <p class="muted description">{{ f.description }}</p>
        }
        @if (designer()) {
          <div class="actions">
            <a [routerLink]="['/forms', f.id]">{{ 'forms.page.edit' | t }}</a>
            @if (f.archivedAt) {
              <button
                type="button"
                class="link"
                [disabled]="busy()"
                (click)="restore(f)"
                [attr.data-testid]="'restore-' + f.id"
              >
                {{ 'forms.page.restore' | t }}
              </button>
            } @else {
              <button
                type="button"
                class="link"
                [disabled]="busy()"
                (click)="archive(f)"
                [attr.data-testid]="'archive-' + f.id"
              >
                {{ 'forms.page.archive' | t }}
              </button>
            }
            @if (!f.used) {
              <button
                type="button"
                class="link danger"
                [disabled]="busy()"
                (click)="remove(f)"
                [attr.aria-label]="'forms.page.deleteLabel' | t: { title: f.title }"
                [attr.data-testid]="'delete-' + f.id"
              >
                {{ 'forms.page.delete' | t }}
              </button>
            }
          </div>
        }
      </li>
    </ng-template>
  `,
  styles: `
    .heading {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .intro {
      margin-top: -0.5rem;
    }
    .forms,
    .templates {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .form,
    .templates li {
      padding: 0.65rem 0;
      border-bottom: 1px solid var(--line);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
    }
    .title {
      font-weight: 700;
      font-size: 1.05rem;
    }
    .description {
      margin: 0.2rem 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
      margin-top: 0.3rem;
    }
    .actions a,
    .actions button {
      min-height: 2.75rem;
      display: inline-flex;
      align-items: center;
    }
    .badge.ok {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.warn {
      background: var(--important-bg);
      color: var(--important);
    }
    .badge.used {
      background: #eceff3;
      color: var(--ink);
    }
    .templates li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.2rem 1rem;
      align-items: center;
    }
    .templates li .muted {
      grid-column: 1;
    }
    .templates li .btn {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
    @media (max-width: 30rem) {
      .templates li {
        grid-template-columns: 1fr;
      }
      .templates li .btn {
        grid-column: 1;
        grid-row: auto;
        justify-content: center;
      }
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--brand-dark);
      margin: 0.75rem 0 0.25rem;
      min-height: 2.75rem;
      display: flex;
      align-items: center;
    }
    .import-error p {
      margin: 0;
    }
    .import-error ul {
      margin: 0.4rem 0 0;
      padding-left: 1.2rem;
    }
  `,
})
export class FormsPage implements OnInit {
  private readonly api = inject(FormsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  protected readonly designer = computed(
    () => !!this.session.user() && this.session.hasRole(FORM_DESIGNER_ROLE),
  );
  protected readonly forms = signal<FormSummary[] | null>(null);
  protected readonly active = computed(() => (this.forms() ?? []).filter((f) => !f.archivedAt));
  protected readonly archived = computed(() => (this.forms() ?? []).filter((f) => f.archivedAt));
  protected readonly templates = signal<FormTemplate[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly importing = signal(false);
  protected readonly error = signal<FormsError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly importFileChosen = signal<File | null>(null);
  protected readonly importError = signal<{
    key: string;
    detail: string;
    problems: FieldProblem[];
  } | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    this.api.forms().subscribe({
      next: (forms) => this.forms.set(forms),
      error: (e) => this.error.set(formsError(e)),
    });
    this.api.templates().subscribe({
      next: (templates) => this.templates.set(templates),
      error: () => this.templates.set([]),
    });
  }

  protected useTemplate(tpl: FormTemplate): void {
    this.run(this.api.copyTemplate(tpl.key), (view) => this.openForm(view));
  }

  protected archive(f: FormSummary): void {
    this.run(this.api.archive(f.id), (view) => {
      this.replace(view.form);
      this.notice.set(this.i18n.t('forms.page.archivedNotice', { title: f.title }));
    });
  }

  protected restore(f: FormSummary): void {
    this.run(this.api.restore(f.id), (view) => {
      this.replace(view.form);
      this.notice.set(this.i18n.t('forms.page.restoredNotice', { title: f.title }));
    });
  }

  protected remove(f: FormSummary): void {
    if (!confirm(this.i18n.t('forms.page.deleteConfirm', { title: f.title }))) return;
    this.run(this.api.delete(f.id), () => {
      this.forms.update((list) => (list ?? []).filter((x) => x.id !== f.id));
      this.notice.set(this.i18n.t('forms.page.deletedNotice', { title: f.title }));
    });
  }

  protected chooseFile(files: FileList | null): void {
    this.importError.set(null);
    this.importFileChosen.set(files?.item(0) ?? null);
  }

  protected async importFile(): Promise<void> {
    const file = this.importFileChosen();
    if (!file) return;
    this.importError.set(null);
    if (file.size > MAX_IMPORT_BYTES) {
      this.importError.set({ key: 'forms.fhir.tooLarge', detail: '', problems: [] });
      return;
    }
    const text = await file.text();
    let resource: unknown;
    try {
      resource = JSON.parse(text);
    } catch {
      this.importError.set({ key: 'forms.fhir.notJson', detail: '', problems: [] });
      return;
    }
    if ((resource as { resourceType?: unknown })?.resourceType !== 'Questionnaire') {
      this.importError.set({ key: 'forms.fhir.notQuestionnaire', detail: '', problems: [] });
      return;
    }
    this.importing.set(true);
    this.busy.set(true);
    this.api.importQuestionnaire(text).subscribe({
      next: (view) => {
        this.importing.set(false);
        this.busy.set(false);
        this.openForm(view);
      },
      error: (e) => {
        this.importing.set(false);
        this.busy.set(false);
        const problem = formsError(e);
        this.importError.set({
          key: notOffered(problem)
            ? 'forms.fhir.unavailable'
            : problem.status === 400
              ? 'forms.fhir.refused'
              : problem.messageKey,
          detail: problem.detail ?? '',
          problems: problem.problems.map((p) => ({
            field: p.field,
            message: translateMessage(this.i18n, p.message),
          })),
        });
      },
    });
  }

  private openForm(view: FormView): void {
    void this.router.navigate(['/forms', view.form.id]);
  }

  private replace(summary: FormSummary): void {
    this.forms.update((list) => (list ?? []).map((f) => (f.id === summary.id ? summary : f)));
  }

  private run<T>(call: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    call.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (e) => {
        this.busy.set(false);
        const problem = formsError(e);
        this.error.set(problem);
        if (problem.code === 'form-in-use') this.load();
      },
    });
  }
}
