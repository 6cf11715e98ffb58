import { Page, expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, expectNewMail, loginAs, mailSubjects } from './support';

const HOME_MAIL = 'nathalie.roche@ehpad-glycines.example';
const MANAGER_MAIL = 'isabelle.martin@dac-coeur-de-loire.example';
const NEW_ADMISSION = "Liaison : Nouvelle demande d'admission / New admission request";
const ACCEPTED = 'Liaison : Votre demande a été acceptée / Your request was accepted';
const NEW_SIGNAL = 'Liaison : Nouveau signalement / New signal';
const GP_MAIL = 'henri.moreau@cabinet-tilleuls.example';
const AIDE_MAIL = 'lucie.petit@aide-et-vie.example';
const SIGNAL_ACCEPTED = 'Liaison : Votre signalement a été accepté / Your signal was accepted';
const ADDED = 'Liaison : vous avez rejoint une équipe de prise en charge / You joined a care team';
const DELEGATED =
  'Liaison : Rédaction du PPS déléguée à votre structure / Care plan: writing delegated to your structure';
const TO_VALIDATE =
  'Liaison : Un PPS attend votre validation / Care plan: awaiting your validation';
const VALIDATED = 'Liaison : Nouvelle version du PPS validée / Care plan: new version validated';
const IMPORTANT =
  'Liaison : Nouvelle entrée importante au cahier de liaison / Logbook: a new important entry';

/** A screenshot of one step of the story, under docs/screenshots/story/ (issue 17's proof). */
const step = (page: Page, name: string) => documentScreen(page, `story/${name}`);

/**
 * Bernard's story (seed 001), each step by the person who does it, through the screens only: his
 * home aide signals him to the DAC with its orientation grid; the case manager accepts, which opens
 * his file in request analysis (T1); she records his consent, includes him and builds his team;
 * the GP delegates writing the care plan, the case manager drafts it and the GP validates it; she
 * sends an admission request to a nursing home, whose staff accept it, and discharges him: the
 * screen lists the visits that will be cancelled, the logbook gets its last entry and becomes read
 * only. Each notification is checked in the app and each e-mail in the SMTP sink, and each step
 * leaves a screenshot under docs/screenshots/story/ (LIAISON_SCREENSHOTS).
 */
test("Bernard's file from referral to an accepted nursing-home admission", async ({ browser }) => {
  const lastName = process.env['LIAISON_SCREENSHOTS']
    ? 'Garnier'
    : `Garnier-${Date.now().toString(36)}`;

  // Lucie, his home aide, worries about him: she signals him to the DAC with its orientation grid.
  const aide = await loginAs(browser, 'lucie.petit');
  await expect(aide.getByTestId('nav-incoming')).toHaveCount(0);
  await fillASignal(aide, lastName, '28-signalement-aide-a-domicile');
  await step(aide, '01-signalement-par-l-aide-a-domicile');
  const managerMailsAtSignal = await mailSubjects(MANAGER_MAIL);
  await aide.getByTestId('signal-send').click();
  await expect(aide.getByTestId('signal-sent')).toBeVisible();
  await expect(aide.getByTestId('signal').first()).toContainText('En attente de réponse');
  await expectNewMail(MANAGER_MAIL, NEW_SIGNAL, managerMailsAtSignal);

  // The case manager is told; she accepts the signal: the file opens in request analysis (T1).
  const manager = await loginAs(browser, 'isabelle.martin');
  await manager.getByTestId('notification-bell').click();
  await manager
    .getByTestId('notification-item')
    .filter({ hasText: 'Lucie Petit (Aide et Vie à Domicile)' })
    .first()
    .click();
  const signalled = manager
    .getByTestId('incoming-signals')
    .getByTestId('signal')
    .filter({ hasText: lastName.toUpperCase() })
    .first(); // newest first: this one
  await expect(signalled.getByTestId('signal-summary')).toContainText('Chutes répétées');
  await signalled.getByTestId('signal-comment').fill('Visite d’évaluation jeudi.');
  await expectAccessible(manager);
  await documentScreen(manager, '29-signalement-recu-dac');
  await step(manager, '02-signalement-recu-par-la-dac');
  const aideMailsAtAnswer = await mailSubjects(AIDE_MAIL);
  await signalled.getByTestId('signal-accept').click();
  await expect(signalled.getByTestId('signal-status')).toHaveText('Accepté');
  await signalled.getByTestId('signal-file').click();
  await expect(manager.getByTestId('patient-name')).toContainText(lastName.toUpperCase());
  await expect(manager.getByTestId('case-status')).toHaveText('Analyse de la demande (T1)');
  await expect(manager.getByTestId('referral')).toContainText('Service d’aide à domicile');
  // The signal is the file's first logbook entry; Lucie is told of the answer.
  await expect(
    manager.getByTestId('logbook-entry').filter({ hasText: 'Signalement du' }),
  ).toContainText('Deux chutes ce mois-ci');
  await step(manager, '03-dossier-ouvert-en-t1');
  await expectNewMail(AIDE_MAIL, SIGNAL_ACCEPTED, aideMailsAtAnswer);
  await aide.getByTestId('notification-bell').click();
  await expect(aide.getByTestId('notification-item').first()).toContainText(
    'Isabelle Martin (DAC Cœur de Loire) a accepté votre signalement',
  );

  // An inclusion needs his consent to share his data: the screen says so until it is recorded.
  await manager.getByTestId('transition-INCLUDED').click();
  await expect(manager.getByTestId('inclusion-consent-missing')).toBeVisible();
  await expect(manager.getByTestId('transition-confirm')).toBeDisabled();
  await manager.getByRole('button', { name: 'Annuler' }).click();
  await manager.getByText('Modifier l’orientation et le consentement').click();
  await manager.getByLabel('Donné par').fill('Bernard Garnier');
  await manager.getByRole('button', { name: 'Enregistrer le consentement' }).click();
  await expect(manager.getByTestId('consent')).toContainText('Bernard Garnier');

  // After the assessment, she includes him in case management, with a reason.
  await manager.getByTestId('transition-INCLUDED').click();
  await expect(manager.getByTestId('inclusion-consent-missing')).toHaveCount(0);
  await manager
    .getByTestId('transition-reason')
    .fill('Évaluation multidimensionnelle : situation complexe, critères d’inclusion remplis.');
  await manager.getByTestId('transition-confirm').click();
  await expect(manager.getByTestId('case-status')).toHaveText('Inclus en gestion de cas');
  await manager.getByText('Historique des statuts').click();
  await expect(manager.getByTestId('status-history')).toContainText('critères d’inclusion');
  await step(manager, '04-inclusion');

  // She builds his team from the directory: GP, nurse, home aide; each is told.
  const gpMailsAtTeam = await mailSubjects(GP_MAIL);
  await manager.getByText('Ajouter un professionnel').click();
  for (const [search, name, role] of [
    ['moreau', 'Henri Moreau', 'Médecin traitant'],
    ['dubois', 'Claire Dubois', 'Infirmier(ère)'],
    ['petit', 'Lucie Petit', 'Aide à domicile'],
  ]) {
    await manager.getByTestId('pro-search').fill(search);
    await manager.getByRole('option', { name: new RegExp(name) }).click();
    await manager.getByTestId('add-member').click();
    await expect(manager.getByTestId(`member-${name.split(' ')[1]}`)).toContainText(role);
  }
  await expectAccessible(manager);
  await documentScreen(manager, '07-dossier-suivi-equipe');
  await step(manager, '05-equipe');
  await expectNewMail(GP_MAIL, ADDED, gpMailsAtTeam);

  // The GP, told in the app that he joined Bernard's team, delegates writing his care plan (PPS)
  // to the DAC from the plan's screen.
  const gp = await loginAs(browser, 'henri.moreau');
  await gp.getByTestId('notification-bell').click();
  const joined = gp
    .getByTestId('notification-item')
    .filter({ hasText: lastName.toUpperCase() })
    .first();
  await expect(joined).toContainText('vous a ajouté(e) à une équipe');
  await joined.click();
  await expect(gp.getByTestId('patient-name')).toContainText(lastName.toUpperCase());
  await gp.getByTestId('care-plan-link').click();
  const managerMailsAtDelegation = await mailSubjects(MANAGER_MAIL);
  await gp.getByTestId('care-plan-delegation').getByTestId('delegation-delegate').click();
  await expect(gp.getByTestId('care-plan-notice')).toContainText(
    'Rédaction déléguée à DAC Cœur de Loire',
  );
  await step(gp, '06-medecin-delegue-le-pps');

  // The case manager is told; she writes the draft and asks the GP to validate it.
  await expectNewMail(MANAGER_MAIL, DELEGATED, managerMailsAtDelegation);
  await manager.getByTestId('notification-bell').click();
  await manager
    .getByTestId('notification-item')
    .filter({ hasText: 'a confié la rédaction du PPS' })
    .first()
    .click();
  await manager.getByTestId('care-plan-start').click(); // the editor opens on the new draft
  const editor = manager.getByTestId('care-plan-editor');
  await editor.getByTestId('editor-add-problem').click();
  const problem = editor.getByTestId('editor-problem').last();
  await problem.getByTestId('problem-domain').selectOption('SOCIAL');
  await problem.getByTestId('problem-description').fill('Aidante épuisée, chutes répétées');
  await editor.getByTestId('care-plan-save-draft').click();
  await expect(manager.getByTestId('care-plan-notice')).toContainText('Brouillon v');
  const gpMailsAtRequest = await mailSubjects(GP_MAIL);
  await manager.getByTestId('delegation-request-validation').click();
  await expect(manager.getByTestId('care-plan-notice')).toContainText(
    'Le médecin traitant est prévenu',
  );
  await step(manager, '07-gestionnaire-redige-le-pps');

  // The GP is told by e-mail and in the app; he validates and signs what the DAC prepared.
  await expectNewMail(GP_MAIL, TO_VALIDATE, gpMailsAtRequest);
  const managerMailsAtValidation = await mailSubjects(MANAGER_MAIL);
  await gp.getByTestId('notification-bell').click();
  await gp
    .getByTestId('notification-item')
    .filter({ hasText: 'Isabelle Martin vous demande de valider le PPS' })
    .first()
    .click();
  await expect(gp.getByTestId('care-plan-status-draft')).toContainText('Isabelle Martin');
  await gp.getByTestId('care-plan-validate').click();
  await gp.getByTestId('care-plan-validate-confirm').click();
  await expect(gp.getByTestId('care-plan-validated')).toContainText('Henri Moreau');
  await step(gp, '08-medecin-valide-le-pps');
  await expectNewMail(MANAGER_MAIL, VALIDATED, managerMailsAtValidation);
  await manager.getByTestId('care-plan-back').click();

  // Months later, the RCP decided on a nursing home: she sends the admission request.
  await manager.getByTestId('orientation-new').click();
  await manager.getByTestId('orientation-search').fill('glycines');
  await manager
    .getByTestId('orientation-results')
    .getByRole('button', { name: /EHPAD Les Glycines/ })
    .click();
  await expect(manager.getByTestId('orientation-chosen')).toHaveText('EHPAD Les Glycines');
  await manager.getByTestId('orientation-kind').selectOption('ADMISSION');
  await manager
    .getByTestId('orientation-summary-input')
    .fill('GIR 3, chutes répétées, aidante épuisée. La RCP propose une entrée en EHPAD.');
  const homeMailsBefore = await mailSubjects(HOME_MAIL);
  await manager.getByTestId('orientation-send').click();
  await expect(manager.getByTestId('orientation-notice')).toContainText('EHPAD Les Glycines');
  await expect(manager.getByTestId('orientation-requests')).toContainText('Envoyée');
  // The nursing home's coordinator is told by e-mail (no name in it) and in the app.
  await expectNewMail(HOME_MAIL, NEW_ADMISSION, homeMailsBefore);
  await step(manager, '09-demande-d-admission-envoyee');

  const home = await loginAs(browser, 'nathalie.roche');
  await expect(home.getByTestId('notification-count')).toBeVisible();
  await home.getByTestId('notification-bell').click();
  const announced = home.getByTestId('notification-item').first();
  await expect(announced).toContainText(
    'Isabelle Martin (DAC Cœur de Loire) a adressé une demande d’admission à votre structure',
  );
  await documentScreen(home, '27-demande-annoncee-ehpad');
  await step(home, '10-ehpad-prevenu');
  // She opens it and finds it among the requests she received, and accepts it.
  const managerMailsBefore = await mailSubjects(MANAGER_MAIL);
  await announced.click();
  await expect(home.getByRole('heading', { name: 'Demandes reçues' })).toBeVisible();
  const request = home
    .getByTestId('orientation-request')
    .filter({ hasText: lastName.toUpperCase() });
  await expect(request).toContainText('GIR 3, chutes répétées');
  await expect(request).toContainText('DAC Cœur de Loire');
  await request.getByTestId('answer-ACCEPTED').click();
  await request.getByTestId('answer-comment').fill('Place disponible au 1er décembre.');
  await request.getByTestId('confirm-ACCEPTED').click();
  await expect(request.getByTestId('orientation-status')).toContainText('Acceptée');
  await expectAccessible(home);
  await documentScreen(home, '08-demandes-recues-ehpad');
  await step(home, '11-ehpad-accepte');
  // The nursing home sees the request, not Bernard's coordination file.
  await expect(home.getByText('Mes patients').first()).toBeVisible();

  // The case manager is told of the answer, by e-mail and in the app, which names the patient.
  await expectNewMail(MANAGER_MAIL, ACCEPTED, managerMailsBefore);
  await manager.getByTestId('notification-bell').click();
  const answer = manager.getByTestId('notification-item').first();
  await expect(answer).toContainText(
    'Nathalie Roche (EHPAD Les Glycines) a accepté votre demande pour un de vos patients',
  );
  await expect(answer.getByTestId('notification-patient')).toContainText(lastName.toUpperCase());
  // Back in the file, she sees the answer.
  await answer.click();
  const sent = manager.getByTestId('orientation-request').first();
  await expect(sent.getByTestId('orientation-status')).toContainText('Acceptée');
  await expect(sent).toContainText('Place disponible au 1er décembre.');
  await step(manager, '12-gestionnaire-prevenue-de-l-acceptation');

  // A weekly visit was planned; on his admission she discharges him: the screen says what goes.
  const agenda = manager.getByTestId('patient-agenda');
  await agenda.getByTestId('appointment-new').click();
  const visit = agenda.getByTestId('appointment-form');
  await visit.getByTestId('appointment-title').fill('Visite de la gestionnaire');
  await expect(visit.getByTestId('appointment-performer')).toHaveValue(/.+/);
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv', {
    timeZone: 'Europe/Paris',
  });
  await visit.getByTestId('appointment-date').fill(tomorrow);
  await visit.getByTestId('appointment-time').fill('10:00');
  await visit.getByTestId('appointment-frequency').selectOption('WEEKLY');
  await visit.getByTestId('appointment-save').click();
  await expect(agenda.getByTestId('patient-agenda-notice')).toContainText('récurrent');

  await manager.getByTestId('transition-DISCHARGED').click();
  await expect(manager.getByTestId('closing-agenda')).toContainText('Visite de la gestionnaire');
  await expect(manager.getByTestId('closing-agenda')).toContainText('(série)');
  await manager.getByTestId('transition-exit-reason').selectOption('NURSING_HOME');
  await manager.getByTestId('transition-reason').fill('Entrée à l’EHPAD Les Glycines.');
  await documentScreen(manager, '25-sortie-confirmation');
  await step(manager, '13-sortie-confirmation');
  const gpMailsAtDischarge = await mailSubjects(GP_MAIL);
  await manager.getByTestId('transition-confirm').click();
  await expect(manager.getByTestId('case-status')).toHaveText('Sorti');
  await expect(manager.getByTestId('logbook-closed')).toBeVisible();
  await expect(manager.getByTestId('logbook-form')).toHaveCount(0);
  await expect(manager.getByText(/Dossier clôturé le .* sortie \(entrée en EHPAD\)/)).toBeVisible();
  await expect(manager.getByTestId('transition-REQUEST_ANALYSIS')).toBeVisible();
  await expectAccessible(manager);
  await documentScreen(manager, '26-dossier-sorti');
  await step(manager, '14-dossier-sorti');
  // The team is told of the logbook's last entry, in the app and by e-mail.
  await expectNewMail(GP_MAIL, IMPORTANT, gpMailsAtDischarge);
  await gp.getByTestId('notification-bell').click();
  await expect(
    gp.getByTestId('notification-item').filter({ hasText: 'entrée importante' }).first(),
  ).toContainText(lastName.toUpperCase());
});

/** Lucie fills the DAC's signal form about Bernard (his name may vary), up to sending it. */
async function fillASignal(aide: Page, lastName: string, screen?: string): Promise<void> {
  await aide.getByTestId('signal-person').click();
  await aide.getByTestId('signal-to').selectOption({ label: 'DAC Cœur de Loire (Orléans)' });
  await aide.getByTestId('signal-lastName').fill(lastName);
  await aide.getByTestId('signal-firstName').fill('Bernard');
  await aide.getByTestId('signal-birthDate').fill('1941-03-14');
  await aide.getByTestId('signal-sex').selectOption('MALE');
  await aide.getByTestId('signal-line').fill('12 rue des Carmes');
  await aide.getByTestId('signal-postalCode').fill('45000');
  await aide.getByTestId('signal-city').fill('Orléans');
  const grid = aide.getByTestId('signal-orientation-form');
  const pick = (id: string, value: string) =>
    grid.locator(`[data-testid="answer-${id}"][value="${value}"]`).check();
  await pick('orienteur', 'aideDomicile');
  await pick('motifs', 'chutes');
  await pick('motifs', 'isolement');
  await pick('vitSeul', 'true');
  await pick('aidantPresent', 'true');
  await pick('aidantEpuise', 'true');
  await pick('urgence', '4');
  await grid
    .locator('[data-testid="answer-description"]')
    .fill('Deux chutes ce mois-ci, sa fille est épuisée.');
  await pick('personneInformee', 'true');
  await expectAccessible(aide);
  if (screen) await documentScreen(aide, screen);
}

/**
 * A signal about someone the DAC already follows (the demo file of LEMOINE Bernard, born
 * 14/03/1941): before a second file is opened, the case manager is shown the existing one, with
 * its link, and refuses the signal saying so.
 */
test('a signal about a person already followed shows the existing file first', async ({
  browser,
}) => {
  const aide = await loginAs(browser, 'lucie.petit');
  await fillASignal(aide, 'Lemoine');
  await aide.getByTestId('signal-send').click();
  await expect(aide.getByTestId('signal-sent')).toBeVisible();

  const manager = await loginAs(browser, 'isabelle.martin');
  await manager.goto('/orientation-requests');
  const signalled = manager
    .getByTestId('incoming-signals')
    .getByTestId('signal')
    .filter({ hasText: 'LEMOINE Bernard' })
    .first(); // newest first: this one
  await signalled.getByTestId('signal-accept').click();
  const existing = signalled.getByTestId('possible-duplicates');
  await expect(existing.getByTestId('duplicate-link')).toHaveText('LEMOINE Bernard');
  await expect(signalled.getByTestId('signal-accept')).toHaveText(/Accepter quand même/);
  await expect(signalled.getByTestId('signal-status')).toHaveText('En attente de réponse');
  await expectAccessible(manager);
  await signalled
    .getByTestId('signal-comment')
    .fill('Déjà suivi par la DAC : son dossier est ouvert.');
  await signalled.getByTestId('signal-refuse').click();
  await expect(signalled.getByTestId('signal-status')).toHaveText('Refusé');
});
