import AxeBuilder from '@axe-core/playwright';
import { Browser, Locator, Page, expect } from '@playwright/test';

export const PASSWORD = 'demo';

/**
 * Opens Liaison in a fresh browser context: a device nobody has logged in on, so the start page
 * shows its welcome; its button leads to Keycloak's login page.
 */
export async function loginAs(
  browser: Browser,
  username: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { name: 'Mes patients' })).toBeVisible();
  return page;
}

/** Follows a link of the header's menu; on a phone the menu opens first (its button). */
export async function followMenu(page: Page, link: Locator): Promise<void> {
  if (!(await link.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
  await link.click();
}

/** A random INS with a correct control key (97 - number mod 97). */
export function randomIns(): string {
  const digits = (n: number, max: number) =>
    String(Math.floor(Math.random() * max)).padStart(n, '0');
  const nir = `2${digits(2, 50)}${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}45${digits(3, 1000)}${digits(3, 1000)}`;
  const key = 97n - (BigInt(nir) % 97n);
  return nir + String(key).padStart(2, '0');
}

/** Saves a screenshot for docs/screenshots when LIAISON_SCREENSHOTS is set. */
export async function documentScreen(page: Page, name: string): Promise<void> {
  const dir = process.env['LIAISON_SCREENSHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** WCAG 2.1 A/AA, checked by axe: no serious or critical violation on the page as it is. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const blocking = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** GreenMail's API of the stack's SMTP sink (liaison.sh exports it). */
const MAIL_API = process.env['LIAISON_MAIL_API'] ?? 'http://127.0.0.1:8026';

/** The subjects of every mail the SMTP sink received for the address so far. */
export async function mailSubjects(address: string): Promise<string[]> {
  const response = await fetch(`${MAIL_API}/api/user/${encodeURIComponent(address)}/messages/`);
  if (response.status === 400) return []; // GreenMail: nobody wrote to that address yet
  const mails = (await response.json()) as { subject: string }[];
  return mails.map((m) => m.subject);
}

/** Waits until one more mail with that subject than before reached the address. */
export async function expectNewMail(
  address: string,
  subject: string,
  before: string[],
): Promise<void> {
  const count = (list: string[]) => list.filter((s) => s === subject).length;
  await expect
    .poll(async () => count(await mailSubjects(address)), { timeout: 30_000 })
    .toBe(count(before) + 1);
}
