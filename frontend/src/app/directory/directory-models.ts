import { Page, Professional, Structure } from '../core/models';

/** Wire formats of the directory API (/api/directory). */
export const PROFESSIONS = [
  'CASE_MANAGER',
  'COORDINATOR',
  'GP',
  'PHYSICIAN',
  'NURSE',
  'PHARMACIST',
  'PHYSIOTHERAPIST',
  'HOME_AIDE',
  'CARE_ASSISTANT',
  'SOCIAL_WORKER',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const STRUCTURE_TYPES = [
  'DAC',
  'HOSPITAL',
  'NURSING_HOME',
  'HOME_CARE_SERVICE',
  'HOME_NURSING_SERVICE',
  'HEALTH_PRACTICE',
  'PHARMACY',
  'CPTS',
  'SOCIAL_SERVICE',
  'REGIONAL_AGENCY',
] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

/** A professional as the directory shows it, with contact details and the edit version. */
export interface DirectoryProfessional extends Omit<
  Professional,
  'rpps' | 'email' | 'phone' | 'hasLogin' | 'version'
> {
  rpps?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Whether a Keycloak login is linked to this entry (the login itself is never sent). */
  hasLogin: boolean;
  version: number;
}

/** What a structure admin writes about a professional (create and update). */
export interface ProfessionalDetails {
  firstName: string;
  lastName: string;
  profession: Profession;
  rpps: string | null;
  email: string | null;
  phone: string | null;
  username: string | null;
}

/** Search criteria of the professionals; empty strings mean "any". */
export interface ProfessionalCriteria {
  q: string;
  profession: string;
  commune: string;
  structureId: string;
}

export interface HealthcareService {
  id: string;
  name: string;
  phone?: string | null;
}

export interface StructureDetail extends Structure {
  postalCode?: string | null;
  phone?: string | null;
  email?: string | null;
  services: HealthcareService[];
}

/** A wrong value on one line of an imported CSV file (line 1 is the header). */
export interface ImportLineError {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  lines: number;
  imported: number;
  errors: ImportLineError[];
}

export type ProfessionalPage = Page<DirectoryProfessional>;
export type StructurePage = Page<Structure>;

/** The header line a CSV import expects (any order; the first three columns are required). */
export const CSV_HEADER = 'lastName;firstName;profession;rpps;email;phone;username';
