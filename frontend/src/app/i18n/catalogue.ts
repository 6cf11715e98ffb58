import { signal } from '@angular/core';
import { MESSAGES } from './messages';

export type Messages = Record<string, { fr: string; en: string }>;

/**
 * Where each feature's texts come from. A loader is a dynamic import, so a feature's texts travel
 * in a lazy chunk with (or next to) that feature, never in the initial bundle.
 */
const LOADERS = {
  shared: () => import('./shared.messages').then((m) => m.SHARED_MESSAGES),
  agenda: () => import('../agenda/agenda.messages').then((m) => m.AGENDA_MESSAGES),
  attachments: () =>
    import('../attachments/attachments.messages').then((m) => m.ATTACHMENTS_MESSAGES),
  careplan: () => import('../careplan/careplan.messages').then((m) => m.CARE_PLAN_MESSAGES),
  careteam: () => import('../careteam/careteam.messages').then((m) => m.CARE_TEAM_MESSAGES),
  dashboard: () => import('../dashboard/dashboard.messages').then((m) => m.DASHBOARD_MESSAGES),
  directory: () => import('../directory/directory.messages').then((m) => m.DIRECTORY_MESSAGES),
  forms: () => import('../forms/forms.messages').then((m) => m.FORMS_MESSAGES),
  invitations: () =>
    import('../invitations/invitations.messages').then((m) => m.INVITATION_MESSAGES),
  logbook: () =>
    Promise.all([
      import('../logbook/logbook.messages'),
      import('../logbook/logbook-categories.messages'),
      import('../logbook/logbook-offline.messages'),
    ]).then(([a, b, c]) => ({
      ...a.LOGBOOK_MESSAGES,
      ...b.LOGBOOK_CATEGORIES_MESSAGES,
      ...c.LOGBOOK_OFFLINE_MESSAGES,
    })),
  messaging: () => import('../messaging/messaging.messages').then((m) => m.MESSAGING_MESSAGES),
  notifications: () =>
    import('../notifications/notifications.messages').then((m) => m.NOTIFICATIONS_MESSAGES),
  orientation: () =>
    import('../orientation/orientation.messages').then((m) => m.ORIENTATION_MESSAGES),
  patients: () => import('../patients/patients.messages').then((m) => m.PATIENTS_MESSAGES),
} satisfies Record<string, () => Promise<Messages>>;

export type Feature = keyof typeof LOADERS;

/** Every key a feature file defines (types only: nothing of it reaches the initial bundle). */
export type FeatureMessageKey = {
  [F in Feature]: keyof Awaited<ReturnType<(typeof LOADERS)[F]>>;
}[Feature];

/** The texts known so far: the core at start, each feature's once it is loaded. */
export const catalogue = signal<Messages>(MESSAGES);

const pending = new Map<Feature, Promise<void>>();

/** Loads the texts of these features, and the shared ones, once (later calls share the first load). */
export function loadMessages(features: readonly Feature[]): Promise<void> {
  return Promise.all(
    ['shared' as const, ...features].map((feature) => {
      let load = pending.get(feature);
      if (!load) {
        load = LOADERS[feature]().then((messages) =>
          catalogue.update((known) => ({ ...known, ...messages })),
        );
        load.catch(() => pending.delete(feature));
        pending.set(feature, load);
      }
      return load;
    }),
  ).then(() => undefined);
}

/** Whether a key has a text yet (callError falls back to a generic message when not). */
export function hasMessage(key: string): boolean {
  return key in catalogue();
}
