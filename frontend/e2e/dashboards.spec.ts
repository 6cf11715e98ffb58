import { Page, expect, test } from '@playwright/test';
import { documentScreen, expectAccessible, loginAs } from './support';

/** A figure as the screen writes it ("1 234", "37") as a number. */
function figure(text: string): number {
  return Number(text.replace(/[^\d-]/g, ''));
}

/** The fields of one line of the dashboards' CSV (";" separated, "…" quoted, "" escaped). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

async function openDashboards(page: Page): Promise<void> {
  await page.getByTestId('nav-dashboards').click();
  await expect(page.getByRole('heading', { name: /Tableaux de bord d’activité/ })).toBeVisible();
  await expect(page.getByTestId('table-caseFlow')).toBeVisible();
}

/**
 * The structure's coordinator reads her activity dashboard for one catchment area, opens the
 * files behind a figure (only those of her care teams named), exports the table as CSV and finds
 * the same figure in it; on a phone the page stays within the screen.
 */
test('the coordinator filters the dashboard, drills down to the files and exports the CSV', async ({
  browser,
}) => {
  const coordinator = await loginAs(browser, 'sophie.garnier');
  await openDashboards(coordinator);
  await expect(coordinator.getByTestId('dashboard-period')).toContainText('Comparée à la période');

  // One catchment area: the filter goes into the URL, the figures are read again.
  const area = coordinator.getByLabel('Secteur');
  const areas = await area.locator('option').allTextContents();
  expect(areas.length).toBeGreaterThan(1);
  await area.selectOption({ label: areas[1] });
  await coordinator.getByTestId('dashboard-apply').click();
  await expect(coordinator).toHaveURL(/[?&]area=/);
  await expect(coordinator.getByText('Calcul des indicateurs…')).toHaveCount(0);
  await expect(area).toHaveValue(areas[1]);
  await expectAccessible(coordinator);
  await documentScreen(coordinator, '21-tableau-de-bord');

  // The first figure of the case flow that counts files opens them.
  const caseFlow = coordinator.getByTestId('table-caseFlow');
  const link = caseFlow.locator('tbody td a').first();
  await expect(link).toBeVisible();
  const shown = figure(await link.innerText());
  const rowLabel = (await link.locator('xpath=ancestor::tr/th').innerText()).split('\n')[0].trim();
  const cellIndex = await link
    .locator('xpath=ancestor::td')
    .evaluate((td) => (td as HTMLTableCellElement).cellIndex);
  const columnLabel = (await caseFlow.locator('thead th').nth(cellIndex).innerText()).trim();
  const tableTitle = (await coordinator.locator('#t-caseFlow').innerText()).trim();
  await link.click();
  await expect(coordinator).toHaveURL(/\/dashboards\/files\?.*table=caseFlow/);
  await expect(coordinator).toHaveURL(/[?&]area=/);
  const total = coordinator.getByTestId('dashboard-files-total');
  await expect(total).toContainText(`${shown} dossier`);
  // Named files are links to the file; the others are only counted.
  const named = await coordinator.getByTestId('dashboard-files').locator('tbody tr').count();
  const hiddenText = coordinator.getByTestId('dashboard-files-hidden');
  const hidden = (await hiddenText.count()) ? figure(await hiddenText.innerText()) : 0;
  if (hidden) {
    await expect(hiddenText).toContainText(
      /non nommés? : vous n’êtes pas dans (leur|son) équipe de soins/,
    );
  }
  if (shown <= 200) expect(named + hidden).toBe(shown);
  if (named) {
    await expect(
      coordinator.getByTestId('dashboard-files').getByRole('link').first(),
    ).toHaveAttribute('href', /^\/patients\//);
  }
  await expectAccessible(coordinator);
  await documentScreen(coordinator, '22-tableau-de-bord-dossiers');

  // Back to the same dashboard, where the table's CSV holds the figure that was on screen.
  await coordinator.getByTestId('dashboard-back').click();
  await expect(coordinator).toHaveURL(/\/dashboards\?.*area=/);
  await expect(coordinator.getByTestId('table-caseFlow')).toBeVisible();
  const downloading = coordinator.waitForEvent('download');
  await coordinator.getByTestId('export-caseFlow-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^liaison-dashboard-.+\.csv$/);
  let bytes = Buffer.alloc(0);
  for await (const chunk of await download.createReadStream()) {
    bytes = Buffer.concat([bytes, chunk as Buffer]);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).map(csvFields);
  // A block per table: its title, its definition, the header, the rows.
  const title = lines.findIndex((l) => l[0] === tableTitle);
  expect(title, `the block "${tableTitle}" in the CSV`).toBeGreaterThan(0);
  const index = lines[title + 2].indexOf(columnLabel);
  expect(index, `the column "${columnLabel}" in the CSV`).toBeGreaterThan(0);
  const row = lines.slice(title + 3).find((l) => l[0] === rowLabel);
  expect(row, `the line "${rowLabel}" in the CSV`).toBeTruthy();
  expect(figure(row![index])).toBe(shown);

  // The whole dashboard as a workbook, under the server's name.
  const downloadingBook = coordinator.waitForEvent('download');
  await coordinator.getByTestId('export-all-xlsx').click();
  const book = await downloadingBook;
  expect(book.suggestedFilename()).toMatch(/^liaison-dashboard-.+\.xlsx$/);
  const head: Buffer[] = [];
  for await (const chunk of await book.createReadStream()) head.push(chunk as Buffer);
  expect(Buffer.concat(head).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: OOXML

  // On a phone: filters stack, tables scroll inside their box, the page does not.
  const phone = await loginAs(browser, 'sophie.garnier', { width: 360, height: 800 });
  await phone.goto('/dashboards?' + new URL(coordinator.url()).searchParams.toString());
  await expect(phone.getByTestId('table-caseFlow')).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(phone);
  await documentScreen(phone, '23-tableau-de-bord-telephone');
});

/** A nurse reads no dashboard: no link in the header, and the page says so in words. */
test('a nurse sees no dashboard link and is told she has no access', async ({ browser }) => {
  const nurse = await loginAs(browser, 'claire.dubois');
  await expect(nurse.getByTestId('current-user')).toBeVisible();
  await expect(nurse.getByRole('link', { name: 'Tableaux de bord' })).toHaveCount(0);
  await nurse.goto('/dashboards');
  await expect(nurse.getByTestId('dashboard-no-access')).toContainText(
    'Vous n’avez pas accès aux tableaux de bord',
  );
  await expectAccessible(nurse);
});
