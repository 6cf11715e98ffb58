/**
 * The UI texts of messaging (the messages page, a conversation, the panel of a patient's file),
 * French and English side by side; loaded with its routes (i18n/catalogue.ts). Also uses
 * 'common.loading', 'common.retry', 'common.cancel', 'logbook.category', 'logbook.important',
 * 'category.<CATEGORY>', 'profession.<PROFESSION>', 'directory.type.<TYPE>' and the 'error.*'
 * keys through callError.
 */
export const MESSAGING_MESSAGES = {
  // ------------------------------------------------------------------ problems of the API
  'problem.not-conversation-owner': {
    fr: 'Seule la personne responsable de cette conversation peut faire cela.',
    en: 'Only the person in charge of this conversation can do this.',
  },
  'problem.already-in-logbook': {
    fr: 'Ce message est déjà dans le cahier de liaison du patient.',
    en: "This message is already in the patient's logbook.",
  },
  'problem.not-a-patient-conversation': {
    fr: 'Seul un message d’une conversation sur un patient peut aller dans son cahier de liaison.',
    en: 'Only a message of a conversation about a patient can go into a logbook.',
  },
  'problem.mention-not-member': {
    fr: 'Vous avez mentionné une personne qui ne participe pas à cette conversation : retirez la mention ou ajoutez-la d’abord.',
    en: 'You mentioned someone who is not in this conversation: remove the mention or add the person first.',
  },
  'problem.not-a-topic-conversation': {
    fr: 'Une conversation sur un patient réunit son équipe de prise en charge : faites plutôt appel à une équipe ressource.',
    en: "A conversation about a patient gathers the patient's care team: call in a resource team instead.",
  },
  /** What the access log names a read or write of messages about a patient. */
  'resource.messaging': { fr: 'Messagerie', en: 'Messages' },
  'messaging.error.notFound': {
    fr: 'Conversation introuvable : elle n’existe pas, ou vous n’en faites plus partie.',
    en: 'Conversation not found: it does not exist, or you are no longer part of it.',
  },

  // ------------------------------------------------------------------ page (the header's texts,
  // 'nav.messages' and 'messaging.nav.*', are in the core: i18n/messages.ts)
  'messaging.title': { fr: 'Messagerie', en: 'Messages' },
  'messaging.back': { fr: 'Toutes les conversations', en: 'All conversations' },
  'messaging.list.title': { fr: 'Vos conversations', en: 'Your conversations' },
  'messaging.list.empty': {
    fr: 'Aucune conversation pour l’instant.',
    en: 'No conversations yet.',
  },
  'messaging.list.emptyHelp': {
    fr: 'Commencez-en une sur un de vos patients (son équipe y participe) ou sur un autre sujet avec les collègues de votre choix.',
    en: 'Start one about one of your patients (the care team takes part) or about another topic with the colleagues you choose.',
  },
  'messaging.unreadOne': { fr: '1 message non lu', en: '1 unread message' },
  'messaging.unreadMany': { fr: '{count} messages non lus', en: '{count} unread messages' },
  'messaging.kind.TOPIC': { fr: 'Sujet libre', en: 'Topic' },
  'messaging.placeholder.choose': {
    fr: 'Choisissez une conversation dans la liste, ou commencez-en une nouvelle.',
    en: 'Choose a conversation in the list, or start a new one.',
  },
  'messaging.placeholder.start': {
    fr: 'Échangez avec l’équipe d’un patient ou avec des collègues, en toute confidentialité.',
    en: "Talk with a patient's care team or with colleagues, confidentially.",
  },

  // ------------------------------------------------------------------ a conversation
  'messaging.header.patient': { fr: 'Patient :', en: 'Patient:' },
  'messaging.header.owner': { fr: 'Responsable : {name}', en: 'In charge: {name}' },
  'messaging.header.ownerBadge': { fr: 'Responsable', en: 'In charge' },
  'messaging.header.members': { fr: 'Participants ({count})', en: 'Participants ({count})' },
  'messaging.via.TEAM': { fr: 'Équipe de prise en charge', en: 'Care team' },
  'messaging.via.CHOSEN': { fr: 'Invité(e)', en: 'Invited' },
  'messaging.via.RESOURCE_TEAM': { fr: 'Équipe ressource', en: 'Resource team' },
  'messaging.thread': { fr: 'Messages de la conversation', en: 'Messages of the conversation' },
  'messaging.older': { fr: 'Charger les messages précédents', en: 'Load earlier messages' },
  'messaging.empty': {
    fr: 'Aucun message pour l’instant : écrivez le premier ci-dessous.',
    en: 'No messages yet: write the first one below.',
  },
  'messaging.unseenOne': { fr: '1 nouveau message', en: '1 new message' },
  'messaging.unseenMany': { fr: '{count} nouveaux messages', en: '{count} new messages' },
  'messaging.live.one': { fr: 'Nouveau message de {name}', en: 'New message from {name}' },
  'messaging.live.many': { fr: '{count} nouveaux messages', en: '{count} new messages' },
  'messaging.message.mentions': { fr: 'Mentionne : {names}', en: 'Mentions: {names}' },
  'messaging.message.mentionsYou': { fr: 'Vous êtes mentionné(e)', en: 'You are mentioned' },

  // ------------------------------------------------------------------ message → logbook
  'messaging.logbook.action': { fr: 'Cahier de liaison', en: 'Logbook' },
  'messaging.logbook.formLabel': {
    fr: 'Copier ce message dans le cahier de liaison',
    en: 'Copy this message into the logbook',
  },
  'messaging.logbook.help': {
    fr: 'L’entrée garde l’auteur et l’heure du message.',
    en: 'The entry keeps the author and time of the message.',
  },
  'messaging.logbook.submit': { fr: 'Copier dans le cahier', en: 'Copy into the logbook' },
  'messaging.logbook.saving': { fr: 'Copie…', en: 'Copying…' },
  'messaging.logbook.done': { fr: 'Copié dans le cahier', en: 'Copied into the logbook' },

  // ------------------------------------------------------------------ the composer
  'messaging.composer.label': { fr: 'Votre message', en: 'Your message' },
  'messaging.composer.placeholder': { fr: 'Écrire un message…', en: 'Write a message…' },
  'messaging.composer.help': {
    fr: 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne, « @ » pour mentionner un participant.',
    en: 'Enter to send, Shift+Enter for a new line, “@” to mention a participant.',
  },
  'messaging.composer.send': { fr: 'Envoyer', en: 'Send' },
  'messaging.composer.sending': { fr: 'Envoi…', en: 'Sending…' },
  'messaging.composer.mentionList': {
    fr: 'Participants à mentionner',
    en: 'Participants to mention',
  },
  'messaging.composer.proposed': {
    fr: '{count} participant(s) proposé(s) : flèches pour choisir, Entrée pour valider.',
    en: '{count} participant(s) proposed: arrows to choose, Enter to confirm.',
  },
  'messaging.composer.notSent': {
    fr: 'Message non envoyé : le serveur ne répond pas. Votre texte est conservé, réessayez dans un instant.',
    en: 'Message not sent: the server does not answer. Your text is kept; try again in a moment.',
  },

  // ------------------------------------------------------------------ managing a conversation
  'messaging.manage.handover': { fr: 'Confier à un collègue', en: 'Hand over to a colleague' },
  'messaging.manage.members': { fr: 'Ajouter des participants', en: 'Add participants' },
  'messaging.manage.resource': {
    fr: 'Faire appel à une équipe ressource',
    en: 'Call in a resource team',
  },
  'messaging.manage.submit.handover': { fr: 'Confier', en: 'Hand over' },
  'messaging.manage.submit.members': { fr: 'Ajouter', en: 'Add' },
  'messaging.manage.submit.resource': { fr: 'Faire appel', en: 'Call in' },
  'messaging.handover.to': { fr: 'Confier la conversation à', en: 'Hand the conversation over to' },
  'messaging.handover.choose': { fr: 'Choisissez un participant', en: 'Choose a participant' },
  'messaging.handover.help': {
    fr: 'Cette personne devient responsable de la réponse ; vous restez participant(e).',
    en: 'This person becomes responsible for answering; you stay a participant.',
  },
  'messaging.handover.nobody': {
    fr: 'Personne d’autre ne participe encore à cette conversation.',
    en: 'Nobody else takes part in this conversation yet.',
  },
  'messaging.handover.done': {
    fr: 'La conversation est confiée à {name}.',
    en: 'The conversation is handed over to {name}.',
  },
  'messaging.members.done': {
    fr: '{count} participant(s) ajouté(s).',
    en: '{count} participant(s) added.',
  },
  'messaging.resource.help': {
    fr: 'Tous les professionnels de la structure choisie rejoindront la conversation.',
    en: 'All the professionals of the chosen structure will join the conversation.',
  },
  'messaging.resource.done': {
    fr: 'L’équipe de {name} a rejoint la conversation.',
    en: 'The team of {name} joined the conversation.',
  },

  // ------------------------------------------------------------------ a new conversation
  'messaging.new.button': { fr: 'Nouvelle conversation', en: 'New conversation' },
  'messaging.new.title': { fr: 'Nouvelle conversation', en: 'New conversation' },
  'messaging.new.kind': { fr: 'Cette conversation porte sur', en: 'This conversation is about' },
  'messaging.new.kindPatient': {
    fr: 'Un de mes patients (son équipe de prise en charge y participe)',
    en: 'One of my patients (the care team takes part)',
  },
  'messaging.new.kindTopic': {
    fr: 'Un autre sujet (vous choisissez les participants)',
    en: 'Another topic (you choose the participants)',
  },
  'messaging.new.patient': { fr: 'Patient', en: 'Patient' },
  'messaging.new.patientChoose': { fr: 'Choisissez un patient', en: 'Choose a patient' },
  'messaging.new.patientHelp': {
    fr: 'Parmi « Mes patients ».',
    en: 'Among “My patients”.',
  },
  'messaging.new.patientRequired': { fr: 'Choisissez un patient.', en: 'Choose a patient.' },
  'messaging.new.noPatients': {
    fr: 'Vous ne faites partie d’aucune équipe de prise en charge : choisissez « Un autre sujet ».',
    en: 'You are in no care team: choose “Another topic”.',
  },
  'messaging.new.subject': { fr: 'Objet', en: 'Subject' },
  'messaging.new.subjectHelp': {
    fr: 'Quelques mots, par exemple « Retour d’hospitalisation ». 200 caractères au plus.',
    en: 'A few words, for example “Back from hospital”. 200 characters at most.',
  },
  'messaging.new.subjectRequired': { fr: 'Donnez un objet.', en: 'Give a subject.' },
  'messaging.new.participants': {
    fr: 'Rechercher des participants dans l’annuaire',
    en: 'Search the directory for participants',
  },
  'messaging.new.participantsHelp': {
    fr: 'Vous en faites partie et en êtes responsable ; vous pourrez en ajouter ensuite.',
    en: 'You take part and are in charge; you can add more later.',
  },
  'messaging.new.submit': { fr: 'Commencer la conversation', en: 'Start the conversation' },
  'messaging.new.saving': { fr: 'Création…', en: 'Starting…' },

  // ------------------------------------------------------------------ in a patient's file
  'messaging.patient.title': { fr: 'Conversations', en: 'Conversations' },
  'messaging.patient.empty': {
    fr: 'Aucune conversation sur ce patient.',
    en: 'No conversations about this patient.',
  },
  'messaging.patient.new': {
    fr: 'Nouvelle conversation sur ce patient',
    en: 'New conversation about this patient',
  },
  'messaging.patient.help': {
    fr: 'L’équipe de prise en charge du patient y participe.',
    en: "The patient's care team takes part.",
  },
  'messaging.patient.unavailable': {
    fr: 'Les conversations sur ce patient sont réservées à son équipe de prise en charge.',
    en: "Conversations about this patient are for the patient's care team only.",
  },
} as const satisfies Record<string, { fr: string; en: string }>;
