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
    path: 'patients/:id',
    loadComponent: () => import('./patients/patient-file').then((m) => m.PatientFile),
  },
  { path: '**', redirectTo: 'patients' },
];
