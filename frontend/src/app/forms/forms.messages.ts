/**
 * The UI texts of configurable forms (design, filling, FHIR), French and English side by side;
 * loaded with its routes (i18n/catalogue.ts). Also uses 'common.loading', 'common.retry',
 * 'common.required', 'error.stale' (and the other 'error.*' keys through callError) and
 * 'profession.<PROFESSION>'.
 */
export const FORMS_MESSAGES = {
  // ------------------------------------------------------------------ problems of the API
  'problem.form-design-invalid': {
    fr: 'Le formulaire comporte des erreurs : corrigez les champs signalés.',
    en: 'The form has errors: please correct the fields shown.',
  },
  'problem.form-answers-invalid': {
    fr: 'Certaines réponses ne conviennent pas : corrigez les questions signalées.',
    en: 'Some answers are not valid: please correct the questions shown.',
  },
  'problem.form-version-published': {
    fr: 'Cette version est déjà publiée : elle ne peut plus être modifiée. Rechargez la page pour préparer la suivante.',
    en: 'This version is already published and can no longer change. Reload the page to prepare the next one.',
  },
  'problem.form-in-use': {
    fr: 'Ce formulaire a déjà été rempli dans des dossiers : archivez-le plutôt que de le supprimer.',
    en: 'This form was already filled in patient files: archive it instead of deleting it.',
  },
  'problem.form-not-fillable': {
    fr: 'Ce formulaire est archivé ou pas encore publié : il ne peut pas être rempli.',
    en: 'This form is archived or not published yet: it cannot be filled.',
  },
  'problem.submission-final': {
    fr: 'Ce formulaire a été validé : il ne peut plus être modifié.',
    en: 'This form was submitted: it can no longer be changed.',
  },
  'problem.not-author-of-draft': {
    fr: 'Seule la personne qui a commencé ce brouillon peut le modifier.',
    en: 'Only the person who started this draft can change it.',
  },
  'problem.not-form-designer': {
    fr: 'Seul un administrateur de la structure conçoit ses formulaires.',
    en: "Only a structure administrator designs the structure's forms.",
  },
  'problem.fhir-import-refused': {
    fr: 'Ce Questionnaire FHIR ne peut pas être importé tel quel.',
    en: 'This FHIR Questionnaire cannot be imported as it is.',
  },
  'forms.error.notFound': {
    fr: 'Introuvable : il a peut-être été supprimé, ou il appartient à une autre structure.',
    en: 'Not found: it may have been deleted, or it belongs to another structure.',
  },

  // ------------------------------------------------------------------ common
  'forms.versionN': { fr: 'Version {number}', en: 'Version {number}' },
  'forms.status.draft': { fr: 'Brouillon', en: 'Draft' },
  'forms.status.new': {
    fr: 'Nouveau formulaire, pas encore enregistré',
    en: 'New form, not saved yet',
  },
  'forms.status.draftN': { fr: 'Brouillon (version {number})', en: 'Draft (version {number})' },
  'forms.status.draftOfPublished': {
    fr: 'Brouillon (version {number}) — la version {published} est publiée',
    en: 'Draft (version {number}) — version {published} is published',
  },
  'forms.status.publishedN': {
    fr: 'Publiée (version {number})',
    en: 'Published (version {number})',
  },
  'forms.status.publishedEdited': {
    fr: 'Publiée (version {number}) — vos modifications prépareront la version {next}',
    en: 'Published (version {number}) — your changes will prepare version {next}',
  },
  'forms.type.SHORT_TEXT': { fr: 'Texte court', en: 'Short text' },
  'forms.type.LONG_TEXT': { fr: 'Texte long', en: 'Long text' },
  'forms.type.NUMBER': { fr: 'Nombre', en: 'Number' },
  'forms.type.DATE': { fr: 'Date', en: 'Date' },
  'forms.type.YES_NO': { fr: 'Oui / non', en: 'Yes / no' },
  'forms.type.SINGLE_CHOICE': { fr: 'Choix unique', en: 'Single choice' },
  'forms.type.MULTIPLE_CHOICE': { fr: 'Choix multiples', en: 'Multiple choice' },
  'forms.type.SCALE': { fr: 'Échelle (nombre entier)', en: 'Scale (whole number)' },
  'forms.type.PROFESSIONAL': {
    fr: "Professionnel de l'annuaire",
    en: 'Professional from the directory',
  },
  'forms.scores.title': { fr: 'Scores', en: 'Scores' },
  'forms.scores.live': {
    fr: "Calcul indicatif : le score retenu est calculé par le serveur à l'enregistrement.",
    en: 'Indicative: the score kept is calculated by the server when the form is saved.',
  },

  // ------------------------------------------------------------------ the forms page
  'forms.page.title': { fr: 'Formulaires', en: 'Forms' },
  'forms.page.intro': {
    fr: 'Les formulaires et grilles d’évaluation de votre structure, à remplir dans les dossiers des patients.',
    en: "Your structure's forms and assessment grids, to fill in patients' files.",
  },
  'forms.page.introAdmin': {
    fr: 'Concevez les formulaires et grilles d’évaluation de votre structure ; une fois publiés, les équipes les remplissent dans les dossiers des patients.',
    en: "Design your structure's forms and assessment grids; once published, care teams fill them in patients' files.",
  },
  'forms.page.new': { fr: 'Nouveau formulaire', en: 'New form' },
  'forms.page.listTitle': { fr: 'Formulaires de la structure', en: "The structure's forms" },
  'forms.page.empty': {
    fr: "Votre structure n'a pas encore de formulaire.",
    en: 'Your structure has no forms yet.',
  },
  'forms.page.emptyAdmin': {
    fr: "Aucun formulaire pour l'instant. Partez d'un modèle ci-dessous, ou créez le vôtre avec « Nouveau formulaire ».",
    en: 'No forms yet. Start from a template below, or create your own with “New form”.',
  },
  'forms.page.published': { fr: 'Version {number} publiée', en: 'Version {number} published' },
  'forms.page.draftPending': {
    fr: 'modifications en brouillon',
    en: 'changes in draft',
  },
  'forms.page.archivedBadge': { fr: 'Archivé', en: 'Archived' },
  'forms.page.used': { fr: 'Utilisé', en: 'In use' },
  'forms.page.archived': {
    fr: 'Formulaires archivés ({count})',
    en: 'Archived forms ({count})',
  },
  'forms.page.edit': { fr: 'Modifier', en: 'Edit' },
  'forms.page.archive': { fr: 'Archiver', en: 'Archive' },
  'forms.page.restore': { fr: 'Restaurer', en: 'Restore' },
  'forms.page.delete': { fr: 'Supprimer', en: 'Delete' },
  'forms.page.deleteLabel': { fr: 'Supprimer « {title} »', en: 'Delete “{title}”' },
  'forms.page.deleteConfirm': {
    fr: 'Supprimer définitivement le formulaire « {title} » et toutes ses versions ?',
    en: 'Delete the form “{title}” and all its versions for good?',
  },
  'forms.page.archivedNotice': {
    fr: '« {title} » est archivé : il ne peut plus être rempli.',
    en: '“{title}” is archived: it can no longer be filled.',
  },
  'forms.page.restoredNotice': {
    fr: '« {title} » est restauré.',
    en: '“{title}” is restored.',
  },
  'forms.page.deletedNotice': { fr: '« {title} » est supprimé.', en: '“{title}” is deleted.' },
  'forms.page.templates': { fr: 'Modèles fournis', en: 'Templates provided' },
  'forms.page.templatesIntro': {
    fr: 'Une copie du modèle est créée dans votre structure, publiée et prête à remplir ; vous pouvez ensuite l’adapter.',
    en: 'A copy of the template is created in your structure, published and ready to fill; you can then adapt it.',
  },
  'forms.page.useTemplate': { fr: 'Utiliser ce modèle', en: 'Use this template' },
  'forms.page.useTemplateLabel': {
    fr: 'Utiliser ce modèle : {title}',
    en: 'Use this template: {title}',
  },
  'forms.page.noTemplate': { fr: 'Aucun modèle disponible.', en: 'No template available.' },

  // ------------------------------------------------------------------ FHIR
  'forms.fhir.importTitle': {
    fr: 'Importer un Questionnaire FHIR',
    en: 'Import a FHIR Questionnaire',
  },
  'forms.fhir.importHelp': {
    fr: 'Un fichier JSON de ressource Questionnaire (FHIR R4). Il devient un nouveau formulaire en brouillon, à relire avant de le publier.',
    en: 'A JSON file of a Questionnaire resource (FHIR R4). It becomes a new draft form, to review before publishing it.',
  },
  'forms.fhir.file': { fr: 'Fichier Questionnaire (.json)', en: 'Questionnaire file (.json)' },
  'forms.fhir.import': { fr: 'Importer', en: 'Import' },
  'forms.fhir.importing': { fr: 'Import…', en: 'Importing…' },
  'forms.fhir.refused': {
    fr: 'Ce Questionnaire ne peut pas être importé. Ce que Liaison ne sait pas reprendre :',
    en: 'This Questionnaire cannot be imported. What Liaison cannot keep:',
  },
  'forms.fhir.notJson': {
    fr: "Ce fichier n'est pas du JSON : choisissez le fichier .json du Questionnaire.",
    en: "This file is not JSON: choose the Questionnaire's .json file.",
  },
  'forms.fhir.notQuestionnaire': {
    fr: "Ce fichier n'est pas une ressource FHIR Questionnaire.",
    en: 'This file is not a FHIR Questionnaire resource.',
  },
  'forms.fhir.tooLarge': {
    fr: 'Ce fichier est trop volumineux (2 Mo au plus).',
    en: 'This file is too large (2 MB at most).',
  },
  'forms.fhir.unavailable': {
    fr: "L'échange au format FHIR n'est pas disponible sur ce serveur pour l'instant.",
    en: 'FHIR exchange is not available on this server yet.',
  },
  'forms.fhir.export': { fr: 'Exporter (FHIR)', en: 'Export (FHIR)' },
  'forms.fhir.exportLabel': {
    fr: 'Exporter (FHIR) la version {number}',
    en: 'Export (FHIR) version {number}',
  },
  'forms.versions.viewLabel': { fr: 'Voir la version {number}', en: 'View version {number}' },
  'forms.versions.hideLabel': {
    fr: 'Masquer la version {number}',
    en: 'Hide version {number}',
  },

  // ------------------------------------------------------------------ the editor
  'forms.editor.back': { fr: '← Formulaires', en: '← Forms' },
  'forms.editor.notFound': { fr: 'Formulaire introuvable', en: 'Form not found' },
  'forms.editor.notDesigner': {
    fr: 'Seul un administrateur de la structure crée et modifie les formulaires.',
    en: 'Only a structure administrator creates and edits forms.',
  },
  'forms.editor.newTitle': { fr: 'Nouveau formulaire', en: 'New form' },
  'forms.editor.general': { fr: 'Titre et description', en: 'Title and description' },
  'forms.editor.title': { fr: 'Titre du formulaire', en: 'Title of the form' },
  'forms.editor.description': {
    fr: 'Description (à quoi il sert, quand le remplir)',
    en: 'Description (what it is for, when to fill it)',
  },
  'forms.editor.sectionN': { fr: 'Section {number}', en: 'Section {number}' },
  'forms.editor.sectionDefault': { fr: 'Section {number}', en: 'Section {number}' },
  'forms.editor.sectionTitle': { fr: 'Titre de la section', en: 'Section title' },
  'forms.editor.sectionHelp': {
    fr: 'Aide de la section (facultatif)',
    en: 'Section help (optional)',
  },
  'forms.editor.sectionUp': { fr: 'Monter la section {number}', en: 'Move section {number} up' },
  'forms.editor.sectionDown': {
    fr: 'Descendre la section {number}',
    en: 'Move section {number} down',
  },
  'forms.editor.sectionRemove': {
    fr: 'Supprimer la section {number}',
    en: 'Remove section {number}',
  },
  'forms.editor.sectionRemoved': {
    fr: 'Section {number} supprimée.',
    en: 'Section {number} removed.',
  },
  'forms.editor.sectionMoved': {
    fr: 'Section déplacée en position {number}.',
    en: 'Section moved to position {number}.',
  },
  'forms.editor.addSection': { fr: 'Ajouter une section', en: 'Add a section' },
  'forms.editor.noQuestion': {
    fr: 'Aucune question dans cette section.',
    en: 'No questions in this section.',
  },
  'forms.editor.addQuestion': { fr: 'Ajouter une question', en: 'Add a question' },
  'forms.editor.addQuestionTo': {
    fr: 'Ajouter une question à la section {number}',
    en: 'Add a question to section {number}',
  },
  'forms.editor.questionN': { fr: 'Question {number}', en: 'Question {number}' },
  'forms.editor.questionUp': {
    fr: 'Monter la question {number}',
    en: 'Move question {number} up',
  },
  'forms.editor.questionDown': {
    fr: 'Descendre la question {number}',
    en: 'Move question {number} down',
  },
  'forms.editor.questionRemove': {
    fr: 'Supprimer la question {number}',
    en: 'Remove question {number}',
  },
  'forms.editor.questionRemoved': {
    fr: 'Question {number} supprimée.',
    en: 'Question {number} removed.',
  },
  'forms.editor.questionMoved': {
    fr: 'Question déplacée : elle est maintenant la question {number}.',
    en: 'Question moved: it is now question {number}.',
  },
  'forms.editor.remove': { fr: 'Supprimer', en: 'Remove' },
  'forms.editor.questionLabel': { fr: 'Intitulé de la question', en: 'Question text' },
  'forms.editor.questionId': { fr: 'Nom (pour les calculs)', en: 'Name (for calculations)' },
  'forms.editor.idHelp': {
    fr: 'Une lettre, puis lettres, chiffres ou _ (40 au plus), sans espace ni accent. Proposé à partir de l’intitulé.',
    en: 'A letter, then letters, digits or _ (40 at most), no spaces or accents. Suggested from the text.',
  },
  'forms.editor.questionType': { fr: 'Type de réponse', en: 'Answer type' },
  'forms.editor.required': { fr: 'Réponse obligatoire', en: 'Answer required' },
  'forms.editor.requiredBadge': { fr: 'obligatoire', en: 'required' },
  'forms.editor.questionHelp': {
    fr: 'Aide pour répondre (facultatif)',
    en: 'Help to answer (optional)',
  },
  'forms.editor.unit': { fr: 'Unité (kg, mmHg…)', en: 'Unit (kg, mmHg…)' },
  'forms.editor.min': { fr: 'Minimum', en: 'Minimum' },
  'forms.editor.max': { fr: 'Maximum', en: 'Maximum' },
  'forms.editor.choices': { fr: 'Choix proposés', en: 'Choices offered' },
  'forms.editor.choicesHelp': {
    fr: "Le code est la valeur utilisée dans les conditions (ex. contains(q, 'code')) ; le poids compte dans weight(q).",
    en: "The code is the value used in conditions (e.g. contains(q, 'code')); the weight counts in weight(q).",
  },
  'forms.editor.choiceN': { fr: 'Choix {number}', en: 'Choice {number}' },
  'forms.editor.choiceCode': { fr: 'Code', en: 'Code' },
  'forms.editor.choiceLabel': { fr: 'Libellé', en: 'Label' },
  'forms.editor.choiceWeight': { fr: 'Poids', en: 'Weight' },
  'forms.editor.choiceRemove': { fr: 'Supprimer le choix {number}', en: 'Remove choice {number}' },
  'forms.editor.addChoice': { fr: 'Ajouter un choix', en: 'Add a choice' },
  'forms.editor.weightN': { fr: 'poids {weight}', en: 'weight {weight}' },
  'forms.editor.condition': {
    fr: 'Condition d’affichage (facultatif)',
    en: 'Display condition (optional)',
  },
  'forms.editor.conditionPlaceholder': {
    fr: 'ex. vitSeul = true and age >= 75',
    en: 'e.g. livesAlone = true and age >= 75',
  },
  'forms.editor.conditionHelp': {
    fr: 'La question n’est posée que si la condition est vraie ; elle ne peut utiliser que les questions placées avant.',
    en: 'The question is only asked when the condition is true; it may only use the questions placed before it.',
  },
  'forms.editor.shownIf': { fr: 'Posée si :', en: 'Asked if:' },
  'forms.editor.scoresIntro': {
    fr: 'Un score est calculé à partir des réponses (et des autres scores) ; les tranches lui donnent un libellé.',
    en: 'A score is calculated from the answers (and other scores); bands give it a label.',
  },
  'forms.editor.scoreN': { fr: 'Score {number}', en: 'Score {number}' },
  'forms.editor.scoreRemove': { fr: 'Supprimer le score {number}', en: 'Remove score {number}' },
  'forms.editor.scoreRemoved': { fr: 'Score {number} supprimé.', en: 'Score {number} removed.' },
  'forms.editor.scoreId': { fr: 'Nom du score', en: 'Score name' },
  'forms.editor.scoreLabel': { fr: 'Libellé affiché', en: 'Label shown' },
  'forms.editor.expression': { fr: 'Calcul', en: 'Calculation' },
  'forms.editor.bands': { fr: 'Tranches', en: 'Bands' },
  'forms.editor.bandsHelp': {
    fr: 'Minimum et maximum inclus ; laissez vide pour « sans limite ». La première tranche qui convient donne le libellé.',
    en: 'Minimum and maximum included; leave empty for “no limit”. The first band that fits gives the label.',
  },
  'forms.editor.bandN': { fr: 'Tranche {number}', en: 'Band {number}' },
  'forms.editor.bandMin': { fr: 'De', en: 'From' },
  'forms.editor.bandMax': { fr: 'À', en: 'To' },
  'forms.editor.bandLabel': { fr: 'Libellé', en: 'Label' },
  'forms.editor.bandRemove': { fr: 'Supprimer la tranche {number}', en: 'Remove band {number}' },
  'forms.editor.addBand': { fr: 'Ajouter une tranche', en: 'Add a band' },
  'forms.editor.addScore': { fr: 'Ajouter un score', en: 'Add a score' },
  'forms.editor.saveDraft': { fr: 'Enregistrer le brouillon', en: 'Save the draft' },
  'forms.editor.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'forms.editor.publish': { fr: 'Publier', en: 'Publish' },
  'forms.editor.publishing': { fr: 'Publication…', en: 'Publishing…' },
  'forms.editor.publishHelp': {
    fr: 'Publier enregistre puis fige la version : les équipes la remplissent ; les modifications suivantes prépareront une nouvelle version.',
    en: 'Publishing saves then freezes the version: teams fill it; later changes prepare a new version.',
  },
  'forms.editor.nothingToPublish': {
    fr: 'Cette version est publiée ; modifiez le formulaire pour préparer la suivante.',
    en: 'This version is published; change the form to prepare the next one.',
  },
  'forms.editor.unsaved': { fr: 'Modifications non enregistrées.', en: 'Unsaved changes.' },
  'forms.editor.savedNotice': {
    fr: 'Brouillon enregistré (version {number}).',
    en: 'Draft saved (version {number}).',
  },
  'forms.editor.publishedNotice': {
    fr: 'Version {number} publiée : elle peut être remplie dans les dossiers.',
    en: 'Version {number} published: it can be filled in patient files.',
  },
  'forms.editor.problems': {
    fr: 'Le formulaire n’a pas été enregistré : {count} point(s) à corriger.',
    en: 'The form was not saved: {count} thing(s) to correct.',
  },
  'forms.field.form': { fr: 'Formulaire', en: 'Form' },
  'forms.field.title': { fr: 'Titre', en: 'Title' },
  'forms.field.description': { fr: 'Description', en: 'Description' },
  'forms.field.help': { fr: 'Aide', en: 'Help' },
  'forms.field.questions': { fr: 'Questions', en: 'Questions' },
  'forms.field.id': { fr: 'Nom', en: 'Name' },
  'forms.field.label': { fr: 'Intitulé', en: 'Text' },
  'forms.field.type': { fr: 'Type', en: 'Type' },
  'forms.field.required': { fr: 'Obligatoire', en: 'Required' },
  'forms.field.unit': { fr: 'Unité', en: 'Unit' },
  'forms.field.min': { fr: 'Minimum', en: 'Minimum' },
  'forms.field.max': { fr: 'Maximum', en: 'Maximum' },
  'forms.field.choices': { fr: 'Choix', en: 'Choices' },
  'forms.field.code': { fr: 'Code', en: 'Code' },
  'forms.field.weight': { fr: 'Poids', en: 'Weight' },
  'forms.field.condition': { fr: 'Condition', en: 'Condition' },
  'forms.field.expression': { fr: 'Calcul', en: 'Calculation' },
  'forms.field.bands': { fr: 'Tranches', en: 'Bands' },
  'forms.field.band': { fr: 'Bornes', en: 'Bounds' },

  // ------------------------------------------------------------------ preview, versions
  'forms.preview.title': { fr: 'Aperçu', en: 'Preview' },
  'forms.preview.intro': {
    fr: 'Le formulaire tel qu’il sera rempli : essayez des réponses pour vérifier les conditions et les scores (rien n’est enregistré).',
    en: 'The form as it will be filled: try answers to check conditions and scores (nothing is saved).',
  },
  'forms.preview.scoresNote': {
    fr: 'Aperçu : lors du remplissage, le score retenu est calculé par le serveur.',
    en: 'Preview: when the form is filled, the score kept is calculated by the server.',
  },
  'forms.preview.show': { fr: 'Voir l’aperçu', en: 'Show the preview' },
  'forms.preview.hide': { fr: 'Revenir à la conception', en: 'Back to the design' },
  'forms.versions.title': { fr: 'Versions', en: 'Versions' },
  'forms.versions.DRAFT': { fr: 'Brouillon', en: 'Draft' },
  'forms.versions.PUBLISHED': { fr: 'Publiée', en: 'Published' },
  'forms.versions.updated': { fr: 'modifiée le {date}', en: 'changed on {date}' },
  'forms.versions.published': { fr: 'publiée le {date}', en: 'published on {date}' },
  'forms.versions.view': { fr: 'Voir', en: 'View' },
  'forms.versions.hide': { fr: 'Masquer', en: 'Hide' },
  'forms.versions.readOnly': {
    fr: 'Version {number} (lecture seule)',
    en: 'Version {number} (read-only)',
  },

  // ------------------------------------------------------------------ expression help
  'forms.syntax.conditionTitle': {
    fr: 'Comment écrire une condition',
    en: 'How to write a condition',
  },
  'forms.syntax.scoreTitle': { fr: 'Comment écrire un calcul', en: 'How to write a calculation' },
  'forms.syntax.example': { fr: 'Exemple :', en: 'Example:' },
  'forms.syntax.operators': { fr: 'Opérateurs :', en: 'Operators:' },
  'forms.syntax.literals': {
    fr: 'Valeurs : nombres (point décimal), textes entre apostrophes, true, false :',
    en: 'Values: numbers (decimal point), texts in single quotes, true, false:',
  },
  'forms.syntax.answers': {
    fr: 'Un nom vaut la réponse : oui/non → true/false, choix unique → son code, choix multiples → liste de codes, nombre, date (AAAA-MM-JJ).',
    en: 'A name stands for the answer: yes/no → true/false, single choice → its code, multiple choice → list of codes, number, date (YYYY-MM-DD).',
  },
  'forms.syntax.nothing': {
    fr: 'Une question sans réponse ne vaut rien : un calcul avec elle ne donne rien, une comparaison est fausse ; sum la compte pour 0.',
    en: 'An unanswered question is nothing: arithmetic with it gives nothing, a comparison is false; sum counts it as 0.',
  },
  'forms.syntax.functions': { fr: 'Fonctions :', en: 'Functions:' },
  'forms.syntax.answered': { fr: ': la question a une réponse', en: ': the question is answered' },
  'forms.syntax.weight': {
    fr: ': le poids du ou des choix cochés',
    en: ': the weight of the choice(s) made',
  },
  'forms.syntax.contains': {
    fr: ': ce choix est coché',
    en: ': this choice is made',
  },
  'forms.syntax.count': { fr: ': le nombre de choix cochés', en: ': how many choices are made' },
  'forms.syntax.sum': {
    fr: ': somme, plus petit, plus grand (ignorent les questions sans réponse)',
    en: ': sum, smallest, largest (ignore unanswered questions)',
  },
  'forms.syntax.if': {
    fr: ': a si la condition est vraie, sinon b',
    en: ': a if the condition is true, else b',
  },
  'forms.syntax.aggir': {
    fr: ': le GIR (1 à 6) à partir des 8 variables A/B/C (cohérence, orientation, toilette, habillage, alimentation, élimination, transferts, déplacements intérieurs)',
    en: ': the GIR (1 to 6) from the 8 A/B/C variables (coherence, orientation, washing, dressing, eating, continence, transfers, moving indoors)',
  },
  'forms.syntax.aggirParts': {
    fr: ': le code A/B/C d’une variable AGGIR à partir de ses sous-variables, selon les règles du guide de remplissage (par exemple toilette : A si haut et bas sont A, C si les deux sont C, B sinon)',
    en: ': the A/B/C code of an AGGIR variable from its sub-variables, by the rules of the official guide (e.g. washing: A if upper and lower body are A, C if both are C, B otherwise)',
  },
  'forms.syntax.before': {
    fr: 'Une condition n’utilise que des questions placées avant, jamais un score.',
    en: 'A condition only uses questions placed before it, never a score.',
  },
  'forms.syntax.names': { fr: 'Noms utilisables ici :', en: 'Names you can use here:' },
  'forms.syntax.noNames': {
    fr: 'Aucun nom utilisable ici pour l’instant.',
    en: 'No name can be used here yet.',
  },

  // ------------------------------------------------------------------ messages of the checks
  'forms.msg.at': { fr: '{reason} (caractère {position})', en: '{reason} (character {position})' },
  'forms.msg.fill': { fr: 'À remplir.', en: 'Required.' },
  'forms.msg.idPattern': {
    fr: 'Une lettre, puis lettres, chiffres ou _ (40 au plus), sans espace ni accent.',
    en: 'A letter, then letters, digits or _ (40 at most), no spaces or accents.',
  },
  'forms.msg.required': { fr: 'Une réponse est obligatoire.', en: 'An answer is required.' },
  'forms.msg.atLeast': { fr: 'Au moins {p1}.', en: 'At least {p1}.' },
  'forms.msg.atMost': { fr: 'Au plus {p1}.', en: 'At most {p1}.' },
  'forms.msg.whole': { fr: 'Un nombre entier est attendu.', en: 'A whole number is expected.' },
  'forms.msg.number': { fr: 'Un nombre est attendu.', en: 'A number is expected.' },
  'forms.msg.date': { fr: 'Une date valide est attendue.', en: 'A valid date is expected.' },
  'forms.msg.tooLong': { fr: '{p1} caractères au plus.', en: '{p1} characters at most.' },
  'forms.msg.hidden': {
    fr: 'Cette question n’est pas posée (sa condition est fausse) : elle ne doit pas avoir de réponse.',
    en: 'This question is not asked (its condition is false): it must not have an answer.',
  },
  'forms.msg.notAChoice': {
    fr: '« {p1} » ne fait pas partie des choix.',
    en: '“{p1}” is not one of the choices.',
  },
  'forms.msg.professional': {
    fr: 'Choisissez un professionnel de l’annuaire.',
    en: 'Choose a professional from the directory.',
  },
  'forms.msg.noSuchQuestion': {
    fr: 'Cette question n’existe pas dans cette version du formulaire.',
    en: 'This question does not exist in this version of the form.',
  },
  'forms.msg.idTaken': { fr: 'Le nom {p1} est déjà pris.', en: 'The name {p1} is taken.' },
  'forms.msg.needsChoices': {
    fr: 'Une question à choix a besoin de ses choix.',
    en: 'A choice question needs its choices.',
  },
  'forms.msg.sameCode': {
    fr: 'Deux choix ont le code {p1}.',
    en: 'Two choices have the code {p1}.',
  },
  'forms.msg.onlyChoices': {
    fr: 'Seules les questions à choix ont des choix.',
    en: 'Only choice questions have choices.',
  },
  'forms.msg.minMax': {
    fr: 'Le minimum dépasse le maximum.',
    en: 'The minimum is greater than the maximum.',
  },
  'forms.msg.onlyBounds': {
    fr: 'Seuls les nombres et les échelles ont des bornes.',
    en: 'Only numbers and scales have bounds.',
  },
  'forms.msg.scaleBounds': {
    fr: 'Une échelle va d’un minimum entier à un maximum entier.',
    en: 'A scale goes from a whole minimum to a whole maximum.',
  },
  'forms.msg.scaleSteps': {
    fr: 'Une échelle a {p1} degrés au plus.',
    en: 'A scale has {p1} steps at most.',
  },
  'forms.msg.conditionScore': {
    fr: 'Une condition ne peut pas utiliser le score « {p1} »',
    en: 'A condition cannot use the score “{p1}”',
  },
  'forms.msg.unknownName': {
    fr: 'Aucune question ni aucun score ne s’appelle « {p1} »',
    en: 'No question or score is named “{p1}”',
  },
  'forms.msg.later': {
    fr: 'La condition utilise « {p1} », qui n’est pas placée avant cette question',
    en: 'The condition uses “{p1}”, which does not come before this question',
  },
  'forms.msg.cycle': {
    fr: 'Les scores se calculent l’un par l’autre en boucle : {p1}',
    en: 'The scores are calculated from each other in a loop: {p1}',
  },
  'forms.msg.empty': { fr: 'Expression vide', en: 'Empty expression' },
  'forms.msg.early': { fr: 'L’expression s’arrête trop tôt', en: 'The expression ends too early' },
  'forms.msg.unexpected': { fr: '« {p1} » inattendu', en: 'Unexpected “{p1}”' },
  'forms.msg.textNotClosed': {
    fr: 'Texte non fermé par une apostrophe',
    en: 'Text not closed by a single quote',
  },
  'forms.msg.notANumber': { fr: '{p1} n’est pas un nombre', en: '{p1} is not a number' },
  'forms.msg.keyword': {
    fr: '« {p1} » ne peut pas se trouver ici',
    en: '“{p1}” cannot stand here',
  },
  'forms.msg.unknownFunction': {
    fr: 'Fonction « {p1} » inconnue ; fonctions connues : {p2}',
    en: 'Unknown function “{p1}”; known: {p2}',
  },
  'forms.msg.arity': {
    fr: '{p1} prend {p2} argument(s), pas {p3}',
    en: '{p1} takes {p2} argument(s), not {p3}',
  },
  'forms.msg.arityMany': {
    fr: '{p1} prend un argument ou plus, pas {p2}',
    en: '{p1} takes one or more arguments, not {p2}',
  },
  'forms.msg.nameFirst': {
    fr: '{p1} prend d’abord le nom d’une question',
    en: '{p1} takes a question name first',
  },
  'forms.msg.expected': { fr: '« {p1} » attendu', en: '“{p1}” expected' },

  // ------------------------------------------------------------------ filling
  'forms.panel.title': { fr: 'Formulaires et évaluations', en: 'Forms and assessments' },
  'forms.panel.fill': { fr: 'Remplir un formulaire', en: 'Fill a form' },
  'forms.panel.choose': { fr: '— Choisir un formulaire —', en: '— Choose a form —' },
  'forms.panel.start': { fr: 'Remplir', en: 'Fill' },
  'forms.panel.noForm': {
    fr: 'Aucun formulaire publié par la structure de ce dossier.',
    en: "No form published by this file's structure.",
  },
  'forms.panel.filled': { fr: 'Formulaires remplis', en: 'Forms filled' },
  'forms.panel.empty': {
    fr: 'Aucun formulaire rempli pour ce patient.',
    en: 'No form filled for this patient.',
  },
  'forms.panel.by': { fr: '{name}, le {date}', en: '{name}, on {date}' },
  'forms.submission.DRAFT': { fr: 'Brouillon', en: 'Draft' },
  'forms.submission.SUBMITTED': { fr: 'Validé', en: 'Submitted' },
  'forms.submission.new': { fr: 'Nouveau', en: 'New' },
  'forms.submission.startedBy': {
    fr: 'commencé par {name}, enregistré le {date}',
    en: 'started by {name}, saved on {date}',
  },
  'forms.submission.submittedBy': {
    fr: 'validé par {name} le {date}',
    en: 'submitted by {name} on {date}',
  },
  'forms.fill.requiredNote': {
    fr: 'Les questions marquées * sont obligatoires pour valider.',
    en: 'Questions marked * are required to submit.',
  },
  'forms.fill.yes': { fr: 'Oui', en: 'Yes' },
  'forms.fill.no': { fr: 'Non', en: 'No' },
  'forms.fill.choose': { fr: '— Choisir —', en: '— Choose —' },
  'forms.fill.clear': { fr: 'Effacer la réponse', en: 'Clear the answer' },
  'forms.fill.noAnswer': { fr: 'Sans réponse', en: 'No answer' },
  'forms.fill.between': { fr: 'Entre {min} et {max}.', en: 'Between {min} and {max}.' },
  'forms.fill.min': { fr: 'Au moins {min}.', en: 'At least {min}.' },
  'forms.fill.max': { fr: 'Au plus {max}.', en: 'At most {max}.' },
  'forms.fill.scaleHelp': {
    fr: 'De {min} à {max}.',
    en: 'From {min} to {max}.',
  },
  'forms.fill.saveDraft': { fr: 'Enregistrer le brouillon', en: 'Save the draft' },
  'forms.fill.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'forms.fill.submit': { fr: 'Valider', en: 'Submit' },
  'forms.fill.submitting': { fr: 'Validation…', en: 'Submitting…' },
  'forms.fill.submitHelp': {
    fr: 'Une fois validé, le formulaire ne peut plus être modifié. Le brouillon, lui, peut être repris plus tard.',
    en: 'Once submitted, the form can no longer change. A draft can be taken up later.',
  },
  'forms.fill.draftSaved': { fr: 'Brouillon enregistré.', en: 'Draft saved.' },
  'forms.fill.submitted': {
    fr: 'Formulaire validé : il figure dans le dossier.',
    en: 'Form submitted: it is in the file.',
  },
  'forms.fill.missing': {
    fr: 'Il manque des réponses obligatoires :',
    en: 'Some required answers are missing:',
  },
  'forms.fill.othersDraft': {
    fr: 'Brouillon commencé par {name} : seule cette personne peut le compléter et le valider.',
    en: 'Draft started by {name}: only this person can complete and submit it.',
  },
  'forms.fill.print': { fr: 'Imprimer', en: 'Print' },
  'forms.fill.close': { fr: 'Fermer', en: 'Close' },
  'forms.print.patient': {
    fr: 'Patient : {name}, né(e) le {birth}',
    en: 'Patient: {name}, born {birth}',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
