import { Routes } from '@angular/router';
import { withMessages } from './i18n/i18n';

/** Every feature is a lazy chunk, fetched with its texts (i18n/catalogue.ts). */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'patients' },
  {
    path: 'patients',
    loadComponent: withMessages(['patients', 'careplan', 'agenda'], () =>
      import('./patients/patient-list').then((m) => m.PatientList),
    ),
  },
  {
    path: 'patients/new',
    loadComponent: withMessages(['patients'], () =>
      import('./patients/patient-new').then((m) => m.PatientNew),
    ),
  },
  {
    path: 'patients/emergency-access',
    loadComponent: withMessages(['patients'], () =>
      import('./patients/break-glass').then((m) => m.BreakGlass),
    ),
  },
  {
    path: 'patients/:id',
    loadComponent: withMessages(
      [
        'patients',
        'careteam',
        'logbook',
        'careplan',
        'forms',
        'orientation',
        'directory',
        'messaging',
        'agenda',
      ],
      () => import('./patients/patient-file').then((m) => m.PatientFile),
    ),
  },
  {
    path: 'patients/:id/access-log',
    loadComponent: withMessages(['patients', 'messaging', 'agenda'], () =>
      import('./patients/access-log').then((m) => m.AccessLog),
    ),
  },
  {
    path: 'directory',
    loadComponent: withMessages(['directory'], () =>
      import('./directory/directory-page').then((m) => m.DirectoryPage),
    ),
  },
  {
    path: 'forms',
    loadComponent: withMessages(['forms'], () =>
      import('./forms/forms-page').then((m) => m.FormsPage),
    ),
  },
  {
    path: 'forms/:id',
    loadComponent: withMessages(['forms'], () =>
      import('./forms/form-editor').then((m) => m.FormEditor),
    ),
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
    loadComponent: withMessages(['orientation', 'patients'], () =>
      import('./orientation/signals-page').then((m) => m.SignalsPage),
    ),
  },
  {
    path: 'signals/new',
    loadComponent: withMessages(['orientation', 'patients', 'forms'], () =>
      import('./orientation/signal-new').then((m) => m.SignalNew),
    ),
  },
  {
    path: 'invitations/:token',
    loadComponent: withMessages(['invitations'], () =>
      import('./invitations/invitation-page').then((m) => m.InvitationPage),
    ),
  },
  {
    path: 'patients/:id/care-plan',
    loadComponent: withMessages(['careplan'], () =>
      import('./careplan/care-plan-page').then((m) => m.CarePlanPage),
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
    // Messages reuse the logbook's attachment texts and problems (photos, PDF).
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
