import { expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/**
 * The case manager starts a conversation about Bernard from his file and mentions the nurse; the
 * nurse, on her phone with her messages open, sees it arrive, reads it (her mention stands out)
 * and answers; the case manager sees the answer without reloading and turns it into an important
 * care entry of Bernard's logbook, signed by the nurse.
 */
test('a conversation about a patient reaches the team live and an answer goes into the logbook', async ({
  browser,
}) => {
  const stamp = Date.now();
  const subject = `Retour d'hospitalisation ${stamp}`;
  const question = `Bernard rentre demain, pouvez-vous passer le voir ? ${stamp}`;
  const answer = `Je passe demain matin ${stamp}`;

  // The nurse, on her phone, has her messages open; the marker shows the page is never reloaded.
  const nurse = await loginAs(browser, 'claire.dubois', { width: 390, height: 844 });
  await nurse.getByRole('link', { name: /^Messagerie/ }).click();
  await expect(nurse.getByRole('heading', { level: 1, name: 'Messagerie' })).toBeVisible();
  await nurse.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  // The case manager starts a conversation from Bernard's file.
  const manager = await loginAs(browser, 'isabelle.martin');
  await manager
    .getByTestId('patients')
    .getByRole('link', { name: /LEMOINE Bernard/ })
    .click();
  await expect(manager.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  const panel = manager.getByTestId('patient-conversations');
  await panel.getByRole('button', { name: 'Nouvelle conversation sur ce patient' }).click();
  await panel.getByLabel('Objet').fill(subject);
  await panel.getByRole('button', { name: 'Commencer la conversation' }).click();

  const view = manager.getByTestId('conversation-view');
  await expect(view.getByRole('heading', { name: subject })).toBeVisible();
  await expect(view.getByTestId('conversation-patient')).toContainText('LEMOINE Bernard');
  await expect(view.getByTestId('conversation-owner')).toContainText(
    'Responsable : Isabelle Martin',
  );
  await manager.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  // She mentions the nurse: "@Cla" proposes Claire Dubois, choosing her writes the full name.
  const composer = view.getByTestId('composer-text');
  await composer.pressSequentially('Bonjour @Cla');
  await view.getByTestId('mention-option').filter({ hasText: 'Claire Dubois' }).click();
  await expect(view.getByTestId('mention-option')).toHaveCount(0);
  await composer.pressSequentially(question);
  await expect(composer).toHaveValue(`Bonjour @Claire Dubois ${question}`);
  await view.getByTestId('composer-send').click();
  const sent = view.getByTestId('message').filter({ hasText: question });
  await expect(sent.getByTestId('message-mention')).toHaveText('@Claire Dubois');
  await expect(composer).toHaveValue('');

  // The nurse's list shows the conversation with one unread message, and so does the header.
  const item = nurse.getByTestId('conversation-item').filter({ hasText: subject });
  await expect(item.getByTestId('conversation-unread')).toContainText('1');
  await expect(item).toContainText('LEMOINE Bernard');
  await expect(nurse.getByTestId('nav-messages-unread')).toBeVisible();

  // She opens it: the message, her mention highlighted; it is read now.
  await item.click();
  const nurseView = nurse.getByTestId('conversation-view');
  const received = nurseView.getByTestId('message').filter({ hasText: question });
  await expect(received).toContainText('Isabelle Martin');
  const mention = received.getByTestId('message-mention');
  await expect(mention).toHaveText('@Claire Dubois');
  await expect(mention).toHaveAttribute('title', 'Vous êtes mentionné(e)');
  await expect(item.getByTestId('conversation-unread')).toHaveCount(0);

  // She answers (Enter sends).
  await nurseView.getByTestId('composer-text').fill(answer);
  await nurseView.getByTestId('composer-text').press('Enter');
  await expect(nurseView.getByTestId('message').filter({ hasText: answer })).toHaveCount(1);
  await expect(nurseView.getByTestId('composer-text')).toHaveValue('');
  await expectAccessible(nurse);
  await documentScreen(nurse, 'messaging-2-infirmiere-telephone');
  expect(await nurse.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // The case manager's page, never reloaded, shows the answer below her message.
  const reply = view.getByTestId('message').filter({ hasText: answer });
  await expect(reply).toHaveCount(1);
  await expect(reply).toContainText('Claire Dubois');
  await expect(view.getByTestId('message').last()).toContainText(answer);
  expect(await manager.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
    true,
  );
  await expectAccessible(manager);
  await documentScreen(manager, 'messaging-1-gestionnaire-conversation');

  // She turns it into an important care entry of Bernard's logbook.
  await reply.getByTestId('message-to-logbook').click();
  const form = reply.getByTestId('logbook-copy-form');
  await form.getByLabel('Catégorie').selectOption('CARE');
  await form.getByLabel('Important : à lire en priorité').check();
  await form.getByTestId('logbook-copy-submit').click();
  await expect(reply.getByTestId('message-in-logbook')).toContainText('Copié dans le cahier');
  await expect(reply.getByTestId('message-to-logbook')).toHaveCount(0);

  // Bernard's logbook has it, written by the nurse, important.
  await view.getByTestId('conversation-patient').click();
  await expect(manager.getByTestId('patient-name')).toContainText('LEMOINE Bernard');
  const entry = manager.getByTestId('logbook-entry').filter({ hasText: answer });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Claire Dubois');
  await expect(entry).toContainText('Soins');
  await expect(entry.getByTestId('entry-important')).toBeVisible();
});
