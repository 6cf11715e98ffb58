/**
 * The UI texts of the photos and PDF joined to messages (choosing, uploading, showing), French and
 * English side by side; loaded with its routes (i18n/catalogue.ts). Also uses the logbook's
 * 'problem.attachment-type-refused', 'problem.attachment-too-large' and 'logbook.attachments.kb'
 * / '.mb' (sizes), so that a refused file is explained in the same words everywhere.
 */
export const MESSAGING_ATTACHMENTS_MESSAGES = {
  // ------------------------------------------------------------------ choosing and uploading
  'messaging.attachments.add': { fr: 'Joindre', en: 'Attach' },
  'messaging.attachments.help': {
    fr: 'Photos ou PDF, 10 Mo au plus chacun, {max} par message.',
    en: 'Photos or PDF, 10 MB at most each, {max} per message.',
  },
  'messaging.attachments.offline': {
    fr: 'Hors connexion : les pièces jointes s’envoient avec le réseau.',
    en: 'Offline: attachments are sent with the network.',
  },
  'messaging.attachments.full': {
    fr: '{max} pièces jointes au plus par message.',
    en: '{max} attachments at most per message.',
  },
  'messaging.attachments.tooMany': {
    fr: '{max} pièces jointes au plus par message : ce fichier n’a pas été joint.',
    en: '{max} attachments at most per message: this file was not attached.',
  },
  'messaging.attachments.emptyFile': {
    fr: 'Ce fichier est vide : choisissez-le à nouveau.',
    en: 'This file is empty: choose it again.',
  },
  'messaging.attachments.fileError': { fr: '{name} : {reason}', en: '{name}: {reason}' },
  'messaging.attachments.chosen': {
    fr: 'Pièces jointes à ce message',
    en: 'Attachments of this message',
  },
  'messaging.attachments.uploading': { fr: 'envoi…', en: 'uploading…' },
  'messaging.attachments.uploaded': { fr: 'jointe', en: 'attached' },
  'messaging.attachments.remove': { fr: 'Retirer {name}', en: 'Remove {name}' },
  'messaging.attachments.wait': {
    fr: 'Attendez la fin de l’envoi des pièces jointes pour envoyer le message.',
    en: 'Wait until the attachments are uploaded to send the message.',
  },
  'messaging.attachments.refusedOnMessage': {
    fr: 'Une pièce jointe n’a pas pu être reliée au message : retirez-la, joignez-la à nouveau puis envoyez.',
    en: 'An attachment could not be linked to the message: remove it, attach it again, then send.',
  },

  // ------------------------------------------------------------------ in the messages
  'messaging.attachments.list': { fr: 'Pièces jointes', en: 'Attachments' },
  'messaging.attachments.open': {
    fr: 'Agrandir la photo {name}',
    en: 'Enlarge the photo {name}',
  },
  'messaging.attachments.download': { fr: 'Télécharger {name}', en: 'Download {name}' },
  'messaging.attachments.downloadShort': { fr: 'Télécharger', en: 'Download' },
  'messaging.attachments.close': { fr: 'Fermer', en: 'Close' },
  'messaging.attachments.loading': { fr: 'Chargement de {name}…', en: 'Loading {name}…' },
  'messaging.attachments.unavailable': {
    fr: '{name} : impossible d’afficher cette pièce jointe pour l’instant.',
    en: '{name}: this attachment cannot be shown right now.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
