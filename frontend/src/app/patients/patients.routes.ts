import { Routes } from '@angular/router';
import { withMessages } from '../i18n/i18n';

/**
 * The pages under /patients (the list itself is the app's home, routed in app.routes.ts). They are
 * a lazy table of their own so that the shell's first chunk stays small (angular.json's initial
 * budget).
 */
export const PATIENT_ROUTES: Routes = [
  {
    path: 'new',
    loadComponent: withMessages(['patients'], () =>
      import('./patient-new').then((m) => m.PatientNew),
    ),
  },
  {
    path: 'emergency-access',
    loadComponent: withMessages(['patients'], () =>
      import('./break-glass').then((m) => m.BreakGlass),
    ),
  },
  {
    path: ':id',
    loadComponent: withMessages(
      [
        'patients',
        'careteam',
        'logbook',
        'attachments',
        'careplan',
        'forms',
        'orientation',
        'directory',
        'messaging',
        'agenda',
      ],
      () => import('./patient-file').then((m) => m.PatientFile),
    ),
  },
  {
    path: ':id/access-log',
    loadComponent: withMessages(['patients', 'messaging', 'agenda'], () =>
      import('./access-log').then((m) => m.AccessLog),
    ),
  },
  {
    path: ':id/care-plan',
    loadComponent: withMessages(['careplan'], () =>
      import('../careplan/care-plan-page').then((m) => m.CarePlanPage),
    ),
  },
];
