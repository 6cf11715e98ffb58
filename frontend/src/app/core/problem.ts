import { HttpErrorResponse } from '@angular/common/http';
import { hasMessage } from '../i18n/catalogue';

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

/** What went wrong with a call, in a form the UI can show. */
export interface CallError {
  status: number;
  messageKey: string;
  detail?: string;
  fields: Record<string, string>;
}

/** What to tell the user when the problem has no code of its own. */
const BY_STATUS: Record<number, string> = {
  0: 'error.network',
  400: 'error.fix',
  401: 'error.session',
  403: 'error.forbidden',
  409: 'error.conflict',
};

export function callError(error: unknown): CallError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, messageKey: 'error.generic', fields: {} };
  }
  const problem = (typeof error.error === 'object' ? error.error : null) as Problem | null;
  const fields: Record<string, string> = {};
  for (const e of problem?.errors ?? []) fields[e.field] = e.message;
  const codeKey = problem?.code ? `problem.${problem.code}` : '';
  const messageKey = hasMessage(codeKey) ? codeKey : (BY_STATUS[error.status] ?? 'error.generic');
  return { status: error.status, messageKey, detail: problem?.detail, fields };
}
