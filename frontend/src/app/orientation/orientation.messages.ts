/**
 * UI texts of orientation and admission requests (French default, English), loaded with its routes (i18n/catalogue.ts).
 */
export const ORIENTATION_MESSAGES = {
  'orientation.title': { fr: 'Demandes reçues', en: 'Requests received' },
  'orientation.intro': {
    fr: "Les demandes d'orientation et d'admission adressées à votre structure, les plus récentes en premier.",
    en: 'The referral and admission requests sent to your structure, newest first.',
  },
  'orientation.introFor': {
    fr: "Les demandes d'orientation et d'admission adressées à {structure}, les plus récentes en premier.",
    en: 'The referral and admission requests sent to {structure}, newest first.',
  },
  'orientation.count': { fr: '{count} demande(s)', en: '{count} request(s)' },
  'orientation.empty': {
    fr: 'Aucune demande reçue pour votre structure.',
    en: 'No request received for your structure.',
  },
  'orientation.kind.ADMISSION': { fr: "Demande d'admission", en: 'Admission request' },
  'orientation.kind.ORIENTATION': { fr: "Demande d'orientation", en: 'Referral request' },
  'orientation.statusLabel': { fr: 'État :', en: 'Status:' },
  'orientation.status.SENT': { fr: 'Envoyée', en: 'Sent' },
  'orientation.status.ACCEPTED': { fr: 'Acceptée', en: 'Accepted' },
  'orientation.status.REFUSED': { fr: 'Refusée', en: 'Refused' },
  'orientation.status.ADMITTED': { fr: 'Admis(e)', en: 'Admitted' },
  'orientation.status.CANCELLED': { fr: 'Annulée', en: 'Cancelled' },
  'orientation.patient': { fr: 'Patient(e)', en: 'Patient' },
  'orientation.born': { fr: 'né(e) le {date}', en: 'born {date}' },
  'orientation.from': { fr: 'De :', en: 'From:' },
  'orientation.to': { fr: 'À :', en: 'To:' },
  'orientation.sentBy': { fr: 'Envoyée par {name} le {date}', en: 'Sent by {name} on {date}' },
  'orientation.summary': { fr: 'Synthèse', en: 'Summary' },
  'orientation.answered.ACCEPTED': {
    fr: 'Acceptée par {name} le {date}',
    en: 'Accepted by {name} on {date}',
  },
  'orientation.answered.REFUSED': {
    fr: 'Refusée par {name} le {date}',
    en: 'Refused by {name} on {date}',
  },
  'orientation.answered.ADMITTED': {
    fr: 'Admission enregistrée par {name} le {date}',
    en: 'Admission recorded by {name} on {date}',
  },
  'orientation.answered.CANCELLED': {
    fr: 'Annulée par {name} le {date}',
    en: 'Cancelled by {name} on {date}',
  },
  'orientation.admittedOn': { fr: 'Admis(e) le {date}', en: 'Admitted on {date}' },
  'orientation.comment': { fr: 'Commentaire', en: 'Comment' },
  'orientation.answer.ACCEPTED': { fr: 'Accepter', en: 'Accept' },
  'orientation.answer.REFUSED': { fr: 'Refuser', en: 'Refuse' },
  'orientation.answer.ADMITTED': { fr: 'Admission effectuée', en: 'Admission done' },
  'orientation.answer.CANCELLED': { fr: 'Annuler la demande', en: 'Cancel the request' },
  'orientation.answer.title.ACCEPTED': { fr: 'Accepter la demande', en: 'Accept the request' },
  'orientation.answer.title.REFUSED': { fr: 'Refuser la demande', en: 'Refuse the request' },
  'orientation.answer.title.ADMITTED': {
    fr: "Enregistrer l'admission",
    en: 'Record the admission',
  },
  'orientation.answer.title.CANCELLED': {
    fr: 'Annuler cette demande',
    en: 'Cancel this request',
  },
  'orientation.answer.confirm.ACCEPTED': {
    fr: "Confirmer l'acceptation",
    en: 'Confirm the acceptance',
  },
  'orientation.answer.confirm.REFUSED': { fr: 'Confirmer le refus', en: 'Confirm the refusal' },
  'orientation.answer.confirm.ADMITTED': {
    fr: "Enregistrer l'admission",
    en: 'Record the admission',
  },
  'orientation.answer.confirm.CANCELLED': {
    fr: "Confirmer l'annulation",
    en: 'Confirm the cancellation',
  },
  'orientation.answer.back': { fr: 'Ne pas répondre maintenant', en: 'Not now' },
  'orientation.answer.keep': { fr: 'Garder la demande', en: 'Keep the request' },
  'orientation.answer.comment': { fr: 'Commentaire (facultatif)', en: 'Comment (optional)' },
  'orientation.answer.reason': {
    fr: 'Pourquoi retirez-vous la demande ? (obligatoire : la structure l’a acceptée et sera prévenue)',
    en: 'Why do you withdraw the request? (required: the structure accepted it and will be told)',
  },
  'orientation.answer.reasonRequired': {
    fr: 'Dites à la structure pourquoi vous retirez une demande qu’elle a acceptée.',
    en: 'Tell the structure why you withdraw a request it accepted.',
  },
  'orientation.answer.commentHelp': {
    fr: 'Lu par les deux structures ({count}/1000 caractères).',
    en: 'Read by both structures ({count}/1000 characters).',
  },
  'orientation.answer.admittedOn': { fr: "Date d'admission", en: 'Admission date' },
  'orientation.answer.admittedOnRequired': {
    fr: 'Indiquez le jour où le patient a été admis.',
    en: 'Say on which day the patient was admitted.',
  },
  'orientation.answer.admittedOnFuture': {
    fr: "La date d'admission ne peut pas être dans le futur.",
    en: 'The admission date cannot be in the future.',
  },
  'orientation.answer.saving': { fr: 'Envoi…', en: 'Sending…' },
  'orientation.answer.done': {
    fr: 'Réponse enregistrée : {status}.',
    en: 'Answer recorded: {status}.',
  },
  'orientation.answer.allowed': {
    fr: 'Réponses encore possibles : {statuses}.',
    en: 'Answers still possible: {statuses}.',
  },
  'orientation.answer.noneAllowed': {
    fr: "Cette demande n'attend plus de réponse de votre part.",
    en: 'This request no longer awaits an answer from you.',
  },
  'orientation.changedMeanwhile': {
    fr: "Cette demande a été modifiée entre-temps par quelqu'un d'autre. La liste vient d'être mise à jour : vérifiez son état avant de répondre.",
    en: 'Somebody else changed this request meanwhile. The list has just been refreshed: check where it stands before answering.',
  },
  'orientation.panel.title': { fr: 'Orientation et admission', en: 'Referral and admission' },
  'orientation.panel.empty': {
    fr: 'Aucune demande envoyée pour ce patient.',
    en: 'No request sent for this patient.',
  },
  'orientation.new': { fr: 'Nouvelle demande', en: 'New request' },
  'orientation.new.type': {
    fr: 'Type de structure (facultatif)',
    en: 'Type of structure (optional)',
  },
  'orientation.new.anyType': { fr: 'Tous les types', en: 'All types' },
  'orientation.new.search': {
    fr: 'Rechercher la structure destinataire (nom, commune)',
    en: 'Search for the receiving structure (name, town)',
  },
  'orientation.new.to': { fr: 'Structure destinataire', en: 'Receiving structure' },
  'orientation.new.change': { fr: 'Changer de structure', en: 'Change structure' },
  'orientation.new.toRequired': {
    fr: 'Choisissez la structure destinataire dans la liste.',
    en: 'Choose the receiving structure in the list.',
  },
  'orientation.new.toInvalid': {
    fr: "Choisissez une structure de l'annuaire, autre que celle qui suit ce patient.",
    en: 'Choose a structure of the directory, other than the one following this patient.',
  },
  'orientation.new.kind': { fr: 'Type de demande', en: 'Type of request' },
  'orientation.new.summary': { fr: 'Synthèse de la situation', en: 'Summary of the situation' },
  'orientation.new.summaryHelp': {
    fr: "Motif, besoins, degré d'urgence : seulement ce qui est utile à la structure destinataire ({count}/4000 caractères).",
    en: 'Reason, needs, urgency: only what the receiving structure needs ({count}/4000 characters).',
  },
  'orientation.new.submit': { fr: 'Envoyer la demande', en: 'Send the request' },
  'orientation.new.saving': { fr: 'Envoi…', en: 'Sending…' },
  'orientation.new.sent': {
    fr: 'Demande envoyée à {structure}.',
    en: 'Request sent to {structure}.',
  },
  'orientation.structureType.DAC': { fr: 'DAC / PTA', en: 'DAC / PTA' },
  'orientation.structureType.HOSPITAL': { fr: 'Hôpital', en: 'Hospital' },
  'orientation.structureType.NURSING_HOME': { fr: 'EHPAD', en: 'Nursing home (EHPAD)' },
  'orientation.structureType.HOME_CARE_SERVICE': {
    fr: "Service d'aide à domicile",
    en: 'Home help service',
  },
  'orientation.structureType.HOME_NURSING_SERVICE': {
    fr: 'SSIAD',
    en: 'Home nursing service (SSIAD)',
  },
  'orientation.structureType.HEALTH_PRACTICE': {
    fr: 'Cabinet / maison de santé',
    en: 'Practice / health centre',
  },
  'orientation.structureType.PHARMACY': { fr: 'Pharmacie', en: 'Pharmacy' },
  'orientation.structureType.CPTS': { fr: 'CPTS', en: 'CPTS' },
  'orientation.structureType.SOCIAL_SERVICE': { fr: 'Service social', en: 'Social service' },
  'problem.orientation-transition-not-allowed': {
    fr: "Cette réponse n'est pas possible : la demande a changé d'état, ou cette réponse revient à l'autre structure.",
    en: 'This answer is not possible: the request has moved on, or this answer belongs to the other structure.',
  },
  // ------------------------------------------------------------------ signals (signalements)
  'signal.new.title': { fr: 'Signaler une personne', en: 'Signal a person' },
  'signal.new.intro': {
    fr: 'Vous vous inquiétez pour une personne qui n’est pas encore suivie ? Signalez-la au dispositif d’appui à la coordination (DAC) de son territoire, avec sa grille d’orientation : il étudie la situation et vous répond.',
    en: 'Worried about someone who is not followed yet? Signal the person to the coordination structure (DAC) of the area, with its orientation grid: it studies the situation and answers you.',
  },
  'signal.to': { fr: 'Dispositif d’appui à la coordination', en: 'Coordination structure' },
  'signal.person': { fr: 'La personne', en: 'The person' },
  'signal.personHelp': {
    fr: 'Son identité, aussi exactement que vous la connaissez : la structure la vérifiera.',
    en: 'Who the person is, as exactly as you know: the structure will check it.',
  },
  'signal.phone': { fr: 'Téléphone (facultatif)', en: 'Phone (optional)' },
  'signal.informed': {
    fr: 'La personne (ou son représentant) est informée et d’accord pour ce signalement',
    en: 'The person (or a representative) is informed and agrees to this signal',
  },
  'signal.required': {
    fr: 'Complétez les champs signalés : ils sont obligatoires.',
    en: 'Complete the fields shown: they are required.',
  },
  'signal.send': { fr: 'Envoyer le signalement', en: 'Send the signal' },
  'signal.sending': { fr: 'Envoi…', en: 'Sending…' },
  'signal.sent': {
    fr: 'Signalement envoyé : la structure est prévenue, vous le serez de sa réponse.',
    en: 'Signal sent: the structure is told, you will be told of its answer.',
  },
  'signal.mine': { fr: 'Mes signalements', en: 'My signals' },
  'signal.mineIntro': {
    fr: 'Les personnes que vous avez signalées et la réponse des structures.',
    en: 'The people you signalled and the structures’ answers.',
  },
  'signal.none': { fr: 'Vous n’avez signalé personne.', en: 'You have signalled nobody.' },
  'signal.status.SENT': { fr: 'En attente de réponse', en: 'Awaiting an answer' },
  'signal.status.ACCEPTED': { fr: 'Accepté', en: 'Accepted' },
  'signal.status.REFUSED': { fr: 'Refusé', en: 'Refused' },
  'signal.sentBy': {
    fr: 'Signalé par {name} ({from}) à {to}, le {date}',
    en: 'Signalled by {name} ({from}) to {to}, on {date}',
  },
  'signal.informedYes': {
    fr: 'La personne est informée et d’accord.',
    en: 'The person is informed and agrees.',
  },
  'signal.informedNo': {
    fr: 'La personne n’a pas encore été informée.',
    en: 'The person has not been told yet.',
  },
  'signal.answered.ACCEPTED': {
    fr: 'Accepté par {name} le {date} : un dossier est ouvert.',
    en: 'Accepted by {name} on {date}: a file is open.',
  },
  'signal.answered.REFUSED': {
    fr: 'Refusé par {name} le {date}.',
    en: 'Refused by {name} on {date}.',
  },
  'signal.incoming': { fr: 'Signalements reçus', en: 'Signals received' },
  'signal.incomingNone': {
    fr: 'Aucune personne n’a été signalée à votre structure.',
    en: 'Nobody was signalled to your structure.',
  },
  'signal.acceptAnyway': {
    fr: 'Accepter quand même (nouveau dossier)',
    en: 'Accept anyway (a new file)',
  },
  'signal.duplicatesThen': {
    fr: 'Vérifiez avant d’ouvrir un second dossier : si la personne est déjà suivie, ouvrez son dossier (ou rouvrez-le) et refusez ce signalement en le disant ; si c’est une autre personne, acceptez quand même.',
    en: 'Check before opening a second file: if the person is already followed, open (or reopen) that file and refuse this signal saying so; if it is another person, accept anyway.',
  },
  'signal.accept': {
    fr: 'Accepter et ouvrir le dossier (T1)',
    en: 'Accept and open the file (T1)',
  },
  'signal.refuse': { fr: 'Refuser', en: 'Refuse' },
  'signal.openFile': { fr: 'Ouvrir le dossier', en: 'Open the file' },
  'problem.signal-already-answered': {
    fr: 'Un collègue a déjà répondu à ce signalement : il a été rechargé.',
    en: 'A colleague already answered this signal: it was reloaded.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
