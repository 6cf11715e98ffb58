import type { FeatureMessageKey } from './catalogue';

/**
 * The core of the one catalogue of UI texts: what the shell (header, navigation, badges) and every
 * feature share — French (default) and English side by side, so that a missing translation is a
 * compile error, not a blank label. Each feature keeps its own texts in its *.messages.ts file,
 * loaded with its routes (i18n/catalogue.ts): every key is written in exactly one place.
 */
export const MESSAGES = {
  'app.name': { fr: 'Liaison', en: 'Liaison' },
  'app.tagline': { fr: 'Coordination des soins à domicile', en: 'Home care coordination' },
  'nav.patients': { fr: 'Mes patients', en: 'My patients' },
  'nav.logout': { fr: 'Se déconnecter', en: 'Log out' },
  'nav.language': { fr: 'English', en: 'Français' },
  'nav.languageLabel': { fr: 'Switch to English', en: 'Passer en français' },
  'error.network': {
    fr: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    en: 'The server does not answer. Check your connection and try again.',
  },
  'nav.directory': { fr: 'Annuaire', en: 'Directory' },
  'nav.forms': { fr: 'Formulaires', en: 'Forms' },
  'nav.incoming': { fr: 'Demandes reçues', en: 'Received requests' },
  'nav.agenda': { fr: 'Agenda', en: 'Agenda' },
  'nav.messages': { fr: 'Messagerie', en: 'Messages' },
  'nav.logbookCategories': { fr: 'Cahier de liaison', en: 'Logbook' },
  'nav.dashboards': { fr: 'Tableaux de bord', en: 'Dashboards' },
} as const satisfies Record<string, { fr: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES | FeatureMessageKey;
export type Lang = 'fr' | 'en';
