// Issue 4 end to end: on the demo engagement in Chromium, the Gaps section shows the heatmap
// today and at +18 months, filters it, drills from a cell to its people and to a person's
// profile, explains a figure, switches to the soft-skills and leadership lens, lists upskill and
// reskill candidates, and hides small groups once privacy mode is on. Screenshots of each step.
import type { Page } from 'playwright-core';
import { openBrowser, startHost, type Browser, type RunningHost } from './support/browser-host';

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser('gaps');
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
const heatmapReady = (page: Page) => page.getByTestId('heatmap').locator('td.heat-cell--known').first().waitFor();

describe('gaps in a browser', () => {
  it('shows the roles x skills heatmap today with its key figures', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByTestId('page-overview').waitFor();
    await page.getByTestId('nav-gaps').click();
    await heatmapReady(page);
    expect(await text(page, 'gap-kpi-readiness-value')).toMatch(/^\d{1,3}(\.\d)?%$/);
    expect(await text(page, 'gap-kpi-hours-value')).toMatch(/h$/);
    expect(await text(page, 'gap-as-of')).toMatch(/Requirements in force on 1 Oct 2026$/);
    const rows = await page.getByTestId('heatmap').locator('tbody tr').count();
    const cols = await page.getByTestId('heatmap').locator('th.heatmap__col-head').count();
    expect(rows).toBeGreaterThan(50);
    expect(cols).toBeGreaterThan(40);
    // Unknown-heavy cells are marked, not coloured as if there were no gap.
    expect(await page.locator('td.heat-cell--unknown-heavy, td.heat-cell--unknown').count()).toBeGreaterThan(0);
    await browser.screenshot('01-heatmap-today');
  });

  it('reads in the dark theme too: the scale and the hatching follow the theme', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    const known = page.getByTestId('heatmap').locator('td.heat-cell--known').first();
    const dark = await known.evaluate((el) => getComputedStyle(el).backgroundColor);
    await browser.screenshot('01b-heatmap-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await known.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(dark);
  });

  it('moves to +18 months: a forecast with more to close', async () => {
    const { page } = browser;
    const hoursToday = await text(page, 'gap-kpi-hours');
    await page.getByRole('button', { name: '+18 months' }).click();
    await expect.poll(() => text(page, 'gap-as-of')).toMatch(/1 Apr 2028\s*forecast$/);
    await heatmapReady(page);
    await expect.poll(() => text(page, 'gap-kpi-hours')).toContain('on 1 Apr 2028');
    expect(hoursToday).toContain('on 1 Apr 2028'); // the KPI cards always compare today with the horizon
    await browser.screenshot('02-heatmap-18-months');
  });

  it('filters by org unit and category', async () => {
    const { page } = browser;
    const before = await page.getByTestId('heatmap').locator('tbody tr').count();
    await page.getByLabel('Org unit').selectOption({ label: 'Claims' });
    await expect.poll(() => page.getByTestId('heatmap').locator('tbody tr').count()).toBeLessThan(before);
    await page.getByLabel('Skill category').selectOption('digital');
    await expect.poll(() => page.getByTestId('heatmap').locator('th.heatmap__band').count()).toBe(1);
    await heatmapReady(page);
    await browser.screenshot('03-heatmap-filtered');
    await page.getByLabel('Skill category').selectOption('');
  });

  it('drills into a cell with the keyboard, then opens a person and explains their readiness', async () => {
    const { page } = browser;
    await heatmapReady(page);
    const first = page.getByTestId('heatmap').locator('td[tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('drill-panel');
    await panel.waitFor();
    const people = panel.getByTestId('drill-people');
    await people.locator('tbody tr').first().waitFor();
    expect(await people.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await panel.textContent()).toMatch(/Mean gap/);
    await browser.screenshot('04-drill-down');

    await people.getByRole('button', { name: /Open the profile of/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('profile-readiness-now').waitFor();
    await dialog.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await dialog.getByTestId('profile-skills').locator('tbody tr').count()).toBeGreaterThan(2);
    expect(await dialog.getByTestId('profile-alternatives').locator('tbody tr').count()).toBeGreaterThan(0);
    await browser.screenshot('05-person-profile');

    await dialog.getByRole('button', { name: 'Why this number: Readiness today' }).click();
    const note = page.getByRole('note', { name: 'How Readiness today is calculated' });
    await note.getByTestId('why-result').waitFor();
    expect(await note.textContent()).toContain('readiness = 1 - sum(w x g) / sum(w x L)');
    await browser.screenshot('06-why-readiness');
    await page.keyboard.press('Escape'); // closes the why panel
    await page.keyboard.press('Escape'); // closes the profile
    await dialog.waitFor({ state: 'detached' });
  });

  it('switches to the soft-skills and leadership lens with manager roles and their span of control', async () => {
    const { page } = browser;
    await page.getByLabel('Org unit').selectOption('');
    await page.getByRole('tab', { name: 'Soft skills & leadership' }).click();
    await heatmapReady(page);
    const bands = await page.getByTestId('heatmap').locator('th.heatmap__band').allTextContents();
    expect(new Set(bands.map((b) => b.trim()))).toEqual(new Set(['Soft', 'Leadership']));
    const managers = page.getByTestId('manager-roles');
    await managers.locator('tbody tr').first().waitFor();
    expect(await managers.locator('tbody tr').count()).toBeGreaterThan(3);
    await browser.screenshot('07-leadership-lens');
  });

  it('lists upskill needs and reskill candidates', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Upskill' }).click();
    const upskill = page.getByTestId('upskill-list');
    await upskill.locator('tbody tr').first().waitFor();
    expect(await upskill.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await upskill.textContent()).toMatch(/→/);
    await browser.screenshot('08-upskill');

    await page.getByRole('tab', { name: 'Reskill' }).click();
    const candidates = page.getByTestId('reskill-candidates');
    await candidates.locator('tbody tr').first().waitFor();
    expect(await candidates.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByTestId('role-adjacency').locator('li').first().waitFor();
    await browser.screenshot('09-reskill');
  });

  it('hides small groups in privacy mode', async () => {
    const { page } = browser;
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('Pseudonymise people').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByTestId('page-settings').textContent()).toContain('Saved.');
    await page.getByTestId('nav-gaps').click();
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    await page.getByRole('button', { name: 'Today' }).click();
    await page.getByTestId('heatmap').locator('td.heat-cell--suppressed').first().waitFor();
    const hidden = page.getByTestId('heatmap').locator('td.heat-cell--suppressed').first();
    expect(await hidden.getAttribute('aria-label')).toMatch(/hidden, fewer than 5 people/);
    await hidden.click();
    await expect.poll(() => page.getByTestId('drill-panel').textContent()).toContain('Hidden in privacy mode');
    await browser.screenshot('10-privacy-mode');
  });

  it('logs no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
