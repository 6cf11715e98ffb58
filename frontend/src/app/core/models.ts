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

export type CaseStatus =
  'REQUEST_ANALYSIS' | 'REORIENTED_T1' | 'INCLUDED' | 'REORIENTED_T2' | 'DISCHARGED' | 'DECEASED';
export const CASE_STATUSES: CaseStatus[] = [
  'REQUEST_ANALYSIS',
  'REORIENTED_T1',
  'INCLUDED',
  'REORIENTED_T2',
  'DISCHARGED',
  'DECEASED',
];
/** The statuses that close a file: its logbook is read only, its agenda to come cancelled. */
export const CLOSING_STATUSES: CaseStatus[] = [
  'REORIENTED_T1',
  'REORIENTED_T2',
  'DISCHARGED',
  'DECEASED',
];
export type ReferralOrigin =
  | 'GP'
  | 'HOSPITAL'
  | 'HOME_CARE_SERVICE'
  | 'NURSE'
  | 'SOCIAL_SERVICES'
  | 'FAMILY'
  | 'SELF'
  | 'OTHER';
export const REFERRAL_ORIGINS: ReferralOrigin[] = [
  'GP',
  'HOSPITAL',
  'HOME_CARE_SERVICE',
  'NURSE',
  'SOCIAL_SERVICES',
  'FAMILY',
  'SELF',
  'OTHER',
];
export type InsStatus = 'PROVISIONAL' | 'QUALIFIED';
export type ConsentRelationship = 'PATIENT' | 'LEGAL_REPRESENTATIVE' | 'FAMILY_MEMBER';
export type ConsentScope = 'WHOLE_TEAM' | 'HEALTH_PROFESSIONALS';
export type ContactKind =
  'FAMILY_CAREGIVER' | 'LEGAL_REPRESENTATIVE' | 'EMERGENCY_CONTACT' | 'OTHER';
export const CONTACT_KINDS: ContactKind[] = [
  'FAMILY_CAREGIVER',
  'LEGAL_REPRESENTATIVE',
  'EMERGENCY_CONTACT',
  'OTHER',
];

export interface Consent {
  givenBy: string;
  relationship: ConsentRelationship;
  givenOn: string;
  scope: ConsentScope;
  withdrawnOn?: string;
  withdrawalReason?: string;
}

export interface CoordinationFile extends PatientIdentity {
  id: string;
  structureId: string;
  insStatus?: InsStatus;
  phone?: string;
  status: CaseStatus;
  statusSince: string;
  allowedTransitions: CaseStatus[];
  referralOrigin?: ReferralOrigin;
  referralDetail?: string;
  catchmentArea?: string;
  caseManager?: Professional;
  gp?: Professional;
  consent?: Consent;
  openedAt: string;
  version: number;
  myRole?: CareTeamRole;
  emergency?: boolean;
}

export interface NewCoordinationFile extends PatientIdentity {
  insStatus?: InsStatus | null;
  phone?: string | null;
  referralOrigin?: ReferralOrigin | null;
  referralDetail?: string | null;
  catchmentArea?: string | null;
}

export interface CaseStatusChange {
  id: string;
  from?: CaseStatus;
  to: CaseStatus;
  effectiveOn: string;
  recordedAt: string;
  recordedByName: string;
  reason: string;
  exitReason?: ExitReason;
  /** An inclusion without a recorded consent: why it could not be collected. */
  consentNotCollected?: string;
}

/** Why a file was discharged (ExitReason on the server): the activity reports count them. */
export const EXIT_REASONS = [
  'NURSING_HOME',
  'GOALS_MET',
  'STABLE_WITH_SUPPORT',
  'REFUSAL',
  'MOVED_AWAY',
  'LONG_HOSPITAL_STAY',
  'OTHER',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export interface FileContact {
  id: string;
  kind: ContactKind;
  name: string;
  relationship?: string;
  phone?: string;
  email?: string;
}

export interface FileSearch {
  q?: string;
  status?: CaseStatus | '';
  area?: string;
}

export interface Invitation {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  profession: string;
  role: CareTeamRole;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED';
  invitedAt: string;
  expiresAt: string;
}

export interface CarePlanDelegation {
  structure: Structure;
  delegatedBy: Professional;
  delegatedAt: string;
}

export interface AuditRecord {
  id: number;
  occurredAt: string;
  actorId: string;
  actorUsername: string;
  action: 'READ' | 'CREATE' | 'UPDATE' | 'EXPORT';
  resource: string;
  detail?: string;
  emergency: boolean;
}

/** Someone of an access log, as the directory knows him (docs/api/access-log.md). */
export interface AccessLogPerson {
  id: string;
  username: string;
  name: string;
  profession?: string;
  structure?: string;
}

/** One person's accesses to one part of the file within one hour (Paris time). */
export interface AccessLogGroup {
  hour: string;
  person: AccessLogPerson;
  action: AuditRecord['action'];
  resource: string;
  count: number;
  first: string;
  last: string;
  emergency: boolean;
}

export interface AccessLogFacets {
  people: AccessLogPerson[];
  resources: string[];
}

export interface EmergencyAccess {
  id: string;
  fileId: string;
  professional: Professional;
  reason: string;
  grantedAt: string;
  expiresAt: string;
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
  rpps?: string;
  email?: string;
  phone?: string;
  structure: Structure;
  hasLogin?: boolean;
  version?: number;
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
  endedAt?: string;
  endReason?: string;
  active: boolean;
  version: number;
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
  corrects?: string;
  correctedBy?: string;
  readBy: { name: string; readAt: string }[];
  readByMe: boolean;
  /** Photos and PDF joined to the entry (absent from answers of servers older than them). */
  attachments?: LogbookAttachment[];
}

/** A photo or PDF joined to a logbook entry; its bytes are read separately. */
export interface LogbookAttachment {
  id: string;
  name: string;
  /** The type the server found in the content (image/jpeg, image/png, …, application/pdf). */
  mediaType: string;
  /** In bytes. */
  size: number;
}

/** A file that may be about the same person: named only when the reader may open it. */
export interface PossibleDuplicate {
  fileId?: string;
  patientName?: string;
  structureId: string;
  structureName?: string;
  matchedBy: 'INS' | 'IDENTITY';
}
