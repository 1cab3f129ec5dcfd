// Issue 3 "Editing" end to end in Chromium against the real browser host: a person's salary is
// edited inline, a bad value is refused with the schema's message, the change is undone and
// redone from the keyboard, a person is deleted (with what cascades) and restored by undo, and
// the data-quality panel's finding opens the People table filtered to the edited person.
import { openBrowser, startHost, type Browser, type RunningHost } from './support/browser-host';

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser('editing');
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const grid = () => browser.page.getByRole('grid', { name: 'People' });
const row = (index: number) => grid().locator(`[role="row"][aria-rowindex="${index + 2}"]`);
const cell = (index: number, column: number) => row(index).locator(`[role="gridcell"][aria-colindex="${column}"]`);
const SALARY = 8;

describe('editing in a browser', () => {
  it('opens People as a virtualised table of the demo', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByTestId('page-overview').waitFor();
    await page.getByTestId('nav-people').click();
    await expect.poll(() => page.getByTestId('row-count').textContent()).toContain('2,000 people');
    expect(await grid().getAttribute('aria-rowcount')).toBe('2001');
    // Only the rows in view (plus a margin) are in the page.
    expect(await grid().locator('[role="row"]').count()).toBeLessThan(80);
    await expect.poll(() => cell(0, 2).textContent()).toBe('Hannah Thompson');
    await browser.screenshot('01-people');
  });

  it('refuses a negative salary with the schema message, then saves a valid one', async () => {
    const { page } = browser;
    const salary = cell(0, SALARY);
    const original = (await salary.textContent()) ?? '';
    expect(original).toMatch(/24,290/);
    await salary.dblclick();
    const input = grid().getByRole('textbox', { name: 'Salary, editing' });
    await input.fill('-100');
    await input.press('Enter');
    await expect.poll(() => grid().getByRole('alert').textContent()).toMatch(/>=\s*0/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await browser.screenshot('02-validation-error');
    await input.fill('123456');
    await input.press('Enter');
    await expect.poll(() => salary.textContent()).toMatch(/123,456/);
    await expect.poll(() => page.getByTestId('undo-notice').textContent()).toContain('Changed salary of Hannah Thompson from 24290 to 123456');
    await browser.screenshot('03-salary-saved');
  });

  it('undoes and redoes the edit with the keyboard', async () => {
    const { page } = browser;
    await grid().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(0, SALARY).textContent()).toMatch(/24,290/);
    await expect.poll(() => page.getByTestId('undo-notice').textContent()).toContain('Undone');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => cell(0, SALARY).textContent()).toMatch(/123,456/);
    await expect.poll(() => page.getByTestId('undo-notice').textContent()).toContain('Redone: Changed salary of Hannah Thompson from 24290 to 123456');
    await browser.screenshot('04-undo-redo');
  });

  it('deletes a person with their proficiencies and brings everything back with undo', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Delete Henrique Correia' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete person Henrique Correia?' });
    await expect.poll(() => dialog.getByTestId('delete-preview').textContent()).toMatch(/Also removes \d+ proficiencies/);
    await browser.screenshot('05-delete-confirm');
    await dialog.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByTestId('row-count').textContent()).toContain('1,999 people');
    await expect.poll(() => cell(1, 2).textContent()).not.toBe('Henrique Correia');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('row-count').textContent()).toContain('2,000 people');
    await expect.poll(() => cell(1, 2).textContent()).toBe('Henrique Correia');
    // The proficiencies came back with the person.
    await page.getByRole('button', { name: 'Skills of Henrique Correia' }).click();
    const skills = page.getByTestId('person-skills');
    await expect.poll(async () => (await skills.locator('select[aria-label^="Level in"]').evaluateAll((els) => els.filter((e) => (e as HTMLSelectElement).value !== '').length)) > 0).toBe(true);
    await browser.screenshot('06-restored-profile');
    await page.getByRole('button', { name: 'Close dialog' }).click();
  });

  it('shows the salary outlier in the data-quality panel and opens it in People', async () => {
    const { page } = browser;
    await page.getByTestId('tab-people-quality').click();
    const finding = page.getByTestId('finding-salary-outliers');
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/robust z-score/);
    expect(Number(await page.getByTestId('finding-salary-outliers-count').textContent())).toBeGreaterThanOrEqual(1);
    await browser.screenshot('07-data-quality');
    await finding.getByRole('button', { name: 'Show in people' }).click();
    await expect.poll(() => page.getByTestId('row-count').textContent()).toMatch(/people match/);
    expect(await page.getByTestId('issue-filter').textContent()).toContain('Salary far from the role’s');
    await expect.poll(() => grid().getByText('Hannah Thompson').count()).toBe(1);
    await browser.screenshot('08-outliers-in-people');
  });

  it('lists every change in the history', async () => {
    const { page } = browser;
    await page.getByTestId('tab-people-history').click();
    const history = page.getByRole('grid', { name: 'History of changes' });
    await expect.poll(() => history.textContent()).toContain('Changed salary of Hannah Thompson from 24290 to 123456');
    expect(await history.textContent()).toContain('Restored person Henrique Correia');
    await browser.screenshot('09-history');
  });

  it('roles, requirements, skills and programs are editable tables too', async () => {
    const { page } = browser;
    await page.getByTestId('nav-roles').click();
    await expect.poll(() => page.getByRole('grid', { name: 'Roles' }).getAttribute('aria-rowcount')).not.toBe('1');
    await page.getByRole('tab', { name: 'Requirements' }).click();
    const requirements = page.getByRole('grid', { name: 'Role requirements' });
    await expect.poll(async () => Number(await requirements.getAttribute('aria-rowcount'))).toBeGreaterThan(100);
    await browser.screenshot('10-requirements');
    await page.getByTestId('nav-skills').click();
    await expect.poll(async () => Number(await page.getByRole('grid', { name: 'Skills' }).getAttribute('aria-rowcount'))).toBeGreaterThan(50);
    await browser.screenshot('11-skills');
    await page.getByTestId('nav-plan').click();
    await page.getByRole('tab', { name: 'Edit programs' }).click();
    await expect.poll(async () => Number(await page.getByRole('grid', { name: 'Learning programs (editable)' }).getAttribute('aria-rowcount'))).toBeGreaterThan(2);
    await browser.screenshot('12-programs');
  });

  it('logs no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
