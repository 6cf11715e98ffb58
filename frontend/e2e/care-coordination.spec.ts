import { expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs, randomIns } from './support';

/**
 * The foundation scenario: the case manager opens a file and adds the home aide, the home
 * aide (on her phone) writes in the logbook, the case manager reads it, an outsider sees
 * nothing.
 */
test('case manager, home aide and outsider around one patient', async ({ browser }) => {
  // Unique unless we are taking the documentation's screenshots on a fresh database.
  const lastName = process.env['LIAISON_SCREENSHOTS']
    ? 'Roussel'
    : `Roussel-${Date.now().toString(36)}`;

  // The case manager opens a coordination file.
  const manager = await loginAs(browser, 'isabelle.martin');
  await expect(manager.getByTestId('current-user')).toContainText('Isabelle Martin');
  await expect(manager.getByTestId('patients')).toContainText('LEMOINE Bernard');
  await documentScreen(manager, '01-mes-patients');
  await expectAccessible(manager);
  await manager.getByTestId('new-file').click();
  await expect(
    manager.getByRole('heading', { name: 'Ouvrir un dossier de coordination' }),
  ).toBeVisible();
  await manager.getByLabel('Nom', { exact: false }).first().fill(lastName);
  await manager.getByLabel('Prénom').fill('Jeanne');
  await manager.getByLabel('Date de naissance').fill('1936-04-09');
  await manager.getByLabel('Sexe').selectOption('FEMALE');
  await manager.getByLabel('Adresse').fill('8 rue de Bourgogne');
  await manager.getByLabel('Code postal').fill('45000');
  await manager.getByLabel('Commune').fill('Orléans');
  await manager.getByLabel('INS (facultatif)').fill('236044500012399');
  await manager.getByTestId('create-file').click();
  await expect(manager.getByTestId('ins-error')).toContainText("n'est pas valide");
  await documentScreen(manager, '02-nouveau-dossier-ins-invalide');
  await expectAccessible(manager);
  await manager.getByLabel('INS (facultatif)').fill(randomIns());
  await manager.getByTestId('create-file').click();
  await expect(manager.getByTestId('patient-name')).toContainText(lastName.toUpperCase());
  const fileUrl = manager.url();

  // She adds the home aide from the directory.
  await manager.getByText('Ajouter un professionnel').click();
  await manager.getByTestId('pro-search').fill('petit');
  await manager.getByRole('option', { name: /Lucie Petit/ }).click();
  await expect(manager.getByTestId('team-role')).toHaveValue('HOME_AIDE');
  await manager.getByTestId('add-member').click();
  await expect(manager.getByTestId('team-members')).toContainText('Lucie Petit');
  await expect(manager.getByTestId('team-members')).toContainText('Aide à domicile');
  // Adding her twice is refused, in words a case manager understands.
  await manager.getByTestId('pro-search').fill('lucie');
  await manager.getByRole('option', { name: /Lucie Petit/ }).click();
  await manager.getByTestId('add-member').click();
  await expect(manager.getByTestId('team-error')).toContainText('fait déjà partie de l’équipe');

  // The home aide, at phone width, finds the patient and writes an important observation.
  const aide = await loginAs(browser, 'lucie.petit', { width: 390, height: 844 });
  await aide.getByRole('link', { name: new RegExp(lastName.toUpperCase()) }).click();
  await expect(aide.getByTestId('patient-name')).toContainText(lastName.toUpperCase());
  await aide.getByTestId('entry-category').selectOption('FALL');
  await aide
    .getByTestId('entry-text')
    .fill('Chute dans la cuisine ce matin, pas de blessure visible.');
  await aide.getByTestId('entry-important').check();
  await aide.getByTestId('entry-submit').click();
  await expect(aide.getByRole('status')).toContainText('Observation publiée');
  await expect(aide.getByTestId('logbook-entry').first()).toContainText('Chute dans la cuisine');
  await documentScreen(aide, '04-cahier-de-liaison-mobile');
  await expectAccessible(aide);

  // The case manager sees it, newest first and flagged important.
  await manager.reload();
  const newest = manager.getByTestId('logbook-entry').first();
  await expect(newest).toContainText('Chute dans la cuisine');
  await expect(newest).toContainText('Important');
  await expect(newest).toContainText('Lucie Petit, Aide à domicile');
  await documentScreen(manager, '03-dossier-patient');
  await expectAccessible(manager);

  // A case manager of another structure sees nothing of her, not even by URL.
  const outsider = await loginAs(browser, 'paul.lefevre');
  await expect(outsider.getByText(lastName.toUpperCase())).toHaveCount(0);
  await expect(outsider.getByTestId('no-patients')).toBeVisible();
  await outsider.goto(fileUrl);
  await expect(outsider.getByTestId('file-not-found')).toContainText('Dossier introuvable');
  await expect(outsider.getByText('Chute dans la cuisine')).toHaveCount(0);
  await documentScreen(outsider, '05-dossier-introuvable');
});

test('the interface switches to English', async ({ browser }) => {
  const page = await loginAs(browser, 'claire.dubois');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'My patients' })).toBeVisible();
  await page
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Logbook' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Care team' })).toBeVisible();
  await expect(page.getByTestId('team-members')).toContainText('Home aide');
  await documentScreen(page, '06-patient-file-english');
  await page.getByRole('button', { name: 'Passer en français' }).click();
  await expect(page.getByRole('heading', { name: 'Cahier de liaison' })).toBeVisible();
});
