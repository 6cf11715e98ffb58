/**
 * The UI texts of notifications (the page, the e-mail preference), French and English
 * side by side; loaded with its routes (i18n/catalogue.ts). Also uses 'common.loading',
 * 'common.retry', 'common.previous', 'common.next', 'common.page' and the 'error.*' keys through
 * callError. A notification never holds health data: its sentence says only what kind of thing
 * happened and who did it; in the app (never in an e-mail) it names the patient to his team.
 */
export const NOTIFICATIONS_MESSAGES = {
  'notifications.patient': { fr: 'Patient : {name}', en: 'Patient: {name}' },
  // the bell's own texts are in the core (i18n/messages.ts): the header shows it on every page
  // ------------------------------------------------------------------ the page
  'notifications.title': { fr: 'Notifications', en: 'Notifications' },
  'notifications.intro': {
    fr: 'Ce qui s’est passé pour vos patients et qui vous concerne. Ouvrez une notification pour aller au dossier.',
    en: 'What happened for your patients that concerns you. Open a notification to go to the file.',
  },
  'notifications.listTitle': { fr: 'Vos notifications', en: 'Your notifications' },
  'notifications.count': {
    fr: '{unread} non lue(s) sur {total}',
    en: '{unread} unread of {total}',
  },
  'notifications.unread': { fr: 'Non lue', en: 'Unread' },
  'notifications.readAll': { fr: 'Tout marquer comme lu', en: 'Mark all as read' },
  'notifications.readAllDone': {
    fr: 'Toutes vos notifications sont marquées comme lues.',
    en: 'All your notifications are marked as read.',
  },
  'notifications.empty': { fr: 'Rien de nouveau', en: 'Nothing new' },
  'notifications.emptyHelp': {
    fr: 'Vous serez prévenu(e) ici quand un PPS est validé, qu’une action vous est confiée, qu’une entrée importante est écrite dans un cahier de liaison ou qu’on vous ajoute à une équipe.',
    en: 'You will be told here when a care plan is validated, an action is assigned to you, an important logbook entry is written or you are added to a care team.',
  },

  // ------------------------------------------------------------------ the sentences, by kind
  'notifications.kind.CARE_PLAN_VALIDATED': {
    fr: '{actor} a validé une nouvelle version du PPS d’un de vos patients',
    en: '{actor} validated a new version of the care plan of one of your patients',
  },
  'notifications.kind.CARE_PLAN_ACTION_ASSIGNED': {
    fr: 'Une action du PPS d’un de vos patients vous a été confiée par {actor}',
    en: '{actor} assigned you an action of the care plan of one of your patients',
  },
  'notifications.kind.LOGBOOK_IMPORTANT_ENTRY': {
    fr: 'Entrée importante dans le cahier de liaison d’un de vos patients, écrite par {actor}',
    en: 'Important entry in the logbook of one of your patients, written by {actor}',
  },
  'notifications.kind.ADDED_TO_TEAM': {
    fr: '{actor} vous a ajouté(e) à une équipe de prise en charge',
    en: '{actor} added you to a care team',
  },
  'notifications.kind.EMERGENCY_ACCESS': {
    fr: 'Accès d’urgence au dossier d’un de vos patients par {actor}',
    en: 'Emergency access to the file of one of your patients by {actor}',
  },
  'notifications.kindNoActor.CARE_PLAN_VALIDATED': {
    fr: 'Une nouvelle version du PPS d’un de vos patients a été validée',
    en: 'A new version of the care plan of one of your patients was validated',
  },
  'notifications.kindNoActor.CARE_PLAN_ACTION_ASSIGNED': {
    fr: 'Une action du PPS d’un de vos patients vous a été confiée',
    en: 'An action of the care plan of one of your patients was assigned to you',
  },
  'notifications.kindNoActor.LOGBOOK_IMPORTANT_ENTRY': {
    fr: 'Entrée importante dans le cahier de liaison d’un de vos patients',
    en: 'Important entry in the logbook of one of your patients',
  },
  'notifications.kindNoActor.ADDED_TO_TEAM': {
    fr: 'Vous avez été ajouté(e) à une équipe de prise en charge',
    en: 'You were added to a care team',
  },
  'notifications.kindNoActor.EMERGENCY_ACCESS': {
    fr: 'Accès d’urgence au dossier d’un de vos patients',
    en: 'Emergency access to the file of one of your patients',
  },
  'notifications.kind.CARE_PLAN_ACTION_DUE': {
    fr: 'Une action du PPS d’un de vos patients arrive à échéance',
    en: 'An action of the care plan of one of your patients is due',
  },
  'notifications.kind.CARE_PLAN_REVIEW_DUE': {
    fr: 'Le bilan du PPS d’un de vos patients est à faire',
    en: 'A review of the care plan of one of your patients is due',
  },
  'notifications.kind.MESSAGE_MENTION': {
    fr: '{actor} vous a mentionné(e) dans une conversation',
    en: '{actor} mentioned you in a conversation',
  },
  'notifications.kindNoActor.CARE_PLAN_ACTION_DUE': {
    fr: 'Une action du PPS d’un de vos patients arrive à échéance',
    en: 'An action of the care plan of one of your patients is due',
  },
  'notifications.kindNoActor.CARE_PLAN_REVIEW_DUE': {
    fr: 'Le bilan du PPS d’un de vos patients est à faire',
    en: 'A review of the care plan of one of your patients is due',
  },
  'notifications.kindNoActor.MESSAGE_MENTION': {
    fr: 'Vous avez été mentionné(e) dans une conversation',
    en: 'You were mentioned in a conversation',
  },
  // the care plan's authoring (delegation)
  'notifications.kind.CARE_PLAN_DELEGATED': {
    fr: '{actor} a confié la rédaction du PPS d’un de vos patients à votre structure',
    en: '{actor} delegated writing the care plan of one of your patients to your structure',
  },
  'notifications.kindNoActor.CARE_PLAN_DELEGATED': {
    fr: 'La rédaction du PPS d’un de vos patients a été confiée à votre structure',
    en: 'Writing the care plan of one of your patients was delegated to your structure',
  },
  'notifications.kind.CARE_PLAN_DELEGATION_WITHDRAWN': {
    fr: '{actor} a repris la rédaction du PPS d’un de vos patients',
    en: '{actor} took back writing the care plan of one of your patients',
  },
  'notifications.kindNoActor.CARE_PLAN_DELEGATION_WITHDRAWN': {
    fr: 'Le médecin traitant a repris la rédaction du PPS d’un de vos patients',
    en: 'The GP took back writing the care plan of one of your patients',
  },
  'notifications.kind.CARE_PLAN_VALIDATION_REQUESTED': {
    fr: '{actor} vous demande de valider le PPS préparé pour un de vos patients',
    en: '{actor} asks you to validate the care plan prepared for one of your patients',
  },
  'notifications.kindNoActor.CARE_PLAN_VALIDATION_REQUESTED': {
    fr: 'Un PPS préparé pour un de vos patients attend votre validation',
    en: 'A care plan prepared for one of your patients awaits your validation',
  },
  // signals (signalements) of a person without a file
  'notifications.kind.SIGNAL_RECEIVED': {
    fr: '{actor} a signalé une personne à votre structure',
    en: '{actor} signalled a person to your structure',
  },
  'notifications.kindNoActor.SIGNAL_RECEIVED': {
    fr: 'Une personne a été signalée à votre structure',
    en: 'A person was signalled to your structure',
  },
  'notifications.kind.SIGNAL_ACCEPTED': {
    fr: '{actor} a accepté votre signalement : un dossier est ouvert',
    en: '{actor} accepted your signal: a file is open',
  },
  'notifications.kindNoActor.SIGNAL_ACCEPTED': {
    fr: 'Votre signalement a été accepté',
    en: 'Your signal was accepted',
  },
  'notifications.kind.SIGNAL_REFUSED': {
    fr: '{actor} a refusé votre signalement',
    en: '{actor} refused your signal',
  },
  'notifications.kindNoActor.SIGNAL_REFUSED': {
    fr: 'Votre signalement a été refusé',
    en: 'Your signal was refused',
  },
  // requests between structures (orientation, admission)
  'notifications.kind.ADMISSION_REQUEST_RECEIVED': {
    fr: '{actor} a adressé une demande d’admission à votre structure',
    en: '{actor} sent an admission request to your structure',
  },
  'notifications.kindNoActor.ADMISSION_REQUEST_RECEIVED': {
    fr: 'Une demande d’admission a été adressée à votre structure',
    en: 'An admission request was sent to your structure',
  },
  'notifications.kind.ORIENTATION_REQUEST_RECEIVED': {
    fr: '{actor} a adressé une demande d’orientation à votre structure',
    en: '{actor} sent an orientation request to your structure',
  },
  'notifications.kindNoActor.ORIENTATION_REQUEST_RECEIVED': {
    fr: 'Une demande d’orientation a été adressée à votre structure',
    en: 'An orientation request was sent to your structure',
  },
  'notifications.kind.REQUEST_ACCEPTED': {
    fr: '{actor} a accepté votre demande pour un de vos patients',
    en: '{actor} accepted your request for one of your patients',
  },
  'notifications.kindNoActor.REQUEST_ACCEPTED': {
    fr: 'Votre demande pour un de vos patients a été acceptée',
    en: 'Your request for one of your patients was accepted',
  },
  'notifications.kind.REQUEST_REFUSED': {
    fr: '{actor} a refusé votre demande pour un de vos patients',
    en: '{actor} refused your request for one of your patients',
  },
  'notifications.kindNoActor.REQUEST_REFUSED': {
    fr: 'Votre demande pour un de vos patients a été refusée',
    en: 'Your request for one of your patients was refused',
  },
  'notifications.kind.REQUEST_ADMITTED': {
    fr: '{actor} a enregistré l’admission d’un de vos patients',
    en: '{actor} recorded the admission of one of your patients',
  },
  'notifications.kindNoActor.REQUEST_ADMITTED': {
    fr: 'L’admission d’un de vos patients a été enregistrée',
    en: 'The admission of one of your patients was recorded',
  },
  'notifications.kind.REQUEST_WITHDRAWN': {
    fr: '{actor} a retiré une demande adressée à votre structure',
    en: '{actor} withdrew a request sent to your structure',
  },
  'notifications.kindNoActor.REQUEST_WITHDRAWN': {
    fr: 'Une demande adressée à votre structure a été retirée',
    en: 'A request sent to your structure was withdrawn',
  },
  'notifications.kind.other': {
    fr: 'Nouvelle notification : ouvrez-la pour voir le dossier',
    en: 'New notification: open it to see the file',
  },

  // ------------------------------------------------------------------ the e-mail preference
  'notifications.prefs.title': { fr: 'Notifications par e-mail', en: 'E-mail notifications' },
  'notifications.prefs.legend': { fr: 'Recevoir un e-mail :', en: 'Receive an e-mail:' },
  'notifications.prefs.IMMEDIATE': { fr: 'à chaque notification', en: 'for each notification' },
  'notifications.prefs.DAILY_DIGEST': { fr: 'un résumé par jour', en: 'one summary a day' },
  'notifications.prefs.NEVER': { fr: 'jamais', en: 'never' },
  'notifications.prefs.note': {
    fr: 'Les e-mails ne contiennent jamais de données de santé : seulement un lien vers Liaison, où vous lisez la notification après vous être connecté(e).',
    en: 'E-mails never contain health data: only a link to Liaison, where you read the notification once logged in.',
  },
  'notifications.prefs.save': { fr: 'Enregistrer', en: 'Save' },
  'notifications.prefs.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'notifications.prefs.saved': {
    fr: 'Votre choix est enregistré.',
    en: 'Your choice is saved.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
