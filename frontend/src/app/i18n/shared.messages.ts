/**
 * The texts many features share (common buttons and paging, care-team roles, professions, the
 * directory picker of directory/directory-picker.ts, the problems the API answers on a patient's
 * file, the header's badges, the words of dates), French and English side by side; the shell's
 * first paint needs none of them, so every feature route loads them with its own texts
 * (i18n/catalogue.ts), and so does the shell with its badges.
 */
export const SHARED_MESSAGES = {
  'common.loading': { fr: 'Chargement…', en: 'Loading…' },
  'common.cancel': { fr: 'Annuler', en: 'Cancel' },
  'common.retry': { fr: 'Réessayer', en: 'Try again' },
  'common.previous': { fr: 'Précédent', en: 'Previous' },
  'common.next': { fr: 'Suivant', en: 'Next' },
  'common.pagination': { fr: 'Pages', en: 'Pages' },
  'common.page': { fr: 'Page {page} sur {pages}', en: 'Page {page} of {pages}' },
  'common.required': { fr: 'obligatoire', en: 'required' },
  // the words of dates (i18n/dates.ts)
  'date.moment': { fr: '{day} à {time}', en: '{day}, {time}' },
  'date.justNow': { fr: 'à l’instant', en: 'just now' },
  'date.minutesAgo': { fr: 'il y a {n} min', en: '{n} min ago' },
  'date.hoursAgo': { fr: 'il y a {n} h', en: '{n} h ago' },
  'date.yesterdayAt': { fr: 'hier à {time}', en: 'yesterday at {time}' },
  // the header's badges: lazy components, which the shell renders once these texts are there
  'messaging.nav.unreadOne': { fr: ', 1 message non lu', en: ', 1 unread message' },
  'messaging.nav.unreadMany': {
    fr: ', {count} messages non lus',
    en: ', {count} unread messages',
  },
  'notifications.bell': { fr: 'Notifications', en: 'Notifications' },
  'notifications.bellOne': {
    fr: 'Notifications, 1 non lue',
    en: 'Notifications, 1 unread',
  },
  'notifications.bellMany': {
    fr: 'Notifications, {count} non lues',
    en: 'Notifications, {count} unread',
  },
  // the shell's problems, which it shows once these texts are there (core/session.ts)
  'error.generic': {
    fr: 'Une erreur est survenue. Réessayez dans un instant.',
    en: 'Something went wrong. Please try again in a moment.',
  },
  'error.forbidden': {
    fr: "Vous n'avez pas le droit de faire cela.",
    en: 'You are not allowed to do this.',
  },
  'error.session': {
    fr: 'Votre session a expiré : reconnectez-vous.',
    en: 'Your session has expired: please log in again.',
  },
  'problem.not-a-professional': {
    fr: "Votre compte n'est relié à aucun professionnel de l'annuaire : contactez l'administrateur de votre structure.",
    en: 'Your account is not linked to a professional of the directory: contact your structure administrator.',
  },
  // what callError (core/problem.ts) names for a feature's call; the shell's own call never gets these
  'error.conflict': { fr: 'Impossible : {detail}', en: 'Not possible: {detail}' },
  'error.fix': {
    fr: 'Corrigez les champs signalés.',
    en: 'Please correct the fields shown.',
  },
  'error.stale': {
    fr: 'Quelqu’un a modifié ces informations entre-temps : elles ont été rechargées, refaites votre modification.',
    en: 'Someone changed this in the meantime: it was reloaded, please redo your change.',
  },
  'role.CASE_MANAGER': { fr: 'Gestionnaire de cas', en: 'Case manager' },
  'role.GP': { fr: 'Médecin traitant', en: 'GP' },
  'role.NURSE': { fr: 'Infirmier(ère)', en: 'Nurse' },
  'role.PHARMACIST': { fr: 'Pharmacien(ne)', en: 'Pharmacist' },
  'role.PHYSIOTHERAPIST': { fr: 'Kinésithérapeute', en: 'Physiotherapist' },
  'role.HOME_AIDE': { fr: 'Aide à domicile', en: 'Home aide' },
  'role.SOCIAL_WORKER': { fr: 'Assistant(e) social(e)', en: 'Social worker' },
  'role.FAMILY_CAREGIVER': { fr: 'Aidant familial', en: 'Family caregiver' },
  'role.OTHER': { fr: 'Autre', en: 'Other' },
  'profession.CASE_MANAGER': { fr: 'Gestionnaire de cas', en: 'Case manager' },
  'profession.COORDINATOR': { fr: 'Coordinateur(trice)', en: 'Coordinator' },
  'profession.GP': { fr: 'Médecin généraliste', en: 'General practitioner' },
  'profession.PHYSICIAN': { fr: 'Médecin spécialiste', en: 'Specialist physician' },
  'profession.NURSE': { fr: 'Infirmier(ère)', en: 'Nurse' },
  'profession.PHARMACIST': { fr: 'Pharmacien(ne)', en: 'Pharmacist' },
  'profession.PHYSIOTHERAPIST': { fr: 'Kinésithérapeute', en: 'Physiotherapist' },
  'profession.HOME_AIDE': { fr: 'Aide à domicile', en: 'Home aide' },
  'profession.CARE_ASSISTANT': { fr: 'Aide-soignant(e)', en: 'Care assistant' },
  'profession.SOCIAL_WORKER': { fr: 'Assistant(e) social(e)', en: 'Social worker' },
  'common.save': { fr: 'Enregistrer', en: 'Save' },
  'common.saved': { fr: 'Enregistré.', en: 'Saved.' },
  'problem.already-in-team': {
    fr: 'Ce professionnel fait déjà partie de l’équipe.',
    en: 'This professional is already in the team.',
  },
  'problem.ins-already-has-file': {
    fr: 'Votre structure a déjà un dossier pour cet INS.',
    en: 'Your structure already has a file for this INS.',
  },
  'problem.not-case-manager-of-patient': {
    fr: 'Seul le gestionnaire de cas de ce patient ajoute des membres à l’équipe.',
    en: "Only this patient's case manager adds team members.",
  },
  'problem.not-a-case-manager': {
    fr: 'Seul un gestionnaire de cas ouvre un dossier de coordination.',
    en: 'Only a case manager opens a coordination file.',
  },
  'problem.transition-not-allowed': {
    fr: 'Ce changement de statut n’est pas possible depuis le statut actuel.',
    en: 'This status change is not possible from the current status.',
  },
  'problem.last-case-manager': {
    fr: 'L’équipe doit garder un gestionnaire de cas : ajoutez-en un autre d’abord.',
    en: 'The team must keep a case manager: add another one first.',
  },
  'problem.not-gp-of-patient': {
    fr: 'Seul le médecin traitant du patient peut faire cela.',
    en: "Only the patient's GP can do this.",
  },
  'problem.already-delegated': {
    fr: 'La rédaction du plan est déjà déléguée.',
    en: 'Care-plan authoring is already delegated.',
  },
  'problem.closed-file-read-only': {
    fr: 'Ce dossier clôturé est conservé par la structure : il se consulte, il ne se modifie pas.',
    en: 'This closed file is kept by the structure: it can be read, not changed.',
  },
  'problem.emergency-access-read-only': {
    fr: 'Un accès d’urgence permet de consulter le dossier, pas de le modifier.',
    en: 'An emergency access lets you read the file, not change it.',
  },
  'problem.no-consent-to-withdraw': {
    fr: 'Aucun consentement à retirer.',
    en: 'There is no consent to withdraw.',
  },
  'problem.not-a-data-officer': {
    fr: 'Réservé au délégué à la protection des données de la structure.',
    en: "Reserved for the structure's data officer.",
  },
  // ------------------------------------------------------------------ the directory picker
  'picker.search.professional': {
    fr: 'Rechercher un professionnel dans l’annuaire',
    en: 'Search the directory for a professional',
  },
  'picker.search.structure': {
    fr: 'Rechercher une structure dans l’annuaire',
    en: 'Search the directory for a structure',
  },
  'picker.help': { fr: 'Au moins deux lettres du nom.', en: 'At least two letters of the name.' },
  'picker.results.professional': { fr: 'Professionnels trouvés', en: 'Professionals found' },
  'picker.results.structure': { fr: 'Structures trouvées', en: 'Structures found' },
  'picker.searching': { fr: 'Recherche…', en: 'Searching…' },
  'picker.none.professional': {
    fr: 'Aucun professionnel trouvé.',
    en: 'No professional found.',
  },
  'picker.none.structure': { fr: 'Aucune structure trouvée.', en: 'No structure found.' },
  'picker.chosen.professional': { fr: 'Professionnels choisis', en: 'Chosen professionals' },
  'picker.chosen.structure': { fr: 'Structures choisies', en: 'Chosen structures' },
  'picker.remove': { fr: 'Retirer', en: 'Remove' },
  'picker.removeNamed': { fr: 'Retirer {name}', en: 'Remove {name}' },
  'picker.change': { fr: 'Changer', en: 'Change' },
  'picker.unknown.professional': {
    fr: 'Professionnel introuvable dans l’annuaire',
    en: 'Professional not found in the directory',
  },
  'picker.unknown.structure': {
    fr: 'Structure introuvable dans l’annuaire',
    en: 'Structure not found in the directory',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
