/**
 * The UI texts of the directory (annuaire), French and English side by side; loaded with its
 * routes (i18n/catalogue.ts). Also uses 'profession.<PROFESSION>', 'common.*' and 'error.fix'.
 */
export const DIRECTORY_MESSAGES = {
  'directory.title': { fr: 'Annuaire', en: 'Directory' },
  'directory.intro': {
    fr: 'Retrouvez les professionnels et les structures du territoire, et comment les joindre.',
    en: 'Find the professionals and structures of the area, and how to reach them.',
  },
  'directory.tabs': { fr: 'Rubriques de l’annuaire', en: 'Directory sections' },
  'directory.tab.professionals': { fr: 'Professionnels', en: 'Professionals' },
  'directory.tab.structures': { fr: 'Structures', en: 'Structures' },
  'directory.tab.mine': { fr: 'Ma structure', en: 'My structure' },
  'directory.searching': { fr: 'Recherche en cours…', en: 'Searching…' },

  'directory.professionals.searchTitle': {
    fr: 'Rechercher un professionnel',
    en: 'Search for a professional',
  },
  'directory.professionals.q': { fr: 'Nom', en: 'Name' },
  'directory.professionals.profession': { fr: 'Profession', en: 'Profession' },
  'directory.professionals.anyProfession': {
    fr: 'Toutes les professions',
    en: 'All professions',
  },
  'directory.professionals.commune': { fr: 'Commune', en: 'Town' },
  'directory.professionals.ofStructure': {
    fr: 'Professionnels de : {name}',
    en: 'Professionals of: {name}',
  },
  'directory.professionals.clearStructure': {
    fr: 'Voir toutes les structures',
    en: 'Show all structures',
  },
  'directory.professionals.count': {
    fr: '{count} professionnel(s) trouvé(s)',
    en: '{count} professional(s) found',
  },
  'directory.professionals.empty': {
    fr: 'Aucun professionnel ne correspond à votre recherche. Vérifiez l’orthographe du nom ou retirez un critère.',
    en: 'No professional matches your search. Check the spelling of the name or remove a criterion.',
  },
  'directory.professional.hasLogin': { fr: 'A un compte Liaison', en: 'Has a Liaison login' },
  'directory.professional.noContact': {
    fr: 'Ni téléphone ni e-mail renseigné.',
    en: 'No phone or e-mail given.',
  },
  'directory.card.phone': { fr: 'Tél. :', en: 'Phone:' },
  'directory.card.email': { fr: 'E-mail :', en: 'E-mail:' },
  'directory.card.rpps': { fr: 'RPPS :', en: 'RPPS:' },
  'directory.card.address': { fr: 'Commune :', en: 'Town:' },
  'directory.card.none': { fr: 'non renseigné', en: 'not given' },

  'directory.structures.searchTitle': {
    fr: 'Rechercher une structure',
    en: 'Search for a structure',
  },
  'directory.structures.q': { fr: 'Nom de la structure', en: 'Name of the structure' },
  'directory.structures.type': { fr: 'Type de structure', en: 'Type of structure' },
  'directory.structures.anyType': { fr: 'Tous les types', en: 'All types' },
  'directory.structures.count': {
    fr: '{count} structure(s) trouvée(s)',
    en: '{count} structure(s) found',
  },
  'directory.structures.empty': {
    fr: 'Aucune structure ne correspond à votre recherche. Vérifiez l’orthographe ou choisissez « Tous les types ».',
    en: 'No structure matches your search. Check the spelling or choose “All types”.',
  },
  'directory.structures.showProfessionals': {
    fr: 'Voir ses professionnels',
    en: 'Show its professionals',
  },
  'directory.type.DAC': { fr: 'DAC / PTA', en: 'DAC / PTA (care coordination)' },
  'directory.type.HOSPITAL': { fr: 'Hôpital', en: 'Hospital' },
  'directory.type.NURSING_HOME': { fr: 'EHPAD', en: 'Nursing home' },
  'directory.type.HOME_CARE_SERVICE': {
    fr: 'Service d’aide à domicile',
    en: 'Home help service',
  },
  'directory.type.HOME_NURSING_SERVICE': { fr: 'SSIAD', en: 'Home nursing service (SSIAD)' },
  'directory.type.HEALTH_PRACTICE': {
    fr: 'Cabinet / maison de santé',
    en: 'Practice / health centre',
  },
  'directory.type.PHARMACY': { fr: 'Pharmacie', en: 'Pharmacy' },
  'directory.type.CPTS': { fr: 'CPTS', en: 'CPTS (local health network)' },
  'directory.type.SOCIAL_SERVICE': { fr: 'Service social', en: 'Social service' },
  'directory.type.REGIONAL_AGENCY': {
    fr: 'Agence régionale de santé',
    en: 'Regional health agency',
  },

  'directory.services.title': { fr: 'Services', en: 'Services' },
  'directory.services.mineTitle': {
    fr: 'Services de ma structure',
    en: 'Services of my structure',
  },
  'directory.services.empty': { fr: 'Aucun service renseigné.', en: 'No service given.' },
  'directory.services.add': { fr: 'Ajouter un service', en: 'Add a service' },
  'directory.services.name': { fr: 'Nom du service', en: 'Name of the service' },
  'directory.services.phone': { fr: 'Téléphone du service', en: 'Phone of the service' },
  'directory.services.submit': { fr: 'Ajouter le service', en: 'Add the service' },
  'directory.services.saving': { fr: 'Ajout…', en: 'Adding…' },
  'directory.services.added': {
    fr: 'Service « {name} » ajouté.',
    en: 'Service “{name}” added.',
  },
  'directory.services.nameTaken': {
    fr: 'Un service de votre structure porte déjà ce nom.',
    en: 'A service of your structure already has this name.',
  },

  'directory.mine.title': { fr: 'Ma structure : {name}', en: 'My structure: {name}' },
  'directory.mine.staff': {
    fr: 'Professionnels de ma structure',
    en: 'Professionals of my structure',
  },
  'directory.mine.add': { fr: 'Ajouter un professionnel', en: 'Add a professional' },
  'directory.mine.edit': { fr: 'Modifier', en: 'Edit' },
  'directory.mine.editOf': { fr: 'Modifier la fiche de {name}', en: 'Edit the entry of {name}' },
  'directory.mine.noStaff': {
    fr: 'Aucun professionnel n’est encore inscrit pour votre structure. Ajoutez-les un par un ou importez un fichier CSV.',
    en: 'No professional is listed for your structure yet. Add them one by one or import a CSV file.',
  },
  'directory.mine.created': {
    fr: '{name} a été ajouté(e) à l’annuaire.',
    en: '{name} was added to the directory.',
  },
  'directory.mine.updated': {
    fr: 'La fiche de {name} est enregistrée.',
    en: 'The entry of {name} is saved.',
  },

  'directory.form.createTitle': { fr: 'Nouveau professionnel', en: 'New professional' },
  'directory.form.editTitle': { fr: 'Modifier la fiche de {name}', en: 'Edit the entry of {name}' },
  'directory.form.requiredHelp': {
    fr: 'Les champs marqués * sont obligatoires.',
    en: 'Fields marked * are required.',
  },
  'directory.form.lastName': { fr: 'Nom', en: 'Last name' },
  'directory.form.firstName': { fr: 'Prénom', en: 'First name' },
  'directory.form.profession': { fr: 'Profession', en: 'Profession' },
  'directory.form.chooseProfession': {
    fr: 'Choisissez une profession',
    en: 'Choose a profession',
  },
  'directory.form.rpps': { fr: 'Numéro RPPS (facultatif)', en: 'RPPS number (optional)' },
  'directory.form.rppsHelp': {
    fr: '11 chiffres, sur la carte CPS ou l’annuaire santé.',
    en: '11 digits, on the CPS card or in the national health directory.',
  },
  'directory.form.rppsFormat': {
    fr: 'Un numéro RPPS a exactement 11 chiffres.',
    en: 'An RPPS number has exactly 11 digits.',
  },
  'directory.form.rppsCheck': {
    fr: 'Ce numéro RPPS n’est pas valide : vérifiez les chiffres (le dernier est une clé de contrôle).',
    en: 'This RPPS number is not valid: check the digits (the last one is a check digit).',
  },
  'directory.form.email': { fr: 'E-mail (facultatif)', en: 'E-mail (optional)' },
  'directory.form.emailInvalid': {
    fr: 'Adresse e-mail incomplète (exemple : prenom.nom@exemple.fr).',
    en: 'Incomplete e-mail address (example: first.last@example.com).',
  },
  'directory.form.phone': { fr: 'Téléphone (facultatif)', en: 'Phone (optional)' },
  'directory.form.phoneInvalid': {
    fr: 'Chiffres, espaces et + ( ) . - seulement.',
    en: 'Digits, spaces and + ( ) . - only.',
  },
  'directory.form.username': {
    fr: 'Identifiant de connexion (facultatif)',
    en: 'Login (optional)',
  },
  'directory.form.usernameHelp': {
    fr: 'L’identifiant Liaison de ce professionnel, s’il en a un : lettres minuscules, chiffres et . _ @ -',
    en: 'This professional’s Liaison login, if any: lower-case letters, digits and . _ @ -',
  },
  'directory.form.usernameHelpLinked': {
    fr: 'Ce professionnel a déjà un identifiant de connexion : laissez ce champ vide pour le garder.',
    en: 'This professional already has a login: leave this field empty to keep it.',
  },
  'directory.form.usernameInvalid': {
    fr: 'Lettres minuscules, chiffres et . _ @ - seulement.',
    en: 'Lower-case letters, digits and . _ @ - only.',
  },
  'directory.form.tooLong': { fr: 'Texte trop long.', en: 'Text too long.' },
  'directory.form.save': { fr: 'Enregistrer', en: 'Save' },
  'directory.form.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'directory.form.stale': {
    fr: 'Cette fiche a été modifiée entre-temps : rechargez-la puis refaites votre modification.',
    en: 'This entry was changed in the meantime: reload it, then make your change again.',
  },
  'directory.form.reload': { fr: 'Recharger la fiche', en: 'Reload the entry' },

  'directory.import.title': {
    fr: 'Importer des professionnels (fichier CSV)',
    en: 'Import professionals (CSV file)',
  },
  'directory.import.help': {
    fr: 'Enregistrez votre tableau au format CSV depuis votre tableur. La première ligne doit nommer les colonnes :',
    en: 'Save your table as CSV from your spreadsheet. The first line must name the columns:',
  },
  'directory.import.separatorHelp': {
    fr: 'Séparateur : point-virgule (;) ou virgule (,). Nom, prénom et profession sont obligatoires, les autres colonnes facultatives.',
    en: 'Separator: semicolon (;) or comma (,). Last name, first name and profession are required, the other columns optional.',
  },
  'directory.import.professionHelp': {
    fr: 'Profession par son code (NURSE) ou son nom en français (infirmière, aide à domicile…).',
    en: 'Profession by its code (NURSE) or its French name (infirmière, aide à domicile…).',
  },
  'directory.import.allOrNothing': {
    fr: 'Tout ou rien : si une ligne est fausse, aucun professionnel n’est importé.',
    en: 'All or nothing: if one line is wrong, no professional is imported.',
  },
  'directory.import.file': { fr: 'Fichier CSV', en: 'CSV file' },
  'directory.import.submit': { fr: 'Importer', en: 'Import' },
  'directory.import.uploading': { fr: 'Import en cours…', en: 'Importing…' },
  'directory.import.done': {
    fr: '{count} professionnels importés.',
    en: '{count} professionals imported.',
  },
  'directory.import.refused': {
    fr: 'Aucun professionnel n’a été importé : {count} erreur(s) dans le fichier. Corrigez les lignes ci-dessous puis importez à nouveau le fichier.',
    en: 'No professional was imported: {count} error(s) in the file. Correct the lines below, then import the file again.',
  },
  'directory.import.reportTitle': { fr: 'Erreurs par ligne', en: 'Errors by line' },
  'directory.import.line': { fr: 'Ligne', en: 'Line' },
  'directory.import.field': { fr: 'Colonne', en: 'Column' },
  'directory.import.message': { fr: 'Problème', en: 'Problem' },
  'directory.import.tooBig': {
    fr: 'Ce fichier est trop gros (1 Mo au plus). Découpez-le en plusieurs fichiers.',
    en: 'This file is too large (1 MB at most). Split it into several files.',
  },
  'directory.import.empty': { fr: 'Ce fichier est vide.', en: 'This file is empty.' },
  'directory.import.unreadable': {
    fr: 'Impossible de lire ce fichier. Choisissez-le à nouveau.',
    en: 'This file cannot be read. Choose it again.',
  },

  'problem.not-admin-of-structure': {
    fr: 'Seul un administrateur de cette structure peut modifier ses fiches.',
    en: 'Only an administrator of this structure can change its entries.',
  },
  'problem.rpps-taken': {
    fr: 'Ce numéro RPPS est déjà dans l’annuaire.',
    en: 'This RPPS number is already in the directory.',
  },
  'problem.username-taken': {
    fr: 'Cet identifiant de connexion est déjà relié à un autre professionnel.',
    en: 'This login is already linked to another professional.',
  },
  'problem.service-exists': {
    fr: 'Votre structure a déjà un service de ce nom.',
    en: 'Your structure already has a service with this name.',
  },
  'problem.directory-duplicate': {
    fr: 'Une autre fiche a déjà ce numéro RPPS ou cet identifiant de connexion.',
    en: 'Another entry already has this RPPS number or login.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
