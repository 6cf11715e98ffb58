import { expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/**
 * The structure's admin builds a form with a conditional question and a score and publishes it;
 * the nurse fills it for Bernard and sees the score and its label; when the admin edits the form
 * later, the stored submission still shows what the nurse answered, on the version she answered.
 */
test('a form built by the admin, filled by the nurse, unchanged by later edits', async ({
  browser,
}) => {
  const title = process.env['LIAISON_SCREENSHOTS']
    ? 'Risque de chute'
    : `Risque de chute ${Date.now().toString(36)}`;

  const admin = await loginAs(browser, 'sophie.garnier');
  await admin.getByRole('link', { name: 'Formulaires' }).click();
  await admin.getByTestId('forms-new').click();
  await admin.getByTestId('form-title').fill(title);

  // A yes/no question, then a number shown only when the answer is yes.
  await admin.getByTestId('add-question').first().click();
  const first = admin.locator('app-question-editor').nth(0);
  await first.getByTestId('question-label').fill('A-t-il chuté depuis 6 mois ?');
  await first.getByTestId('question-id').fill('chute');
  await first.getByTestId('question-type').selectOption('YES_NO');
  await first.getByTestId('question-required').check();
  await admin.getByTestId('add-question').first().click();
  const second = admin.locator('app-question-editor').nth(1);
  await second.getByTestId('question-label').fill('Nombre de chutes');
  await second.getByTestId('question-id').fill('nbChutes');
  await second.getByTestId('question-type').selectOption('NUMBER');
  await second.getByTestId('question-required').check();
  await second.getByTestId('question-condition').fill('chute = true');

  // A score with two bands.
  await admin.getByTestId('add-score').click();
  const score = admin.locator('app-score-editor').first();
  await score.getByTestId('score-id').fill('risque');
  await score.getByTestId('score-label').fill('Risque de chute');
  await score.getByTestId('score-expression').fill('if(chute, min(nbChutes, 3), 0)');
  await score.getByTestId('add-band').click();
  await score.getByTestId('band-min').nth(0).fill('0');
  await score.getByTestId('band-max').nth(0).fill('0');
  await score.getByTestId('band-label').nth(0).fill('Faible');
  await score.getByTestId('add-band').click();
  await score.getByTestId('band-min').nth(1).fill('1');
  await score.getByTestId('band-label').nth(1).fill('Élevé');

  // The preview applies the condition live.
  const preview = admin.getByTestId('preview');
  await expect(preview.getByTestId('answer-nbChutes')).toHaveCount(0);
  await preview.locator('[data-testid="answer-chute"][value="true"]').check();
  await expect(preview.getByTestId('answer-nbChutes')).toBeVisible();
  await expectAccessible(admin);
  await documentScreen(admin, '12-formulaire-conception');

  await admin.getByTestId('publish').click();
  await expect(admin.getByTestId('form-status')).toContainText('1');
  const formUrl = admin.url();

  // The nurse fills it in Bernard's file.
  const nurse = await loginAs(browser, 'claire.dubois');
  await nurse
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await nurse.getByTestId('fill-form-select').selectOption({ label: title });
  await nurse.getByTestId('fill-start').click();
  const filler = nurse.getByTestId('filler');
  await filler.locator('[data-testid="answer-chute"][value="true"]').check();
  await filler.getByTestId('answer-nbChutes').fill('2');
  await filler.getByTestId('submit-form').click();
  await expect(filler.getByTestId('score-risque')).toContainText('2');
  await expect(filler.getByTestId('score-risque')).toContainText('Élevé');
  await expectAccessible(nurse);
  await documentScreen(nurse, '13-formulaire-rempli');

  // The admin changes the question and publishes version 2.
  await admin.goto(formUrl);
  await admin
    .locator('app-question-editor')
    .nth(0)
    .getByTestId('question-label')
    .fill('A-t-il chuté depuis 12 mois ?');
  await admin.getByTestId('save-draft').click();
  await admin.getByTestId('publish').click();
  await expect(admin.getByTestId('form-status')).toContainText('2');

  // Bernard's submission still shows version 1 as the nurse answered it.
  await nurse.reload();
  const submission = nurse.getByTestId('submission').filter({ hasText: title }).first();
  await expect(submission).toContainText('Élevé');
  await submission.getByRole('button').first().click();
  await expect(nurse.getByTestId('filler')).toContainText('A-t-il chuté depuis 6 mois ?');
  await expect(nurse.getByTestId('filler')).not.toContainText('12 mois');
});
