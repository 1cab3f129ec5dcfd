// Issue 3 "Done when", end to end in Chromium against the real browser host: a new user creates
// an engagement, imports a messy HRIS export (semicolon, Windows-1252, dd/mm/yyyy, monthly
// salary, manager column, one bad row) by mapping, validating, creating what is missing and
// skipping the bad row; imports a skills-matrix workbook and role requirements; re-imports a
// newer export and sees what is added, changed and removed before committing; edits a person;
// sees the gaps; exports People pseudonymised and formula-safe; and a bad file gets a precise
// error with nothing lost. Screenshots at each step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BAD, PEOPLE, writeClientFiles, type ClientFiles } from './support/data-import-files';
import { openBrowser, startHost, type Browser, type RunningHost } from './support/browser-host';
import { referenceFile } from '../helpers/reference-data';

let host: RunningHost;
let browser: Browser;
let files: ClientFiles;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillshift-client-files-'));

beforeAll(async () => {
  files = await writeClientFiles(filesDir);
  host = await startHost();
  browser = await openBrowser('data-import');
});
afterEach(async (ctx) => {
  // A failed step leaves a picture of what the user would have seen.
  if (ctx.task.result?.state !== 'fail') return;
  await browser?.screenshot(`failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  if (browser?.errors.length) console.error(`Page errors:\n${browser.errors.join('\n')}`);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

/** Checks run in a worker thread and the UI waits on the host: poll patiently (vitest's default is 1 s). */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });
const wizard = (page: Page) => page.getByTestId('import-wizard');
const heading = (page: Page) => wizard(page).getByTestId('step-heading');
const next = (page: Page) => wizard(page).getByTestId('wizard-next');
const count = (page: Page, id: string) => wizard(page).getByTestId(id).textContent();

/** Opens the wizard, picks the kind and uploads the file; leaves the wizard on the staged file. */
async function startImport(page: Page, kind: string, file: string) {
  await page.getByTestId('open-import').click();
  await eventually(() => heading(page).textContent()).toBe('What are you importing?');
  await wizard(page).getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  await wizard(page).getByTestId('import-file-input').setInputFiles(file);
  await eventually(() => wizard(page).getByTestId('staged-file').textContent()).toContain(path.basename(file));
}

describe('a new user brings in a client’s data in the browser', () => {
  it('creates a new, empty engagement', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByTestId('page-overview').waitFor();
    await page.getByRole('button', { name: /switch engagement/i }).click();
    await page.getByRole('button', { name: 'New engagement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New engagement' });
    await dialog.getByLabel('Client or engagement name').fill('Rhône Logistique');
    await dialog.getByLabel('File name').fill('rhone-logistique');
    await dialog.getByRole('button', { name: 'Create engagement' }).click();
    await eventually(() => page.getByTestId('engagement-name').textContent()).toBe('Rhône Logistique');
    await browser.screenshot('01-new-engagement');
  });

  it('uploads the HRIS export and sees the detected format with the Windows-1252 fallback', async () => {
    const { page } = browser;
    await startImport(page, 'Employees', files.hris);
    expect(await wizard(page).getByTestId('staged-file').textContent()).toMatch(/Windows-1252 · semicolon-separated[\s\S]*read as Windows-1252/);
    await browser.screenshot('02-file-chosen');
    await next(page).click();
    await eventually(() => heading(page).textContent()).toBe(`How is ${path.basename(files.hris)} written?`);
    // The heading of each step takes focus.
    expect(await heading(page).evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await wizard(page).getByTestId('format-delimiter').inputValue()).toBe(';');
    expect(await wizard(page).getByTestId('format-encoding').inputValue()).toBe('windows-1252');
    const preview = wizard(page).getByTestId('raw-preview');
    await eventually(() => preview.textContent()).toContain('José');
    expect(await preview.textContent()).toContain('Østergaard');
    expect(await preview.textContent()).toContain('7 450,00');
    await browser.screenshot('03-format');
  });

  it('maps the columns: confirms the uncertain guess and the day-first dates, saves a preset', async () => {
    const { page } = browser;
    await next(page).click();
    await eventually(() => heading(page).textContent()).toBe('Which column holds what?');
    const table = wizard(page).getByTestId('mapping-table');
    expect(await wizard(page).getByLabel('Employee id').inputValue()).toBe('Personnel No');
    expect(await wizard(page).getByLabel('Monthly salary').inputValue()).toBe('Monthly Salary');
    expect(await table.getByTestId('mapping-employeeId').textContent()).toContain('required');
    // "Line Manager No" is only a partial match: it waits for confirmation and blocks Next.
    expect(await table.getByTestId('mapping-managerId').textContent()).toMatch(/84%\s*header contains "line manager"/);
    expect(await next(page).isDisabled()).toBe(true);
    expect(await wizard(page).getByTestId('wizard-blocker').textContent()).toContain('Confirm or change the guessed column for “Manager id”');
    expect(await wizard(page).getByTestId('date-format').textContent()).toContain('fit both orders');
    await browser.screenshot('04-mapping-guesses');
    await wizard(page).getByRole('button', { name: 'Confirm Manager id' }).click();
    await wizard(page).getByLabel('Dates are written').selectOption('dmy');
    await eventually(() => wizard(page).getByTestId('date-format').textContent()).not.toContain('fit both orders');
    await wizard(page).getByLabel('Save this mapping as').fill('Payroll export (FR)');
    await wizard(page).getByRole('button', { name: 'Save preset' }).click();
    await eventually(() => wizard(page).getByRole('status').filter({ hasText: 'saved' }).textContent()).toContain('Preset “Payroll export (FR)” saved.');
    await eventually(() => next(page).isDisabled()).toBe(false);
    await browser.screenshot('05-mapping-confirmed');
  });

  it('sees the validation report naming the bad row and column, creates what is missing and skips the bad row', async () => {
    const { page } = browser;
    await next(page).click();
    await eventually(() => heading(page).textContent()).toBe(`Check ${path.basename(files.hris)}`);
    await eventually(() => count(page, 'count-invalid')).toBe('12');
    const problems = wizard(page).getByTestId('problems-table');
    expect(await problems.textContent()).toMatch(/unknown role "Head of Operations"/);
    await browser.screenshot('06-report-unknown-references');
    await wizard(page).getByTestId('choice-create').check();
    await eventually(() => count(page, 'count-invalid')).toBe('1');
    const create = wizard(page).getByTestId('would-create');
    expect(await create.textContent()).toMatch(/Roles \(4\)Head of Operations, \+Field Sales, Data Analyst, Warehouse Operative/);
    expect(await create.textContent()).toMatch(/Locations \(3\)Lyon, Paris, Marseille/);
    const bad = problems.getByRole('row').nth(1);
    await eventually(() => bad.textContent()).toContain(BAD.value);
    expect(await bad.locator('td').nth(0).textContent()).toBe(String(BAD.row));
    expect(await bad.locator('td').nth(1).textContent()).toBe(BAD.column);
    expect(await bad.locator('td').nth(3).textContent()).toMatch(/not a date/);
    expect(await wizard(page).getByTestId('wizard-commit').isDisabled()).toBe(true);
    await wizard(page).getByTestId('choice-skip').check();
    await eventually(() => wizard(page).getByTestId('wizard-commit').textContent()).toBe('Import 11 rows');
    await eventually(() => wizard(page).getByTestId('wizard-commit').isDisabled()).toBe(false);
    await browser.screenshot('07-report-create-and-skip');
    await wizard(page).getByTestId('wizard-commit').click();
    await eventually(() => heading(page).textContent()).toBe('Imported employees (hris export)');
    expect(await count(page, 'result-added')).toBe('11');
    expect(await count(page, 'result-skipped')).toBe('1');
    expect(await wizard(page).getByTestId('created').textContent()).toContain('Warehouse Operative');
    await browser.screenshot('08-imported-people');
    await wizard(page).getByRole('button', { name: 'Open People' }).click();
    await eventually(() => page.getByTestId('row-count').textContent()).toContain('11 people');
    await browser.screenshot('09-people');
  });

  it('imports the skills matrix workbook: sheet, header row, labels and blanks', async () => {
    const { page } = browser;
    await startImport(page, 'Proficiencies', files.matrix);
    await next(page).click();
    await eventually(() => wizard(page).getByTestId('format-sheet').inputValue()).toBe('Read me');
    await wizard(page).getByTestId('format-sheet').selectOption('Skills matrix');
    await eventually(() => wizard(page).getByTestId('raw-preview').locator('th').nth(1).textContent()).toBe('Skills matrix: Q1 2025');
    await wizard(page).getByLabel(/^Header row/).fill('2');
    await wizard(page).getByLabel(/^Header row/).press('Enter');
    await eventually(() => wizard(page).getByTestId('raw-preview').locator('th').nth(1).textContent()).toBe('Employee ID');
    expect(await wizard(page).getByTestId('format-shape').inputValue()).toBe('wide');
    await browser.screenshot('10-matrix-format');
    await next(page).click();
    await eventually(() => wizard(page).getByTestId('skill-columns').textContent()).toContain('Forklift Operation');
    // "Master" is no built-in label: named before the check, then added as level 5.
    await eventually(() => wizard(page).getByTestId('unknown-labels').textContent()).toContain('“Master”');
    await wizard(page).getByLabel('New label').fill('Master');
    await wizard(page).getByLabel('Its level').selectOption('5');
    await wizard(page).getByRole('button', { name: 'Add label' }).click();
    await eventually(() => wizard(page).getByTestId('level-labels').textContent()).toContain('master= 5');
    expect(await wizard(page).getByTestId('unknown-labels').count()).toBe(0);
    await browser.screenshot('11-matrix-mapping');
    await next(page).click();
    // Skills the engagement lacks are named once per column, on the header row.
    await eventually(() => wizard(page).getByTestId('problems-table').textContent()).toContain('unknown skill "Forklift Operation"');
    expect(await wizard(page).getByTestId('problems-table').locator('tbody tr').first().locator('td').first().textContent()).toBe('2');
    await wizard(page).getByTestId('choice-create').check();
    await eventually(() => count(page, 'count-invalid')).toBe('0');
    expect(await wizard(page).getByTestId('would-create').textContent()).toContain('Skills (5)Python, SQL, Negotiation, Forklift Operation, Excel');
    await browser.screenshot('12-matrix-check');
    await wizard(page).getByTestId('wizard-commit').click();
    // 11 people x 5 skills = 55 cells; 24 blank cells are not assessed, not zero.
    await eventually(() => count(page, 'result-added')).toBe('31');
    await wizard(page).getByRole('button', { name: 'Close', exact: true }).click();
    await eventually(() => wizard(page).count()).toBe(0);
  });

  it('imports the role requirements', async () => {
    const { page } = browser;
    await startImport(page, 'Role requirements', files.requirements);
    await next(page).click();
    await next(page).click();
    await next(page).click();
    await eventually(() => wizard(page).getByTestId('no-problems').count()).toBe(1);
    await wizard(page).getByTestId('wizard-commit').click();
    await eventually(() => count(page, 'result-added')).toBe('8');
    await wizard(page).getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('re-imports a newer HRIS export and sees what is added, changed and removed before committing', async () => {
    const { page } = browser;
    await startImport(page, 'Employees', files.hrisNewer);
    await next(page).click();
    await next(page).click();
    await wizard(page).getByLabel('Mapping preset', { exact: true }).selectOption({ label: 'Payroll export (FR)' });
    await wizard(page).getByRole('button', { name: 'Apply preset' }).click();
    await eventually(() => wizard(page).getByText('Preset “Payroll export (FR)” applied.').count()).toBe(1);
    expect(await wizard(page).getByLabel('Dates are written').inputValue()).toBe('dmy');
    await next(page).click();
    await wizard(page).getByTestId('choice-create').check();
    const diff = wizard(page).getByTestId('merge-diff');
    await eventually(() => diff.getByTestId('diff-tab-added').textContent()).toBe('Added 2');
    expect(await diff.getByTestId('diff-tab-changed').textContent()).toBe('Changed 1');
    expect(await diff.getByTestId('diff-tab-removed').textContent()).toBe('Not in the file 1');
    await eventually(() => diff.getByTestId('diff-changed').textContent()).toMatch(/Salary: 49,200 → 62,400/);
    expect(await diff.getByTestId('diff-changed').textContent()).toMatch(/Role: Data Analyst → Finance Manager/);
    await browser.screenshot('13-reimport-diff');
    await diff.getByTestId('choice-remove').check();
    const confirm = wizard(page).getByTestId('confirm-removals');
    await eventually(() => confirm.textContent()).toContain('Remove 1 person that is not in this file?');
    expect(await wizard(page).getByTestId('wizard-commit').isDisabled()).toBe(true);
    await browser.screenshot('14-confirm-removal');
    await confirm.getByTestId('remove-and-import').click();
    await eventually(() => count(page, 'result-removed')).toBe('1');
    expect(await count(page, 'result-added')).toBe('2');
    expect(await count(page, 'result-changed')).toBe('1');
    await browser.screenshot('15-reimported');
    await wizard(page).getByRole('button', { name: 'Open People' }).click();
    await eventually(() => page.getByTestId('row-count').textContent()).toContain('12 people');
  });

  it('edits one imported person in the People table', async () => {
    const { page } = browser;
    const grid = page.getByRole('grid', { name: 'People' });
    const salary = grid.locator('[role="row"][aria-rowindex="2"] [role="gridcell"][aria-colindex="8"]');
    await eventually(() => salary.textContent()).toMatch(/\d/);
    await salary.dblclick();
    const input = grid.getByRole('textbox', { name: 'Salary, editing' });
    await input.fill('91000');
    await input.press('Enter');
    await eventually(() => salary.textContent()).toMatch(/91[,.\u202f\u00a0 ]?000/);
    await browser.screenshot('16-person-edited');
  });

  it('analyses the imported data: the Gaps page shows figures', async () => {
    const { page } = browser;
    await page.getByTestId('nav-gaps').click();
    await eventually(() => page.getByTestId('gap-kpi-readiness-value').textContent()).toMatch(/^\d{1,3}([.,]\d)?\s?%$/);
    expect(await page.getByTestId('gap-kpi-hours-value').textContent()).toMatch(/\d.*h$/);
    await browser.screenshot('17-gaps');
  });

  it('exports People to CSV: downloaded pseudonymised and formula-safe', async () => {
    const { page } = browser;
    await page.getByTestId('nav-reports').click();
    const panel = page.getByTestId('export-panel');
    await eventually(() => panel.getByTestId('export-table').inputValue()).toBe('employees');
    expect(await panel.getByRole('radio', { name: /Pseudonymised/ }).isChecked()).toBe(true);
    await browser.screenshot('18-export');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('export-run').click()]);
    const file = path.join(filesDir, download.suggestedFilename());
    await download.saveAs(file);
    await eventually(() => panel.getByTestId('export-result').textContent()).toMatch(/Downloaded .*employees\.csv[\s\S]*12 rows[\s\S]*pseudonymised/);
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Employee,Role,Org unit,Location,Manager,FTE,Salary,Hire date,Birth year');
    expect(lines).toHaveLength(13);
    for (const p of PEOPLE) {
      for (const secret of [p.id, p.surname, p.first]) expect(text).not.toContain(secret);
    }
    const cells = lines.flatMap((l) => l.split(','));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'+Field Sales");
    expect(lines.slice(1).every((l) => /^P-[0-9a-f]{16},/.test(l))).toBe(true);
    await browser.screenshot('19-exported');
  });

  it('imports the official O*NET release in Settings by typing its folder path (the host reads it in place)', async () => {
    const { page } = browser;
    const onet = referenceFile('onet-29.2');
    await page.getByTestId('nav-settings').click();
    const panel = page.getByTestId('taxonomy-panel');
    await panel.scrollIntoViewIfNeeded();
    const folder = panel.getByLabel('O*NET database folder');
    expect(await folder.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent)).toContain('nothing is uploaded');
    await folder.fill(onet);
    await panel.getByRole('button', { name: 'Import O*NET' }).click();
    const report = panel.getByTestId('taxonomy-report');
    await eventually(() => report.textContent()).toContain('Imported O*NET 29.2 Database');
    expect(await report.textContent()).toMatch(/Skills34 created, 0 updated, 0 unchanged; 1 adopted/);
    expect(await report.textContent()).toMatch(/Roles without an occupation code5/);
    expect(await report.textContent()).toContain('Used under the CC BY 4.0 license.');
    await browser.screenshot('20-onet-imported');
  });

  it('a bad file (random bytes named .xlsx) gets a precise error and nothing is lost', async () => {
    const { page } = browser;
    await page.getByTestId('nav-people').click();
    await eventually(() => page.getByTestId('row-count').textContent()).toContain('12 people');
    await page.getByTestId('open-import').click();
    await wizard(page).getByTestId('import-file-input').setInputFiles(files.random);
    const error = wizard(page).getByTestId('import-error');
    await eventually(() => error.textContent()).toContain(path.basename(files.random));
    expect(await error.textContent()).toMatch(/binary data|not a valid|cannot be read/i);
    expect(await error.textContent()).toContain('Nothing was imported; the engagement is unchanged.');
    expect(await wizard(page).getByTestId('staged-file').count()).toBe(0);
    await browser.screenshot('21-bad-file');
    await page.keyboard.press('Escape');
    await eventually(() => wizard(page).count()).toBe(0);
    await eventually(() => page.getByTestId('row-count').textContent()).toContain('12 people');
    expect(browser.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
