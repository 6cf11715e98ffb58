import { expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/** A valid 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

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

/**
 * The case manager joins a photo to a message about Bernard (a file of more than 10 MB is refused
 * before any upload, in the logbook's words); the nurse sees the photo in the message and opens it
 * larger, then closes it with the keyboard.
 */
test('a photo joined to a message is shown to the other member', async ({ browser }) => {
  const stamp = Date.now();
  const subject = `Escarre au talon ${stamp}`;
  const text = `Voici la photo du talon droit ${stamp}`;

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

  const input = view.getByTestId('message-attachment-input');
  const chips = view.getByTestId('message-attachment-chip');
  // Too large: refused here, nothing uploaded.
  await input.setInputFiles({
    name: 'scanner.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
  });
  await expect(view.getByTestId('message-attachment-error')).toHaveText(
    'scanner.pdf : Ce fichier dépasse 10 Mo : il ne peut pas être joint. Envoyez une photo moins lourde.',
  );
  await expect(chips).toHaveCount(0);

  // The photo is uploaded at once and shown as a chip; the message names it.
  await input.setInputFiles({ name: 'talon-droit.png', mimeType: 'image/png', buffer: PNG });
  await expect(chips).toHaveCount(1);
  await expect(chips).toContainText('talon-droit.png');
  await expect(chips).toContainText('jointe');
  await expect(view.getByTestId('message-attachment-error')).toHaveCount(0);
  await view.getByTestId('composer-text').fill(text);
  await view.getByTestId('composer-send').click();
  const sent = view.getByTestId('message').filter({ hasText: text });
  await expect(sent.getByTestId('message-attachment')).toHaveCount(1);
  await expect(chips).toHaveCount(0);
  await expect(view.getByTestId('composer-text')).toHaveValue('');

  // The nurse opens the conversation: the photo is there, drawn.
  const nurse = await loginAs(browser, 'claire.dubois');
  await nurse.getByRole('link', { name: /^Messagerie/ }).click();
  await nurse.getByTestId('conversation-item').filter({ hasText: subject }).click();
  const received = nurse
    .getByTestId('conversation-view')
    .getByTestId('message')
    .filter({ hasText: text });
  await expect(received.getByTestId('message-attachment')).toHaveCount(1);
  const image = received.getByTestId('message-attachment-image');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', 'talon-droit.png');
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBeGreaterThan(0);
  await expectAccessible(nurse);

  // She opens it larger, and closes it with the keyboard.
  await received.getByRole('button', { name: 'Agrandir la photo talon-droit.png' }).click();
  const viewer = nurse.getByRole('dialog', { name: 'talon-droit.png' });
  await expect(viewer.getByRole('img', { name: 'talon-droit.png' })).toBeVisible();
  await nurse.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
});
