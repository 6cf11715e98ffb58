/**
 * The UI texts of the logbook without network (entries waiting on the device) and of its live
 * updates, French and English side by side; loaded with its routes (i18n/catalogue.ts). The refusal
 * reasons are the 'error.*' and 'problem.*' keys given by callError.
 */
export const LOGBOOK_OFFLINE_MESSAGES = {
  'logbook.offline.hint': {
    fr: 'Pas de réseau : vos observations restent sur ce téléphone et partiront dès son retour.',
    en: 'No network: your observations stay on this phone and will be sent as soon as it is back.',
  },
  'logbook.offline.queued': {
    fr: 'Enregistrée sur le téléphone, elle partira dès le retour du réseau.',
    en: 'Saved on the phone, it will be sent as soon as the network is back.',
  },
  'logbook.offline.notStored': {
    fr: 'L’observation n’a pu être ni envoyée ni enregistrée sur le téléphone. Gardez votre texte et réessayez.',
    en: 'The observation could be neither sent nor saved on the phone. Keep your text and try again.',
  },
  'logbook.offline.pendingList': {
    fr: 'Observations en attente d’envoi',
    en: 'Observations waiting to be sent',
  },
  'logbook.offline.pending': { fr: "En attente d'envoi", en: 'Waiting to be sent' },
  'logbook.offline.notSent': { fr: 'Non envoyée', en: 'Not sent' },
  'logbook.offline.refused': { fr: 'Non envoyée : {reason}', en: 'Not sent: {reason}' },
  'logbook.offline.discard': {
    fr: 'Abandonner cette observation',
    en: 'Discard this observation',
  },
  'logbook.offline.sentOne': { fr: '1 entrée envoyée.', en: '1 entry sent.' },
  'logbook.offline.sentMany': { fr: '{count} entrées envoyées.', en: '{count} entries sent.' },
  'logbook.live.new': { fr: 'Nouveau', en: 'New' },
  'logbook.live.one': {
    fr: '1 nouvelle observation dans le cahier de liaison.',
    en: '1 new observation in the logbook.',
  },
  'logbook.live.many': {
    fr: '{count} nouvelles observations dans le cahier de liaison.',
    en: '{count} new observations in the logbook.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
