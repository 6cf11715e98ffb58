import { Page, expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/** From "Mes patients", Bernard's file, its logbook loaded. */
async function openBernardsFile(page: Page): Promise<void> {
  await page
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await expect(page.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  await expect(page.getByTestId('logbook-entries')).toBeVisible();
}

/**
 * The home aide, on her phone at Bernard's home without network, writes two observations: they
 * wait on the phone and leave, once each, when the network is back. The nurse, who keeps
 * Bernard's file open, sees them appear without reloading, the important one flagged.
 */
test('entries written offline on the phone are sent once back online and reach the team live', async ({
  browser,
}) => {
  const stamp = Date.now();
  const meals = `Repas de midi pris en entier, bonne humeur ${stamp}`;
  const wound = `Rougeur au talon gauche, à regarder au prochain passage infirmier ${stamp}`;

  // The nurse opens Bernard's file and stays on it; the marker shows the page is never reloaded.
  const nurse = await loginAs(browser, 'claire.dubois');
  await openBernardsFile(nurse);
  await nurse.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  // The home aide, on her phone, opens the same file, then loses the network.
  const aide = await loginAs(browser, 'lucie.petit', { width: 390, height: 844 });
  await openBernardsFile(aide);
  await aide.context().setOffline(true);
  const form = aide.getByTestId('logbook-form');
  await expect(form.getByTestId('logbook-offline')).toBeVisible();

  // She writes two observations; each is kept on the phone at once.
  await form.getByTestId('entry-text').fill(meals);
  await form.getByTestId('entry-submit').click();
  await expect(form.getByRole('status')).toContainText(
    'Enregistrée sur le téléphone, elle partira dès le retour du réseau',
  );
  await expect(form.getByTestId('entry-text')).toHaveValue('');
  await form.getByTestId('entry-text').fill(wound);
  await form.getByTestId('entry-important').check();
  await form.getByTestId('entry-submit').click();

  const pending = aide.getByTestId('entry-pending');
  await expect(pending).toHaveCount(2);
  await expect(pending.filter({ hasText: meals })).toContainText("En attente d'envoi");
  const pendingWound = pending.filter({ hasText: wound });
  await expect(pendingWound).toContainText("En attente d'envoi");
  await expect(pendingWound.getByTestId('entry-important')).toBeVisible();
  await expect(pending.filter({ hasText: meals }).getByTestId('entry-important')).toHaveCount(0);
  await expectAccessible(aide);
  await documentScreen(aide, 'logbook-offline-1-aide-sans-reseau');

  // The network is back: both leave the phone and are now in the logbook, once each.
  await aide.context().setOffline(false);
  await expect(pending).toHaveCount(0);
  await expect(form.getByRole('status')).toContainText('2 entrées envoyées');
  await expect(form.getByTestId('logbook-offline')).toHaveCount(0);
  const aideEntries = aide.getByTestId('logbook-entry');
  await expect(aideEntries.filter({ hasText: meals })).toHaveCount(1);
  await expect(aideEntries.filter({ hasText: wound })).toHaveCount(1);
  await expect(aideEntries.filter({ hasText: wound }).getByTestId('entry-important')).toBeVisible();

  // The nurse's page, never reloaded, shows both as they arrive, the important one flagged.
  const nurseEntries = nurse.getByTestId('logbook-entry');
  const seenWound = nurseEntries.filter({ hasText: wound });
  const seenMeals = nurseEntries.filter({ hasText: meals });
  await expect(seenWound).toHaveCount(1);
  await expect(seenMeals).toHaveCount(1);
  await expect(seenWound.getByTestId('entry-new')).toBeVisible();
  await expect(seenWound.getByTestId('entry-important')).toBeVisible();
  await expect(seenMeals.getByTestId('entry-important')).toHaveCount(0);
  // Newest first: the wound, written last, is above the meals.
  await expect(nurseEntries.first()).toContainText(wound);
  expect(await nurse.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await documentScreen(nurse, 'logbook-offline-2-infirmiere-en-direct');
});
