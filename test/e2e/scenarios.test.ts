// Issue 5 end to end: on the demo engagement in Chromium, build an automation scenario (from the
// template, one more role, S-curve adoption and realisation, saved as a new version) and a
// market-entry scenario (planned location, a ramp for two roles, internal share, saved), run
// both, run Monte Carlo and see the P10-P90 bands, compare both with the baseline side by side,
// open a "why" panel, and move a what-if slider to see the results change before saving.
// Screenshots at each step; no console errors.
import type { Page } from 'playwright-core';
import { openBrowser, startHost, type Browser, type RunningHost } from './support/browser-host';
import { clean, press, text } from './support/page-text';

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser('scenarios');
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** A number as the engagement (en-GB) formats it: "1,889.9 FTE" -> 1889.9, "−172.8" -> -172.8. */
const numberIn = (s: string) => Number((/[-\u2212]?[\d,]+(\.\d+)?/.exec(s)?.[0] ?? 'NaN').replace(/,/g, '').replace('\u2212', '-'));

const AUTOMATION = 'Claims automation (e2e)';
const MARKET = 'Warsaw entry (e2e)';

async function openFromList(page: Page, name: string) {
  await page.getByTestId('nav-scenarios').click();
  const list = page.getByTestId('scenario-list');
  if (!(await list.isVisible())) await page.getByTestId('back-to-list').click();
  await list.getByRole('button', { name, exact: true }).click();
  await page.getByTestId('scenario-kpis').waitFor();
}

describe('scenarios in a browser', () => {
  it('lists the built-in baseline and the demo scenarios', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByTestId('page-overview').waitFor();
    await page.getByTestId('nav-scenarios').click();
    const table = page.getByTestId('table-scenarios');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(clean(await table.locator('tbody tr').first().textContent())).toMatch(/^Baseline.*built in/);
    expect(clean(await table.textContent())).toMatch(/AI-assisted claims and back office.*Automation/);
    await browser.screenshot('01-list');
  });

  it('builds an automation scenario from the template: one more role, S-curve adoption, realisation; saves it', async () => {
    const { page } = browser;
    await page.getByTestId('new-scenario').click();
    const dialog = page.getByRole('dialog', { name: 'New scenario' });
    await dialog.getByTestId('new-scenario-name').fill(AUTOMATION);
    await dialog.getByTestId('template-automation').check();
    await dialog.getByTestId('create-scenario').click();
    await page.getByTestId('scenario-builder').waitFor();
    expect(await text(page, 'workspace-name')).toBe(AUTOMATION);
    expect(await text(page, 'save-state')).toBe('Saved · version 1');

    const panel = page.getByTestId('change-automation-1');
    const roles = panel.getByTestId('automation-automation-1-roles');
    const before = await roles.locator('.picker__chip').count();
    expect(before).toBeGreaterThan(0);
    await roles.getByRole('searchbox').fill('Motor Claims Handler');
    const option = roles.locator('.picker__option input:not(:checked)').first();
    await option.check();
    await expect.poll(() => roles.locator('.picker__chip').count()).toBe(before + 1);

    const preview = panel.getByTestId('adoption-preview-automation-1').locator('.sc-figure__plot');
    const curveBefore = await preview.getAttribute('aria-label');
    expect(curveBefore).toMatch(/^S-curve to 50%/);
    await press(panel.getByRole('slider', { name: 'Adoption target' }), 'ArrowRight', 15); // 50% -> 65%
    await press(panel.getByRole('slider', { name: 'Midpoint' }), 'ArrowLeft', 4); // 2 months earlier
    await press(panel.getByRole('slider', { name: 'Steepness' }), 'ArrowRight', 2);
    await press(panel.getByRole('slider', { name: 'Realisation' }), 'ArrowRight', 10); // 70% -> 80%
    expect(await panel.getByRole('slider', { name: 'Adoption target' }).getAttribute('aria-valuetext')).toBe('65%');
    expect(await panel.getByRole('slider', { name: 'Realisation' }).getAttribute('aria-valuetext')).toBe('80%');
    const curveAfter = await preview.getAttribute('aria-label');
    expect(curveAfter).toMatch(/^S-curve to 65%, midpoint month 7, steepness 0.50/);
    expect(await text(page, 'save-state')).toBe('Unsaved changes · results are a preview');
    await expect.poll(() => page.getByTestId('scenario-kpi-demand-delta').isVisible()).toBe(true);
    await browser.screenshot('02-automation-builder');

    await page.getByTestId('save').click();
    const save = page.getByRole('dialog', { name: 'Save version 2' });
    await save.getByLabel('Note (optional)').fill('One more claims role, faster adoption');
    await save.getByTestId('confirm-save').click();
    await save.waitFor({ state: 'detached' });
    await expect.poll(() => text(page, 'save-state')).toBe('Saved · version 2');

    await page.getByTestId('tab-scenario-history').click();
    const diff = page.getByTestId('version-diff');
    await diff.waitFor();
    expect(clean(await diff.textContent())).toMatch(/Version 1 → 2: 1 change differs.*Changed.*adoption › target.*50%.*65%/);
    await browser.screenshot('03-automation-versions');
  });

  it('runs the automation scenario: supply and demand, gap table, cost, skills', async () => {
    const { page } = browser;
    await page.getByTestId('tab-scenario-results').click();
    await page.getByTestId('gap-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('gap-table').locator('td.sc-gap-cell--surplus').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('chart-supply-demand').locator('.recharts-line').count()).toBe(2);
    expect(await page.getByTestId('chart-cost').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('skills-table').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(numberIn(await text(page, 'scenario-kpi-surplus-value'))).toBeGreaterThan(0);
    await browser.screenshot('04-automation-results');
    // The dark theme recolours the gap cells from the tokens.
    const cell = page.getByTestId('gap-table').locator('td.sc-gap-cell--surplus').first();
    const light = await cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await cell.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(light);
    await browser.screenshot('04b-automation-results-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('builds a market-entry scenario: planned location, a ramp for two roles, internal share; saves it', async () => {
    const { page } = browser;
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('new-scenario').click();
    const dialog = page.getByRole('dialog', { name: 'New scenario' });
    await dialog.getByTestId('new-scenario-name').fill(MARKET);
    await dialog.getByTestId('template-new-market').check();
    await dialog.getByTestId('create-scenario').click();
    await page.getByTestId('scenario-builder').waitFor();

    const panel = page.getByTestId('change-market-1');
    const location = panel.getByTestId('market-market-1-location');
    expect(clean(await location.locator('option:checked').textContent())).toMatch(/Warsaw/);
    const ramp = panel.getByTestId('market-market-1-ramp');
    while ((await ramp.locator('.ramp-grid__row').count()) > 2) await ramp.locator('.ramp-grid__row').last().getByRole('button', { name: /^Remove .* from the ramp$/ }).click();
    await panel.getByTestId('market-market-1-ramp-0-target').fill('12');
    await panel.getByTestId('market-market-1-ramp-1-target').fill('30');
    await panel.getByTestId('market-market-1-ramp-1-months').fill('9');
    await press(panel.getByRole('slider', { name: 'Filled by internal transfers' }), 'ArrowRight', 10); // 20% -> 30%
    const preview = panel.getByTestId('ramp-preview-market-1').locator('.sc-figure__plot');
    expect(await preview.getAttribute('aria-label')).toMatch(/^42 FTE wanted across 2 roles .* about 30% of it by internal transfers/);
    await browser.screenshot('05-market-builder');

    await page.getByTestId('save').click();
    const save = page.getByRole('dialog', { name: 'Save version 2' });
    await save.getByLabel('Note (optional)').fill('Two roles, 30% internal');
    await save.getByTestId('confirm-save').click();
    await expect.poll(() => text(page, 'save-state')).toBe('Saved · version 2');

    await page.getByTestId('tab-scenario-results').click();
    await page.getByTestId('gap-table').locator('tbody tr').first().waitFor();
    expect(numberIn(await text(page, 'scenario-kpi-hires-value'))).toBeGreaterThan(0);
    await browser.screenshot('06-market-results');
  });

  it('runs Monte Carlo with a small run count and shows P10-P90 bands and the distributions', async () => {
    const { page } = browser;
    const mc = page.getByTestId('monte-carlo');
    expect(clean(await mc.getByTestId('mc-distributions').textContent())).toMatch(/attrition.*Beta.*ramp.*Triangular/);
    await mc.getByTestId('mc-runs').fill('60');
    await mc.getByTestId('mc-seed').fill('7');
    await mc.getByTestId('mc-run').click();
    await expect.poll(() => text(page, 'mc-status'), { timeout: 60_000 }).toMatch(/^60 runs, seed 7: total shortage/);
    const chart = page.getByTestId('chart-supply-demand');
    await expect.poll(() => chart.locator('.recharts-area').count()).toBe(2);
    expect(await chart.locator('.chart-card__plot').getAttribute('aria-label')).toMatch(/P10-P90 bands from 60 Monte Carlo runs/);
    await chart.getByTestId('chart-role').selectOption({ index: 1 });
    await browser.screenshot('07-monte-carlo-bands');
    await chart.getByTestId('chart-role').selectOption('');
  });

  it('compares both scenarios with the baseline side by side', async () => {
    const { page } = browser;
    await page.getByTestId('back-to-list').click();
    const list = page.getByTestId('scenario-list');
    for (const name of ['Baseline', AUTOMATION, MARKET]) await list.getByRole('checkbox', { name: `Compare ${name}` }).check();
    await page.getByTestId('compare-selected').click();
    const kpis = page.getByTestId('compare-kpis');
    await kpis.waitFor();
    expect(await kpis.locator('thead th').allTextContents()).toEqual(['Figure', 'Baseline', expect.stringContaining(AUTOMATION), expect.stringContaining(MARKET)]);
    const demandDelta = clean(await kpis.locator('[data-testid^="delta-demand-"]').first().textContent());
    expect(demandDelta).toMatch(/^−\d/); // automation lowers demand against the baseline
    // The market entry hires more than the baseline does.
    expect(clean(await kpis.locator('[data-testid^="delta-hires-"]').nth(1).textContent())).toMatch(/^\+\d/);
    await page.getByTestId('compare-gap-chart').locator('.recharts-line').first().waitFor();
    expect(await page.getByTestId('compare-gap-chart').locator('.recharts-line').count()).toBe(3);
    expect(await page.getByTestId('compare-roles-table').locator('tbody tr').count()).toBeGreaterThan(5);
    await browser.screenshot('08-comparison');
  });

  it('explains a figure: the net gap of the automation scenario', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: '← All scenarios' }).click();
    await openFromList(page, AUTOMATION);
    await page.getByTestId('scenario-kpi-gap').getByRole('button', { name: 'Why this number: Net gap' }).click();
    const note = page.getByRole('note', { name: 'How Net gap is calculated' });
    await note.getByTestId('why-result').waitFor();
    expect(clean(await note.getByTestId('why-formula').textContent())).toBe('gap = demand - supply (positive: shortage, negative: surplus)');
    expect(numberIn(await note.getByTestId('why-result').textContent().then(clean))).toBeCloseTo(numberIn(await text(page, 'scenario-kpi-gap-value')), 0);
    expect(await note.locator('.why__assumption').count()).toBeGreaterThan(0);
    await browser.screenshot('09-why-net-gap');
    await page.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });
  });

  it('moves a what-if slider: the results change at once, marked as an unsaved preview', async () => {
    const { page } = browser;
    await page.getByTestId('tab-scenario-results').click();
    const whatIf = page.getByTestId('what-if');
    await whatIf.waitFor();
    expect(await text(page, 'what-if-state')).toBe('Showing the saved version');
    const demand = numberIn(await text(page, 'scenario-kpi-demand-value'));
    const slider = whatIf.getByRole('slider', { name: /adoption target/ }).first();
    await press(slider, 'ArrowRight', 20);
    await expect.poll(() => text(page, 'what-if-state')).toBe('Unsaved preview');
    await expect.poll(async () => numberIn(await text(page, 'scenario-kpi-demand-value'))).toBeLessThan(demand);
    expect(await text(page, 'scenario-kpi-demand-delta')).toMatch(/^−[\d.,]+ vs saved$/);
    expect(await text(page, 'save-state')).toBe('Unsaved changes · results are a preview');
    await browser.screenshot('10-what-if-preview');
    await page.getByTestId('discard').click();
    await expect.poll(() => text(page, 'what-if-state')).toBe('Showing the saved version');
    await expect.poll(async () => numberIn(await text(page, 'scenario-kpi-demand-value'))).toBeCloseTo(demand, 1);
  });

  it('logs no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
