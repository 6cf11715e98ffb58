import { Routes } from '@angular/router';
import { withMessages } from '../i18n/i18n';

/** /signals: the signals one sent, and the form to signal a person to a DAC. */
export const SIGNAL_ROUTES: Routes = [
  {
    path: '',
    loadComponent: withMessages(['orientation', 'patients'], () =>
      import('./signals-page').then((m) => m.SignalsPage),
    ),
  },
  {
    path: 'new',
    loadComponent: withMessages(['orientation', 'patients', 'forms'], () =>
      import('./signal-new').then((m) => m.SignalNew),
    ),
  },
];
