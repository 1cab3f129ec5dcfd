// Issue 2 end to end: the browser host opens on the demo, every section renders real data,
// the engagement switcher creates and switches engagements, and a bad file gets a clear error.
import fs from 'node:fs';
import path from 'node:path';
import { sections } from '../../src/shared/events';
import { openBrowser, startHost, type Browser, type RunningHost } from './support/browser-host';

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser('foundation');
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the app in a browser', () => {
  it('opens on the demo engagement with real figures on the Overview', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByTestId('page-overview').waitFor();
    await expect.poll(() => page.getByTestId('engagement-name').textContent()).toContain('Meridian Mutual');
    await expect.poll(() => page.getByTestId('kpi-headcount-value').textContent()).toBe('2,000');
    const assessed = await page.getByTestId('kpi-skills-assessed-value').textContent();
    expect(assessed).toMatch(/^\d{2}\.\d%$/);
    // The token has been taken out of the visible URL.
    expect(page.url()).not.toContain('token=');
    await browser.screenshot('01-overview');
  });

  it('visits every section, each rendering its page', async () => {
    const { page } = browser;
    for (const [i, s] of sections.entries()) {
      await page.getByTestId(`nav-${s}`).click();
      await page.getByTestId(`page-${s}`).waitFor();
      await expect.poll(() => page.getByTestId(`nav-${s}`).getAttribute('aria-current')).toBe('page');
      await page.waitForLoadState('networkidle');
      await browser.screenshot(`${String(i + 2).padStart(2, '0')}-${s}`);
    }
  });

  it('shows real demo rows in People, Roles, Skills, Scenarios and Plan', async () => {
    const { page } = browser;
    await page.getByTestId('nav-people').click();
    await expect.poll(() => page.getByTestId('row-count').textContent()).toContain('2,000');
    await page.getByRole('searchbox').fill('Underwriter');
    await expect.poll(async () => (await page.getByTestId('row-count').textContent()) ?? '').not.toContain('of 2,000');
    await browser.screenshot('people-search');

    await page.getByTestId('nav-roles').click();
    await expect.poll(() => page.getByTestId('page-roles').textContent()).toMatch(/\d{2}-\d{4}\.\d{2}/);

    await page.getByTestId('nav-skills').click();
    await page.getByRole('searchbox').fill('Python');
    await expect.poll(() => page.getByTestId('page-skills').textContent()).toContain('Python');

    await page.getByTestId('nav-scenarios').click();
    await expect.poll(() => page.getByTestId('page-scenarios').textContent()).toMatch(/Automation[\s\S]*New market|New market[\s\S]*Automation/);

    await page.getByTestId('nav-plan').click();
    await expect.poll(async () => (await page.getByTestId('page-plan').textContent())?.length ?? 0).toBeGreaterThan(200);
  });

  it('moves between sections with the keyboard', async () => {
    const { page } = browser;
    await page.getByTestId('nav-overview').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('page-people').waitFor();
  });

  it('reports a damaged engagement file clearly and keeps the current one open', async () => {
    const { page } = browser;
    fs.writeFileSync(path.join(host.dataDir, 'Broken.skillshift'), 'this is not a database '.repeat(20));
    await page.reload();
    await page.getByTestId('engagement-name').waitFor();
    await page.getByRole('button', { name: /switch engagement/i }).click();
    await page.getByRole('menuitem', { name: /Broken/ }).or(page.getByRole('button', { name: /Broken/ })).first().click();
    await page.getByTestId('error-banner').waitFor();
    expect(await page.getByTestId('error-banner').getAttribute('data-error-kind')).toBe('bad-file');
    expect(await page.getByTestId('error-banner').textContent()).toMatch(/not an SQLite database/);
    expect(await page.getByTestId('engagement-name').textContent()).toContain('Meridian Mutual');
    await browser.screenshot('bad-file-error');
  });

  it('logs no errors in the page', () => {
    // The damaged-file attempt answers with a typed error, not a console error.
    expect(browser.errors).toEqual([]);
  });
});
