import { expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, expectNewMail, loginAs, mailSubjects } from './support';

const HOME_MAIL = 'nathalie.roche@ehpad-glycines.example';
const MANAGER_MAIL = 'isabelle.martin@dac-coeur-de-loire.example';
const NEW_ADMISSION = "Liaison : Nouvelle demande d'admission / New admission request";
const ACCEPTED = 'Liaison : Votre demande a été acceptée / Your request was accepted';

/**
 * Bernard's first steps (seed 001): the home aide's service refers him; the case manager opens
 * his file in request analysis (T1), includes him, builds his team; at the end she sends an
 * admission request to a nursing home, whose staff accept it, and discharges him: the screen lists
 * the visits that will be cancelled, the logbook gets its last entry and becomes read only.
 */
test("Bernard's file from referral to an accepted nursing-home admission", async ({ browser }) => {
  const lastName = process.env['LIAISON_SCREENSHOTS']
    ? 'Garnier'
    : `Garnier-${Date.now().toString(36)}`;

  // Referred by the home-care service: the case manager opens the file with its origin.
  const manager = await loginAs(browser, 'isabelle.martin');
  await manager.getByTestId('new-file').click();
  await manager.locator('#lastName').fill(lastName);
  await manager.getByLabel('Prénom').fill('Bernard');
  await manager.getByLabel('Date de naissance').fill('1941-03-14');
  await manager.getByLabel('Sexe').selectOption('MALE');
  await manager.getByLabel('Adresse').fill('12 rue des Carmes');
  await manager.getByLabel('Code postal').fill('45000');
  await manager.locator('#city').fill('Orléans');
  await manager.getByTestId('referral-origin').selectOption('HOME_CARE_SERVICE');
  await manager.getByTestId('referral-detail').fill('Aide et Vie à Domicile (Lucie Petit)');
  await manager.getByTestId('create-file').click();
  await expect(manager.getByTestId('patient-name')).toContainText(lastName.toUpperCase());
  await expect(manager.getByTestId('case-status')).toHaveText('Analyse de la demande (T1)');
  await expect(manager.getByTestId('referral')).toContainText('Service d’aide à domicile');

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

  // She builds his team from the directory: GP, nurse, home aide.
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

  const home = await loginAs(browser, 'nathalie.roche');
  await expect(home.getByTestId('notification-count')).toBeVisible();
  await home.getByTestId('notification-bell').click();
  const announced = home.getByTestId('notification-item').first();
  await expect(announced).toContainText(
    'Isabelle Martin (DAC Cœur de Loire) a adressé une demande d’admission à votre structure',
  );
  await documentScreen(home, '27-demande-annoncee-ehpad');
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
  await manager.getByTestId('transition-confirm').click();
  await expect(manager.getByTestId('case-status')).toHaveText('Sorti');
  await expect(manager.getByTestId('logbook-closed')).toBeVisible();
  await expect(manager.getByTestId('logbook-form')).toHaveCount(0);
  await expect(manager.getByText(/Dossier clôturé le .* sortie \(entrée en EHPAD\)/)).toBeVisible();
  await expect(manager.getByTestId('transition-REQUEST_ANALYSIS')).toBeVisible();
  await expectAccessible(manager);
  await documentScreen(manager, '26-dossier-sorti');
});
