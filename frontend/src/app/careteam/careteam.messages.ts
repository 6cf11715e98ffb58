/**
 * The UI texts of the care team and its invitations, French and English side by side; loaded with
 * the patient file (i18n/catalogue.ts).
 */
export const CARE_TEAM_MESSAGES = {
  'team.title': { fr: 'Équipe de prise en charge', en: 'Care team' },
  'team.add': { fr: 'Ajouter un professionnel', en: 'Add a professional' },
  'team.search': {
    fr: "Rechercher dans l'annuaire (nom, profession)",
    en: 'Search the directory (name, profession)',
  },
  'team.role': { fr: 'Rôle dans l’équipe', en: 'Role in the team' },
  'team.addButton': { fr: 'Ajouter à l’équipe', en: 'Add to the team' },
  'team.added': { fr: '{name} a rejoint l’équipe.', en: '{name} joined the team.' },
  'team.since': { fr: 'depuis le {date}', en: 'since {date}' },
  'team.notYet': { fr: 'pas encore actif', en: 'not active yet' },
  'team.until': { fr: 'jusqu’au {date}', en: 'until {date}' },
  'team.period': { fr: 'Dates', en: 'Dates' },
  'team.sinceLabel': { fr: 'Début', en: 'Start' },
  'team.untilLabel': { fr: 'Fin (facultatif)', en: 'End (optional)' },
  'team.remove': { fr: 'Retirer', en: 'Remove' },
  'team.removeLabel': { fr: 'Retirer {name} de l’équipe', en: 'Remove {name} from the team' },
  'team.removeReason': {
    fr: 'Retirer {name} de l’équipe : son accès s’arrête immédiatement. Motif (facultatif) :',
    en: 'Remove {name} from the team: access stops at once. Reason (optional):',
  },
  'team.removed': { fr: '{name} ne fait plus partie de l’équipe.', en: '{name} left the team.' },
  'team.former': { fr: 'Anciens membres ({count})', en: 'Former members ({count})' },
  'team.endedOn': { fr: 'sorti(e) le {date}', en: 'left on {date}' },
  'team.leave': { fr: 'Quitter cette équipe', en: 'Leave this team' },
  'team.leaveConfirm': {
    fr: 'Quitter l’équipe ? Vous n’aurez plus accès à ce dossier.',
    en: 'Leave the team? You will no longer see this file.',
  },
  'team.leftNotice': {
    fr: 'Vous avez quitté l’équipe : ce dossier n’est plus accessible.',
    en: 'You left the team: this file is no longer available to you.',
  },
  'team.delegate': {
    fr: 'Déléguer la rédaction du plan à la structure de coordination',
    en: 'Delegate care-plan authoring to the coordination structure',
  },
  'team.delegated': {
    fr: 'Rédaction du plan déléguée à {structure} par {by} le {date}.',
    en: 'Care-plan authoring delegated to {structure} by {by} on {date}.',
  },
  'team.revokeDelegation': { fr: 'Révoquer', en: 'Revoke' },
  'invite.title': { fr: 'Invitations', en: 'Invitations' },
  'invite.open': {
    fr: 'Inviter par courriel une personne absente de l’annuaire',
    en: 'Invite by e-mail someone not in the directory',
  },
  'invite.help': {
    fr: 'La personne reçoit un lien personnel, valable 14 jours ; elle rejoint l’équipe après s’être connectée.',
    en: 'The person gets a personal link, valid 14 days, and joins the team after logging in.',
  },
  'invite.email': { fr: 'Courriel', en: 'E-mail' },
  'invite.profession': { fr: 'Profession', en: 'Profession' },
  'invite.structure': { fr: 'Sa structure (annuaire)', en: 'Their structure (directory)' },
  'invite.send': { fr: 'Envoyer l’invitation', en: 'Send the invitation' },
  'invite.sent': { fr: 'Invitation envoyée à {email}.', en: 'Invitation sent to {email}.' },
  'invite.cancel': { fr: 'Annuler', en: 'Cancel' },
  'invite.status.PENDING': { fr: 'en attente', en: 'pending' },
  'invite.status.ACCEPTED': { fr: 'acceptée', en: 'accepted' },
  'invite.status.DECLINED': { fr: 'refusée', en: 'declined' },
  'invite.status.CANCELLED': { fr: 'annulée', en: 'cancelled' },
  'invite.status.EXPIRED': { fr: 'expirée', en: 'expired' },
} as const satisfies Record<string, { fr: string; en: string }>;
