/**
 * The UI texts of the logbook and its categories, French and English side by side; loaded with the
 * routes that show a logbook (i18n/catalogue.ts).
 */
export const LOGBOOK_MESSAGES = {
  'logbook.title': { fr: 'Cahier de liaison', en: 'Logbook' },
  'logbook.closed': {
    fr: 'Dossier clôturé : le cahier de liaison est en lecture seule. Rouvrir le dossier pour y écrire.',
    en: 'File closed: the logbook is read only. Reopen the file to write in it.',
  },
  'logbook.write': { fr: 'Nouvelle observation', en: 'New observation' },
  'logbook.category': { fr: 'Catégorie', en: 'Category' },
  'logbook.text': { fr: 'Observation', en: 'Observation' },
  'logbook.textHelp': {
    fr: 'Ce que vous avez vu ou fait ({count}/4000 caractères).',
    en: 'What you saw or did ({count}/4000 characters).',
  },
  'logbook.important': { fr: 'Important : à lire en priorité', en: 'Important: read first' },
  'logbook.importantBadge': { fr: 'Important', en: 'Important' },
  'logbook.submit': { fr: 'Publier', en: 'Post' },
  'logbook.saving': { fr: 'Envoi…', en: 'Sending…' },
  'logbook.posted': { fr: 'Observation publiée.', en: 'Observation posted.' },
  'logbook.empty': {
    fr: "Aucune observation pour l'instant.",
    en: 'No observations yet.',
  },
  'logbook.correct': { fr: 'Corriger', en: 'Correct' },
  'logbook.correcting': {
    fr: 'Correction de l’observation du {date} : elle restera visible, barrée.',
    en: 'Correcting the observation of {date}: it stays visible, struck through.',
  },
  'logbook.correction': { fr: 'Correction', en: 'Correction' },
  'logbook.corrected': {
    fr: 'Corrigée par une observation plus récente',
    en: 'Corrected by a more recent observation',
  },
  'logbook.readBy': { fr: 'lu par {names}', en: 'read by {names}' },
  'logbook.by': { fr: '{name}, {role}', en: '{name}, {role}' },
  'category.CARE': { fr: 'Soins', en: 'Care' },
  'category.HYGIENE': { fr: 'Hygiène', en: 'Hygiene' },
  'category.MEALS': { fr: 'Repas', en: 'Meals' },
  'category.MOOD': { fr: 'Moral', en: 'Mood' },
  'category.FALL': { fr: 'Chute', en: 'Fall' },
  'category.MEDICATION': { fr: 'Médicaments', en: 'Medication' },
  'category.SOCIAL': { fr: 'Social', en: 'Social' },
  'category.OTHER': { fr: 'Autre', en: 'Other' },
} as const satisfies Record<string, { fr: string; en: string }>;
