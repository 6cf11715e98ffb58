/**
 * The UI texts of the activity dashboards, French and English side by side; loaded with its
 * routes (i18n/catalogue.ts). Only the screen's chrome: titles, definitions and row and column
 * labels come translated from the server. Also uses 'common.loading', 'common.retry', the
 * 'status.<STATUS>' keys of the patients' texts and the 'error.*' keys through callError.
 */
export const DASHBOARD_MESSAGES = {
  // ------------------------------------------------------------------ problems of the API
  'problem.not-a-dashboard-reader': {
    fr: 'Vous n’avez pas accès aux tableaux de bord.',
    en: 'You do not have access to the dashboards.',
  },
  'problem.not-your-structure': {
    fr: 'Ce tableau de bord est celui d’une autre structure : vous ne pouvez pas l’ouvrir.',
    en: 'This dashboard belongs to another structure: you cannot open it.',
  },
  'problem.not-a-regional-observer': {
    fr: 'La vue régionale est réservée aux observateurs de l’agence régionale de santé.',
    en: 'The regional view is for the regional health agency’s observers.',
  },
  'dashboard.noAccess': {
    fr: 'Vous n’avez pas accès aux tableaux de bord.',
    en: 'You do not have access to the dashboards.',
  },
  'dashboard.noAccessHelp': {
    fr: 'Ils sont réservés à l’équipe de coordination, aux gestionnaires de cas et aux observateurs régionaux. Si votre travail le demande, adressez-vous à l’administrateur de votre structure.',
    en: 'They are for the coordination team, case managers and regional observers. If your work needs them, ask your structure administrator.',
  },
  'dashboard.badFilter': {
    fr: 'Ces filtres ne sont pas valides : retirez-les, puis choisissez-les de nouveau.',
    en: 'These filters are not valid: clear them, then choose them again.',
  },
  'dashboard.badPeriod': {
    fr: 'Période impossible : choisissez les deux dates, la fin après le début, sur 6 ans au plus.',
    en: 'Impossible period: choose both dates, the end after the start, 6 years at most.',
  },
  // ------------------------------------------------------------------ page
  'dashboard.title': { fr: 'Tableaux de bord d’activité', en: 'Activity dashboards' },
  'dashboard.loading': {
    fr: 'Calcul des indicateurs…',
    en: 'Computing the indicators…',
  },
  'dashboard.empty': {
    fr: 'Aucune donnée pour cette période.',
    en: 'No data for this period.',
  },
  'dashboard.emptyHelp': {
    fr: 'Choisissez une autre période ou retirez des filtres.',
    en: 'Choose another period or remove some filters.',
  },
  'dashboard.region': { fr: 'Région : toutes les structures', en: 'Region: every structure' },
  'dashboard.periodShown': { fr: 'Du {from} au {to}', en: 'From {from} to {to}' },
  'dashboard.comparedWith': {
    fr: 'Comparée à la période précédente, du {from} au {to}.',
    en: 'Compared with the previous period, from {from} to {to}.',
  },
  'dashboard.generatedAt': { fr: 'Calculé le {at}.', en: 'Computed on {at}.' },
  'dashboard.refreshed': {
    fr: 'Recalculé automatiquement toutes les {n} minutes.',
    en: 'Recomputed automatically every {n} minutes.',
  },
  'dashboard.scope.OWN_CASE_LOAD': {
    fr: 'Vos dossiers seulement : ceux dont vous êtes ou avez été gestionnaire de cas.',
    en: 'Your files only: those you are or were case manager of.',
  },
  'dashboard.scope.REGION': {
    fr: 'Toutes les structures de coordination de la région, sans aucun nom. Les effectifs de 1 à {max} sont masqués.',
    en: 'Every coordination structure of the region, with no name. Counts from 1 to {max} are hidden.',
  },
  'dashboard.contents': { fr: 'Sommaire', en: 'Contents' },
  'dashboard.print': { fr: 'Imprimer', en: 'Print' },
  'dashboard.printHeading': {
    fr: 'Rapport d’activité — {name}',
    en: 'Activity report — {name}',
  },
  'dashboard.printFilters': { fr: 'Filtres : {filters}', en: 'Filters: {filters}' },
  // ------------------------------------------------------------------ filters
  'dashboard.filters': { fr: 'Filtres', en: 'Filters' },
  'dashboard.structure': { fr: 'Structure', en: 'Structure' },
  'dashboard.period': { fr: 'Période', en: 'Period' },
  'dashboard.preset.last12': { fr: '12 derniers mois complets', en: 'Last 12 full months' },
  'dashboard.preset.month': { fr: 'Dernier mois complet', en: 'Last full month' },
  'dashboard.preset.quarter': { fr: 'Dernier trimestre complet', en: 'Last full quarter' },
  'dashboard.preset.year': { fr: 'Dernière année civile', en: 'Last calendar year' },
  'dashboard.preset.custom': { fr: 'Dates choisies', en: 'Chosen dates' },
  'dashboard.from': { fr: 'Du', en: 'From' },
  'dashboard.to': { fr: 'Au (inclus)', en: 'To (included)' },
  'dashboard.area': { fr: 'Secteur', en: 'Catchment area' },
  'dashboard.allAreas': { fr: 'Tous les secteurs', en: 'Every area' },
  'dashboard.caseManager': { fr: 'Gestionnaire de cas', en: 'Case manager' },
  'dashboard.allCaseManagers': { fr: 'Tous les gestionnaires', en: 'Every case manager' },
  'dashboard.origin': { fr: 'Origine de la demande', en: 'Referral origin' },
  'dashboard.allOrigins': { fr: 'Toutes les origines', en: 'Every origin' },
  'dashboard.apply': { fr: 'Afficher', en: 'Show' },
  'dashboard.reset': { fr: 'Retirer les filtres', en: 'Clear the filters' },
  // ------------------------------------------------------------------ tables and charts
  'dashboard.definition': { fr: 'Définition', en: 'Definition' },
  'dashboard.chartLabel': {
    fr: 'Graphique : {title}. Les chiffres sont dans le tableau qui suit.',
    en: 'Chart: {title}. The figures are in the table that follows.',
  },
  'dashboard.rowHeader': { fr: 'Libellé', en: 'Item' },
  'dashboard.evolution': { fr: 'Évolution', en: 'Change' },
  'dashboard.overload': {
    fr: 'Surcharge : plus de {norm} dossiers',
    en: 'Overload: more than {norm} files',
  },
  'dashboard.suppressed': { fr: '< {n}', en: '< {n}' },
  'dashboard.suppressedLabel': { fr: 'moins de {n}', en: 'fewer than {n}' },
  'dashboard.suppressedNote': {
    fr: '« < {n} » : un effectif de 1 à {max}, masqué parce qu’un si petit nombre permettrait de reconnaître des personnes.',
    en: '“< {n}”: a count from 1 to {max}, hidden because so small a number could identify people.',
  },
  'dashboard.noCase': { fr: 'aucun cas', en: 'no case' },
  'dashboard.drillLabel': {
    fr: '{value} : voir les dossiers ({row}, {column})',
    en: '{value}: see the files ({row}, {column})',
  },
  'dashboard.drillHint': {
    fr: 'Un chiffre souligné, ou une barre du graphique, ouvre la liste des dossiers qu’il compte.',
    en: 'An underlined figure, or a bar of the chart, opens the list of the files it counts.',
  },
  'dashboard.unit.FILES': { fr: 'dossiers', en: 'files' },
  'dashboard.unit.COUNT': { fr: 'nombre', en: 'count' },
  'dashboard.unit.DAYS': { fr: 'jours', en: 'days' },
  'dashboard.unit.YEARS': { fr: 'ans', en: 'years' },
  'dashboard.unit.PEOPLE': { fr: 'personnes', en: 'people' },
  // ------------------------------------------------------------------ exports
  'dashboard.exportAll': { fr: 'Tout exporter', en: 'Export everything' },
  'dashboard.exportTable': { fr: 'Exporter', en: 'Export' },
  'dashboard.exportCsv': { fr: 'CSV', en: 'CSV' },
  'dashboard.exportXlsx': { fr: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  'dashboard.exportAllLabel': {
    fr: 'Exporter tout le tableau de bord en {format}',
    en: 'Export the whole dashboard as {format}',
  },
  'dashboard.exportTableLabel': {
    fr: 'Exporter « {title} » en {format}',
    en: 'Export “{title}” as {format}',
  },
  'dashboard.exporting': { fr: 'Export en cours…', en: 'Exporting…' },
  // ------------------------------------------------------------------ drill-down
  'dashboard.files.back': { fr: 'Retour au tableau de bord', en: 'Back to the dashboard' },
  'dashboard.files.loading': { fr: 'Recherche des dossiers…', en: 'Finding the files…' },
  'dashboard.files.totalOne': { fr: '1 dossier au total.', en: '1 file in all.' },
  'dashboard.files.totalMany': { fr: '{count} dossiers au total.', en: '{count} files in all.' },
  'dashboard.files.none': {
    fr: 'Aucun dossier derrière ce chiffre.',
    en: 'No file behind this figure.',
  },
  'dashboard.files.hiddenOne': {
    fr: '1 autre dossier, non nommé : vous n’êtes pas dans son équipe de soins.',
    en: '1 other file, not named: you are not in its care team.',
  },
  'dashboard.files.hiddenMany': {
    fr: '{count} autres dossiers, non nommés : vous n’êtes pas dans leur équipe de soins.',
    en: '{count} other files, not named: you are not in their care team.',
  },
  'dashboard.files.capped': {
    fr: 'Seuls les {count} premiers dossiers que vous pouvez ouvrir sont listés.',
    en: 'Only the first {count} files you may open are listed.',
  },
  'dashboard.files.caption': { fr: 'Dossiers : {title}', en: 'Files: {title}' },
  'dashboard.files.name': { fr: 'Patient', en: 'Patient' },
  'dashboard.files.birthYear': { fr: 'Né(e) en', en: 'Born in' },
  'dashboard.files.status': { fr: 'Statut', en: 'Status' },
  'dashboard.files.caseManager': { fr: 'Gestionnaire de cas', en: 'Case manager' },
  'dashboard.files.missing': {
    fr: 'Ce lien ne désigne aucun chiffre du tableau de bord.',
    en: 'This link points to no figure of the dashboard.',
  },
} as const satisfies Record<string, { fr: string; en: string }>;
