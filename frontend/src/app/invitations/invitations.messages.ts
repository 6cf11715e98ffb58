/** UI texts of the invitation link page (French default, English), loaded with its routes (i18n/catalogue.ts). */
export const INVITATION_MESSAGES = {
  'invitation.title': {
    fr: 'Invitation à rejoindre une équipe de prise en charge',
    en: 'Invitation to join a care team',
  },
  'invitation.text': {
    fr: "{invitedBy} ({structure}) vous invite à rejoindre l'équipe de prise en charge de {patient} en tant que « {role} ».",
    en: '{invitedBy} ({structure}) invites you to join the care team of {patient} as {role}.',
  },
  'invitation.for': { fr: 'Invitation adressée à {name}.', en: 'Invitation sent to {name}.' },
  'invitation.validUntil': {
    fr: "Valable jusqu'au {date}.",
    en: 'Valid until {date}.',
  },
  'invitation.acceptHelp': {
    fr: 'En acceptant, vous accédez au dossier de coordination de ce patient et à son cahier de liaison.',
    en: "By accepting, you get access to this patient's coordination file and logbook.",
  },
  'invitation.accept': { fr: 'Accepter', en: 'Accept' },
  'invitation.accepting': { fr: 'Acceptation…', en: 'Accepting…' },
  'invitation.decline': { fr: 'Refuser', en: 'Decline' },
  'invitation.declineConfirm': {
    fr: 'Refuser cette invitation ? Vous ne pourrez plus utiliser ce lien ensuite.',
    en: 'Decline this invitation? You will not be able to use this link afterwards.',
  },
  'invitation.declineYes': { fr: 'Oui, refuser', en: 'Yes, decline' },
  'invitation.declineNo': { fr: 'Non, revenir', en: 'No, go back' },
  'invitation.declining': { fr: 'Refus…', en: 'Declining…' },
  'invitation.declined': { fr: 'Invitation refusée.', en: 'Invitation declined.' },
  'invitation.declinedText': {
    fr: "Vous ne ferez pas partie de l'équipe de prise en charge de ce patient.",
    en: 'You will not be part of the care team of this patient.',
  },
  'invitation.status.ACCEPTED': {
    fr: 'Cette invitation a déjà été acceptée.',
    en: 'This invitation has already been accepted.',
  },
  'invitation.status.DECLINED': {
    fr: 'Cette invitation a été refusée : elle ne peut plus être acceptée.',
    en: 'This invitation was declined: it can no longer be accepted.',
  },
  'invitation.status.CANCELLED': {
    fr: 'Le gestionnaire de cas a annulé cette invitation.',
    en: 'The case manager cancelled this invitation.',
  },
  'invitation.status.EXPIRED': {
    fr: 'Cette invitation a expiré le {date}.',
    en: 'This invitation expired on {date}.',
  },
  'invitation.askAgain': {
    fr: 'Si vous devez rejoindre cette équipe, demandez à {invitedBy} de vous envoyer une nouvelle invitation.',
    en: 'If you should join this team, ask {invitedBy} to send you a new invitation.',
  },
  'invitation.openFile': { fr: 'Ouvrir le dossier du patient', en: "Open the patient's file" },
  'invitation.invalid': {
    fr: "Ce lien d'invitation n'est pas valide.",
    en: 'This invitation link is not valid.',
  },
  'invitation.invalidText': {
    fr: 'Vérifiez que vous avez ouvert le lien complet reçu par courriel. Sinon, demandez à la personne qui vous a invité(e) de vous envoyer une nouvelle invitation.',
    en: 'Check that you opened the whole link received by e-mail. Otherwise, ask the person who invited you to send a new invitation.',
  },
  'invitation.home': { fr: "Aller à l'accueil", en: 'Go to the home page' },
  'problem.invitation-accepted': {
    fr: 'Cette invitation a déjà été acceptée.',
    en: 'This invitation has already been accepted.',
  },
  'problem.invitation-declined': {
    fr: 'Cette invitation a été refusée : elle ne peut plus être acceptée.',
    en: 'This invitation was declined: it can no longer be accepted.',
  },
  'problem.invitation-cancelled': {
    fr: 'Le gestionnaire de cas a annulé cette invitation.',
    en: 'The case manager cancelled this invitation.',
  },
  'problem.invitation-expired': {
    fr: 'Cette invitation a expiré. Demandez-en une nouvelle à la personne qui vous a invité(e).',
    en: 'This invitation has expired. Ask the person who invited you for a new one.',
  },
  'problem.invitation-for-someone-else': {
    fr: 'Cette invitation a été envoyée à une autre personne. Vérifiez que vous êtes connecté(e) avec votre propre compte.',
    en: 'This invitation was sent to somebody else. Check that you are logged in with your own account.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
