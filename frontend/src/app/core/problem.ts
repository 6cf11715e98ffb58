import { HttpErrorResponse } from '@angular/common/http';

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** What went wrong with a call, in a form the UI can show. */
export interface CallError {
  status: number;
  messageKey: string;
  detail?: string;
  fields: Record<string, string>;
}

export function callError(error: unknown): CallError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, messageKey: 'error.generic', fields: {} };
  }
  const problem = (typeof error.error === 'object' ? error.error : null) as Problem | null;
  const fields: Record<string, string> = {};
  for (const e of problem?.errors ?? []) fields[e.field] = e.message;
  const messageKey =
    error.status === 0
      ? 'error.network'
      : error.status === 400
        ? 'error.fix'
        : error.status === 401
          ? 'error.session'
          : error.status === 403
            ? 'error.forbidden'
            : error.status === 409
              ? 'error.conflict'
              : 'error.generic';
  return { status: error.status, messageKey, detail: problem?.detail, fields };
}
