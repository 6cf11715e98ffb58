import { Page, expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/** A valid 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** From "Mes patients", Bernard's file, its logbook loaded. */
async function openBernardsFile(page: Page): Promise<void> {
  // In the list of files (a case manager's page also links to care plans to review).
  await page
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await expect(page.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  await expect(page.getByTestId('logbook-entries')).toBeVisible();
}

/**
 * The nurse photographs a pressure sore at Bernard's home and joins the photo to her observation
 * (a text file named like a photo is refused for what it is, not for its name); the case manager
 * sees the photo in the logbook and opens it larger.
 */
test('a photo joined to an observation by the nurse is shown to the case manager', async ({
  browser,
}) => {
  const text = `Rougeur au talon droit, photo jointe ${Date.now()}`;

  const nurse = await loginAs(browser, 'claire.dubois');
  await openBernardsFile(nurse);
  const form = nurse.getByTestId('logbook-form');
  await form.getByTestId('entry-text').fill(text);
  const input = form.getByTestId('attachment-input');
  const chips = form.getByTestId('attachment-chip');

  // A text file renamed photo.png: the server reads its content and refuses it.
  await input.setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('Ceci n’est pas une photo, seulement du texte.\n', 'utf8'),
  });
  await expect(form.getByTestId('attachment-error')).toHaveText(
    'photo.png : Ce fichier n’est ni une photo (JPEG, PNG, WebP, HEIC) ni un PDF : il ne peut pas être joint, quel que soit son nom.',
  );
  await expect(chips).toHaveCount(0);

  // The real photo is uploaded at once and shown as a chip.
  await input.setInputFiles({ name: 'talon-droit.png', mimeType: 'image/png', buffer: PNG });
  await expect(chips).toHaveCount(1);
  await expect(chips).toContainText('talon-droit.png');
  await expect(chips).toContainText('jointe');
  await expect(form.getByTestId('attachment-error')).toHaveCount(0);
  await form.getByTestId('entry-submit').click();
  await expect(form.getByTestId('logbook-notice')).toContainText('Observation publiée');
  await expect(chips).toHaveCount(0);
  const written = nurse.getByTestId('logbook-entry').filter({ hasText: text });
  await expect(written.getByTestId('entry-attachment')).toHaveCount(1);

  // The case manager sees the photo with the observation.
  const manager = await loginAs(browser, 'isabelle.martin');
  await openBernardsFile(manager);
  const seen = manager.getByTestId('logbook-entry').filter({ hasText: text });
  await expect(seen.getByTestId('entry-attachment')).toHaveCount(1);
  const image = seen.getByTestId('entry-attachment-image');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', 'talon-droit.png');
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBeGreaterThan(0);
  await documentScreen(manager, 'logbook-attachments-1-photo-dans-le-cahier');

  // She opens it larger, and closes it with the keyboard.
  await seen.getByRole('button', { name: 'Agrandir la photo talon-droit.png' }).click();
  const viewer = manager.getByRole('dialog', { name: 'talon-droit.png' });
  await expect(viewer.getByRole('img', { name: 'talon-droit.png' })).toBeVisible();
  await manager.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
});

/**
 * The structure's admin puts "Chute" first in her structure's logbooks: the nurse's form then
 * offers it first and by default. The admin then restores the order she found (other tests share
 * this structure; all eight categories stay offered).
 */
test('the admin chooses the order of the logbook categories of her structure', async ({
  browser,
}) => {
  const admin = await loginAs(browser, 'sophie.garnier');
  await admin.getByRole('link', { name: 'Cahier de liaison', exact: true }).click();
  await expect(admin.getByTestId('logbook-categories-page')).toBeVisible();
  const rows = admin.getByTestId('logbook-categories-list').locator('li');
  await expect(rows).toHaveCount(8);
  const order = () => rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
  const original = await order();
  expect(original).toContain('FALL');
  await expectAccessible(admin);

  try {
    // "Chute" goes up one place at a time with the keyboard: the focus stays on its button.
    const up = admin.getByTestId('category-up-FALL');
    const steps = original.indexOf('FALL');
    if (steps > 0) await up.focus();
    for (let i = 1; i <= steps; i++) {
      await admin.keyboard.press('Enter');
      await expect(rows.nth(steps - i)).toHaveAttribute('data-code', 'FALL');
      if (i < steps) await expect(up).toBeFocused();
    }
    await expect(rows.first()).toHaveAttribute('data-code', 'FALL');
    await expect(up).toBeDisabled();
    await expect(admin.getByTestId('category-down-FALL')).toBeFocused();
    await admin.getByTestId('logbook-categories-save').click();
    await expect(admin.getByTestId('logbook-categories-saved')).toContainText(
      'Catégories enregistrées',
    );
    await documentScreen(admin, 'logbook-attachments-2-categories-de-la-structure');

    // Kept: read again, "Chute" is first, nothing else changed.
    await admin.reload();
    await expect(rows.first()).toHaveAttribute('data-code', 'FALL');
    expect(await order()).toEqual(['FALL', ...original.filter((c) => c !== 'FALL')]);

    // The nurse's logbook form for Bernard offers "Chute" first, chosen by default.
    const nurse = await loginAs(browser, 'claire.dubois');
    await openBernardsFile(nurse);
    const category = nurse.getByTestId('logbook-form').getByTestId('entry-category');
    await expect(category.locator('option').first()).toHaveText('Chute');
    await expect(category).toHaveValue('FALL');
    await nurse.context().close();
  } finally {
    // Back to the order found, for the other tests.
    await admin.goto('/logbook-categories');
    await expect(rows).toHaveCount(8);
    const down = admin.getByTestId('category-down-FALL');
    // One place at a time, each seen on the page before the next click (no overshoot).
    for (let at = (await order()).indexOf('FALL'); at < original.indexOf('FALL'); at++) {
      await down.click();
      await expect(rows.nth(at + 1)).toHaveAttribute('data-code', 'FALL');
    }
    expect(await order()).toEqual(original);
    await admin.getByTestId('logbook-categories-save').click();
    await expect(admin.getByTestId('logbook-categories-saved')).toBeVisible();
  }
});
