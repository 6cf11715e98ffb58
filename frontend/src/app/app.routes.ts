import { Routes } from '@angular/router';
import { withMessages } from './i18n/i18n';

/** Every feature is a lazy chunk, fetched with its texts (i18n/catalogue.ts). */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'patients' },
  {
    path: 'patients',
    pathMatch: 'full',
    loadComponent: withMessages(['patients', 'careplan', 'agenda'], () =>
      import('./patients/patient-list').then((m) => m.PatientList),
    ),
  },
  {
    path: 'patients',
    loadChildren: () => import('./patients/patients.routes').then((m) => m.PATIENT_ROUTES),
  },
  {
    path: 'directory',
    loadComponent: withMessages(['directory'], () =>
      import('./directory/directory-page').then((m) => m.DirectoryPage),
    ),
  },
  {
    path: 'forms',
    loadChildren: () => import('./forms/forms.routes').then((m) => m.FORMS_ROUTES),
  },
  {
    path: 'logbook-categories',
    loadComponent: withMessages(['logbook'], () =>
      import('./logbook/logbook-categories-page').then((m) => m.LogbookCategoriesPage),
    ),
  },
  {
    path: 'orientation-requests',
    loadComponent: withMessages(['orientation', 'patients'], () =>
      import('./orientation/incoming-requests').then((m) => m.IncomingRequests),
    ),
  },
  {
    path: 'signals',
    loadChildren: () => import('./orientation/signals.routes').then((m) => m.SIGNAL_ROUTES),
  },
  {
    path: 'invitations/:token',
    loadComponent: withMessages(['invitations'], () =>
      import('./invitations/invitation-page').then((m) => m.InvitationPage),
    ),
  },
  {
    path: 'notifications',
    loadComponent: withMessages(['notifications', 'agenda'], () =>
      import('./notifications/notifications-page').then((m) => m.NotificationsPage),
    ),
  },
  {
    path: 'messages',
    // A message copied into the logbook is given the logbook's words (category, important).
    loadChildren: withMessages(['messaging', 'logbook'], () =>
      import('./messaging/messaging.routes').then((m) => m.MESSAGING_ROUTES),
    ),
  },
  {
    path: 'agenda',
    loadChildren: withMessages(['agenda'], () =>
      import('./agenda/agenda.routes').then((m) => m.AGENDA_ROUTES),
    ),
  },
  {
    path: 'dashboards',
    // The drill-down names files with their case status (the patients' texts).
    loadChildren: withMessages(['dashboard', 'patients'], () =>
      import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
    ),
  },
  { path: '**', redirectTo: 'patients' },
];
