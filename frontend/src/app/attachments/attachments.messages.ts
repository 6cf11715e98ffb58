/**
 * The UI texts of the photos and PDF joined to logbook entries and messages (choosing and
 * uploading them in the attachment picker, waiting for them, showing them in the attachment
 * list), French and English side by side; the "attachments" feature of i18n/catalogue.ts, loaded
 * by the routes that show them (the patient's file, a conversation). Words that name what the
 * files are joined to are per kind ("attachments.logbook.*", "attachments.messaging.*"); the
 * others, and the problems of the API, are said the same everywhere. Also uses the shared
 * 'problem.emergency-access-read-only' and the 'error.*' keys of callError.
 */
export const ATTACHMENTS_MESSAGES = {
  // ------------------------------------------------------------------ problems of the API
  'problem.attachment-type-refused': {
    fr: 'Ce fichier n’est ni une photo (JPEG, PNG, WebP, HEIC) ni un PDF : il ne peut pas être joint, quel que soit son nom.',
    en: 'This file is neither a photo (JPEG, PNG, WebP, HEIC) nor a PDF: it cannot be attached, whatever its name.',
  },
  'problem.attachment-too-large': {
    fr: 'Ce fichier dépasse 10 Mo : il ne peut pas être joint. Envoyez une photo moins lourde.',
    en: 'This file is larger than 10 MB: it cannot be attached. Send a lighter photo.',
  },

  // ------------------------------------------------------------------ to a logbook entry
  'attachments.logbook.add': { fr: 'Joindre une photo ou un PDF', en: 'Attach a photo or a PDF' },
  'attachments.logbook.help': {
    fr: 'Photos ou PDF, 10 Mo au plus chacun, {max} par observation.',
    en: 'Photos or PDF, 10 MB at most each, {max} per observation.',
  },
  'attachments.logbook.offline': {
    fr: 'Les pièces jointes s’envoient avec le réseau.',
    en: 'Attachments are sent with the network.',
  },
  'attachments.logbook.full': {
    fr: '{max} pièces jointes au plus par observation.',
    en: '{max} attachments at most per observation.',
  },
  'attachments.logbook.tooMany': {
    fr: '{max} pièces jointes au plus par observation : ce fichier n’a pas été joint.',
    en: '{max} attachments at most per observation: this file was not attached.',
  },
  'attachments.logbook.chosen': {
    fr: 'Pièces jointes à cette observation',
    en: 'Attachments of this observation',
  },
  'attachments.logbook.wait': {
    fr: 'Attendez la fin de l’envoi des pièces jointes pour publier.',
    en: 'Wait until the attachments are uploaded to post.',
  },
  'attachments.logbook.refused': {
    fr: 'Une pièce jointe n’a pas pu être reliée à l’observation : retirez-la, joignez-la à nouveau puis publiez.',
    en: 'An attachment could not be linked to the observation: remove it, attach it again, then post.',
  },
  'attachments.logbook.pendingCount': {
    fr: '{count} pièce(s) jointe(s)',
    en: '{count} attachment(s)',
  },

  // ------------------------------------------------------------------ to a message
  'attachments.messaging.add': { fr: 'Joindre', en: 'Attach' },
  'attachments.messaging.help': {
    fr: 'Photos ou PDF, 10 Mo au plus chacun, {max} par message.',
    en: 'Photos or PDF, 10 MB at most each, {max} per message.',
  },
  'attachments.messaging.offline': {
    fr: 'Hors connexion : les pièces jointes s’envoient avec le réseau.',
    en: 'Offline: attachments are sent with the network.',
  },
  'attachments.messaging.full': {
    fr: '{max} pièces jointes au plus par message.',
    en: '{max} attachments at most per message.',
  },
  'attachments.messaging.tooMany': {
    fr: '{max} pièces jointes au plus par message : ce fichier n’a pas été joint.',
    en: '{max} attachments at most per message: this file was not attached.',
  },
  'attachments.messaging.chosen': {
    fr: 'Pièces jointes à ce message',
    en: 'Attachments of this message',
  },
  'attachments.messaging.wait': {
    fr: 'Attendez la fin de l’envoi des pièces jointes pour envoyer le message.',
    en: 'Wait until the attachments are uploaded to send the message.',
  },
  'attachments.messaging.refused': {
    fr: 'Une pièce jointe n’a pas pu être reliée au message : retirez-la, joignez-la à nouveau puis envoyez.',
    en: 'An attachment could not be linked to the message: remove it, attach it again, then send.',
  },

  // ------------------------------------------------------------------ the same everywhere
  'attachments.camera': { fr: 'Prendre une photo', en: 'Take a photo' },
  'attachments.emptyFile': {
    fr: 'Ce fichier est vide : choisissez-le à nouveau.',
    en: 'This file is empty: choose it again.',
  },
  'attachments.fileError': { fr: '{name} : {reason}', en: '{name}: {reason}' },
  'attachments.uploading': { fr: 'envoi…', en: 'uploading…' },
  'attachments.uploaded': { fr: 'jointe', en: 'attached' },
  'attachments.remove': { fr: 'Retirer {name}', en: 'Remove {name}' },
  'attachments.kb': { fr: '{size} Ko', en: '{size} kB' },
  'attachments.mb': { fr: '{size} Mo', en: '{size} MB' },

  // ------------------------------------------------------------------ in the entries and messages
  'attachments.list': { fr: 'Pièces jointes', en: 'Attachments' },
  'attachments.open': {
    fr: 'Agrandir la photo {name}',
    en: 'Enlarge the photo {name}',
  },
  'attachments.download': { fr: 'Télécharger {name}', en: 'Download {name}' },
  'attachments.downloadShort': { fr: 'Télécharger', en: 'Download' },
  'attachments.close': { fr: 'Fermer', en: 'Close' },
  'attachments.loading': { fr: 'Chargement de {name}…', en: 'Loading {name}…' },
  'attachments.unavailable': {
    fr: '{name} : impossible d’afficher cette pièce jointe pour l’instant.',
    en: '{name}: this attachment cannot be shown right now.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
