import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'patients' },
  {
    path: 'patients',
    loadComponent: () => import('./patients/patient-list').then((m) => m.PatientList),
  },
  {
    path: 'patients/new',
    loadComponent: () => import('./patients/patient-new').then((m) => m.PatientNew),
  },
  {
    path: 'patients/emergency-access',
    loadComponent: () => import('./patients/break-glass').then((m) => m.BreakGlass),
  },
  {
    path: 'patients/:id',
    loadComponent: () => import('./patients/patient-file').then((m) => m.PatientFile),
  },
  {
    path: 'patients/:id/access-log',
    loadComponent: () => import('./patients/access-log').then((m) => m.AccessLog),
  },
  {
    path: 'directory',
    loadComponent: () => import('./directory/directory-page').then((m) => m.DirectoryPage),
  },
  {
    path: 'forms',
    loadComponent: () => import('./forms/forms-page').then((m) => m.FormsPage),
  },
  {
    path: 'forms/:id',
    loadComponent: () => import('./forms/form-editor').then((m) => m.FormEditor),
  },
  {
    path: 'logbook-categories',
    loadComponent: () =>
      import('./logbook/logbook-categories-page').then((m) => m.LogbookCategoriesPage),
  },
  {
    path: 'orientation-requests',
    loadComponent: () => import('./orientation/incoming-requests').then((m) => m.IncomingRequests),
  },
  {
    path: 'invitations/:token',
    loadComponent: () => import('./invitations/invitation-page').then((m) => m.InvitationPage),
  },
  {
    path: 'patients/:id/care-plan',
    loadComponent: () => import('./careplan/care-plan-page').then((m) => m.CarePlanPage),
  },
  {
    path: 'notifications',
    loadComponent: () =>
      import('./notifications/notifications-page').then((m) => m.NotificationsPage),
  },
  {
    path: 'messages',
    loadChildren: () => import('./messaging/messaging.routes').then((m) => m.MESSAGING_ROUTES),
  },
  {
    path: 'agenda',
    loadChildren: () => import('./agenda/agenda.routes').then((m) => m.AGENDA_ROUTES),
  },
  { path: '**', redirectTo: 'patients' },
];
