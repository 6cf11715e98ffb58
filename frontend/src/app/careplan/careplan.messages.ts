/**
 * The UI texts of the care plan (PPS), French and English side by side; loaded with its routes
 * (i18n/catalogue.ts). Also uses 'common.loading', 'common.retry', 'common.cancel', 'role.<ROLE>'
 * and the 'error.*' keys (through callError).
 */
export const CARE_PLAN_MESSAGES = {
  // ------------------------------------------------------------------ problems of the API
  'problem.not-care-plan-author': {
    fr: 'Seuls le médecin traitant et la structure à qui il a délégué la rédaction modifient le plan.',
    en: 'Only the GP and the structure the GP delegated authoring to change the plan.',
  },
  'problem.not-gp': {
    fr: 'Seul le médecin traitant du patient valide le plan.',
    en: "Only the patient's GP validates the plan.",
  },
  'problem.not-assignee': {
    fr: 'Seule la personne (ou la structure) chargée de cette action, ou un rédacteur du plan, met à jour son avancement.',
    en: 'Only the person (or structure) in charge of this action, or an author of the plan, updates its progress.',
  },
  'problem.no-draft-to-validate': {
    fr: 'Il n’y a pas de brouillon à faire valider.',
    en: 'There is no draft to have validated.',
  },
  'problem.no-gp-in-team': {
    fr: 'L’équipe n’a pas de médecin traitant pour valider le plan : ajoutez-le d’abord à l’équipe.',
    en: 'The team has no GP to validate the plan: add the GP to the team first.',
  },
  // ------------------------------------------------------------------ delegation of authoring
  'careplan.delegation.title': { fr: 'Rédaction du PPS', en: 'Writing the care plan' },
  'careplan.delegation.none': {
    fr: 'Le médecin traitant rédige le PPS ; il peut en confier la rédaction à {structure}, qui prépare alors le plan qu’il valide.',
    en: 'The GP writes the care plan; the GP may delegate writing it to {structure}, which then prepares the plan the GP validates.',
  },
  'careplan.delegation.offer': {
    fr: 'Vous pouvez confier la rédaction du PPS à {structure} : la structure prépare le plan, vous le validez et le signez. Vous pourrez reprendre la rédaction à tout moment.',
    en: 'You may delegate writing the care plan to {structure}: the structure prepares the plan, you validate and sign it. You can take it back at any time.',
  },
  'careplan.delegation.delegate': {
    fr: 'Déléguer la rédaction à {structure}',
    en: 'Delegate writing to {structure}',
  },
  'careplan.delegation.open': {
    fr: 'Rédaction déléguée à {structure} par {name} le {date} : la structure prépare le plan, le médecin traitant le valide et le signe.',
    en: 'Writing delegated to {structure} by {name} on {date}: the structure prepares the plan, the GP validates and signs it.',
  },
  'careplan.delegation.withdraw': { fr: 'Reprendre la rédaction', en: 'Take writing back' },
  'careplan.delegation.withdrawConfirm': {
    fr: '{structure} ne pourra plus modifier le plan ; son brouillon éventuel reste, vous pouvez le valider ou le modifier.',
    en: '{structure} will no longer change the plan; its draft, if any, stays for you to validate or change.',
  },
  'careplan.delegation.withdrawConfirmButton': {
    fr: 'Confirmer : je reprends la rédaction',
    en: 'Confirm: I take writing back',
  },
  'careplan.delegation.requestValidation': {
    fr: 'Demander la validation au médecin traitant',
    en: 'Ask the GP to validate',
  },
  'careplan.delegation.requestHelp': {
    fr: 'Quand le brouillon v{number} est prêt : le médecin traitant est prévenu, le cahier de liaison le note.',
    en: 'When draft v{number} is ready: the GP is told, the logbook records it.',
  },
  'careplan.notice.delegated': {
    fr: 'Rédaction déléguée à {structure} : ses membres de l’équipe sont prévenus.',
    en: 'Writing delegated to {structure}: its members in the team are told.',
  },
  'careplan.notice.delegationWithdrawn': {
    fr: 'Vous avez repris la rédaction du PPS.',
    en: 'You took writing the care plan back.',
  },
  'careplan.notice.validationRequested': {
    fr: 'Le médecin traitant est prévenu que le brouillon attend sa validation.',
    en: 'The GP is told that the draft awaits validation.',
  },
  'problem.care-plan-exists': {
    fr: 'Le PPS de ce patient a déjà été démarré : il vient d’être rechargé.',
    en: "This patient's care plan was already started: it has just been reloaded.",
  },
  'problem.nothing-to-validate': {
    fr: 'Il n’y a pas de brouillon à valider : le plan a peut-être déjà été validé.',
    en: 'There is no draft to validate: the plan may already have been validated.',
  },
  'problem.care-plan-not-started': {
    fr: 'Le PPS de ce patient n’a pas encore été démarré.',
    en: "This patient's care plan has not been started yet.",
  },
  'problem.care-plan-empty': {
    fr: 'Le brouillon est vide : écrivez d’abord des problèmes, des objectifs ou des actions.',
    en: 'The draft is empty: write problems, goals or actions first.',
  },
  'problem.review-already-recorded': {
    fr: 'Le compte rendu de ce bilan a déjà été enregistré.',
    en: 'The outcome of this review was already recorded.',
  },
  'careplan.msg.notActiveMember': {
    fr: 'ne fait pas (ou plus) partie de l’équipe active de ce patient',
    en: "is not an active member of this patient's care team",
  },
  'careplan.msg.heldInFuture': {
    fr: 'un bilan s’enregistre une fois tenu : la date ne peut pas être à venir',
    en: 'a review is recorded once held: the date cannot be in the future',
  },
  'careplan.msg.statusOrComment': {
    fr: 'changez le statut, écrivez un commentaire, ou les deux',
    en: 'change the status, write a comment, or both',
  },
  'careplan.msg.noProblem': {
    fr: 'ce problème n’existe plus dans le plan',
    en: 'this problem is no longer in the plan',
  },
  'careplan.msg.noGoal': {
    fr: 'cet objectif n’existe plus dans le plan',
    en: 'this goal is no longer in the plan',
  },
  'careplan.msg.oneAssignee': {
    fr: 'une action est confiée à une seule personne ou structure',
    en: 'an action has one assignee: a professional or a structure',
  },
  'careplan.msg.noStructure': {
    fr: 'cette structure n’est pas dans l’annuaire',
    en: 'this structure is not in the directory',
  },
  'careplan.msg.sameId': {
    fr: 'le même élément figure deux fois',
    en: 'the same item is there twice',
  },
  'careplan.msg.required': { fr: 'obligatoire', en: 'required' },
  'careplan.error.notFound': {
    fr: 'Introuvable : ce dossier ou cet élément n’existe plus, ou vous ne faites pas partie de l’équipe de ce patient.',
    en: "Not found: this file or item no longer exists, or you are not in this patient's care team.",
  },

  // ------------------------------------------------------------------ common
  'careplan.title': {
    fr: 'Plan personnalisé de santé (PPS)',
    en: 'Personalised care plan (PPS)',
  },
  'careplan.loading': { fr: 'Chargement du plan…', en: 'Loading the plan…' },
  'careplan.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'careplan.start': { fr: 'Démarrer le PPS', en: 'Start the care plan' },
  'careplan.goal': { fr: 'Objectif', en: 'Goal' },
  'careplan.overdue': { fr: 'En retard', en: 'Overdue' },
  'careplan.versionN': { fr: 'Version {number}', en: 'Version {number}' },
  'careplan.hash': { fr: 'empreinte {hash}', en: 'fingerprint {hash}' },
  'careplan.counts': {
    fr: '{problems} problème(s), {goals} objectif(s), {actions} action(s)',
    en: '{problems} problem(s), {goals} goal(s), {actions} action(s)',
  },
  'careplan.overdueActions': {
    fr: '{count} action(s) en retard',
    en: '{count} overdue action(s)',
  },
  'careplan.overdueReviews': {
    fr: '{count} bilan(s) en retard',
    en: '{count} overdue review(s)',
  },
  'careplan.domain.HEALTH': { fr: 'Santé', en: 'Health' },
  'careplan.domain.AUTONOMY': { fr: 'Autonomie', en: 'Autonomy' },
  'careplan.domain.SOCIAL': { fr: 'Social', en: 'Social' },
  'careplan.domain.HOUSING': { fr: 'Logement', en: 'Housing' },
  'careplan.domain.CAREGIVER': { fr: 'Épuisement de l’aidant', en: 'Caregiver exhaustion' },
  'careplan.domain.OTHER': { fr: 'Autre', en: 'Other' },
  'careplan.actionStatus.PLANNED': { fr: 'Prévue', en: 'Planned' },
  'careplan.actionStatus.IN_PROGRESS': { fr: 'En cours', en: 'In progress' },
  'careplan.actionStatus.DONE': { fr: 'Réalisée', en: 'Done' },
  'careplan.actionStatus.CANCELLED': { fr: 'Annulée', en: 'Cancelled' },
  'careplan.versionState.DRAFT': { fr: 'Brouillon', en: 'Draft' },
  'careplan.versionState.VALIDATED': { fr: 'Validée', en: 'Validated' },
  'careplan.versionStatus.DRAFT': { fr: 'Brouillon v{number}', en: 'Draft v{number}' },
  'careplan.versionStatus.VALIDATED': {
    fr: 'Version {number} validée',
    en: 'Version {number} validated',
  },
  'careplan.status.validated': {
    fr: 'Version {number} validée par {name} le {date}',
    en: 'Version {number} validated by {name} on {date}',
  },
  'careplan.status.validatedHash': {
    fr: 'Version {number} validée par {name} le {date} (empreinte {hash})',
    en: 'Version {number} validated by {name} on {date} (fingerprint {hash})',
  },
  // after a "Brouillon" badge: the badge says it is a draft, the text does not say it again
  'careplan.status.draft': {
    fr: 'version {number} en préparation (ouverte par {name})',
    en: 'version {number} being prepared (opened by {name})',
  },
  'careplan.status.draftShort': {
    fr: 'version {number} en préparation',
    en: 'version {number} being prepared',
  },
  'careplan.myActions': { fr: 'Mes actions', en: 'My actions' },
  'careplan.myActions.none': {
    fr: 'Aucune action ne vous est confiée dans ce plan.',
    en: 'No action of this plan is assigned to you.',
  },

  // ------------------------------------------------------------------ not started
  'careplan.notStarted.title': { fr: 'Pas encore de PPS', en: 'No care plan yet' },
  'careplan.notStarted.author': {
    fr: 'Le plan personnalisé de santé de ce patient n’a pas encore été démarré. Démarrez-le pour y noter les problèmes, les objectifs et les actions de chacun.',
    en: "This patient's care plan has not been started yet. Start it to write down the problems, the goals and everyone's actions.",
  },
  'careplan.notStarted.reader': {
    fr: 'Pas encore de PPS : le médecin traitant (ou la structure à qui il l’a confié) le démarrera.',
    en: 'No care plan yet: the GP (or the structure the GP entrusted it to) will start it.',
  },

  // ------------------------------------------------------------------ panel
  'careplan.panel.none': { fr: 'Pas encore de PPS.', en: 'No care plan yet.' },
  'careplan.panel.open': { fr: 'Ouvrir le PPS', en: 'Open the care plan' },
  'careplan.panel.toDelegate': {
    fr: 'Ou confier sa rédaction à {structure}',
    en: 'Or delegate writing it to {structure}',
  },
  'careplan.panel.nextReview': {
    fr: 'Prochain bilan le {date} : {purpose}',
    en: 'Next review on {date}: {purpose}',
  },

  // ------------------------------------------------------------------ page
  'careplan.page.back': {
    fr: '← Retour au dossier du patient',
    en: "← Back to the patient's file",
  },
  'careplan.page.status': { fr: 'Où en est le plan', en: 'Where the plan stands' },
  'careplan.page.content': { fr: 'Contenu du plan', en: 'Content of the plan' },
  'careplan.page.edit': { fr: 'Modifier le plan', en: 'Edit the plan' },
  'careplan.page.read': { fr: 'Revenir à la lecture', en: 'Back to reading' },
  'careplan.page.shownVersion': { fr: 'Version affichée', en: 'Version shown' },
  'careplan.page.unsavedEdits': {
    fr: 'Vous avez des modifications non enregistrées : ouvrez « Modifier le plan » pour les enregistrer.',
    en: 'You have unsaved changes: open “Edit the plan” to save them.',
  },
  'careplan.notice.started': {
    fr: 'Le PPS est démarré : ajoutez les problèmes, les objectifs et les actions, puis enregistrez le brouillon.',
    en: 'The care plan is started: add the problems, goals and actions, then save the draft.',
  },
  'careplan.notice.draftSaved': {
    fr: 'Brouillon v{number} enregistré.',
    en: 'Draft v{number} saved.',
  },
  'careplan.notice.progress': {
    fr: 'Avancement de l’action mis à jour.',
    en: 'Progress of the action updated.',
  },
  'careplan.notice.reviewScheduled': { fr: 'Bilan programmé.', en: 'Review scheduled.' },
  'careplan.notice.outcomeRecorded': {
    fr: 'Compte rendu du bilan enregistré.',
    en: 'Review outcome recorded.',
  },
  'careplan.notice.abandoned': {
    fr: 'Vos modifications ont été abandonnées : le plan affiché est celui enregistré.',
    en: 'Your changes were dropped: the plan shown is the saved one.',
  },

  // ------------------------------------------------------------------ validation
  'careplan.validation.button': { fr: 'Valider cette version', en: 'Validate this version' },
  'careplan.validation.help': {
    fr: 'La version {number} sera figée et signée ; l’équipe sera prévenue.',
    en: 'Version {number} will be frozen and signed; the team will be told.',
  },
  'careplan.validation.saveFirst': {
    fr: 'Enregistrez d’abord vos modifications du brouillon v{number}.',
    en: 'Save your changes to draft v{number} first.',
  },
  'careplan.validation.confirmText': {
    fr: 'Valider la version {number} ? Elle ne pourra plus être modifiée : toute modification ultérieure ouvrira une nouvelle version.',
    en: 'Validate version {number}? It can no longer be changed: any later change opens a new version.',
  },
  'careplan.validation.confirm': {
    fr: 'Je valide la version {number}',
    en: 'I validate version {number}',
  },
  'careplan.validation.done': {
    fr: 'Version {number} validée par {name} le {date}, empreinte {hash}',
    en: 'Version {number} validated by {name} on {date}, fingerprint {hash}',
  },

  // ------------------------------------------------------------------ a version
  'careplan.version.created': {
    fr: 'ouverte par {name} le {date}',
    en: 'opened by {name} on {date}',
  },
  'careplan.version.validated': {
    fr: 'validée par {name} le {date} (empreinte {hash})',
    en: 'validated by {name} on {date} (fingerprint {hash})',
  },
  'careplan.version.empty': {
    fr: 'Ce plan est encore vide.',
    en: 'This plan is still empty.',
  },
  'careplan.version.emptyAuthor': {
    fr: 'Ce plan est encore vide : utilisez « Modifier le plan » pour y ajouter des problèmes, des objectifs et des actions.',
    en: 'This plan is still empty: use “Edit the plan” to add problems, goals and actions.',
  },
  'careplan.version.noGoal': {
    fr: 'Pas encore d’objectif pour ce problème.',
    en: 'No goal for this problem yet.',
  },
  'careplan.version.noAction': {
    fr: 'Pas encore d’action pour cet objectif.',
    en: 'No action for this goal yet.',
  },
  'careplan.version.orphanGoals': {
    fr: 'Objectifs sans problème rattaché',
    en: 'Goals not linked to a problem',
  },
  'careplan.version.orphanActions': {
    fr: 'Actions sans objectif rattaché',
    en: 'Actions not linked to a goal',
  },

  // ------------------------------------------------------------------ an action
  'careplan.action.assignee': { fr: 'Confiée à {name}', en: 'Assigned to {name}' },
  'careplan.action.noAssignee': { fr: 'Confiée à personne', en: 'Not assigned' },
  'careplan.action.dueOn': { fr: 'pour le {date}', en: 'due {date}' },
  'careplan.action.noDue': { fr: 'sans échéance', en: 'no due date' },
  'careplan.action.mine': { fr: 'Pour moi', en: 'Mine' },
  'careplan.action.forGoal': { fr: 'Objectif : {goal}', en: 'Goal: {goal}' },
  'careplan.action.comments': { fr: 'Commentaires', en: 'Comments' },
  'careplan.progress.open': { fr: 'Mettre à jour l’avancement', en: 'Update progress' },
  'careplan.progress.status': { fr: 'Où en est cette action', en: 'Status of this action' },
  'careplan.progress.comment': {
    fr: 'Commentaire (facultatif)',
    en: 'Comment (optional)',
  },
  'careplan.progress.submit': { fr: 'Mettre à jour', en: 'Update' },

  // ------------------------------------------------------------------ editor
  'careplan.editor.title': {
    fr: 'Modifier le contenu du plan',
    en: 'Edit the content of the plan',
  },
  'careplan.editor.introDraft': {
    fr: 'Vous modifiez le brouillon v{number}. Rien n’est enregistré tant que vous n’avez pas cliqué sur « Enregistrer le brouillon ».',
    en: 'You are editing draft v{number}. Nothing is saved until you click “Save the draft”.',
  },
  'careplan.editor.introNew': {
    fr: 'La dernière version est validée : vos modifications prépareront la version {number} (un brouillon).',
    en: 'The latest version is validated: your changes will prepare version {number} (a draft).',
  },
  'careplan.editor.problemN': { fr: 'Problème {n}', en: 'Problem {n}' },
  'careplan.editor.goalN': { fr: 'Objectif {n}', en: 'Goal {n}' },
  'careplan.editor.actionN': { fr: 'Action {n}', en: 'Action {n}' },
  'careplan.editor.domain': { fr: 'Domaine', en: 'Domain' },
  'careplan.editor.problemDescription': {
    fr: 'Problème ou besoin constaté',
    en: 'Problem or need found',
  },
  'careplan.editor.goalDescription': { fr: 'Objectif visé', en: 'Goal' },
  'careplan.editor.goalProblem': { fr: 'Problème rattaché', en: 'Linked problem' },
  'careplan.editor.actionDescription': { fr: 'Ce qu’il faut faire', en: 'What to do' },
  'careplan.editor.actionGoal': { fr: 'Objectif rattaché', en: 'Linked goal' },
  'careplan.editor.assignee': { fr: 'Confiée à', en: 'Assigned to' },
  'careplan.editor.nobody': {
    fr: 'Personne pour l’instant',
    en: 'Nobody for now',
  },
  'careplan.editor.structure': { fr: '{name} (structure)', en: '{name} (structure)' },
  'careplan.editor.formerMember': {
    fr: '{name} (plus dans l’équipe)',
    en: '{name} (no longer in the team)',
  },
  'careplan.editor.dueOn': { fr: 'Échéance', en: 'Due date' },
  'careplan.editor.status': { fr: 'Statut', en: 'Status' },
  'careplan.editor.none': { fr: 'Aucun', en: 'None' },
  'careplan.editor.untitled': { fr: '(sans description)', en: '(no description)' },
  'careplan.editor.addProblem': { fr: 'Ajouter un problème', en: 'Add a problem' },
  'careplan.editor.addGoal': { fr: 'Ajouter un objectif', en: 'Add a goal' },
  'careplan.editor.addGoalLabel': {
    fr: 'Ajouter un objectif au problème {n}',
    en: 'Add a goal to problem {n}',
  },
  'careplan.editor.addAction': { fr: 'Ajouter une action', en: 'Add an action' },
  'careplan.editor.addActionLabel': {
    fr: 'Ajouter une action à l’objectif {n}',
    en: 'Add an action to goal {n}',
  },
  'careplan.editor.addFreeAction': {
    fr: 'Ajouter une action sans objectif',
    en: 'Add an action without a goal',
  },
  'careplan.editor.orphanActionsHelp': {
    fr: 'Aucune. Une action se rattache d’habitude à un objectif.',
    en: 'None. An action usually belongs to a goal.',
  },
  'careplan.editor.noProblem': {
    fr: 'Aucun problème pour l’instant : commencez par en ajouter un.',
    en: 'No problem yet: start by adding one.',
  },
  'careplan.editor.remove': { fr: 'Retirer', en: 'Remove' },
  'careplan.editor.removeProblemLabel': {
    fr: 'Retirer le problème {n} (ses objectifs restent, sans problème rattaché)',
    en: 'Remove problem {n} (its goals stay, without a problem)',
  },
  'careplan.editor.removeGoalLabel': {
    fr: 'Retirer l’objectif {n} (ses actions restent, sans objectif)',
    en: 'Remove goal {n} (its actions stay, without a goal)',
  },
  'careplan.editor.removeActionLabel': {
    fr: 'Retirer l’action {n}',
    en: 'Remove action {n}',
  },
  'careplan.editor.removed': {
    fr: '« {description} » retiré du brouillon.',
    en: '“{description}” removed from the draft.',
  },
  'careplan.editor.required': {
    fr: 'Écrivez une description (ou retirez cet élément).',
    en: 'Write a description (or remove this item).',
  },
  'careplan.editor.fixRequired': {
    fr: 'Certains éléments n’ont pas de description : complétez-les avant d’enregistrer.',
    en: 'Some items have no description: complete them before saving.',
  },
  'careplan.editor.save': { fr: 'Enregistrer le brouillon', en: 'Save the draft' },
  'careplan.editor.discard': {
    fr: 'Annuler mes modifications',
    en: 'Undo my changes',
  },
  'careplan.editor.unsaved': {
    fr: 'Modifications non enregistrées',
    en: 'Unsaved changes',
  },

  // ------------------------------------------------------------------ someone changed the plan
  'careplan.stale.title': {
    fr: 'Quelqu’un a modifié le plan pendant que vous travailliez.',
    en: 'Someone changed the plan while you were working.',
  },
  'careplan.stale.intro': {
    fr: 'Le plan a été rechargé. Vos modifications ne sont pas perdues. Voici ce qui a changé entre-temps :',
    en: 'The plan was reloaded. Your changes are not lost. This is what changed meanwhile:',
  },
  'careplan.stale.choose': {
    fr: 'Vous pouvez renvoyer vos modifications sur le plan à jour, ou les abandonner et garder le plan tel qu’il est.',
    en: 'You can send your changes again onto the updated plan, or drop them and keep the plan as it is.',
  },
  'careplan.stale.reapply': {
    fr: 'Réappliquer mes modifications',
    en: 'Re-apply my changes',
  },
  'careplan.stale.abandon': {
    fr: 'Abandonner mes modifications',
    en: 'Drop my changes',
  },
  'careplan.stale.started': { fr: 'Le PPS a été démarré.', en: 'The care plan was started.' },
  'careplan.stale.validated': {
    fr: 'La version {number} a été validée par {name}.',
    en: 'Version {number} was validated by {name}.',
  },
  'careplan.stale.draftOpened': {
    fr: 'Le brouillon v{number} a été ouvert par {name}.',
    en: 'Draft v{number} was opened by {name}.',
  },
  'careplan.stale.problem.added': {
    fr: 'Problème ajouté : « {description} »',
    en: 'Problem added: “{description}”',
  },
  'careplan.stale.problem.removed': {
    fr: 'Problème retiré : « {description} »',
    en: 'Problem removed: “{description}”',
  },
  'careplan.stale.problem.changed': {
    fr: 'Problème modifié : « {description} »',
    en: 'Problem changed: “{description}”',
  },
  'careplan.stale.problem.renamed': {
    fr: 'Problème modifié : « {before} » devient « {description} »',
    en: 'Problem changed: “{before}” becomes “{description}”',
  },
  'careplan.stale.goal.added': {
    fr: 'Objectif ajouté : « {description} »',
    en: 'Goal added: “{description}”',
  },
  'careplan.stale.goal.removed': {
    fr: 'Objectif retiré : « {description} »',
    en: 'Goal removed: “{description}”',
  },
  'careplan.stale.goal.changed': {
    fr: 'Objectif modifié : « {description} »',
    en: 'Goal changed: “{description}”',
  },
  'careplan.stale.goal.renamed': {
    fr: 'Objectif modifié : « {before} » devient « {description} »',
    en: 'Goal changed: “{before}” becomes “{description}”',
  },
  'careplan.stale.action.added': {
    fr: 'Action ajoutée : « {description} »',
    en: 'Action added: “{description}”',
  },
  'careplan.stale.action.removed': {
    fr: 'Action retirée : « {description} »',
    en: 'Action removed: “{description}”',
  },
  'careplan.stale.action.changed': {
    fr: 'Action modifiée (personne chargée, échéance ou statut) : « {description} »',
    en: 'Action changed (assignee, due date or status): “{description}”',
  },
  'careplan.stale.action.renamed': {
    fr: 'Action modifiée : « {before} » devient « {description} »',
    en: 'Action changed: “{before}” becomes “{description}”',
  },
  'careplan.stale.comment': {
    fr: 'Nouveau commentaire de {name} sur l’action « {description} »',
    en: 'New comment by {name} on the action “{description}”',
  },
  'careplan.stale.reviewAdded': {
    fr: 'Bilan programmé le {date} : {purpose}',
    en: 'Review scheduled on {date}: {purpose}',
  },
  'careplan.stale.reviewHeld': {
    fr: 'Compte rendu enregistré par {name} pour le bilan « {purpose} » (tenu le {date})',
    en: 'Outcome recorded by {name} for the review “{purpose}” (held on {date})',
  },
  'careplan.stale.nothingVisible': {
    fr: 'Rien de visible dans le contenu du plan (un enregistrement sans changement, sans doute).',
    en: 'Nothing visible in the content of the plan (probably a save without changes).',
  },

  // ------------------------------------------------------------------ reviews
  'careplan.reviews.title': { fr: 'Bilans', en: 'Reviews' },
  'careplan.reviews.empty': {
    fr: 'Aucun bilan programmé.',
    en: 'No review scheduled.',
  },
  'careplan.reviews.scheduled': { fr: 'Prévu', en: 'Scheduled' },
  'careplan.reviews.held': { fr: 'Tenu', en: 'Held' },
  'careplan.reviews.heldBy': {
    fr: 'Tenu le {date}, compte rendu de {name}',
    en: 'Held on {date}, outcome by {name}',
  },
  'careplan.reviews.openedVersion': {
    fr: 'a ouvert la version {number} du plan',
    en: 'opened version {number} of the plan',
  },
  'careplan.reviews.record': {
    fr: 'Enregistrer le compte rendu',
    en: 'Record the outcome',
  },
  'careplan.reviews.heldOn': { fr: 'Date du bilan', en: 'Date held' },
  'careplan.reviews.outcome': { fr: 'Compte rendu', en: 'Outcome' },
  'careplan.reviews.openNext': {
    fr: 'Ouvrir une nouvelle version du plan',
    en: 'Open a new version of the plan',
  },
  'careplan.reviews.recordSubmit': {
    fr: 'Enregistrer le compte rendu',
    en: 'Record the outcome',
  },
  'careplan.reviews.schedule': { fr: 'Programmer un bilan', en: 'Schedule a review' },
  'careplan.reviews.dueOn': { fr: 'Date prévue', en: 'Due date' },
  'careplan.reviews.purpose': { fr: 'Objet du bilan', en: 'Purpose of the review' },
  'careplan.reviews.scheduleSubmit': { fr: 'Programmer', en: 'Schedule' },

  // ------------------------------------------------------------------ history and comparison
  'careplan.history.title': { fr: 'Versions du plan', en: 'Versions of the plan' },
  'careplan.compare.title': { fr: 'Comparer deux versions', en: 'Compare two versions' },
  'careplan.compare.notYet': {
    fr: 'Une seule version pour l’instant : rien à comparer.',
    en: 'Only one version so far: nothing to compare.',
  },
  'careplan.compare.from': { fr: 'Version de départ', en: 'From version' },
  'careplan.compare.to': { fr: 'Comparée à', en: 'Compared with' },
  'careplan.compare.submit': { fr: 'Comparer', en: 'Compare' },
  'careplan.compare.between': {
    fr: 'Ce qui a changé de la version {from} à la version {to} :',
    en: 'What changed from version {from} to version {to}:',
  },
  'careplan.compare.none': {
    fr: 'Aucune différence de contenu.',
    en: 'No difference in content.',
  },
  'careplan.compare.problems': { fr: 'Problèmes', en: 'Problems' },
  'careplan.compare.goals': { fr: 'Objectifs', en: 'Goals' },
  'careplan.compare.actions': { fr: 'Actions', en: 'Actions' },
  'careplan.compare.added': { fr: 'Ajouté :', en: 'Added:' },
  'careplan.compare.removed': { fr: 'Retiré :', en: 'Removed:' },
  'careplan.compare.changed': { fr: 'Modifié :', en: 'Changed:' },
  'careplan.compare.becomes': { fr: 'devient', en: 'becomes' },

  // ------------------------------------------------------------------ synthesis
  'careplan.synthesis.pdf': {
    fr: 'Télécharger la synthèse (PDF)',
    en: 'Download the synthesis (PDF)',
  },
  'careplan.synthesis.print': { fr: 'Imprimer', en: 'Print' },
  'careplan.synthesis.preparing': { fr: 'Préparation…', en: 'Preparing…' },
  'careplan.synthesis.ofVersion': {
    fr: 'de la version {number} affichée',
    en: 'of version {number} shown',
  },
  // ------------------------------------------------------------------ follow-up in "Mes patients"
  'careplan.followUp.title': {
    fr: 'PPS : {count} point(s) en retard',
    en: 'Care plans: {count} overdue item(s)',
  },
  'careplan.followUp.REVIEW': { fr: 'Bilan', en: 'Review' },
  'careplan.followUp.ACTION': { fr: 'Action', en: 'Action' },
  'careplan.followUp.due': { fr: 'prévu le {date}', en: 'due {date}' },
  'patients.unread': {
    fr: '{count} non lue(s) au cahier',
    en: '{count} unread in the logbook',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
