import { Page, expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, followMenu, loginAs } from './support';

const BERNARD = 'c0000000-0000-4000-8000-000000000001';
const PHONE = { width: 390, height: 844 };

/** A Paris date some days from now, as a date input takes it (YYYY-MM-DD). */
function parisDateIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** Nothing wider than the phone's screen: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

/**
 * The case manager organises a multidisciplinary meeting (RCP) about Bernard from his file and
 * invites his GP and his nurse; the GP finds the invitation and accepts; the nurse, on her phone,
 * accepts too; the case manager sees both answers and records the decision, which goes into
 * Bernard's logbook, where the nurse reads it.
 */
test('an RCP about Bernard: invitations, answers, and the decision in his logbook', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const title = `RCP maintien à domicile ${stamp}`;
  // The meeting began half an hour ago: decisions are recorded from its start on, not before.
  // (Just after midnight, it began at midnight: the form takes no day before today.)
  const day = parisDateIn(0);
  const began = new Date(Date.now() - 30 * 60_000);
  const time =
    parisDateIn(-30 / 1440) === day
      ? new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Paris',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(began)
      : '00:00';
  const decision = `Entrée en EHPAD envisagée, visite de l'établissement à organiser ${stamp}`;

  // The case manager opens Bernard's file and organises the meeting from his agenda.
  const manager = await loginAs(browser, 'isabelle.martin');
  await manager
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await expect(manager.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  const panel = manager.getByTestId('patient-agenda');
  await expect(panel.getByTestId('patient-agenda-period')).toBeVisible();
  await panel.getByTestId('meeting-organise').click();
  await expect(manager).toHaveURL(new RegExp(`/agenda/meetings/new\\?fileId=${BERNARD}$`));

  const form = manager.getByTestId('meeting-form');
  await form.getByTestId('meeting-title').fill(title);
  await form.getByTestId('meeting-date').fill(day);
  await form.getByTestId('meeting-time').fill(time);
  await form.getByTestId('meeting-location').fill('Salle 2 du DAC / visio');
  await form
    .getByTestId('meeting-agenda')
    .fill('1. Situation de M. Lemoine : chutes, épuisement de sa fille\n2. Orientation');
  await expect(form.getByRole('checkbox', { name: /LEMOINE Bernard/ })).toBeChecked();
  await form.getByRole('checkbox', { name: /Henri Moreau/ }).check();
  await form.getByRole('checkbox', { name: /Claire Dubois/ }).check();
  await expect(form.getByRole('checkbox', { name: /Isabelle Martin/ })).toHaveCount(0);
  await documentScreen(manager, 'agenda-1-rcp-nouvelle-reunion');
  await form.getByTestId('meeting-save').click();

  await expect(manager).toHaveURL(/\/agenda\/meetings\/[0-9a-f-]{36}$/);
  const meetingUrl = new URL(manager.url()).pathname;
  await expect(manager.getByTestId('meeting-notice')).toContainText('Réunion créée');
  await expect(manager.getByTestId('meeting-title-shown')).toHaveText(title);
  const rows = manager.getByTestId('meeting-participant-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId('meeting-participant-answer')).toHaveText([
    'En attente',
    'En attente',
  ]);
  await expectAccessible(manager);

  // The GP is told, finds the meeting in his agenda on its day, and accepts.
  const gp = await loginAs(browser, 'henri.moreau');
  // His home page lists it among the invitations waiting for his answer.
  await expect(gp.getByTestId('pending-invitations')).toContainText(title);
  await gp.getByTestId('notification-bell').click();
  await expect(
    gp.getByTestId('notification-item').filter({ hasText: 'réunion de concertation' }).first(),
  ).toBeVisible();
  await gp.getByTestId('nav-agenda').click();
  await expect(gp.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();
  await gp.goto(`/agenda?date=${day}`);
  await expect(gp.getByTestId('agenda-day-view')).toBeVisible();
  await expect(gp.getByTestId('agenda-pending')).toBeVisible();
  await expectAccessible(gp);
  await gp.getByTestId('agenda-item').filter({ hasText: title }).click();
  await expect(gp).toHaveURL(new RegExp(`${meetingUrl}$`));
  await expect(gp.getByTestId('meeting-my-answer')).toHaveText('En attente');
  await expect(gp.getByTestId('meeting-agenda-shown')).toContainText('épuisement de sa fille');
  await gp.getByTestId('meeting-accept').click();
  await expect(gp.getByTestId('meeting-my-answer')).toHaveText('Accepté');
  await expect(gp.getByTestId('meeting-notice')).toContainText('Vous avez accepté');

  // The nurse, on her phone, does the same, with a comment.
  const nurse = await loginAs(browser, 'claire.dubois', PHONE);
  await followMenu(nurse, nurse.getByTestId('nav-agenda'));
  await nurse.goto(`/agenda?date=${day}`);
  await nurse.getByTestId('agenda-item').filter({ hasText: title }).click();
  await expect(nurse).toHaveURL(new RegExp(`${meetingUrl}$`));
  await nurse.getByTestId('meeting-comment').fill('Je serai en visio entre deux tournées');
  await nurse.getByTestId('meeting-accept').click();
  await expect(nurse.getByTestId('meeting-my-answer')).toHaveText('Accepté');
  await expectNoSidewaysScroll(nurse);
  await expectAccessible(nurse);
  await documentScreen(nurse, 'agenda-2-rcp-infirmiere-telephone');

  // The case manager sees both answers and records the decision for Bernard.
  // Her page follows the answers live (no reload).
  const henri = rows.filter({ hasText: 'Henri Moreau' });
  const claire = rows.filter({ hasText: 'Claire Dubois' });
  await expect(henri.getByTestId('meeting-participant-answer')).toHaveText('Accepté');
  await expect(claire.getByTestId('meeting-participant-answer')).toHaveText('Accepté');
  await expect(claire).toContainText('Je serai en visio');
  await manager.getByLabel('Décision pour LEMOINE Bernard').fill(decision);
  await manager.getByTestId('meeting-record-submit').click();
  const recorded = manager.getByTestId('meeting-decision');
  await expect(recorded).toContainText(decision);
  await expect(manager.getByTestId('meeting-record')).toHaveCount(0);
  await expectAccessible(manager);
  await documentScreen(manager, 'agenda-3-rcp-decisions');

  // The decision is an important entry of Bernard's logbook…
  await recorded.getByTestId('meeting-decision-logbook').click();
  await expect(manager.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  const entry = manager.getByTestId('logbook-entry').filter({ hasText: decision });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Décision de la RCP');
  await expect(entry.getByTestId('entry-important')).toBeVisible();

  // …which the nurse reads too.
  await nurse.goto(`/patients/${BERNARD}`);
  await expect(nurse.getByTestId('logbook-entry').filter({ hasText: decision })).toHaveCount(1);
});

/**
 * The nurse, on her phone, plans a weekly visit to Bernard (three times) and cancels the second
 * one; her agenda shows it by day, by week (a list of days) and by month (a grid of dots and the
 * chosen day below), never wider than the phone.
 */
test('my agenda by day, week and month on a phone', async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const title = `Toilette et pansement ${stamp}`;
  const first = parisDateIn(1);

  const nurse = await loginAs(browser, 'claire.dubois', PHONE);
  await nurse.goto(`/patients/${BERNARD}`);
  const panel = nurse.getByTestId('patient-agenda');
  await panel.getByTestId('appointment-new').click();
  const form = panel.getByTestId('appointment-form');
  await form.getByTestId('appointment-title').fill(title);
  await expect(form.getByTestId('appointment-performer')).toHaveValue(/.+/);
  await form.getByTestId('appointment-date').fill(first);
  await form.getByTestId('appointment-time').fill('08:15');
  await form.getByTestId('appointment-frequency').selectOption('WEEKLY');
  await form.getByTestId('appointment-end-COUNT').check();
  await form.getByTestId('appointment-count').fill('3');
  await form.getByTestId('appointment-save').click();
  await expect(panel.getByTestId('patient-agenda-notice')).toContainText('récurrent');

  // Two of the three fall in the next 14 days; she cancels the second.
  const visits = panel.getByTestId('patient-occurrence').filter({ hasText: title });
  await expect(visits).toHaveCount(2);
  await expect(visits.first().getByTestId('occurrence-recurring')).toBeVisible();
  await visits.nth(1).getByTestId('occurrence-toggle').click();
  await visits.nth(1).getByTestId('occurrence-cancel').click();
  await visits.nth(1).getByTestId('occurrence-cancel-confirm').click();
  await expect(panel.getByTestId('patient-agenda-notice')).toContainText('annulée');
  await expect(visits).toHaveCount(1);

  // Her agenda, on the day of the first visit.
  await followMenu(nurse, nurse.getByTestId('nav-agenda'));
  await nurse.goto(`/agenda?date=${first}`);
  await expect(nurse.getByTestId('agenda-day-view')).toBeVisible();
  await expect(nurse.getByTestId('agenda-item').filter({ hasText: title })).toHaveCount(1);
  await expectNoSidewaysScroll(nurse);

  // By week: a list of days.
  await nurse.getByTestId('agenda-view-week').click();
  await expect(nurse.getByTestId('agenda-week-view')).toBeVisible();
  await expect(nurse.getByTestId('agenda-item').filter({ hasText: title })).toHaveCount(1);
  await expectNoSidewaysScroll(nurse);

  // Clicking the visit shows its details, with a link to Bernard's file.
  await nurse.getByTestId('agenda-item').filter({ hasText: title }).click();
  const details = nurse.getByTestId('occurrence-details');
  await expect(details).toContainText('08:15');
  await expect(details.getByTestId('occurrence-details-patient')).toContainText('LEMOINE Bernard');
  await expectAccessible(nurse);

  // By month: a grid; the chosen day is listed below.
  await nurse.getByTestId('agenda-view-month').click();
  await expect(nurse.getByTestId('agenda-month-view')).toBeVisible();
  await nurse.locator(`[data-testid="agenda-month-day"][data-date="${first}"]`).click();
  await expect(nurse.getByTestId('agenda-chosen-day')).toBeVisible();
  await expect(nurse.getByTestId('agenda-item').filter({ hasText: title })).toHaveCount(1);
  await expectNoSidewaysScroll(nurse);
  await expectAccessible(nurse);
  await documentScreen(nurse, 'agenda-4-mois-telephone');
});

/**
 * The case manager plans a weekly visit of the nurse to Bernard, then changes the whole series
 * (its time and its title): Bernard's agenda shows it changed. Then she books, for Bernard, a slot
 * that the nurse published for her structure, found by the structure's name.
 */
test('the case manager changes a weekly visit and books a slot of a structure', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const title = `Pansement ${stamp}`;
  const changedTitle = `Pansement et toilette ${stamp}`;
  const inDays = 31;
  const first = parisDateIn(inDays);

  const manager = await loginAs(browser, 'isabelle.martin');
  await manager.goto(`/patients/${BERNARD}`);
  const panel = manager.getByTestId('patient-agenda');
  await panel.getByTestId('appointment-new').click();
  const form = panel.getByTestId('appointment-form');
  await form.getByTestId('appointment-title').fill(title);
  const performer = form.getByTestId('appointment-performer');
  const claire = await performer
    .locator('option', { hasText: 'Claire Dubois' })
    .getAttribute('value');
  await performer.selectOption(claire!);
  await form.getByTestId('appointment-date').fill(first);
  await form.getByTestId('appointment-time').fill('08:15');
  await form.getByTestId('appointment-frequency').selectOption('WEEKLY');
  await form.getByTestId('appointment-end-COUNT').check();
  await form.getByTestId('appointment-count').fill('3');
  await form.getByTestId('appointment-save').click();
  await expect(panel.getByTestId('patient-agenda-notice')).toContainText('récurrent');

  // The period of 14 days with the first two visits.
  const period = panel.getByTestId('patient-agenda-period');
  for (let i = 0; i < Math.floor(inDays / 14); i++) {
    const before = await period.textContent();
    await panel.getByTestId('patient-agenda-later').click();
    await expect(period).not.toHaveText(before ?? '');
  }
  const visits = panel.getByTestId('patient-occurrence').filter({ hasText: title });
  await expect(visits).toHaveCount(2);

  // "Modifier le rendez-vous": the form shows the series as it is; she changes time and title.
  await visits.first().getByTestId('occurrence-toggle').click();
  await visits.first().getByTestId('occurrence-edit').click();
  const edit = panel.getByTestId('appointment-form');
  await expect(edit.getByTestId('appointment-title')).toHaveValue(title);
  await expect(edit.getByTestId('appointment-date')).toHaveValue(first);
  await expect(edit.getByTestId('appointment-time')).toHaveValue('08:15');
  await expect(edit.getByTestId('appointment-performer')).toHaveValue(claire!);
  await expect(edit.getByTestId('appointment-frequency')).toHaveValue('WEEKLY');
  await expect(edit.getByTestId('appointment-count')).toHaveValue('3');
  await edit.getByTestId('appointment-title').fill(changedTitle);
  await edit.getByTestId('appointment-time').fill('10:30');
  await expectAccessible(manager);
  await documentScreen(manager, 'agenda-5-modifier-rendez-vous');
  await edit.getByTestId('appointment-save').click();
  await expect(panel.getByTestId('patient-agenda-notice')).toContainText('Rendez-vous modifié');
  const changed = panel.getByTestId('patient-occurrence').filter({ hasText: changedTitle });
  await expect(changed).toHaveCount(2);
  await expect(changed.first().getByTestId('occurrence-time')).toContainText('10:30');
  await expect(panel.getByTestId('patient-occurrence').filter({ hasText: title })).toHaveCount(0);

  // The nurse publishes a slot for her practice (another time if it overlaps one of before).
  const day = parisDateIn(inDays + Math.floor(Math.random() * 30));
  const nurse = await loginAs(browser, 'claire.dubois');
  await nurse.goto('/agenda?tab=slots');
  await nurse.getByTestId('slots-for-structure').check();
  let time = '';
  for (let attempt = 0; attempt < 5 && !time; attempt++) {
    const hour = String(7 + Math.floor(Math.random() * 12)).padStart(2, '0');
    const minute = String(5 * Math.floor(Math.random() * 12)).padStart(2, '0');
    await nurse.getByTestId('slots-date').fill(day);
    await nurse.getByTestId('slots-time').fill(`${hour}:${minute}`);
    await nurse.getByTestId('slots-count').fill('1');
    await nurse.getByTestId('slots-publish').click();
    const published = nurse.getByTestId('slots-published');
    await expect(published.or(nurse.getByTestId('slots-publish-error'))).toBeVisible();
    if (await published.isVisible()) time = `${hour}:${minute}`;
  }
  expect(time).not.toBe('');

  // The case manager finds the practice and books its slot for Bernard.
  await panel.getByTestId('slot-booking-open').click();
  const booking = panel.getByTestId('slot-booking');
  await booking.getByTestId('slot-owner-STRUCTURE').check();
  await booking.getByTestId('structure-search').fill('Cabinet infirmier du Centre');
  await booking
    .getByTestId('structure-option')
    .filter({ hasText: 'Cabinet infirmier du Centre' })
    .first()
    .click();
  await expect(booking.getByTestId('slot-owner-chosen')).toContainText(
    'Cabinet infirmier du Centre',
  );
  await booking.getByTestId('slot-from').fill(day);
  await booking
    .getByTestId('slot-option')
    .and(manager.getByLabel(new RegExp(`${time}–`)))
    .check();
  await booking.getByTestId('slot-title').fill(`Soins infirmiers ${stamp}`);
  await expectAccessible(manager);
  await documentScreen(manager, 'agenda-6-reserver-creneau-structure');
  await booking.getByTestId('slot-book').click();
  await expect(panel.getByTestId('patient-agenda-notice')).toContainText('Créneau réservé');
});
