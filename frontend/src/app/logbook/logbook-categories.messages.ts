/**
 * The UI texts of the page where a structure's admins choose the logbook categories, French and
 * English side by side; loaded with its routes (i18n/catalogue.ts). The category names are the
 * 'category.<CODE>' keys; also uses 'common.loading', 'common.retry' and the 'error.*' keys.
 */
export const LOGBOOK_CATEGORIES_MESSAGES = {
  'logbookCategories.title': {
    fr: 'Catégories du cahier de liaison',
    en: 'Logbook categories',
  },
  'logbookCategories.intro': {
    fr: 'Choisissez les catégories proposées dans le cahier de liaison des patients que suit {structure}, et leur ordre. La première est proposée par défaut.',
    en: 'Choose the categories offered in the logbook of the patients {structure} follows, and their order. The first one is offered by default.',
  },
  'logbookCategories.list': {
    fr: 'Catégories, dans l’ordre où elles sont proposées',
    en: 'Categories, in the order they are offered',
  },
  'logbookCategories.default': { fr: 'par défaut', en: 'default' },
  'logbookCategories.notOffered': { fr: 'non proposée', en: 'not offered' },
  'logbookCategories.up': { fr: 'Monter « {category} »', en: 'Move “{category}” up' },
  'logbookCategories.down': {
    fr: 'Descendre « {category} »',
    en: 'Move “{category}” down',
  },
  'logbookCategories.moved': {
    fr: '« {category} » en position {position} sur {count}.',
    en: '“{category}” in position {position} of {count}.',
  },
  'logbookCategories.save': { fr: 'Enregistrer', en: 'Save' },
  'logbookCategories.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'logbookCategories.saved': {
    fr: 'Catégories enregistrées : les cahiers de liaison de la structure les proposent désormais dans cet ordre.',
    en: 'Categories saved: the logbooks of the structure now offer them in this order.',
  },
  'logbookCategories.noneChosen': {
    fr: 'Cochez au moins une catégorie.',
    en: 'Tick at least one category.',
  },
  'logbookCategories.invalid': {
    fr: 'Ce choix n’a pas été accepté : cochez au moins une catégorie, chacune une seule fois.',
    en: 'This choice was not accepted: tick at least one category, each only once.',
  },
  'logbookCategories.notAdmin': {
    fr: 'Seul un administrateur de votre structure choisit les catégories de son cahier de liaison.',
    en: "Only an administrator of your structure chooses its logbook's categories.",
  },
} as const satisfies Record<string, { fr: string; en: string }>;
