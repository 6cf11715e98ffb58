/**
 * The UI texts of the shared agendas (a patient's agenda, my agenda, meetings, availability, the
 * calendar subscription), French and English side by side; loaded with its routes
 * (i18n/catalogue.ts). Also uses 'common.loading', 'common.retry', 'common.cancel',
 * 'role.<ROLE>', 'profession.<PROFESSION>', 'directory.type.<TYPE>', the 'picker.*' keys (the
 * directory picker) and the 'error.*' keys through callError. The notifications of the agenda are
 * labelled here too.
 */
export const AGENDA_MESSAGES = {
  'agenda.invitations.title': {
    fr: 'Invitations à une RCP en attente de votre réponse',
    en: 'Meeting invitations waiting for your answer',
  },
  'agenda.invitations.line': { fr: '— le {date}, par {name}', en: '— on {date}, by {name}' },
  // ------------------------------------------------------------------ problems of the API
  'problem.slot-taken': {
    fr: 'Ce créneau vient d’être réservé par quelqu’un d’autre. Les créneaux libres ont été rechargés : choisissez-en un autre.',
    en: 'This slot has just been booked by someone else. The free slots were reloaded: choose another one.',
  },
  'problem.slot-overlap': {
    fr: 'Ces créneaux chevauchent des créneaux déjà publiés : changez l’heure ou le nombre de créneaux.',
    en: 'These slots overlap slots already published: change the time or the number of slots.',
  },
  'problem.decision-already-recorded': {
    fr: 'Le compte rendu de cette réunion a déjà été enregistré : le voici.',
    en: 'The decisions of this meeting were already recorded: here they are.',
  },
  'problem.not-organizer': {
    fr: 'Seul l’organisateur de la réunion peut faire cela.',
    en: 'Only the organiser of the meeting can do this.',
  },
  'problem.meeting-cancelled': {
    fr: 'Cette réunion a été annulée.',
    en: 'This meeting was cancelled.',
  },
  'problem.not-case-manager': {
    fr: 'Seul le gestionnaire de cas du patient réserve un créneau pour lui.',
    en: "Only the patient's case manager books a slot for the patient.",
  },
  'agenda.error.notFound': {
    fr: 'Introuvable : ce rendez-vous ou cette réunion n’existe pas, ou vous n’y avez pas accès.',
    en: 'Not found: this appointment or meeting does not exist, or you have no access to it.',
  },
  'agenda.error.stale': {
    fr: 'Ce rendez-vous vient d’être modifié par quelqu’un d’autre : il a été rechargé, recommencez.',
    en: 'Someone else has just changed this appointment: it was reloaded, please try again.',
  },
  /** What the access log names a read or write of a patient's agenda. */
  'resource.agenda': { fr: 'Agenda', en: 'Agenda' },

  // ------------------------------------------------------------------ notifications
  'notifications.kind.MEETING_INVITATION': {
    fr: '{actor} vous invite à une réunion de concertation (RCP)',
    en: '{actor} invites you to a multidisciplinary meeting',
  },
  'notifications.kindNoActor.MEETING_INVITATION': {
    fr: 'Vous êtes invité(e) à une réunion de concertation (RCP)',
    en: 'You are invited to a multidisciplinary meeting',
  },
  'notifications.kind.MEETING_ANSWERED': {
    fr: '{actor} a répondu à votre invitation à une réunion de concertation',
    en: '{actor} answered your invitation to a multidisciplinary meeting',
  },
  'notifications.kindNoActor.MEETING_ANSWERED': {
    fr: 'Un participant a répondu à votre invitation à une réunion de concertation',
    en: 'A participant answered your invitation to a multidisciplinary meeting',
  },
  'notifications.kind.MEETING_CANCELLED': {
    fr: '{actor} a annulé une réunion de concertation à laquelle vous étiez invité(e)',
    en: '{actor} cancelled a multidisciplinary meeting you were invited to',
  },
  'notifications.kindNoActor.MEETING_CANCELLED': {
    fr: 'Une réunion de concertation à laquelle vous étiez invité(e) a été annulée',
    en: 'A multidisciplinary meeting you were invited to was cancelled',
  },
  'notifications.kind.MEETING_REMINDER': {
    fr: 'Rappel : une réunion de concertation à laquelle vous participez approche',
    en: 'Reminder: a multidisciplinary meeting you take part in is coming up',
  },
  'notifications.kindNoActor.MEETING_REMINDER': {
    fr: 'Rappel : une réunion de concertation à laquelle vous participez approche',
    en: 'Reminder: a multidisciplinary meeting you take part in is coming up',
  },
  'notifications.kind.APPOINTMENT_REMINDER': {
    fr: 'Rappel : un rendez-vous ou une visite de votre agenda approche',
    en: 'Reminder: an appointment or visit in your agenda is coming up',
  },
  'notifications.kindNoActor.APPOINTMENT_REMINDER': {
    fr: 'Rappel : un rendez-vous ou une visite de votre agenda approche',
    en: 'Reminder: an appointment or visit in your agenda is coming up',
  },
  'notifications.kind.SLOT_BOOKED': {
    fr: '{actor} a réservé un de vos créneaux pour un patient',
    en: '{actor} booked one of your slots for a patient',
  },
  'notifications.kindNoActor.SLOT_BOOKED': {
    fr: 'Un de vos créneaux de disponibilité a été réservé pour un patient',
    en: 'One of your availability slots was booked for a patient',
  },

  // ------------------------------------------------------------------ common words
  'agenda.kind.VISIT': { fr: 'Visite', en: 'Visit' },
  'agenda.kind.APPOINTMENT': { fr: 'Rendez-vous', en: 'Appointment' },
  'agenda.kind.MEETING': { fr: 'RCP', en: 'Meeting' },
  'agenda.kindLong.VISIT': { fr: 'Visite à domicile', en: 'Home visit' },
  'agenda.kindLong.APPOINTMENT': {
    fr: 'Rendez-vous (consultation, examen…)',
    en: 'Appointment (consultation, test…)',
  },
  'agenda.kindLong.MEETING': {
    fr: 'Réunion de concertation pluriprofessionnelle (RCP)',
    en: 'Multidisciplinary meeting',
  },
  'agenda.by': { fr: 'par {name}', en: 'by {name}' },
  'agenda.mark.recurring': { fr: 'récurrent', en: 'recurring' },
  'agenda.mark.moved': { fr: 'déplacé', en: 'moved' },
  'agenda.myAnswer.PENDING': { fr: 'Invitation à confirmer', en: 'Invitation to answer' },
  'agenda.myAnswer.ACCEPTED': { fr: 'Vous venez', en: 'You attend' },
  'agenda.myAnswer.DECLINED': { fr: 'Vous avez refusé', en: 'You declined' },
  'agenda.myAnswer.ORGANIZER': { fr: 'Vous organisez', en: 'You organise' },
  'agenda.answer.PENDING': { fr: 'En attente', en: 'Pending' },
  'agenda.answer.ACCEPTED': { fr: 'Accepté', en: 'Accepted' },
  'agenda.answer.DECLINED': { fr: 'Refusé', en: 'Declined' },
  'agenda.answer.ORGANIZER': { fr: 'Organisateur', en: 'Organiser' },
  'agenda.minutes': { fr: '{n} min', en: '{n} min' },
  'agenda.hours': { fr: '{n} h', en: '{n} h' },
  'agenda.hoursMinutes': { fr: '{h} h {m}', en: '{h} h {m}' },
  'agenda.oneDay': { fr: '1 jour', en: '1 day' },
  'agenda.days': { fr: '{n} jours', en: '{n} days' },
  'agenda.reminder': { fr: 'Rappel', en: 'Reminder' },
  'agenda.reminder.none': { fr: 'Aucun rappel', en: 'No reminder' },
  'agenda.reminder.15': { fr: '15 minutes avant', en: '15 minutes before' },
  'agenda.reminder.60': { fr: '1 heure avant', en: '1 hour before' },
  'agenda.reminder.1440': { fr: '1 jour avant', en: '1 day before' },
  'agenda.reminderBefore': { fr: 'rappel {when} avant', en: 'reminder {when} before' },
  'agenda.reminderAtStart': { fr: 'rappel à l’heure', en: 'reminder at the start' },
  'agenda.before': { fr: '{when} avant', en: '{when} before' },
  'agenda.atStart': { fr: 'à l’heure', en: 'at the start' },
  'agenda.createdBy': { fr: 'créé par {name}', en: 'created by {name}' },
  'agenda.required': { fr: 'Obligatoire.', en: 'Required.' },
  'agenda.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'agenda.keep': { fr: 'Non, garder', en: 'No, keep it' },
  'agenda.close': { fr: 'Fermer', en: 'Close' },
  'agenda.manage': { fr: 'Gérer', en: 'Manage' },
  'agenda.manageNamed': { fr: 'Gérer « {title} »', en: 'Manage “{title}”' },
  'agenda.openMeeting': { fr: 'Ouvrir la réunion', en: 'Open the meeting' },
  'agenda.export': { fr: 'Exporter (.ics)', en: 'Export (.ics)' },
  'agenda.exporting': { fr: 'Export…', en: 'Exporting…' },

  // ------------------------------------------------------------------ repetition
  'agenda.frequency.NONE': { fr: 'Ne se répète pas', en: 'Does not repeat' },
  'agenda.frequency.DAILY': { fr: 'Tous les jours', en: 'Every day' },
  'agenda.frequency.WEEKLY': {
    fr: 'Toutes les semaines, les jours choisis',
    en: 'Every week, on the days chosen',
  },
  'agenda.frequency.MONTHLY': { fr: 'Tous les mois, à la même date', en: 'Every month, same date' },
  'agenda.end.NEVER': { fr: 'Jamais', en: 'Never' },
  'agenda.end.COUNT': { fr: 'Après', en: 'After' },
  'agenda.end.UNTIL': { fr: 'Le', en: 'On' },
  'agenda.rrule.DAILY': { fr: 'Tous les jours', en: 'Every day' },
  'agenda.rrule.WEEKLY': { fr: 'Chaque semaine', en: 'Every week' },
  'agenda.rrule.MONTHLY': { fr: 'Chaque mois', en: 'Every month' },
  'agenda.rrule.every.DAILY': { fr: 'Tous les {n} jours', en: 'Every {n} days' },
  'agenda.rrule.every.WEEKLY': { fr: 'Toutes les {n} semaines', en: 'Every {n} weeks' },
  'agenda.rrule.every.MONTHLY': { fr: 'Tous les {n} mois', en: 'Every {n} months' },
  'agenda.rrule.custom': { fr: 'Répétition', en: 'Repeats' },
  'agenda.rrule.on': { fr: ' : {days}', en: ': {days}' },
  'agenda.rrule.count': { fr: ', {count} fois', en: ', {count} times' },
  'agenda.rrule.until': { fr: ', jusqu’au {date}', en: ', until {date}' },

  // ------------------------------------------------------------------ the patient's agenda
  'agenda.panel.title': { fr: 'Agenda', en: 'Agenda' },
  'agenda.panel.period': { fr: 'Du {from} au {to}', en: 'From {from} to {to}' },
  'agenda.panel.empty': {
    fr: 'Rien de prévu sur cette période.',
    en: 'Nothing planned in this period.',
  },
  'agenda.panel.pager': { fr: 'Périodes de l’agenda', en: 'Periods of the agenda' },
  'agenda.panel.earlier': { fr: '‹ Plus tôt', en: '‹ Earlier' },
  'agenda.panel.later': { fr: 'Plus tard ›', en: 'Later ›' },
  'agenda.new.title': { fr: 'Nouveau rendez-vous', en: 'New appointment' },
  'agenda.new.kind': { fr: 'Type', en: 'Kind' },
  'agenda.new.titleField': { fr: 'Intitulé', en: 'Title' },
  'agenda.new.titleHelp': {
    fr: 'Par exemple « Toilette et pansement ». L’intitulé est visible de l’équipe du patient.',
    en: 'For instance “Wash and dressing”. The patient’s team sees the title.',
  },
  'agenda.new.performer': { fr: 'Intervenant', en: 'Performed by' },
  'agenda.new.choose': { fr: '— Choisir un membre de l’équipe —', en: '— Choose a team member —' },
  'agenda.new.date': { fr: 'Date', en: 'Date' },
  'agenda.new.time': { fr: 'Heure', en: 'Time' },
  'agenda.new.duration': { fr: 'Durée', en: 'Duration' },
  'agenda.new.location': { fr: 'Lieu', en: 'Place' },
  'agenda.new.locationHelp': {
    fr: 'Laissez vide pour une visite au domicile du patient.',
    en: "Leave empty for a visit at the patient's home.",
  },
  'agenda.new.repeat': { fr: 'Répétition', en: 'Repeat' },
  'agenda.new.days': { fr: 'Les jours', en: 'On' },
  'agenda.new.ends': { fr: 'Se termine', en: 'Ends' },
  'agenda.new.count': { fr: 'Nombre de fois', en: 'Number of times' },
  'agenda.new.times': { fr: 'fois', en: 'times' },
  'agenda.new.until': { fr: 'Dernier jour', en: 'Last day' },
  'agenda.new.untilAfterStart': {
    fr: 'Choisissez un dernier jour après le premier rendez-vous.',
    en: 'Choose a last day after the first appointment.',
  },
  'agenda.new.save': { fr: 'Enregistrer le rendez-vous', en: 'Save the appointment' },
  'agenda.new.saved': { fr: 'Rendez-vous enregistré.', en: 'Appointment saved.' },
  'agenda.new.savedSeries': {
    fr: 'Rendez-vous récurrent enregistré.',
    en: 'Recurring appointment saved.',
  },
  'agenda.occ.cancel': { fr: 'Annuler cette occurrence', en: 'Cancel this occurrence' },
  'agenda.occ.cancelConfirm': {
    fr: 'Annuler le rendez-vous du {when} ? Les autres de la série sont gardés.',
    en: 'Cancel the appointment of {when}? The others of the series are kept.',
  },
  'agenda.occ.cancelYes': { fr: 'Oui, annuler celle-ci', en: 'Yes, cancel this one' },
  'agenda.occ.cancelled': { fr: 'Occurrence annulée.', en: 'Occurrence cancelled.' },
  'agenda.occ.move': { fr: 'Déplacer cette occurrence', en: 'Move this occurrence' },
  'agenda.occ.moveSave': { fr: 'Déplacer', en: 'Move' },
  'agenda.occ.moved': { fr: 'Occurrence déplacée.', en: 'Occurrence moved.' },
  'agenda.occ.restore': { fr: 'Rétablir', en: 'Restore' },
  'agenda.occ.restoreNamed': {
    fr: 'Rétablir le rendez-vous du {when}',
    en: 'Restore the appointment of {when}',
  },
  'agenda.occ.restored': {
    fr: 'Occurrence rétablie comme dans la série.',
    en: 'Occurrence restored as in the series.',
  },
  'agenda.occ.cancelledOnes': {
    fr: 'Occurrences annulées de la série',
    en: 'Cancelled occurrences of the series',
  },
  'agenda.occ.deleteSeries': { fr: 'Supprimer la série', en: 'Delete the series' },
  'agenda.occ.deleteOne': { fr: 'Supprimer le rendez-vous', en: 'Delete the appointment' },
  'agenda.occ.deleteSeriesConfirm': {
    fr: 'Supprimer tous les rendez-vous de cette série, passés et à venir ?',
    en: 'Delete every appointment of this series, past and to come?',
  },
  'agenda.occ.deleteOneConfirm': {
    fr: 'Supprimer ce rendez-vous ?',
    en: 'Delete this appointment?',
  },
  'agenda.occ.seriesDeleted': { fr: 'Série supprimée.', en: 'Series deleted.' },
  'agenda.edit.title': { fr: 'Modifier le rendez-vous', en: 'Change the appointment' },
  'agenda.edit.save': { fr: 'Enregistrer les modifications', en: 'Save the changes' },
  'agenda.edit.saved': { fr: 'Rendez-vous modifié.', en: 'Appointment changed.' },
  'agenda.edit.seriesHelp': {
    fr: 'Vos changements valent pour toute la série ; la date est celle du premier rendez-vous. Une occurrence déplacée ou annulée qui ne tombe plus dans la série est oubliée.',
    en: 'Your changes apply to the whole series; the date is that of the first appointment. A moved or cancelled occurrence that no longer falls in the series is forgotten.',
  },
  'agenda.edit.ruleKept': {
    fr: 'Ce rendez-vous se répète selon une règle que ce formulaire ne sait pas afficher ({rule}) : elle est gardée telle quelle.',
    en: 'This appointment repeats by a rule this form cannot show ({rule}): it is kept as it is.',
  },
  'agenda.edit.ruleReplace': {
    fr: 'La remplacer par une autre répétition',
    en: 'Replace it with another repetition',
  },
  'agenda.edit.stale': {
    fr: 'Ce rendez-vous a été modifié par quelqu’un d’autre pendant que vous le modifiiez : rechargez-le, puis refaites votre changement.',
    en: 'Someone else changed this appointment while you were changing it: reload it, then make your change again.',
  },
  'agenda.edit.reload': { fr: 'Recharger', en: 'Reload' },
  'agenda.edit.reloaded': {
    fr: 'Rendez-vous rechargé tel qu’il est maintenant : refaites votre changement.',
    en: 'Appointment reloaded as it is now: make your change again.',
  },
  'agenda.occ.oneDeleted': { fr: 'Rendez-vous supprimé.', en: 'Appointment deleted.' },

  // ------------------------------------------------------------------ booking a slot
  'agenda.book.title': { fr: 'Réserver un créneau', en: 'Book a slot' },
  'agenda.book.search': {
    fr: 'Professionnel (rechercher dans l’annuaire)',
    en: 'Professional (search the directory)',
  },
  'agenda.book.with': { fr: 'Créneaux de', en: 'Slots of' },
  'agenda.book.change': { fr: 'Changer de professionnel', en: 'Change professional' },
  'agenda.book.changeStructure': { fr: 'Changer de structure', en: 'Change structure' },
  'agenda.book.ownerKind': { fr: 'Les créneaux de', en: 'The slots of' },
  'agenda.book.owner.PROFESSIONAL': { fr: 'un professionnel', en: 'a professional' },
  'agenda.book.owner.STRUCTURE': {
    fr: 'une structure (cabinet, service…)',
    en: 'a structure (practice, service…)',
  },
  'agenda.book.from': { fr: 'Créneaux à partir du', en: 'Slots from' },
  'agenda.book.slots': {
    fr: 'Créneaux libres du {from} au {to}',
    en: 'Free slots from {from} to {to}',
  },
  'agenda.book.none': {
    fr: 'Aucun créneau libre du {from} au {to}.',
    en: 'No free slot from {from} to {to}.',
  },
  'agenda.book.count': { fr: '{count} créneau(x)', en: '{count} slot(s)' },
  'agenda.book.submit': { fr: 'Réserver ce créneau', en: 'Book this slot' },
  'agenda.book.done': {
    fr: 'Créneau réservé : le rendez-vous est dans l’agenda du patient.',
    en: "Slot booked: the appointment is in the patient's agenda.",
  },

  // ------------------------------------------------------------------ my agenda
  'agenda.my.title': { fr: 'Mon agenda', en: 'My agenda' },
  'agenda.my.sections': { fr: 'Sections de mon agenda', en: 'Sections of my agenda' },
  'agenda.my.tab.calendar': { fr: 'Agenda', en: 'Calendar' },
  'agenda.my.tab.slots': { fr: 'Disponibilités', en: 'Availability' },
  'agenda.my.tab.feed': { fr: 'Abonnement calendrier', en: 'Calendar subscription' },
  'agenda.my.viewLabel': { fr: 'Affichage', en: 'View' },
  'agenda.my.view.day': { fr: 'Jour', en: 'Day' },
  'agenda.my.view.week': { fr: 'Semaine', en: 'Week' },
  'agenda.my.view.month': { fr: 'Mois', en: 'Month' },
  'agenda.my.previous.day': { fr: 'Jour précédent', en: 'Previous day' },
  'agenda.my.previous.week': { fr: 'Semaine précédente', en: 'Previous week' },
  'agenda.my.previous.month': { fr: 'Mois précédent', en: 'Previous month' },
  'agenda.my.next.day': { fr: 'Jour suivant', en: 'Next day' },
  'agenda.my.next.week': { fr: 'Semaine suivante', en: 'Next week' },
  'agenda.my.next.month': { fr: 'Mois suivant', en: 'Next month' },
  'agenda.my.today': { fr: 'Aujourd’hui', en: 'Today' },
  'agenda.my.weekOf': { fr: 'Semaine du {from} au {to}', en: 'Week of {from} to {to}' },
  'agenda.my.emptyDay': { fr: 'Rien de prévu ce jour-là.', en: 'Nothing planned that day.' },
  'agenda.my.nothing': { fr: 'Rien', en: 'Nothing' },
  'agenda.my.empty': {
    fr: 'Rien de prévu sur cette période : ni visite ni rendez-vous à assurer, ni réunion.',
    en: 'Nothing planned in this period: no visit, appointment or meeting.',
  },
  'agenda.my.monthCaption': {
    fr: 'Les jours du mois : choisissez-en un pour voir ses rendez-vous en dessous.',
    en: 'The days of the month: choose one to see its appointments below.',
  },
  'agenda.my.countNone': { fr: 'rien de prévu', en: 'nothing planned' },
  'agenda.my.countOne': { fr: '1 rendez-vous', en: '1 appointment' },
  'agenda.my.countMany': { fr: '{count} rendez-vous', en: '{count} appointments' },
  'agenda.my.pendingOne': {
    fr: '1 invitation à une réunion attend votre réponse.',
    en: '1 meeting invitation waits for your answer.',
  },
  'agenda.my.pendingMany': {
    fr: '{count} invitations à des réunions attendent votre réponse.',
    en: '{count} meeting invitations wait for your answer.',
  },
  'agenda.details.kind': { fr: 'Type', en: 'Kind' },
  'agenda.details.when': { fr: 'Quand', en: 'When' },
  'agenda.details.patient': { fr: 'Patient', en: 'Patient' },
  'agenda.details.patientFile': { fr: 'Dossier du patient', en: "Patient's file" },
  'agenda.details.location': { fr: 'Lieu', en: 'Place' },
  'agenda.details.noLocation': { fr: 'Non précisé', en: 'Not given' },
  'agenda.details.performer': { fr: 'Intervenant', en: 'Performed by' },

  // ------------------------------------------------------------------ availability
  'agenda.slots.publishTitle': { fr: 'Publier des disponibilités', en: 'Publish availability' },
  'agenda.slots.intro': {
    fr: 'Les gestionnaires de cas réservent vos créneaux libres pour leurs patients : le rendez-vous arrive dans votre agenda.',
    en: 'Case managers book your free slots for their patients: the appointment comes into your agenda.',
  },
  'agenda.slots.for': { fr: 'Créneaux de', en: 'Slots of' },
  'agenda.slots.forMe': { fr: 'Moi', en: 'Me' },
  'agenda.slots.forStructure': { fr: 'Ma structure ({name})', en: 'My structure ({name})' },
  'agenda.slots.firstStart': { fr: 'Début du premier créneau', en: 'Start of the first slot' },
  'agenda.slots.duration': { fr: 'Durée d’un créneau', en: 'Length of a slot' },
  'agenda.slots.count': { fr: 'Nombre de créneaux à la suite', en: 'Slots in a row' },
  'agenda.slots.summary': {
    fr: '{count} créneau(x) de {duration}, de {start} à {end}.',
    en: '{count} slot(s) of {duration}, from {start} to {end}.',
  },
  'agenda.slots.publish': { fr: 'Publier', en: 'Publish' },
  'agenda.slots.published': {
    fr: '{count} créneau(x) publié(s).',
    en: '{count} slot(s) published.',
  },
  'agenda.slots.listTitle': { fr: 'Mes créneaux', en: 'My slots' },
  'agenda.slots.empty': {
    fr: 'Aucun créneau publié sur cette période.',
    en: 'No slot published in this period.',
  },
  'agenda.slots.booked': { fr: 'Réservé', en: 'Booked' },
  'agenda.slots.free': { fr: 'Libre', en: 'Free' },
  'agenda.slots.delete': { fr: 'Retirer', en: 'Withdraw' },
  'agenda.slots.deleteNamed': {
    fr: 'Retirer le créneau du {when}',
    en: 'Withdraw the slot of {when}',
  },

  // ------------------------------------------------------------------ calendar subscription
  'agenda.feed.title': { fr: 'Abonnement calendrier', en: 'Calendar subscription' },
  'agenda.feed.intro': {
    fr: 'Voyez votre agenda Liaison dans votre propre application de calendrier (Google Agenda, Outlook, Thunderbird, iPhone…) grâce à un lien privé. Il se met à jour tout seul ; vous pouvez le révoquer à tout moment.',
    en: 'See your Liaison agenda in your own calendar application (Google Calendar, Outlook, Thunderbird, iPhone…) through a private link. It updates itself; you can revoke it at any time.',
  },
  'agenda.feed.active': { fr: 'Actif', en: 'Active' },
  'agenda.feed.inactive': { fr: 'Aucun', en: 'None' },
  'agenda.feed.activeSince': {
    fr: 'Un lien d’abonnement est actif depuis le {date}. Niveau de détail : {detail}.',
    en: 'A subscription link has been active since {date}. Detail level: {detail}.',
  },
  'agenda.feed.none': {
    fr: 'Vous n’avez pas de lien d’abonnement.',
    en: 'You have no subscription link.',
  },
  'agenda.feed.detailLegend': {
    fr: 'Ce que votre calendrier affichera',
    en: 'What your calendar will show',
  },
  'agenda.feed.detail.DISCREET': { fr: 'Discret', en: 'Discreet' },
  'agenda.feed.detail.DETAILED': { fr: 'Détaillé', en: 'Detailed' },
  'agenda.feed.detailHelp.DISCREET': {
    fr: '« Visite — M. L. » : le type et les initiales du patient, sans lieu ni détail. Conseillé si d’autres personnes voient votre calendrier.',
    en: '“Visite — M. L.”: the kind and the patient’s initials, no place nor detail. Advised if other people see your calendar.',
  },
  'agenda.feed.detailHelp.DETAILED': {
    fr: '« Visite — LEMOINE Bernard — Toilette et pansement », le lieu et un lien vers Liaison. Seulement sur un calendrier que vous êtes seul(e) à voir.',
    en: '“Visite — LEMOINE Bernard — Toilette et pansement”, the place and a link to Liaison. Only on a calendar no one else sees.',
  },
  'agenda.feed.create': { fr: 'Créer un lien d’abonnement', en: 'Create a subscription link' },
  'agenda.feed.renew': { fr: 'Créer un nouveau lien', en: 'Create a new link' },
  'agenda.feed.renewHelp': {
    fr: 'Un nouveau lien remplace l’ancien, qui cesse aussitôt de fonctionner.',
    en: 'A new link replaces the old one, which stops working at once.',
  },
  'agenda.feed.saveDetail': { fr: 'Enregistrer le niveau de détail', en: 'Save the detail level' },
  'agenda.feed.detailSaved': {
    fr: 'Niveau de détail enregistré : votre calendrier le prendra en compte à sa prochaine mise à jour.',
    en: 'Detail level saved: your calendar will follow at its next update.',
  },
  'agenda.feed.revoke': { fr: 'Révoquer le lien', en: 'Revoke the link' },
  'agenda.feed.revokeConfirm': {
    fr: 'Révoquer le lien ? Votre calendrier ne recevra plus votre agenda Liaison.',
    en: 'Revoke the link? Your calendar will no longer receive your Liaison agenda.',
  },
  'agenda.feed.revoked': {
    fr: 'Lien révoqué : il ne fonctionne plus.',
    en: 'Link revoked: it no longer works.',
  },
  'agenda.feed.urlLabel': {
    fr: 'Votre lien d’abonnement privé',
    en: 'Your private subscription link',
  },
  'agenda.feed.copy': { fr: 'Copier', en: 'Copy' },
  'agenda.feed.copied': { fr: 'Copié ✓', en: 'Copied ✓' },
  'agenda.feed.once': {
    fr: 'Copiez-le maintenant : il ne sera plus jamais affiché. Ne le partagez pas : qui l’a voit votre agenda.',
    en: 'Copy it now: it will never be shown again. Do not share it: whoever has it sees your agenda.',
  },
  'agenda.feed.howTitle': { fr: 'Comment l’ajouter', en: 'How to add it' },
  'agenda.feed.howIntro': {
    fr: 'Dans votre application, cherchez « Ajouter un agenda par URL » (ou « S’abonner à un agenda ») et collez le lien :',
    en: 'In your application, look for “Add calendar from URL” (or “Subscribe to a calendar”) and paste the link:',
  },
  'agenda.feed.howGoogle': {
    fr: 'Google Agenda, sur ordinateur : « Autres agendas », « + », puis « À partir de l’URL ».',
    en: 'Google Calendar, on a computer: “Other calendars”, “+”, then “From URL”.',
  },
  'agenda.feed.howOutlook': {
    fr: 'Outlook : « Ajouter un calendrier », puis « S’abonner à partir du web ».',
    en: 'Outlook: “Add calendar”, then “Subscribe from web”.',
  },
  'agenda.feed.howThunderbird': {
    fr: 'Thunderbird : « Nouvel agenda », puis « Sur le réseau ».',
    en: 'Thunderbird: “New calendar”, then “On the network”.',
  },
  'agenda.feed.howApple': {
    fr: 'iPhone ou Mac : « Ajouter un calendrier », puis « Ajouter un calendrier avec abonnement ».',
    en: 'iPhone or Mac: “Add calendar”, then “Add subscription calendar”.',
  },
  'agenda.feed.delay': {
    fr: 'Votre application relit le lien d’elle-même, souvent plusieurs fois par jour : un changement peut y apparaître avec quelques heures de retard.',
    en: 'Your application reads the link by itself, often several times a day: a change may show there a few hours later.',
  },

  // ------------------------------------------------------------------ meetings
  'agenda.meeting.organise': { fr: 'Organiser une RCP', en: 'Organise a meeting' },
  'agenda.meeting.title': { fr: 'Réunion de concertation', en: 'Multidisciplinary meeting' },
  'agenda.meeting.eyebrow': {
    fr: 'Réunion de concertation pluriprofessionnelle',
    en: 'Multidisciplinary meeting',
  },
  'agenda.meeting.newTitle': { fr: 'Organiser une RCP', en: 'Organise a meeting' },
  'agenda.meeting.newIntro': {
    fr: 'Réunissez les professionnels des équipes de vos patients pour décider ensemble. Ils sont invités et répondent ; vous enregistrez ensuite le compte rendu, qui va dans le cahier de liaison de chaque patient.',
    en: "Bring together the professionals of your patients' teams to decide together. They are invited and answer; you then record the decisions, which go into each patient's logbook.",
  },
  'agenda.meeting.backToFile': { fr: '← Dossier du patient', en: "← Patient's file" },
  'agenda.meeting.backToAgenda': { fr: '← Mon agenda', en: '← My agenda' },
  'agenda.meeting.titleField': { fr: 'Intitulé', en: 'Title' },
  'agenda.meeting.location': { fr: 'Lieu ou lien de visioconférence', en: 'Place or video link' },
  'agenda.meeting.agenda': { fr: 'Ordre du jour', en: 'Agenda' },
  'agenda.meeting.agendaHelp': {
    fr: 'Les points à discuter ({count}/{max} caractères). Les participants le lisent avant la réunion.',
    en: 'The points to discuss ({count}/{max} characters). Participants read it before the meeting.',
  },
  'agenda.meeting.patients': { fr: 'Patients', en: 'Patients' },
  'agenda.meeting.noPatients': {
    fr: 'Vous ne suivez aucun patient pour l’instant.',
    en: 'You follow no patient yet.',
  },
  'agenda.meeting.noVisiblePatient': {
    fr: 'Aucun patient de vos équipes.',
    en: 'No patient of your teams.',
  },
  'agenda.meeting.participants': { fr: 'Participants', en: 'Participants' },
  'agenda.meeting.participantsHelp': {
    fr: 'Les membres actifs des équipes des patients choisis.',
    en: 'The active members of the teams of the patients chosen.',
  },
  'agenda.meeting.choosePatients': {
    fr: 'Choisissez au moins un patient.',
    en: 'Choose at least one patient.',
  },
  'agenda.meeting.chooseParticipants': {
    fr: 'Choisissez au moins un participant.',
    en: 'Choose at least one participant.',
  },
  'agenda.meeting.nobody': {
    fr: 'Personne d’autre dans les équipes de ces patients.',
    en: 'Nobody else in the teams of these patients.',
  },
  'agenda.meeting.save': {
    fr: 'Créer la réunion et inviter',
    en: 'Create the meeting and invite',
  },
  'agenda.meeting.created': {
    fr: 'Réunion créée : les participants sont invités.',
    en: 'Meeting created: the participants are invited.',
  },
  'agenda.meeting.organizer': { fr: 'Organisée par', en: 'Organised by' },
  'agenda.meeting.cancelledNotice': {
    fr: 'Cette réunion a été annulée.',
    en: 'This meeting was cancelled.',
  },
  'agenda.meeting.yourAnswer': { fr: 'Votre réponse', en: 'Your answer' },
  'agenda.meeting.comment': { fr: 'Commentaire (facultatif)', en: 'Comment (optional)' },
  'agenda.meeting.commentHelp': {
    fr: 'Par exemple « Je serai en visio » ou « Je propose un autre horaire ». L’organisateur le voit.',
    en: 'For instance “I will join by video” or “I suggest another time”. The organiser sees it.',
  },
  'agenda.meeting.accept': { fr: 'Accepter', en: 'Accept' },
  'agenda.meeting.decline': { fr: 'Refuser', en: 'Decline' },
  'agenda.meeting.accepted': {
    fr: 'Vous avez accepté : l’organisateur est prévenu.',
    en: 'You accepted: the organiser is told.',
  },
  'agenda.meeting.declined': {
    fr: 'Vous avez refusé : l’organisateur est prévenu.',
    en: 'You declined: the organiser is told.',
  },
  'agenda.meeting.participantsCount': {
    fr: 'Participants ({count})',
    en: 'Participants ({count})',
  },
  'agenda.meeting.answersSummary': {
    fr: '{accepted} accepté(s), {declined} refusé(s), {pending} en attente',
    en: '{accepted} accepted, {declined} declined, {pending} pending',
  },
  'agenda.meeting.recordTitle': { fr: 'Compte rendu / décisions', en: 'Minutes / decisions' },
  'agenda.meeting.recordFrom': {
    fr: 'Les décisions s’enregistrent à partir du début de la réunion, le {date}.',
    en: 'Decisions are recorded from the start of the meeting, on {date}.',
  },
  'agenda.meeting.recordIntro': {
    fr: 'Une décision par patient. Elles s’enregistrent une seule fois et vont, comme entrées importantes, dans le cahier de liaison de chaque patient.',
    en: "One decision per patient. They are recorded once and go, as important entries, into each patient's logbook.",
  },
  'agenda.meeting.decisionFor': { fr: 'Décision pour {name}', en: 'Decision for {name}' },
  'agenda.meeting.record': { fr: 'Enregistrer les décisions', en: 'Record the decisions' },
  'agenda.meeting.recorded': {
    fr: 'Décisions enregistrées dans le cahier de liaison des patients.',
    en: "Decisions recorded in the patients' logbooks.",
  },
  'agenda.meeting.decisions': { fr: 'Décisions', en: 'Decisions' },
  'agenda.meeting.decidedBy': {
    fr: 'Enregistrées par {name} le {date}',
    en: 'Recorded by {name} on {date}',
  },
  'agenda.meeting.seeLogbook': {
    fr: 'Voir dans le cahier de liaison',
    en: 'See in the logbook',
  },
  'agenda.meeting.cancelTitle': { fr: 'Annuler la réunion', en: 'Cancel the meeting' },
  'agenda.meeting.cancel': { fr: 'Annuler la réunion', en: 'Cancel the meeting' },
  'agenda.meeting.cancelConfirm': {
    fr: 'Annuler cette réunion ? Les participants seront prévenus.',
    en: 'Cancel this meeting? The participants will be told.',
  },
  'agenda.meeting.cancelledDone': {
    fr: 'Réunion annulée : les participants sont prévenus.',
    en: 'Meeting cancelled: the participants are told.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
