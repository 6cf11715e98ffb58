import { Routes } from '@angular/router';

/** /agenda: my agenda (?date=&view=&tab=), a new meeting (?fileId=), a meeting. */
export const AGENDA_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./my-agenda').then((m) => m.MyAgenda) },
  {
    path: 'meetings/new',
    loadComponent: () => import('./meeting-form').then((m) => m.MeetingForm),
  },
  {
    path: 'meetings/:id',
    loadComponent: () => import('./meeting-page').then((m) => m.MeetingPage),
  },
];
