import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DefinitionView } from './definition-view';
import { ID_PATTERN, suggestId } from './expression';
import { FormFields } from './form-fields';
import {
  EditForm,
  EditQuestion,
  EditScore,
  EditSection,
  Place,
  blankForm,
  conditionProblem,
  fromDefinition,
  locate,
  missingFields,
  newQuestion,
  newScore,
  newSection,
  placeKey,
  scoreProblem,
  toCommand,
  toDefinition,
} from './form-draft';
import { FORM_DESIGNER_ROLE, FormsApi, FormsError, formsError, notOffered } from './forms-api';
import { Answers, FieldProblem, FormCommand, FormVersion, FormView } from './forms-models';
import { QuestionEditor } from './question-editor';
import { ScoreEditor } from './score-editor';
import { translateMessage } from './server-messages';
import { MomentPipe } from '../i18n/dates';

/** A line of the problems' summary, and where the keyboard goes to fix it. */
interface SummaryItem {
  where: string;
  message: string;
  place: Place | null;
}

/** The fields of a problem's place, in words (for the summary). */
const FIELD_NAMES = new Set([
  'title',
  'description',
  'help',
  'questions',
  'id',
  'label',
  'type',
  'required',
  'unit',
  'min',
  'max',
  'choices',
  'code',
  'weight',
  'condition',
  'expression',
  'bands',
  'band',
]);

/**
 * A form's designer (structure admins): title, description, sections, questions, choices,
 * conditions and scores of the draft, with a live preview as the person filling it will see it;
 * "Enregistrer le brouillon" and "Publier" (editing a published form prepares its next version);
 * the versions, each readable as it was, and exported as a FHIR Questionnaire. Others read it.
 */
@Component({
  selector: 'app-form-editor',
  imports: [
    FormsModule,
    RouterLink,
    TranslatePipe,
    FormFields,
    QuestionEditor,
    ScoreEditor,
    DefinitionView,
    MomentPipe,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  template: `
    <a routerLink="/forms" class="back">{{ 'forms.editor.back' | t }}</a>
    @if (loadError(); as e) {
      <section class="card" data-testid="form-not-found">
        <h1>{{ 'forms.editor.notFound' | t }}</h1>
        <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
      </section>
    } @else if (!ready()) {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    } @else {
      <div class="head">
        <h1 id="form-editor-title" tabindex="-1">
          {{ heading() }}
        </h1>
        <p class="status" data-testid="form-status">
          {{ statusText() }}
          @if (view()?.form?.archivedAt) {
            <span class="badge warn">{{ 'forms.page.archivedBadge' | t }}</span>
          }
        </p>
      </div>

      <div class="sr-only" aria-live="polite">{{ announcement() }}</div>
      <div aria-live="polite">
        @if (notice(); as n) {
          <p class="alert ok" data-testid="editor-notice">{{ n }}</p>
        }
      </div>
      @if (error(); as e) {
        <div
          class="alert"
          role="alert"
          tabindex="-1"
          id="editor-problems"
          data-testid="editor-error"
        >
          <p>{{ e.messageKey | t: { detail: e.detail ?? '', count: summary().length } }}</p>
          @if (summary().length) {
            <ul data-testid="problem-summary">
              @for (item of summary(); track $index) {
                <li>
                  @if (item.place; as place) {
                    <button type="button" class="link" (click)="focusPlace(place)">
                      {{ item.where }}
                    </button>
                  } @else {
                    <code>{{ item.where }}</code>
                  }
                  : {{ item.message }}
                </li>
              }
            </ul>
          }
        </div>
      }

      @if (designer() && edit(); as f) {
        <div class="layout" [class.show-preview]="showPreview()">
          <div class="design" id="form-design">
            <section class="card" aria-labelledby="form-general-title">
              <h2 id="form-general-title">{{ 'forms.editor.general' | t }}</h2>
              <app-field
                [label]="'forms.editor.title' | t"
                required
                controlId="form-title"
                [error]="message('form', 'title')"
              >
                <input
                  appFieldControl
                  maxlength="200"
                  required
                  [ngModel]="f.title"
                  (ngModelChange)="patch({ title: $event }, 'form', 'title')"
                  data-testid="form-title"
                />
              </app-field>
              <app-field [label]="'forms.editor.description' | t" controlId="form-description">
                <textarea
                  appFieldControl
                  rows="2"
                  maxlength="1000"
                  [ngModel]="f.description"
                  (ngModelChange)="patch({ description: $event }, 'form', 'description')"
                  data-testid="form-description"
                ></textarea>
              </app-field>
            </section>

            @for (s of f.sections; track s.key; let si = $index; let lastSection = $last) {
              <section class="card section" [attr.aria-labelledby]="s.key + '-heading'">
                <div class="section-head">
                  <h2 [id]="s.key + '-heading'">
                    {{ 'forms.editor.sectionN' | t: { number: si + 1 } }}
                    @if (
                      s.title.trim() &&
                      s.title.trim() !== ('forms.editor.sectionN' | t: { number: si + 1 })
                    ) {
                      <span class="muted">— {{ s.title }}</span>
                    }
                  </h2>
                  <div class="tools">
                    <button
                      type="button"
                      class="icon"
                      [id]="s.key + '-up'"
                      [disabled]="si === 0"
                      (click)="moveSection(si, -1)"
                      [attr.aria-label]="'forms.editor.sectionUp' | t: { number: si + 1 }"
                      data-testid="section-up"
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon"
                      [id]="s.key + '-down'"
                      [disabled]="lastSection"
                      (click)="moveSection(si, 1)"
                      [attr.aria-label]="'forms.editor.sectionDown' | t: { number: si + 1 }"
                      data-testid="section-down"
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="link danger"
                      [disabled]="f.sections.length === 1"
                      (click)="removeSection(si)"
                      [attr.aria-label]="'forms.editor.sectionRemove' | t: { number: si + 1 }"
                      data-testid="section-remove"
                    >
                      {{ 'forms.editor.remove' | t }}
                    </button>
                  </div>
                </div>
                <app-field
                  [label]="'forms.editor.sectionTitle' | t"
                  required
                  [controlId]="s.key + '-title'"
                  [error]="message(s.key, 'title')"
                >
                  <input
                    appFieldControl
                    maxlength="200"
                    required
                    [ngModel]="s.title"
                    (ngModelChange)="updateSection(si, { title: $event })"
                    data-testid="section-title"
                  />
                </app-field>
                <app-field [label]="'forms.editor.sectionHelp' | t" [controlId]="s.key + '-help'">
                  <textarea
                    appFieldControl
                    rows="2"
                    maxlength="1000"
                    [ngModel]="s.help"
                    (ngModelChange)="updateSection(si, { help: $event })"
                    data-testid="section-help"
                  ></textarea>
                </app-field>
                @if (message(s.key, 'questions'); as m) {
                  <p class="error">{{ m }}</p>
                }
                @for (q of s.questions; track q.key; let qi = $index; let lastQuestion = $last) {
                  <app-question-editor
                    [question]="q"
                    [number]="si + 1 + '.' + (qi + 1)"
                    [first]="si === 0 && qi === 0"
                    [last]="lastSection && lastQuestion"
                    [before]="namesBefore().get(q.key) ?? []"
                    [messages]="messages()"
                    (changed)="updateQuestion(si, qi, $event)"
                    (removed)="removeQuestion(si, qi)"
                    (moved)="moveQuestion(si, qi, $event)"
                  />
                } @empty {
                  <p class="muted">{{ 'forms.editor.noQuestion' | t }}</p>
                }
                <button
                  type="button"
                  class="btn secondary"
                  (click)="addQuestion(si)"
                  [attr.aria-label]="'forms.editor.addQuestionTo' | t: { number: si + 1 }"
                  data-testid="add-question"
                >
                  + {{ 'forms.editor.addQuestion' | t }}
                </button>
              </section>
            }
            <p>
              <button
                type="button"
                class="btn secondary"
                (click)="addSection()"
                data-testid="add-section"
              >
                + {{ 'forms.editor.addSection' | t }}
              </button>
            </p>

            <section class="card" aria-labelledby="scores-title">
              <h2 id="scores-title">{{ 'forms.scores.title' | t }}</h2>
              <p class="muted">{{ 'forms.editor.scoresIntro' | t }}</p>
              @for (score of f.scores; track score.key; let i = $index) {
                <app-score-editor
                  [score]="score"
                  [number]="i + 1"
                  [names]="allNames()"
                  [messages]="messages()"
                  (changed)="updateScore(i, $event)"
                  (removed)="removeScore(i)"
                />
              }
              <button
                type="button"
                class="btn secondary"
                (click)="addScore()"
                data-testid="add-score"
              >
                + {{ 'forms.editor.addScore' | t }}
              </button>
            </section>
          </div>

          <aside
            class="preview card"
            id="form-preview"
            aria-labelledby="preview-title"
            data-testid="preview"
          >
            <h2 id="preview-title">{{ 'forms.preview.title' | t }}</h2>
            <p class="muted small">{{ 'forms.preview.intro' | t }}</p>
            @if (previewDefinition(); as def) {
              <app-form-fields
                [definition]="def"
                [(answers)]="previewAnswers"
                prefix="preview"
                liveNote="forms.preview.scoresNote"
              />
            }
          </aside>
        </div>

        <div class="actions-bar">
          <button
            type="button"
            class="btn secondary preview-toggle"
            aria-controls="form-preview form-design"
            [attr.aria-expanded]="showPreview()"
            (click)="togglePreview()"
            data-testid="preview-toggle"
          >
            {{ (showPreview() ? 'forms.preview.hide' : 'forms.preview.show') | t }}
          </button>
          <button
            type="button"
            class="btn secondary"
            [disabled]="!!saving()"
            (click)="save()"
            data-testid="save-draft"
          >
            {{ (saving() === 'draft' ? 'forms.editor.saving' : 'forms.editor.saveDraft') | t }}
          </button>
          <button
            type="button"
            class="btn"
            [disabled]="!!saving() || !canPublish()"
            (click)="publish()"
            aria-describedby="publish-help"
            data-testid="publish"
          >
            {{ (saving() === 'publish' ? 'forms.editor.publishing' : 'forms.editor.publish') | t }}
          </button>
          <span class="muted small" id="publish-help">
            @if (dirty()) {
              <strong class="unsaved">{{ 'forms.editor.unsaved' | t }}</strong>
            }
            {{ (canPublish() ? 'forms.editor.publishHelp' : 'forms.editor.nothingToPublish') | t }}
          </span>
        </div>
      } @else if (readOnlyVersion(); as v) {
        @if (view()?.form?.description) {
          <p>{{ view()?.form?.description }}</p>
        }
        <div class="layout read">
          <section class="card" aria-labelledby="ro-design-title">
            <h2 id="ro-design-title">{{ 'forms.versionN' | t: { number: v.number } }}</h2>
            <app-definition-view [definition]="v.definition" />
          </section>
          <aside class="card" aria-labelledby="ro-preview-title" data-testid="preview">
            <h2 id="ro-preview-title">{{ 'forms.preview.title' | t }}</h2>
            <app-form-fields
              [definition]="v.definition"
              [(answers)]="previewAnswers"
              prefix="preview"
              liveNote="forms.preview.scoresNote"
            />
          </aside>
        </div>
      } @else {
        <p class="card muted" data-testid="not-designer">{{ 'forms.editor.notDesigner' | t }}</p>
      }

      @if (view(); as fv) {
        <section class="card versions" aria-labelledby="versions-title">
          <h2 id="versions-title">{{ 'forms.versions.title' | t }}</h2>
          <ul>
            @for (v of fv.versions; track v.number) {
              <li [attr.data-testid]="'version-' + v.number">
                <strong>{{ 'forms.versionN' | t: { number: v.number } }}</strong>
                <span class="badge" [class.ok]="v.status === 'PUBLISHED'">{{
                  'forms.versions.' + v.status | t
                }}</span>
                <span class="muted small">
                  {{ 'forms.versions.updated' | t: { date: (v.updatedAt | moment) } }}
                  @if (v.publishedAt) {
                    · {{ 'forms.versions.published' | t: { date: (v.publishedAt | moment) } }}
                  }
                </span>
                <span class="version-actions">
                  <button
                    type="button"
                    class="link"
                    [attr.aria-expanded]="viewing()?.number === v.number"
                    [attr.aria-label]="
                      (viewing()?.number === v.number
                        ? 'forms.versions.hideLabel'
                        : 'forms.versions.viewLabel'
                      ) | t: { number: v.number }
                    "
                    aria-controls="version-view"
                    (click)="toggleVersion(v)"
                    [attr.data-testid]="'view-version-' + v.number"
                  >
                    {{
                      (viewing()?.number === v.number
                        ? 'forms.versions.hide'
                        : 'forms.versions.view'
                      ) | t
                    }}
                  </button>
                  @if (v.status === 'PUBLISHED') {
                    <button
                      type="button"
                      class="link"
                      (click)="exportFhir(v)"
                      [attr.aria-label]="'forms.fhir.exportLabel' | t: { number: v.number }"
                      [attr.data-testid]="'export-fhir-' + v.number"
                    >
                      {{ 'forms.fhir.export' | t }}
                    </button>
                  }
                </span>
              </li>
            }
          </ul>
          @if (fhirError(); as key) {
            <p class="alert" role="alert" data-testid="fhir-export-error">{{ key | t }}</p>
          }
          <div id="version-view">
            @if (viewing(); as v) {
              <div class="version-view" data-testid="version-view">
                <h3>
                  {{ 'forms.versions.readOnly' | t: { number: v.number } }}
                </h3>
                <app-definition-view [definition]="v.definition" />
              </div>
            }
          </div>
        </section>
      }
    }
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    .head h1 {
      margin-bottom: 0.25rem;
      overflow-wrap: anywhere;
    }
    .status {
      margin: 0 0 1rem;
      font-weight: 600;
      color: var(--brand-dark);
    }
    .alert p {
      margin: 0;
    }
    .alert ul {
      margin: 0.4rem 0 0;
      padding-left: 1.2rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1rem;
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow: auto;
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
    }
    .section-head h2 {
      overflow-wrap: anywhere;
    }
    .tools {
      display: flex;
      gap: 0.35rem;
      align-items: center;
    }
    .icon {
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid var(--brand-dark);
      border-radius: 0.45rem;
      background: #fff;
      color: var(--brand-dark);
      font-size: 1.1rem;
      cursor: pointer;
    }
    .icon:disabled,
    .link:disabled {
      opacity: 0.4;
      cursor: default;
    }
    .actions-bar {
      position: sticky;
      bottom: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      background: #fff;
      border: 1px solid var(--line);
      border-radius: 0.75rem;
      padding: 0.6rem 0.75rem;
      margin-bottom: 1rem;
      box-shadow: 0 -2px 8px rgba(0, 0, 0, 0.06);
    }
    .unsaved {
      color: var(--important);
    }
    .preview-toggle {
      display: none;
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.ok {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.warn {
      background: var(--important-bg);
      color: var(--important);
    }
    .versions ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .versions li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.6rem;
      align-items: baseline;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--line);
    }
    .version-actions {
      margin-left: auto;
      display: flex;
      gap: 1rem;
    }
    .version-view {
      border-left: 3px solid var(--line);
      padding-left: 0.75rem;
      margin-top: 0.75rem;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (max-width: 56rem) {
      .layout {
        grid-template-columns: 1fr;
      }
      .preview {
        position: static;
        max-height: none;
      }
      .layout:not(.read):not(.show-preview) .preview,
      .layout.show-preview .design {
        display: none;
      }
      .preview-toggle {
        display: inline-flex;
      }
      .actions-bar .btn {
        flex: 1 1 auto;
        justify-content: center;
      }
    }
  `,
})
export class FormEditor {
  private readonly api = inject(FormsApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18n);
  /** The form's id, or 'new' for a form not saved yet. */
  readonly id = input.required<string>();

  protected readonly designer = computed(
    () => !!this.session.user() && this.session.hasRole(FORM_DESIGNER_ROLE),
  );
  protected readonly view = signal<FormView | null>(null);
  protected readonly loadError = signal<FormsError | null>(null);
  protected readonly edit = signal<EditForm | null>(null);
  /** What was last loaded or saved, to tell unsaved changes. */
  private readonly saved = signal('');
  private readonly isNew = computed(() => this.id() === 'new');
  protected readonly ready = computed(
    () =>
      (!!this.session.user() || this.session.failed()) &&
      (this.isNew() ? !!this.edit() : !!this.view()),
  );
  protected readonly command = computed<FormCommand | null>(() => {
    const f = this.edit();
    return f ? toCommand(f) : null;
  });
  protected readonly dirty = computed(() => {
    const c = this.command();
    return !!c && JSON.stringify(c) !== this.saved();
  });
  private readonly latest = computed(() => this.view()?.versions[0] ?? null);
  protected readonly canPublish = computed(
    () => this.isNew() || this.dirty() || this.latest()?.status === 'DRAFT',
  );
  protected readonly saving = signal<'draft' | 'publish' | null>(null);
  protected readonly error = signal<FormsError | null>(null);
  protected readonly summary = signal<SummaryItem[]>([]);
  /** The server's problems by place ("key:field"), until the field is edited. */
  private readonly serverProblems = signal<Record<string, string>>({});
  protected readonly notice = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly showPreview = signal(false);
  protected readonly previewAnswers = signal<Answers>({});
  protected readonly viewing = signal<FormVersion | null>(null);
  protected readonly fhirError = signal<string | null>(null);

  protected readonly heading = computed(() => {
    const title = this.edit()?.title.trim() || this.view()?.form.title;
    return title || this.i18n.t('forms.editor.newTitle');
  });

  protected readonly statusText = computed(() => {
    const latest = this.latest();
    if (!latest) return this.i18n.t('forms.status.new');
    const published = this.view()?.form.publishedVersion;
    if (latest.status === 'DRAFT') {
      return published
        ? this.i18n.t('forms.status.draftOfPublished', {
            number: latest.number,
            published,
          })
        : this.i18n.t('forms.status.draftN', { number: latest.number });
    }
    return this.dirty() && this.designer()
      ? this.i18n.t('forms.status.publishedEdited', {
          number: latest.number,
          next: latest.number + 1,
        })
      : this.i18n.t('forms.status.publishedN', { number: latest.number });
  });

  /** For those who do not design: the latest published version (else the latest). */
  protected readonly readOnlyVersion = computed(() => {
    const versions = this.view()?.versions ?? [];
    return versions.find((v) => v.status === 'PUBLISHED') ?? versions[0] ?? null;
  });

  protected readonly previewDefinition = computed(() => {
    const f = this.edit();
    return f ? toDefinition(f) : null;
  });

  /** For each question's key, the names of the questions before it (what a condition may use). */
  protected readonly namesBefore = computed(() => {
    const before = new Map<string, string[]>();
    const names: string[] = [];
    for (const s of this.edit()?.sections ?? []) {
      for (const q of s.questions) {
        before.set(q.key, [...names]);
        if (q.id.trim()) names.push(q.id.trim());
      }
    }
    return before;
  });

  /** Every question and score name (what a score may use). */
  protected readonly allNames = computed(() => {
    const f = this.edit();
    if (!f) return [];
    return [
      ...f.sections.flatMap((s) => s.questions.map((q) => q.id.trim())),
      ...f.scores.map((s) => s.id.trim()),
    ].filter((n) => n);
  });

  /** Live checks, as the server would word them: names, and expressions that do not read. */
  private readonly hints = computed(() => {
    const f = this.edit();
    const hints: Record<string, string> = {};
    if (!f) return hints;
    const t = (message: string) => translateMessage(this.i18n, message);
    const questions = f.sections.flatMap((s) => s.questions);
    const questionIds = new Set(questions.map((q) => q.id.trim()).filter((n) => n));
    const scoreIds = new Set(f.scores.map((s) => s.id.trim()).filter((n) => n));
    const seen = new Set<string>();
    const before = new Set<string>();
    for (const q of questions) {
      const id = q.id.trim();
      if (id && !ID_PATTERN.test(id)) {
        hints[placeKey(q.key, 'id')] = this.i18n.t('forms.msg.idPattern');
      } else if (id && seen.has(id)) {
        hints[placeKey(q.key, 'id')] = t(`another question is already named ${id}`);
      }
      const condition = conditionProblem(q.condition, before, questionIds, scoreIds);
      if (condition) hints[placeKey(q.key, 'condition')] = t(condition);
      if (id) {
        seen.add(id);
        before.add(id);
      }
    }
    const names = new Set([...questionIds, ...scoreIds]);
    const scoresSeen = new Set<string>();
    for (const s of f.scores) {
      const id = s.id.trim();
      if (id && !ID_PATTERN.test(id)) {
        hints[placeKey(s.key, 'id')] = this.i18n.t('forms.msg.idPattern');
      } else if (id && (questionIds.has(id) || scoresSeen.has(id))) {
        hints[placeKey(s.key, 'id')] = t(`the name ${id} is taken`);
      }
      scoresSeen.add(id);
      const problem = scoreProblem(s.expression, names);
      if (problem) hints[placeKey(s.key, 'expression')] = t(problem);
    }
    return hints;
  });

  /** What each field shows: the server's problem, else the live check's. */
  protected readonly messages = computed(() => ({ ...this.hints(), ...this.serverProblems() }));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.open(id));
    });
  }

  // ------------------------------------------------------------------ loading

  private open(id: string): void {
    if (id !== 'new' && this.view()?.form.id === id) return; // just created here
    this.loadError.set(null);
    this.clearProblems();
    this.notice.set(null);
    this.viewing.set(null);
    this.previewAnswers.set({});
    if (id === 'new') {
      this.view.set(null);
      this.setEdit(blankForm(this.i18n.t('forms.editor.sectionDefault', { number: 1 })));
      this.saved.set(JSON.stringify(this.command()));
      this.afterRender(() => this.focus('form-title'));
      return;
    }
    this.view.set(null);
    this.edit.set(null);
    this.load(id);
  }

  private load(id: string, then?: () => void): void {
    this.api.form(id).subscribe({
      next: (view) => {
        this.useView(view, true);
        then?.();
        this.afterRender(() => this.focus('form-editor-title'));
      },
      error: (e) => this.loadError.set(formsError(e)),
    });
  }

  /** Takes the server's view; `reset`: the working copy starts again from its latest version. */
  private useView(view: FormView, reset: boolean): void {
    this.view.set(view);
    if (reset) {
      const latest = view.versions[0];
      this.setEdit(fromDefinition(view.form.title, view.form.description, latest.definition));
      this.saved.set(JSON.stringify(this.command()));
    }
  }

  private setEdit(form: EditForm): void {
    this.edit.set(form);
  }

  // ------------------------------------------------------------------ saving, publishing

  protected save(then?: (view: FormView) => void): void {
    const form = this.edit();
    if (!form) return;
    this.clearProblems();
    this.notice.set(null);
    const missing = missingFields(form);
    if (missing.length) {
      this.showProblems(
        form,
        missing.map((p) => ({
          field: p.field,
          message: this.i18n.t(p.message === 'id' ? 'forms.msg.idPattern' : 'forms.msg.fill'),
        })),
        { status: 400, messageKey: 'forms.editor.problems', fields: {}, problems: [] },
        false,
      );
      return;
    }
    const command = toCommand(form);
    const current = this.view();
    this.saving.set(then ? 'publish' : 'draft');
    const call = current ? this.api.saveDraft(current, command) : this.api.create(command);
    call.subscribe({
      next: (view) => {
        this.useView(view, false);
        this.saved.set(JSON.stringify(command));
        if (!current) {
          void this.router.navigate(['/forms', view.form.id], { replaceUrl: true });
        }
        if (then) {
          then(view);
        } else {
          this.saving.set(null);
          this.notice.set(
            this.i18n.t('forms.editor.savedNotice', { number: view.versions[0].number }),
          );
        }
      },
      error: (e) => {
        this.saving.set(null);
        this.failed(form, e);
      },
    });
  }

  protected publish(): void {
    const latest = this.latest();
    if (this.isNew() || this.dirty() || !latest || latest.status !== 'DRAFT') {
      this.save((view) => this.publishNow(view));
    } else {
      const view = this.view();
      if (!view) return;
      this.clearProblems();
      this.notice.set(null);
      this.saving.set('publish');
      this.publishNow(view);
    }
  }

  private publishNow(view: FormView): void {
    const form = this.edit();
    this.api.publish(view).subscribe({
      next: (published) => {
        this.saving.set(null);
        this.useView(published, false);
        this.notice.set(
          this.i18n.t('forms.editor.publishedNotice', { number: published.versions[0].number }),
        );
      },
      error: (e) => {
        this.saving.set(null);
        if (form) this.failed(form, e);
      },
    });
  }

  /** A refused save or publication: problems next to their fields, 412 reloads. */
  private failed(form: EditForm, e: unknown): void {
    const problem = formsError(e);
    if (problem.status === 412) {
      this.error.set(problem);
      const id = this.view()?.form.id;
      if (id) this.load(id, () => this.error.set(problem));
      return;
    }
    this.showProblems(
      form,
      problem.problems.map((p) => ({
        field: p.field,
        message: translateMessage(this.i18n, p.message),
      })),
      problem.problems.length && problem.status === 400
        ? { ...problem, messageKey: 'forms.editor.problems' }
        : problem,
      true,
    );
  }

  private showProblems(
    form: EditForm,
    problems: FieldProblem[],
    error: FormsError,
    fromServer: boolean,
  ): void {
    const byPlace: Record<string, string> = {};
    const summary: SummaryItem[] = [];
    for (const p of problems) {
      const place = locate(form, p.field);
      if (place) {
        const key = placeKey(place.key, place.field);
        byPlace[key] = byPlace[key] ? `${byPlace[key]} ; ${p.message}` : p.message;
      }
      summary.push({ where: place ? this.describe(place) : p.field, message: p.message, place });
    }
    this.serverProblems.set(byPlace);
    this.summary.set(summary);
    this.error.set(error);
    if (!fromServer || summary.length) this.afterRender(() => this.focus('editor-problems'));
  }

  private clearProblems(): void {
    this.error.set(null);
    this.summary.set([]);
    this.serverProblems.set({});
  }

  /** "Section 2 › Question 2.1 › Condition". */
  private describe(place: Place): string {
    const parts: string[] = [];
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    if (place.key === 'form') parts.push(t('forms.field.form'));
    if (place.section !== undefined) {
      parts.push(t('forms.editor.sectionN', { number: place.section + 1 }));
    }
    if (place.question !== undefined && place.section !== undefined) {
      const q = this.edit()?.sections[place.section]?.questions[place.question];
      const number = `${place.section + 1}.${place.question + 1}`;
      parts.push(
        t('forms.editor.questionN', { number }) + (q?.label.trim() ? ` « ${q.label.trim()} »` : ''),
      );
    }
    if (place.choice !== undefined)
      parts.push(t('forms.editor.choiceN', { number: place.choice + 1 }));
    if (place.score !== undefined) {
      const s = this.edit()?.scores[place.score];
      parts.push(
        t('forms.editor.scoreN', { number: place.score + 1 }) +
          (s?.label.trim() ? ` « ${s.label.trim()} »` : ''),
      );
    }
    if (place.band !== undefined) parts.push(t('forms.editor.bandN', { number: place.band + 1 }));
    parts.push(FIELD_NAMES.has(place.field) ? t('forms.field.' + place.field) : place.field);
    return parts.join(' › ');
  }

  /** Puts the keyboard on the input a problem is about. */
  protected focusPlace(place: Place): void {
    if (place.key === 'form') {
      this.focus(place.field === 'description' ? 'form-description' : 'form-title');
      return;
    }
    const fallback: Record<string, string> = {
      band: 'min',
      bands: 'expression',
      choices: 'label',
      questions: 'title',
    };
    const field = fallback[place.field];
    for (const id of [
      `${place.key}-${place.field}`,
      `${place.key}-${field ?? place.field}`,
      `${place.key}-label`,
      `${place.key}-title`,
      `${place.key}-code`,
      `${place.key}-min`,
    ]) {
      if (this.focus(id)) return;
    }
  }

  private focus(id: string): boolean {
    const element = this.host.nativeElement.querySelector<HTMLElement>(`[id="${id}"]`);
    if (!element) return false;
    if (this.showPreview() && element.closest('#form-design')) this.showPreview.set(false);
    element.scrollIntoView({ block: 'center' });
    element.focus();
    return true;
  }

  private afterRender(then: () => void): void {
    afterNextRender(then, { injector: this.injector });
  }

  // ------------------------------------------------------------------ editing

  /** Changes the working copy; the server's problems on the changed fields go. */
  protected patch(change: Partial<EditForm>, key: string, ...fields: string[]): void {
    this.edit.update((f) => (f ? { ...f, ...change } : f));
    this.forget(key, fields);
  }

  private forget(key: string, fields: string[]): void {
    const problems = this.serverProblems();
    const keys = fields.map((field) => placeKey(key, field)).filter((k) => k in problems);
    if (!keys.length) return;
    const rest = { ...problems };
    for (const k of keys) delete rest[k];
    this.serverProblems.set(rest);
  }

  private sections(change: (sections: EditSection[]) => EditSection[]): void {
    this.edit.update((f) => (f ? { ...f, sections: change([...f.sections]) } : f));
  }

  protected message(key: string, field: string): string | null {
    return this.messages()[placeKey(key, field)] ?? null;
  }

  protected addSection(): void {
    const count = this.edit()?.sections.length ?? 0;
    const section = newSection(this.i18n.t('forms.editor.sectionDefault', { number: count + 1 }));
    this.sections((list) => [...list, section]);
    this.afterRender(() => this.focus(section.key + '-title'));
  }

  protected updateSection(index: number, change: Partial<EditSection>): void {
    const section = this.edit()?.sections[index];
    if (!section) return;
    this.sections((list) => list.map((s, i) => (i === index ? { ...s, ...change } : s)));
    this.forget(section.key, Object.keys(change));
  }

  protected removeSection(index: number): void {
    this.sections((list) => list.filter((_, i) => i !== index));
    this.announce('forms.editor.sectionRemoved', { number: index + 1 });
    const next = this.edit()?.sections[Math.max(0, index - 1)];
    if (next) this.afterRender(() => this.focus(next.key + '-title'));
  }

  protected moveSection(index: number, delta: number): void {
    const to = index + delta;
    const section = this.edit()?.sections[index];
    if (!section || to < 0 || to >= (this.edit()?.sections.length ?? 0)) return;
    this.sections((list) => {
      [list[index], list[to]] = [list[to], list[index]];
      return list;
    });
    this.announce('forms.editor.sectionMoved', { number: to + 1 });
    this.afterRender(() => this.refocus(section.key, delta));
  }

  protected addQuestion(sectionIndex: number): void {
    const question = newQuestion();
    this.sections((list) =>
      list.map((s, i) =>
        i === sectionIndex ? { ...s, questions: [...s.questions, question] } : s,
      ),
    );
    this.afterRender(() => this.focus(question.key + '-label'));
  }

  protected updateQuestion(si: number, qi: number, change: Partial<EditQuestion>): void {
    const form = this.edit();
    const question = form?.sections[si]?.questions[qi];
    if (!form || !question) return;
    const next = { ...question, ...change };
    if (change.label !== undefined && question.autoId) {
      const taken = new Set(
        form.sections
          .flatMap((s) => s.questions)
          .filter((q) => q.key !== question.key)
          .map((q) => q.id.trim())
          .concat(form.scores.map((s) => s.id.trim())),
      );
      next.id = change.label.trim() ? suggestId(change.label, taken) : '';
    }
    this.sections((list) =>
      list.map((s, i) =>
        i === si ? { ...s, questions: s.questions.map((q, j) => (j === qi ? next : q)) } : s,
      ),
    );
    const fields = Object.keys(change);
    if (next.id !== question.id) fields.push('id');
    this.forget(question.key, fields);
    if (change.choices) {
      for (const c of question.choices) this.forget(c.key, ['code', 'label', 'weight']);
    }
  }

  protected removeQuestion(si: number, qi: number): void {
    this.sections((list) =>
      list.map((s, i) =>
        i === si ? { ...s, questions: s.questions.filter((_, j) => j !== qi) } : s,
      ),
    );
    this.announce('forms.editor.questionRemoved', { number: `${si + 1}.${qi + 1}` });
    const section = this.edit()?.sections[si];
    const focusKey = section?.questions[Math.min(qi, section.questions.length - 1)]?.key;
    this.afterRender(() =>
      focusKey ? this.focus(focusKey + '-label') : section && this.focus(section.key + '-title'),
    );
  }

  /** Moves a question up or down, into the next or previous section at its ends. */
  protected moveQuestion(si: number, qi: number, delta: number): void {
    const form = this.edit();
    const question = form?.sections[si]?.questions[qi];
    if (!form || !question) return;
    let toSection = si;
    let toIndex = qi + delta;
    if (toIndex < 0) {
      if (si === 0) return;
      toSection = si - 1;
      toIndex = form.sections[toSection].questions.length;
    } else if (toIndex >= form.sections[si].questions.length) {
      if (si === form.sections.length - 1) return;
      toSection = si + 1;
      toIndex = 0;
    }
    this.sections((list) => {
      const out = list.map((s) => ({ ...s, questions: [...s.questions] }));
      out[si].questions.splice(qi, 1);
      if (toSection === si) out[si].questions.splice(toIndex, 0, question);
      else out[toSection].questions.splice(toIndex, 0, question);
      return out;
    });
    const number = `${toSection + 1}.${(this.edit()?.sections[toSection].questions.indexOf(question) ?? 0) + 1}`;
    this.announce('forms.editor.questionMoved', { number });
    this.afterRender(() => this.refocus(question.key, delta));
  }

  /** After a move, the same arrow keeps the focus (or the other one at an end). */
  private refocus(key: string, delta: number): void {
    const same = `${key}-${delta < 0 ? 'up' : 'down'}`;
    const other = `${key}-${delta < 0 ? 'down' : 'up'}`;
    const element = this.host.nativeElement.querySelector<HTMLButtonElement>(`[id="${same}"]`);
    if (element && !element.disabled) element.focus();
    else this.focus(other);
  }

  protected addScore(): void {
    const score = newScore();
    this.edit.update((f) => (f ? { ...f, scores: [...f.scores, score] } : f));
    this.afterRender(() => this.focus(score.key + '-id'));
  }

  protected updateScore(index: number, change: Partial<EditScore>): void {
    const score = this.edit()?.scores[index];
    if (!score) return;
    this.edit.update((f) =>
      f ? { ...f, scores: f.scores.map((s, i) => (i === index ? { ...s, ...change } : s)) } : f,
    );
    this.forget(score.key, Object.keys(change));
    if (change.bands) for (const b of score.bands) this.forget(b.key, ['band', 'label']);
  }

  protected removeScore(index: number): void {
    this.edit.update((f) => (f ? { ...f, scores: f.scores.filter((_, i) => i !== index) } : f));
    this.announce('forms.editor.scoreRemoved', { number: index + 1 });
    this.afterRender(() => this.focus('scores-title'));
  }

  private announce(key: string, params: Record<string, string | number>): void {
    this.announcement.set(this.i18n.t(key, params));
  }

  protected togglePreview(): void {
    this.showPreview.update((shown) => !shown);
    this.afterRender(() => this.focus(this.showPreview() ? 'preview-title' : 'form-general-title'));
  }

  // ------------------------------------------------------------------ versions

  protected toggleVersion(v: FormVersion): void {
    this.viewing.update((current) => (current?.number === v.number ? null : v));
  }

  protected exportFhir(v: FormVersion): void {
    this.fhirError.set(null);
    const title = this.view()?.form.title ?? 'formulaire';
    this.api.questionnaire(v.formId, v.number).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `${suggestId(title, new Set())}-v${v.number}.questionnaire.json`;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      error: (e) => {
        const problem = formsError(e);
        this.fhirError.set(notOffered(problem) ? 'forms.fhir.unavailable' : problem.messageKey);
      },
    });
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.designer() && this.dirty()) event.preventDefault();
  }
}
