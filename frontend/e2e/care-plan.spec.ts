import { Page, expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

const BERNARD = 'c0000000-0000-4000-8000-000000000001';

/** A date some days from now, as a date input takes it (YYYY-MM-DD). */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * From "Mes patients", Bernard's file, then his care plan; an author starts it first when no
 * plan exists yet (the test database may already hold one from an earlier run).
 */
async function openBernardsPlan(page: Page): Promise<void> {
  await page
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await expect(page.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  const panel = page.getByTestId('care-plan-panel');
  const start = panel.getByTestId('care-plan-start');
  const link = panel.getByTestId('care-plan-link');
  await expect(start.or(link)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/patients/${BERNARD}/care-plan$`));
  await expect(page.getByTestId('care-plan-status')).toBeVisible();
}

/**
 * The GP writes a problem, a goal and an action for the nurse into Bernard's plan; the nurse
 * finds it among her actions and reports progress; the GP, whose page is now out of date, is told
 * what changed and re-applies his edit without undoing hers, then validates; the nurse reads the
 * validated version, her comment included, and downloads its synthesis as a PDF.
 */
test('the GP drafts and validates the care plan, the nurse updates her action', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const problemText = `Chutes répétées à domicile ${stamp}`;
  const goalText = `Prévenir une nouvelle chute ${stamp}`;
  const actionText = `Passage infirmier quotidien ${stamp}`;
  const comment = `Premier passage fait, sol dégagé ${stamp}`;

  // The GP opens the plan (starting it if need be) and writes the draft.
  const gp = await loginAs(browser, 'henri.moreau');
  await openBernardsPlan(gp);
  await gp.getByTestId('care-plan-edit').click();
  const editor = gp.getByTestId('care-plan-editor');
  await editor.getByTestId('editor-add-problem').click();
  const problem = editor.getByTestId('editor-problem').last();
  await problem.getByTestId('problem-domain').selectOption('AUTONOMY');
  await problem.getByTestId('problem-description').fill(problemText);
  await problem.getByTestId('editor-add-goal').click();
  const goal = problem.getByTestId('editor-goal').last();
  await goal.getByTestId('goal-description').fill(goalText);
  await goal.getByTestId('editor-add-action').click();
  const action = goal.getByTestId('editor-action').last();
  await action.getByTestId('action-description').fill(actionText);
  const assignee = action.getByTestId('action-assignee');
  const claire = await assignee
    .locator('option', { hasText: 'Claire Dubois' })
    .getAttribute('value');
  expect(claire).toBeTruthy();
  await assignee.selectOption(claire!);
  await action.getByTestId('action-due').fill(inDays(30));
  await expect(editor.getByTestId('editor-dirty')).toBeVisible();
  await expectAccessible(gp);
  await editor.getByTestId('care-plan-save-draft').click();
  await expect(gp.getByTestId('care-plan-notice')).toContainText('Brouillon v');
  await expect(editor.getByTestId('editor-dirty')).toHaveCount(0);
  await expect(gp.getByTestId('care-plan-status-draft')).toBeVisible();
  await documentScreen(gp, 'care-plan-1-brouillon-medecin');

  // The nurse, on her phone, finds her action and reports progress with a comment.
  const nurse = await loginAs(browser, 'claire.dubois', { width: 360, height: 800 });
  // Her header is one line; the menu opens behind its button and folds again on the next page.
  const header = nurse.getByRole('banner');
  expect((await header.boundingBox())!.height).toBeLessThan(80);
  const menu = header.getByRole('button', { name: 'Menu' });
  await expect(header.getByRole('link', { name: 'Agenda' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(header.getByTestId('current-user')).toContainText('Claire');
  await header.getByRole('link', { name: 'Mes patients' }).click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(header.getByRole('link', { name: 'Agenda' })).toBeHidden();
  await nurse
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  const panel = nurse.getByTestId('care-plan-panel');
  await expect(panel.getByTestId('care-plan-my-actions')).toContainText(actionText);
  await panel.getByTestId('care-plan-link').click();
  const mine = nurse
    .getByTestId('care-plan-my-actions')
    .getByTestId('care-plan-action')
    .filter({ hasText: actionText });
  await expect(mine).toBeVisible();
  await mine.getByTestId('action-update-open').click();
  await mine.getByTestId('action-progress-status').selectOption('IN_PROGRESS');
  await mine.getByTestId('action-progress-comment').fill(comment);
  await mine.getByTestId('action-progress-submit').click();
  await expect(mine.getByTestId('action-status')).toHaveText('En cours');
  await expect(mine.getByTestId('action-comments')).toContainText(comment);
  const fitsThePhone = await nurse.evaluate(() => {
    const el = document.querySelector('[data-testid="care-plan-page"]') as HTMLElement;
    return (
      el.getBoundingClientRect().right <= window.innerWidth && el.scrollWidth <= el.clientWidth + 1
    );
  });
  expect(fitsThePhone).toBe(true);
  await expectAccessible(nurse);
  await documentScreen(nurse, 'care-plan-2-mes-actions-infirmiere');

  // The GP's page predates her update: his next save is refused, he sees what changed and
  // re-applies his edit, which keeps her progress.
  await problem.getByTestId('problem-description').fill(`${problemText} (revu)`);
  await editor.getByTestId('care-plan-save-draft').click();
  const stale = gp.getByTestId('care-plan-stale');
  await expect(stale).toBeVisible();
  await expect(stale).toContainText(actionText);
  await expect(editor.getByTestId('editor-dirty')).toBeVisible();
  await documentScreen(gp, 'care-plan-3-modifie-entre-temps');
  await stale.getByTestId('care-plan-reapply').click();
  await expect(stale).toHaveCount(0);
  await expect(gp.getByTestId('care-plan-notice')).toContainText('Brouillon v');

  // The GP reloads and validates.
  await gp.reload();
  await gp.getByTestId('care-plan-validate').click();
  await gp.getByTestId('care-plan-validate-confirm').click();
  await expect(gp.getByTestId('care-plan-validated')).toContainText(
    /Version \d+ validée par .+ le .+, empreinte [0-9a-f]{12}/,
  );
  await expect(gp.getByTestId('care-plan-status-draft')).toHaveCount(0);

  // The nurse reads the validated version: his revised problem, her action with her comment.
  await nurse.reload();
  await expect(nurse.getByTestId('care-plan-status-validated')).toContainText('validée par');
  await expect(nurse.getByTestId('care-plan-status-draft')).toHaveCount(0);
  const shown = nurse.getByTestId('care-plan-version');
  await expect(shown.getByTestId('version-status')).toContainText('validée');
  await expect(shown).toContainText(`${problemText} (revu)`);
  const validatedAction = shown.getByTestId('care-plan-action').filter({ hasText: actionText });
  await expect(validatedAction.getByTestId('action-status')).toHaveText('En cours');
  await expect(validatedAction.getByTestId('action-comments')).toContainText(comment);
  await documentScreen(nurse, 'care-plan-4-version-validee');

  // …and downloads its synthesis.
  const downloading = nurse.waitForEvent('download');
  await nurse.getByTestId('care-plan-pdf').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  let size = 0;
  for await (const chunk of await download.createReadStream()) size += chunk.length;
  expect(size).toBeGreaterThan(1000);
});

/**
 * Issue 17, point 2: the GP delegates writing Bernard's plan to the DAC from the plan screen; the
 * case manager drafts and asks for validation; the GP, told by a notification, validates; the
 * logbook says who did what; the GP takes writing back.
 */
test('the GP delegates the care plan, the case manager drafts it, the GP validates', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const problemText = `Isolement social ${stamp}`;

  const gp = await loginAs(browser, 'henri.moreau');
  await openBernardsPlan(gp);
  const box = gp.getByTestId('care-plan-delegation');
  await expect(box).toContainText('Vous pouvez confier la rédaction du PPS à DAC Cœur de Loire');
  await box.getByTestId('delegation-delegate').click();
  await expect(gp.getByTestId('care-plan-notice')).toContainText(
    'Rédaction déléguée à DAC Cœur de Loire',
  );
  await expect(box.getByTestId('delegation-open')).toContainText('par Henri Moreau');

  // The case manager is told, opens the plan from the notification and writes the draft.
  const manager = await loginAs(browser, 'isabelle.martin');
  await manager.getByTestId('notification-bell').click();
  await manager
    .getByTestId('notification-item')
    .filter({ hasText: 'a confié la rédaction du PPS' })
    .first()
    .click();
  await expect(manager.getByTestId('care-plan-delegation')).toContainText(
    'Rédaction déléguée à DAC Cœur de Loire par Henri Moreau',
  );
  await manager.getByTestId('care-plan-edit').click();
  const editor = manager.getByTestId('care-plan-editor');
  await editor.getByTestId('editor-add-problem').click();
  const problem = editor.getByTestId('editor-problem').last();
  await problem.getByTestId('problem-domain').selectOption('SOCIAL');
  await problem.getByTestId('problem-description').fill(problemText);
  await editor.getByTestId('care-plan-save-draft').click();
  await expect(manager.getByTestId('care-plan-notice')).toContainText('Brouillon v');
  await manager.getByTestId('delegation-request-validation').click();
  await expect(manager.getByTestId('care-plan-notice')).toContainText(
    'Le médecin traitant est prévenu',
  );
  await expectAccessible(manager);
  await documentScreen(manager, 'care-plan-5-delegation-gestionnaire');

  // The GP is told, validates what the DAC prepared.
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

  // He takes writing back; the case manager no longer edits the plan.
  await gp.getByTestId('delegation-withdraw').click();
  await gp.getByTestId('delegation-withdraw-confirm').click();
  await expect(gp.getByTestId('care-plan-notice')).toContainText('Vous avez repris la rédaction');
  await manager.reload();
  await expect(manager.getByTestId('delegation-none')).toBeVisible();
  await expect(manager.getByTestId('care-plan-edit')).toHaveCount(0);

  // Bernard's logbook says who did what.
  await manager.getByTestId('care-plan-back').click();
  const entries = manager.getByTestId('logbook-entry');
  await expect(
    entries.filter({ hasText: 'préparée par Isabelle Martin, validée et signée' }).first(),
  ).toBeVisible();
  await expect(
    entries.filter({ hasText: 'validation demandée au médecin traitant, Henri Moreau' }).first(),
  ).toBeVisible();
});
