/** Wire formats of the API (records of the EJB module, as JSON). */
export type Sex = 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
export type CareTeamRole =
  | 'CASE_MANAGER'
  | 'GP'
  | 'NURSE'
  | 'PHARMACIST'
  | 'PHYSIOTHERAPIST'
  | 'HOME_AIDE'
  | 'SOCIAL_WORKER'
  | 'FAMILY_CAREGIVER'
  | 'OTHER';
export type LogbookCategory =
  'CARE' | 'HYGIENE' | 'MEALS' | 'MOOD' | 'FALL' | 'MEDICATION' | 'SOCIAL' | 'OTHER';

export const SEXES: Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
export const CARE_TEAM_ROLES: CareTeamRole[] = [
  'GP',
  'NURSE',
  'HOME_AIDE',
  'PHARMACIST',
  'PHYSIOTHERAPIST',
  'SOCIAL_WORKER',
  'CASE_MANAGER',
  'FAMILY_CAREGIVER',
  'OTHER',
];
export const LOGBOOK_CATEGORIES: LogbookCategory[] = [
  'CARE',
  'HYGIENE',
  'MEALS',
  'MOOD',
  'FALL',
  'MEDICATION',
  'SOCIAL',
  'OTHER',
];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface Address {
  line: string;
  postalCode: string;
  city: string;
}

export interface PatientIdentity {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
  address: Address;
  ins?: string | null;
}

export interface CoordinationFile extends PatientIdentity {
  id: string;
  structureId: string;
  openedAt: string;
  version: number;
  myRole?: CareTeamRole;
}

export interface Structure {
  id: string;
  name: string;
  type: string;
  commune: string;
}

export interface Professional {
  id: string;
  firstName: string;
  lastName: string;
  profession: string;
  structure: Structure;
}

export interface CurrentUser {
  username: string;
  professional: Professional;
  roles: string[];
}

export interface CareTeamMember {
  id: string;
  professional: Professional;
  role: CareTeamRole;
  since: string;
  until?: string;
}

export interface LogbookEntry {
  id: string;
  category: LogbookCategory;
  text: string;
  important: boolean;
  writtenAt: string;
  authorId: string;
  authorName: string;
  authorRole: CareTeamRole;
}
