import { expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/**
 * The coordination structure's own staff: its admin (also data officer) searches the directory,
 * opens Bernard's file in an emergency without being in his team, and the case manager finds
 * that access flagged in the file's access log.
 */
test('break-glass by a colleague shows in the access log', async ({ browser }) => {
  const colleague = await loginAs(browser, 'sophie.garnier');
  await expect(colleague.getByTestId('no-patients')).toBeVisible();

  await colleague.getByRole('link', { name: 'Annuaire' }).click();
  await colleague.getByTestId('directory-q').fill('dubois');
  // The search's answer, not the whole directory still shown (dimmed, busy) while it loads: axe
  // would measure the contrast of the dimmed cards.
  const professionals = colleague.getByTestId('professionals');
  await expect(professionals.getByRole('listitem')).toHaveCount(1);
  await expect(professionals).toContainText('DUBOIS Claire');
  await expect(professionals).toHaveAttribute('aria-busy', 'false');
  await expectAccessible(colleague);
  await documentScreen(colleague, '09-annuaire');

  await colleague.getByRole('link', { name: 'Mes patients' }).click();
  await colleague.getByTestId('break-glass').click();
  // Its page, not the list still shown while the page's code loads: that list's search field,
  // "Rechercher (nom, prénom)", is what a bare getByLabel('Nom') found then (issue 17).
  await expect(colleague.getByRole('heading', { level: 1, name: 'Accès d’urgence' })).toBeVisible();
  await colleague.getByLabel(/^Nom/).fill('Lemoine');
  await colleague.getByLabel(/^Date de naissance/).fill('1941-03-14');
  await expect(colleague.getByTestId('break-glass-open')).toBeDisabled(); // no reason yet
  await colleague
    .getByLabel(/^Motif de l’urgence/)
    .fill('Appel du SAMU : chute, la gestionnaire de cas est en congé.');
  await expect(colleague.getByTestId('break-glass-open')).toBeEnabled();
  await colleague.getByTestId('break-glass-open').click();
  await expect(colleague.getByTestId('emergency-banner')).toBeVisible();
  await expect(colleague.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  await expect(colleague.getByTestId('logbook-form')).toHaveCount(0);
  await expectAccessible(colleague);
  await documentScreen(colleague, '10-acces-urgence');

  const manager = await loginAs(browser, 'isabelle.martin');
  await manager
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await manager.getByTestId('access-log-link').click();
  // By default one line per person, part of the file and hour, people by name and profession.
  const grouped = manager.getByTestId('access-log-grouped');
  const hers = grouped.getByTestId('access-log-group').filter({ hasText: 'Sophie Garnier' });
  await expect(hers.first()).toContainText('urgence');
  await expect(hers.first()).toContainText('Coordinat');
  await expect(grouped).not.toContainText('sophie.garnier');
  await expect(manager.getByText('Appel du SAMU').first()).toBeVisible();
  await manager
    .getByLabel('Personne')
    .selectOption({ label: 'Sophie Garnier — Coordinateur(trice)' });
  await manager.getByRole('button', { name: 'Filtrer' }).click();
  await expect(
    grouped.getByTestId('access-log-group').filter({ hasNotText: 'Sophie Garnier' }),
  ).toHaveCount(0);
  // Each access, as recorded, still by name.
  await manager.getByTestId('view-detailed').check();
  const log = manager.getByTestId('access-log');
  await expect(log.getByRole('row').filter({ hasText: 'Sophie Garnier' }).first()).toContainText(
    'urgence',
  );
  await expect(log).toContainText('Appel du SAMU');
  await manager.getByTestId('view-grouped').check();
  await expect(grouped).toBeVisible();
  await expectAccessible(manager);
  await documentScreen(manager, '11-journal-des-acces');
});
