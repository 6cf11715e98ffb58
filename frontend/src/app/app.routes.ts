import { Routes } from '@angular/router';
import { withMessages } from './i18n/i18n';

/** Every feature is a lazy chunk; its guard awaits its texts (i18n/catalogue.ts) before it renders. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'patients' },
  {
    path: 'patients',
    canActivate: [withMessages('patients', 'careplan')],
    loadComponent: () => import('./patients/patient-list').then((m) => m.PatientList),
  },
  {
    path: 'patients/new',
    canActivate: [withMessages('patients')],
    loadComponent: () => import('./patients/patient-new').then((m) => m.PatientNew),
  },
  {
    path: 'patients/emergency-access',
    canActivate: [withMessages('patients')],
    loadComponent: () => import('./patients/break-glass').then((m) => m.BreakGlass),
  },
  {
    path: 'patients/:id',
    canActivate: [
      withMessages(
        'patients',
        'careteam',
        'logbook',
        'logbookAttachments',
        'logbookOffline',
        'careplan',
        'forms',
        'orientation',
        'directory',
        'messaging',
        'messagingAttachments',
        'agenda',
      ),
    ],
    loadComponent: () => import('./patients/patient-file').then((m) => m.PatientFile),
  },
  {
    path: 'patients/:id/access-log',
    canActivate: [withMessages('patients', 'messaging', 'agenda')],
    loadComponent: () => import('./patients/access-log').then((m) => m.AccessLog),
  },
  {
    path: 'directory',
    canActivate: [withMessages('directory')],
    loadComponent: () => import('./directory/directory-page').then((m) => m.DirectoryPage),
  },
  {
    path: 'forms',
    canActivate: [withMessages('forms')],
    loadComponent: () => import('./forms/forms-page').then((m) => m.FormsPage),
  },
  {
    path: 'forms/:id',
    canActivate: [withMessages('forms')],
    loadComponent: () => import('./forms/form-editor').then((m) => m.FormEditor),
  },
  {
    path: 'logbook-categories',
    canActivate: [withMessages('logbook', 'logbookCategories')],
    loadComponent: () =>
      import('./logbook/logbook-categories-page').then((m) => m.LogbookCategoriesPage),
  },
  {
    path: 'orientation-requests',
    canActivate: [withMessages('orientation', 'patients')],
    loadComponent: () => import('./orientation/incoming-requests').then((m) => m.IncomingRequests),
  },
  {
    path: 'invitations/:token',
    canActivate: [withMessages('invitations')],
    loadComponent: () => import('./invitations/invitation-page').then((m) => m.InvitationPage),
  },
  {
    path: 'patients/:id/care-plan',
    canActivate: [withMessages('careplan')],
    loadComponent: () => import('./careplan/care-plan-page').then((m) => m.CarePlanPage),
  },
  {
    path: 'notifications',
    canActivate: [withMessages('notifications', 'agenda')],
    loadComponent: () =>
      import('./notifications/notifications-page').then((m) => m.NotificationsPage),
  },
  {
    path: 'messages',
    canActivate: [withMessages('messaging', 'messagingAttachments')],
    loadChildren: () => import('./messaging/messaging.routes').then((m) => m.MESSAGING_ROUTES),
  },
  {
    path: 'agenda',
    canActivate: [withMessages('agenda')],
    loadChildren: () => import('./agenda/agenda.routes').then((m) => m.AGENDA_ROUTES),
  },
  { path: '**', redirectTo: 'patients' },
];
