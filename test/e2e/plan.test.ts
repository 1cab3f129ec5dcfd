// Issue 6 end to end: on the demo engagement in Chromium, run the plan for the automation
// scenario, read the mix and the upskill/reskill split, open a KPI's "why", open a person's
// recommendation with its reason, view the learning timeline and the programs' ROI, lower the
// learning budget and see the mix shift, run the market-entry scenario's plan, record an
// objective outcome and see plan vs actual, and make the plan infeasible through a cost override
// to see the binding constraints. Screenshots at each step; no console errors.
import type { Page } from 'playwright-core';
import { openBrowser, startHost, type Browser, type RunningHost } from './support/browser-host';
import { clean, press, text } from './support/page-text';

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser('plan');
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** The first number in a text as en-GB formats it, with K/M suffixes: "€15.9M" -> 15900000, "−€1.2K" -> -1200. */
function numberIn(s: string): number {
  const m = /([-\u2212+]?)[^\d-\u2212+]*?([\d,]+(?:\.\d+)?)\s*([KMB]?)/.exec(s);
  if (!m) return NaN;
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[m[3] as '' | 'K' | 'M' | 'B'];
  return (m[1] === '-' || m[1] === '\u2212' ? -1 : 1) * Number(m[2].replace(/,/g, '')) * scale;
}

const AUTOMATION = 'AI-assisted claims and back office';
const MARKET = 'Poland market entry';

async function runPlanFor(page: Page, scenario: string) {
  await page.getByTestId('plan-scenario').selectOption(scenario);
  await page.getByTestId('run-plan').click();
  await expect.poll(() => text(page, 'plan-shown'), { timeout: 120_000 }).toMatch(new RegExp(`^${scenario} · version`));
  await page.getByTestId('plan-kpis').waitFor();
}

describe('the workforce plan in a browser', () => {
  it('runs the plan for the automation scenario: KPIs, the mix per period and the upskill/reskill split', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByTestId('page-overview').waitFor();
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-empty').waitFor();
    const options = await page.getByTestId('plan-scenario').locator('option').allTextContents();
    expect(options.map(clean)).toEqual(expect.arrayContaining(['Baseline (no changes)', `${AUTOMATION} · Automation`, `${MARKET} · New market`]));

    await runPlanFor(page, AUTOMATION);
    expect(await text(page, 'plan-status')).toMatch(/^Covers all demand/);
    const total = numberIn(await text(page, 'plan-kpi-total-value'));
    const build = numberIn(await text(page, 'plan-kpi-build-value'));
    const bot = numberIn(await text(page, 'plan-kpi-bot-value'));
    expect(total).toBeGreaterThan(build);
    expect(build).toBeGreaterThan(0);
    expect(bot).toBeGreaterThan(0); // the scenario's automation investment
    expect(numberIn(await text(page, 'plan-kpi-reskilled-value'))).toBeGreaterThan(0);
    expect(numberIn(await text(page, 'plan-kpi-saving-value'))).toBeGreaterThanOrEqual(0);

    const mix = page.getByTestId('chart-mix');
    await expect.poll(() => mix.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    expect(await mix.locator('.chart-card__plot').getAttribute('aria-label')).toMatch(/^all roles, FTE per period: build: upskill [\d.,]+ FTE, build: reskill [\d.,]+ FTE, buy/);
    const split = await text(page, 'split-share');
    expect(split).toMatch(/^\d+% of the build FTE for all roles is upskilling in role, \d+% reskilling into another role\.$/);
    expect(numberIn(await text(page, 'split-reskill'))).toBeGreaterThan(0);
    expect(await page.getByTestId('plan-split').locator('.bar-list li').count()).toBeGreaterThan(0);
    await browser.screenshot('01-automation-mix');

    // One role's mix, in cost.
    const role = page.getByTestId('mix-role');
    const firstActive = await role.locator('optgroup').first().locator('option').first().getAttribute('value');
    await role.selectOption(firstActive!);
    await page.getByRole('button', { name: 'Cost', exact: true }).first().click();
    await expect.poll(async () => (await mix.locator('.chart-card__plot').getAttribute('aria-label')) ?? '').toMatch(/cost per period/);
    expect(await page.getByTestId('mix-table').locator('tbody tr').count()).toBeGreaterThan(5);
    await browser.screenshot('02-role-mix-cost');
    await role.selectOption('');
  });

  it('explains a KPI: formula and inputs', async () => {
    const { page } = browser;
    await page.getByTestId('plan-kpi-total').getByRole('button', { name: 'Why this number: Total cost' }).click();
    const note = page.getByRole('note', { name: 'How Total cost is calculated' });
    await note.waitFor();
    expect(clean(await note.getByTestId('why-formula').textContent())).toBe('total = build + buy + borrow + bot + release');
    expect(numberIn(clean(await note.getByTestId('why-result').textContent()))).toBeGreaterThan(0);
    await browser.screenshot('03-kpi-why');
    await page.keyboard.press('Escape');
  });

  it("opens a person's recommendation with its reason and figures", async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByTestId('people-table').waitFor();
    await page.getByTestId('people-filter-reskill').click();
    await expect.poll(async () => clean(await page.getByTestId('people-table').locator('tbody tr').first().textContent())).toMatch(/Reskill to another role/);
    const count = await text(page, 'row-count');
    expect(count).toMatch(/^1–\d+ of [\d,]+ people$/);
    await page.getByTestId('people-table').locator('tbody tr').first().getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('person-detail').waitFor();
    expect(clean(await dialog.getByTestId('person-reason').textContent())).toMatch(/^Reskill to .+: fit \d+% \(min fit 75%\)/);
    expect(await dialog.getByTestId('person-figure').count()).toBeGreaterThanOrEqual(2);
    expect(clean(await dialog.textContent())).toMatch(/Fit for the target role\s?\d+%/);
    await browser.screenshot('04-person');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the learning timeline, seats against capacity and the budget burn', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Learning plan' }).click();
    const timeline = page.getByTestId('learning-timeline');
    await timeline.waitFor();
    expect(await timeline.getByTestId('timeline-cohort').count()).toBeGreaterThan(3);
    await timeline.getByTestId('timeline-cohort').first().click();
    const cohort = page.getByTestId('timeline-cohort-detail');
    await cohort.waitFor();
    expect(await cohort.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('chart-seats').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await text(page, 'budget-spent')).toMatch(/spent, no cap$/);
    await browser.screenshot('05-learning');
  });

  it("shows each program's ROI with its three terms", async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Objectives & ROI' }).click();
    const roi = page.getByTestId('roi-table');
    await roi.waitFor();
    const first = roi.locator('tbody tr').first();
    expect(clean(await first.getByTestId('roi-value').locator('span span').first().textContent())).toMatch(/^[\d.]+×$/);
    expect(numberIn(clean(await first.getByTestId('roi-avoided-hiring').textContent()))).toBeGreaterThan(0);
    await first.getByRole('button', { name: /^Why this number: ROI of / }).click();
    expect(clean(await page.getByRole('note').getByTestId('why-formula').textContent())).toBe('(avoided hiring + avoided severance + productivity gained) / cost');
    await browser.screenshot('06-roi');
    await page.keyboard.press('Escape');
  });

  it('lowers the learning budget and sees the mix shift', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'What-if' }).click();
    const budget = page.getByRole('slider', { name: 'Learning budget (program fees, whole plan)' });
    expect(await budget.getAttribute('aria-valuetext')).toBe('Unlimited');
    const buildBefore = numberIn(await text(page, 'plan-kpi-build-value'));
    await press(budget, 'ArrowLeft', 24);
    const cap = await budget.getAttribute('aria-valuetext');
    expect(cap).toMatch(/^€[\d,]+$/);
    await expect.poll(() => text(page, 'what-if-state'), { timeout: 120_000 }).toBe('What-if applied: figures everywhere show it');
    await expect.poll(() => page.getByTestId('plan-kpi-build-delta').isVisible(), { timeout: 120_000 }).toBe(true);
    const buildAfter = numberIn(await text(page, 'plan-kpi-build-value'));
    expect(buildAfter).toBeLessThan(buildBefore);
    const buyShift = numberIn(clean(await page.getByTestId('shift-buy').locator('td').nth(2).textContent()));
    expect(buyShift).toBeGreaterThan(0); // fewer trained, more hired
    expect(clean(await page.getByTestId('shift-total').locator('td').nth(2).textContent())).toMatch(/^\+€/);
    expect(await text(page, 'what-if-active')).toContain('What-if applied');
    await browser.screenshot('07-what-if-budget');
    // The learning plan follows: the burn stops at the budget.
    await page.getByRole('tab', { name: 'Learning plan' }).click();
    expect(await text(page, 'budget-spent')).toContain(`of ${cap}`);
    expect(numberIn(await text(page, 'budget-spent'))).toBeLessThanOrEqual(numberIn(cap!));
    await browser.screenshot('08-what-if-budget-burn');
    await page.getByRole('tab', { name: 'What-if' }).click();
    await page.getByTestId('what-if-reset').click();
    await expect.poll(() => text(page, 'what-if-state')).toBe('Showing the plan as run');
    expect(numberIn(await text(page, 'plan-kpi-build-value'))).toBe(buildBefore);
  });

  it("runs the market-entry scenario's plan: people reskilled into the new market", async () => {
    const { page } = browser;
    await runPlanFor(page, MARKET);
    await page.getByRole('tab', { name: 'Mix' }).click();
    const role = page.getByTestId('mix-role');
    const warsaw = (await role.locator('option').allTextContents()).find((o) => o.includes('Warsaw'));
    expect(warsaw).toBeDefined();
    await role.selectOption({ label: warsaw! });
    await page.getByRole('button', { name: 'FTE', exact: true }).first().click();
    await expect.poll(async () => (await page.getByTestId('chart-mix').locator('.chart-card__plot').getAttribute('aria-label')) ?? '').toContain('Warsaw');
    expect(clean(await page.getByTestId('chart-mix').locator('.chart-card__plot').getAttribute('aria-label'))).toMatch(/build: reskill [1-9][\d.,]* FTE/);
    await browser.screenshot('09-market-mix');
    await role.selectOption('');
  });

  it('records an objective outcome and shows plan vs actual', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Objectives & ROI' }).click();
    const objective = page.locator('[data-testid^="objective-"]').filter({ has: page.locator('form') }).first();
    await objective.waitFor();
    const form = objective.locator('form');
    await form.getByLabel(/^Actual /).fill('18.5');
    await form.getByLabel('On', { exact: true }).fill('2027-06-30');
    await form.getByLabel('Note').fill('Q2 operations review');
    await form.getByRole('button', { name: 'Record outcome' }).click();
    const outcomes = objective.locator('[data-testid^="outcomes-"]');
    await expect.poll(() => outcomes.count(), { timeout: 120_000 }).toBe(1);
    const row = clean(await outcomes.locator('tbody tr').first().textContent());
    expect(row).toMatch(/^30 Jun 2027\s?18\.5.*(ahead|behind) [\d.]+\s?Q2 operations review$/);
    const chart = objective.locator('[data-testid^="plan-vs-actual-"] [role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(/planned [\d.]+ .*on 30 Jun 2027, actual 18\.5/);
    expect(await objective.locator('.plan-pva__actual').count()).toBe(1);
    await objective.scrollIntoViewIfNeeded();
    await browser.screenshot('10-outcome-plan-vs-actual');
  });

  it('makes the plan infeasible through a cost override and names the binding constraints', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Costs' }).click();
    const editor = page.getByTestId('cost-overrides');
    await editor.waitFor();
    await editor.getByTestId('override-field').selectOption('contractorCapShare');
    await editor.getByTestId('override-value').fill('0');
    expect(clean(await editor.getByTestId('override-scenario').locator('option:checked').textContent())).toBe(MARKET);
    await editor.getByTestId('override-save').click();
    await expect.poll(() => editor.getByTestId('overrides-table').locator('tbody tr').first().textContent()).toMatch(/Contractor cap.*Poland market entry.*0%/);
    const infeasible = page.getByTestId('plan-infeasible');
    await infeasible.waitFor({ timeout: 170_000 });
    expect(await text(page, 'plan-status')).toMatch(/^Cannot cover all demand/);
    expect(await infeasible.getByTestId('binding-time-to-fill').count()).toBe(1);
    expect(await infeasible.getByTestId('binding-contractor-cap').count()).toBe(1);
    expect(await infeasible.getByTestId('shortfall-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await browser.screenshot('11-infeasible');
    await editor.getByTestId('overrides-table').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => text(page, 'plan-status'), { timeout: 170_000 }).toMatch(/^Covers all demand/);
    expect(await page.getByTestId('plan-infeasible').count()).toBe(0);
  });

  it('keeps the tabs keyboard-reachable and the edit programs tab working', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Costs' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Catalogue' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('table', { name: 'Learning programs' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await page.getByRole('grid', { name: 'Learning programs (editable)' }).getAttribute('aria-rowcount'))).toBeGreaterThan(2);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('tab', { name: 'Mix' }).click();
    await page.getByTestId('chart-mix').waitFor();
    await browser.screenshot('12-mix-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('logs no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
