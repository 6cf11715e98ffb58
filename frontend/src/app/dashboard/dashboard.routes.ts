import { Routes } from '@angular/router';

/**
 * /dashboards: the structure's (or the region's) dashboard, its filters in the query
 * (?structure=&from=&to=&area=&caseManager=&origin=); /dashboards/files: the files behind one
 * figure (the same parameters and ?table=&row=&column=).
 */
export const DASHBOARD_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./dashboard-page').then((m) => m.DashboardPage) },
  { path: 'files', loadComponent: () => import('./dashboard-files').then((m) => m.DashboardFiles) },
];
