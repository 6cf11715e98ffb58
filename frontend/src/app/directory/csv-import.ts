import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { DirectoryApi, importLineErrors } from './directory-api';
import { CSV_HEADER, ImportLineError } from './directory-models';

/** Larger than any sensible staff list (the server takes 2000 lines at most). */
const MAX_BYTES = 1024 * 1024;

/**
 * The text of a file as a spreadsheet saved it: UTF-8, or else Windows-1252 (what Excel writes
 * in "CSV (séparateur : point-virgule)"), so that "infirmière" arrives intact.
 */
export async function readCsvText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A structure admin imports the professionals of the structure from a CSV file: all or none. */
@Component({
  selector: 'app-directory-csv-import',
  imports: [TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div id="csv-help">
      <p class="intro">{{ 'directory.import.help' | t }}</p>
      <code class="sample" data-testid="csv-header">
        @for (column of columns; track column) {
          <span>{{ column }}{{ $last ? '' : ';' }}</span
          ><wbr />
        }
      </code>
      <ul class="muted small">
        <li>{{ 'directory.import.separatorHelp' | t }}</li>
        <li>{{ 'directory.import.professionHelp' | t }}</li>
        <li>{{ 'directory.import.allOrNothing' | t }}</li>
      </ul>
    </div>
    <form (submit)="$event.preventDefault(); upload()" novalidate>
      <app-field [label]="'directory.import.file' | t" controlId="csv-file" describedBy="csv-help">
        <input
          appFieldControl
          #fileInput
          type="file"
          accept=".csv,text/csv"
          (change)="choose(fileInput.files)"
          [disabled]="uploading()"
          data-testid="csv-file"
        />
      </app-field>
      <button
        class="btn"
        type="submit"
        [disabled]="uploading() || !file()"
        data-testid="csv-upload"
      >
        {{ (uploading() ? 'directory.import.uploading' : 'directory.import.submit') | t }}
      </button>
    </form>

    <div aria-live="polite" class="outcome">
      @if (imported() !== null) {
        <div class="alert ok" data-testid="import-ok">
          {{ 'directory.import.done' | t: { count: imported() ?? 0 } }}
        </div>
      }
    </div>
    @if (problem(); as key) {
      <div class="alert" role="alert" data-testid="import-error">{{ key | t }}</div>
    }
    @if (error(); as e) {
      <div class="alert" role="alert" data-testid="import-error">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
      </div>
    }
    @if (lineErrors(); as errors) {
      <div class="alert" role="alert" data-testid="import-refused">
        {{ 'directory.import.refused' | t: { count: errors.length } }}
      </div>
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="'directory.import.reportTitle' | t"
      >
        <table data-testid="import-report">
          <caption>
            {{
              'directory.import.reportTitle' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'directory.import.line' | t }}</th>
              <th scope="col">{{ 'directory.import.field' | t }}</th>
              <th scope="col">{{ 'directory.import.message' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of errors; track $index) {
              <tr>
                <td>{{ e.line }}</td>
                <td>{{ e.field }}</td>
                <td>{{ e.message }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .intro {
      margin: 0 0 0.35rem;
    }
    .sample {
      display: block;
      background: var(--bg);
      border: 1px solid var(--line);
      border-radius: 0.45rem;
      padding: 0.5rem 0.65rem;
      margin: 0 0 0.25rem;
      white-space: pre-wrap;
      font-size: 0.9rem;
    }
    .small {
      font-size: 0.9rem;
      margin: 0 0 0.75rem;
      padding-left: 1.25rem;
    }
    input[type='file'] {
      padding: 0.4rem;
    }
    .outcome {
      margin-top: 0.75rem;
    }
    .table-scroll {
      overflow-x: auto;
      margin-bottom: 0.5rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.95rem;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.35rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--line);
    }
    td:first-child,
    th:first-child {
      white-space: nowrap;
    }
  `,
})
export class CsvImport {
  private readonly api = inject(DirectoryApi);
  readonly structureId = input.required<string>();
  /** How many professionals a successful import added. */
  readonly done = output<number>();
  protected readonly columns = CSV_HEADER.split(';');
  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly imported = signal<number | null>(null);
  protected readonly lineErrors = signal<ImportLineError[] | null>(null);
  protected readonly error = signal<CallError | null>(null);
  /** A message key when the file cannot be sent at all (empty, too large, unreadable). */
  protected readonly problem = signal<string | null>(null);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');

  protected choose(files: FileList | null): void {
    this.file.set(files?.item(0) ?? null);
    this.clearOutcome();
  }

  private clearOutcome(): void {
    this.imported.set(null);
    this.lineErrors.set(null);
    this.error.set(null);
    this.problem.set(null);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file || this.uploading()) return;
    this.clearOutcome();
    if (file.size > MAX_BYTES) {
      this.problem.set('directory.import.tooBig');
      return;
    }
    this.uploading.set(true);
    let text: string;
    try {
      text = await readCsvText(file);
    } catch {
      this.uploading.set(false);
      this.problem.set('directory.import.unreadable');
      return;
    }
    if (!text.trim()) {
      this.uploading.set(false);
      this.problem.set('directory.import.empty');
      return;
    }
    this.api.importProfessionals(this.structureId(), text).subscribe({
      next: (report) => {
        this.uploading.set(false);
        this.imported.set(report.imported);
        this.file.set(null);
        this.fileInput().nativeElement.value = '';
        this.done.emit(report.imported);
      },
      error: (e) => {
        this.uploading.set(false);
        const lines = importLineErrors(e);
        if (lines) this.lineErrors.set(lines);
        else this.error.set(callError(e));
      },
    });
  }
}
