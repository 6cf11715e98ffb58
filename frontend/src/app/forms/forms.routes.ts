import { Routes } from '@angular/router';
import { withMessages } from '../i18n/i18n';

/** /forms: the structure's templates, and one template's editor. */
export const FORMS_ROUTES: Routes = [
  {
    path: '',
    loadComponent: withMessages(['forms'], () => import('./forms-page').then((m) => m.FormsPage)),
  },
  {
    path: ':id',
    loadComponent: withMessages(['forms'], () => import('./form-editor').then((m) => m.FormEditor)),
  },
];
