/**
 * The UI texts of the photos and PDF joined to logbook entries (choosing, uploading, showing),
 * French and English side by side; loaded with its routes (i18n/catalogue.ts). Also uses
 * 'problem.emergency-access-read-only' and the 'error.*' keys given by callError.
 */
export const LOGBOOK_ATTACHMENTS_MESSAGES = {
  // ------------------------------------------------------------------ problems of the API
  'problem.attachment-type-refused': {
    fr: 'Ce fichier n’est ni une photo (JPEG, PNG, WebP, HEIC) ni un PDF : il ne peut pas être joint, quel que soit son nom.',
    en: 'This file is neither a photo (JPEG, PNG, WebP, HEIC) nor a PDF: it cannot be attached, whatever its name.',
  },
  'problem.attachment-too-large': {
    fr: 'Ce fichier dépasse 10 Mo : il ne peut pas être joint. Envoyez une photo moins lourde.',
    en: 'This file is larger than 10 MB: it cannot be attached. Send a lighter photo.',
  },

  // ------------------------------------------------------------------ choosing and uploading
  'logbook.attachments.add': { fr: 'Joindre une photo ou un PDF', en: 'Attach a photo or a PDF' },
  'logbook.attachments.camera': { fr: 'Prendre une photo', en: 'Take a photo' },
  'logbook.attachments.help': {
    fr: 'Photos ou PDF, 10 Mo au plus chacun, {max} par observation.',
    en: 'Photos or PDF, 10 MB at most each, {max} per observation.',
  },
  'logbook.attachments.offline': {
    fr: 'Les pièces jointes s’envoient avec le réseau.',
    en: 'Attachments are sent with the network.',
  },
  'logbook.attachments.full': {
    fr: '{max} pièces jointes au plus par observation.',
    en: '{max} attachments at most per observation.',
  },
  'logbook.attachments.tooMany': {
    fr: '{max} pièces jointes au plus par observation : ce fichier n’a pas été joint.',
    en: '{max} attachments at most per observation: this file was not attached.',
  },
  'logbook.attachments.emptyFile': {
    fr: 'Ce fichier est vide : choisissez-le à nouveau.',
    en: 'This file is empty: choose it again.',
  },
  'logbook.attachments.fileError': { fr: '{name} : {reason}', en: '{name}: {reason}' },
  'logbook.attachments.chosen': {
    fr: 'Pièces jointes à cette observation',
    en: 'Attachments of this observation',
  },
  'logbook.attachments.uploading': { fr: 'envoi…', en: 'uploading…' },
  'logbook.attachments.uploaded': { fr: 'jointe', en: 'attached' },
  'logbook.attachments.remove': { fr: 'Retirer {name}', en: 'Remove {name}' },
  'logbook.attachments.wait': {
    fr: 'Attendez la fin de l’envoi des pièces jointes pour publier.',
    en: 'Wait until the attachments are uploaded to post.',
  },
  'logbook.attachments.refusedOnEntry': {
    fr: 'Une pièce jointe n’a pas pu être reliée à l’observation : retirez-la, joignez-la à nouveau puis publiez.',
    en: 'An attachment could not be linked to the observation: remove it, attach it again, then post.',
  },
  'logbook.attachments.pendingCount': {
    fr: '{count} pièce(s) jointe(s)',
    en: '{count} attachment(s)',
  },

  // ------------------------------------------------------------------ in the entries
  'logbook.attachments.list': { fr: 'Pièces jointes', en: 'Attachments' },
  'logbook.attachments.open': {
    fr: 'Agrandir la photo {name}',
    en: 'Enlarge the photo {name}',
  },
  'logbook.attachments.download': { fr: 'Télécharger {name}', en: 'Download {name}' },
  'logbook.attachments.downloadShort': { fr: 'Télécharger', en: 'Download' },
  'logbook.attachments.close': { fr: 'Fermer', en: 'Close' },
  'logbook.attachments.loading': { fr: 'Chargement de {name}…', en: 'Loading {name}…' },
  'logbook.attachments.unavailable': {
    fr: '{name} : impossible d’afficher cette pièce jointe pour l’instant.',
    en: '{name}: this attachment cannot be shown right now.',
  },
  'logbook.attachments.kb': { fr: '{size} Ko', en: '{size} kB' },
  'logbook.attachments.mb': { fr: '{size} Mo', en: '{size} MB' },
} as const satisfies Record<string, { fr: string; en: string }>;
