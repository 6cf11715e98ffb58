import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Structure } from '../core/models';
import { Session } from '../core/session';
import { TranslatePipe } from '../i18n/i18n';
import { DirectoryPicker } from './directory-picker';
import { MyStructure } from './my-structure';
import { ProfessionalCard } from './professional-card';
import { StructureEntry } from './structure-entry';

type Tab = 'professionals' | 'structures' | 'mine';

/** The realm role of the people who keep their structure's entries up to date. */
export const STRUCTURE_ADMIN_ROLE = 'structure_admin';

/**
 * L'annuaire: who works where and how to reach them (professionals, structures and their
 * services); a structure admin also keeps his or her own structure's entries up to date.
 */
@Component({
  selector: 'app-directory-page',
  imports: [TranslatePipe, DirectoryPicker, ProfessionalCard, StructureEntry, MyStructure],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'directory.title' | t }}</h1>
    <p class="muted intro">{{ 'directory.intro' | t }}</p>
    <div
      class="tabs"
      role="tablist"
      [attr.aria-label]="'directory.tabs' | t"
      (keydown)="onTabKey($event)"
    >
      @for (id of tabs(); track id) {
        <button
          type="button"
          role="tab"
          class="tab"
          [id]="'directory-tab-' + id"
          [attr.aria-selected]="tab() === id"
          [attr.aria-controls]="'directory-panel-' + id"
          [tabIndex]="tab() === id ? 0 : -1"
          (click)="select(id)"
          [attr.data-testid]="'directory-tab-' + id"
        >
          {{ 'directory.tab.' + id | t }}
        </button>
      }
    </div>

    <div
      role="tabpanel"
      id="directory-panel-professionals"
      aria-labelledby="directory-tab-professionals"
      [hidden]="tab() !== 'professionals'"
    >
      <h2 class="visually-hidden">{{ 'directory.professionals.searchTitle' | t }}</h2>
      <app-directory-picker
        kind="professional"
        mode="browse"
        inputId="pro-q"
        [label]="'directory.professionals.q' | t"
        testId="directory-q"
        [entry]="professionalCard"
        [structure]="structureFilter()"
        (clearStructure)="structureFilter.set(null)"
      />
      <ng-template #professionalCard let-pro>
        <app-directory-professional-card [professional]="pro" />
      </ng-template>
    </div>
    <div
      role="tabpanel"
      id="directory-panel-structures"
      aria-labelledby="directory-tab-structures"
      [hidden]="tab() !== 'structures'"
    >
      <h2 class="visually-hidden">{{ 'directory.structures.searchTitle' | t }}</h2>
      <app-directory-picker
        kind="structure"
        mode="browse"
        inputId="structure-q"
        [label]="'directory.structures.q' | t"
        testId="structure-q"
        [entry]="structureEntry"
      />
      <ng-template #structureEntry let-s>
        <app-directory-structure-entry
          [structure]="s"
          (showProfessionals)="showProfessionalsOf($event)"
        />
      </ng-template>
    </div>
    @if (myStructure(); as s) {
      <div
        role="tabpanel"
        id="directory-panel-mine"
        aria-labelledby="directory-tab-mine"
        [hidden]="tab() !== 'mine'"
      >
        @if (mineOpened()) {
          <app-directory-my-structure [structure]="s" />
        }
      </div>
    }
  `,
  styles: `
    .intro {
      margin-top: -0.5rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .tabs {
      display: flex;
      gap: 0.25rem;
      border-bottom: 2px solid var(--line);
      margin-bottom: 1rem;
      overflow-x: auto;
    }
    .tab {
      flex: 0 0 auto;
      font: inherit;
      font-weight: 600;
      color: var(--muted);
      background: none;
      border: 0;
      border-bottom: 3px solid transparent;
      margin-bottom: -2px;
      padding: 0.6rem 0.85rem;
      min-height: 2.75rem;
      cursor: pointer;
    }
    .tab:hover {
      color: var(--brand-dark);
    }
    .tab[aria-selected='true'] {
      color: var(--brand-dark);
      border-bottom-color: var(--brand-dark);
    }
    @media (max-width: 30rem) {
      .tabs {
        gap: 0;
      }
      .tab {
        flex: 1 1 auto;
        padding: 0.55rem 0.4rem;
        font-size: 0.9rem;
      }
    }
  `,
})
export class DirectoryPage {
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The structure the user administers, if he or she is a structure admin. */
  protected readonly myStructure = computed<Structure | null>(() => {
    const user = this.session.user();
    return user?.roles.includes(STRUCTURE_ADMIN_ROLE) ? user.professional.structure : null;
  });
  protected readonly tabs = computed<Tab[]>(() =>
    this.myStructure() ? ['professionals', 'structures', 'mine'] : ['professionals', 'structures'],
  );
  private readonly chosenTab = signal<Tab>('professionals');
  /** The chosen tab, or the first one when the chosen one is not offered (any more). */
  protected readonly tab = computed<Tab>(() =>
    this.tabs().includes(this.chosenTab()) ? this.chosenTab() : 'professionals',
  );
  /** Only the professionals of this structure, when chosen from the structures tab. */
  protected readonly structureFilter = signal<Structure | null>(null);

  /** "Ma structure" loads its data the first time it is opened, not with the page. */
  protected readonly mineOpened = signal(false);

  protected select(tab: Tab): void {
    this.chosenTab.set(tab);
    if (tab === 'mine') this.mineOpened.set(true);
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
  protected onTabKey(event: KeyboardEvent): void {
    const tabs = this.tabs();
    const focused = (event.target as HTMLElement).id.replace('directory-tab-', '') as Tab;
    const index = Math.max(0, tabs.indexOf(focused));
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (index + 1) % tabs.length;
        break;
      case 'ArrowLeft':
        next = (index - 1 + tabs.length) % tabs.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.select(tabs[next]);
    this.focusTab(tabs[next]);
  }

  protected showProfessionalsOf(structure: Structure): void {
    this.structureFilter.set(structure);
    this.select('professionals');
    this.focusTab('professionals');
  }

  private focusTab(tab: Tab): void {
    this.host.nativeElement.querySelector<HTMLElement>(`#directory-tab-${tab}`)?.focus();
  }
}
