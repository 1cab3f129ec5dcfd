// The mix view draws what the API sends: per period and role the build (upskill / reskill), buy,
// borrow, bot and release, in FTE or cost, for one role or all; the upskill/reskill split; the
// table by role and period; and a role's people one click away.
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePlanPeople } from '../../../../src/renderer/features/plan/people/people-store';
import { usePlanView } from '../../../../src/renderer/features/plan/view';
import { planOf } from './fixtures';
import { f, openPlan, plain, resetPlan } from './setup';

beforeEach(resetPlan);

const plot = () => screen.getByTestId('chart-mix').querySelector('[role="img"]')!.getAttribute('aria-label');
const hiddenRows = () => Array.from(screen.getByTestId('chart-mix').querySelectorAll('.sr-only tbody tr')).map((tr) => Array.from(tr.children).map((c) => plain(c.textContent)));

describe('the mix', () => {
  it('sums the payload per period for all roles, FTE first, release below the axis', async () => {
    await openPlan();
    const { result } = planOf({ scenario: 'AI claims' });
    const up = result.mix.reduce((a, r) => a + r.upskill, 0);
    const re = result.mix.reduce((a, r) => a + r.reskill, 0);
    expect(plot()).toContain(`all roles, FTE per period: build: upskill ${f.decimal(up, 1)} FTE, build: reskill ${f.decimal(re, 1)} FTE`);
    const rows = hiddenRows();
    expect(rows).toHaveLength(4);
    // Period 2 (Nov 26): the upskilled Claims Handlers arrive; period 4: one release.
    const p2 = result.mix.filter((r) => r.period === 2);
    expect(rows[1]).toEqual(['Nov 26', `${f.decimal(p2.reduce((a, r) => a + r.upskill, 0), 1)} FTE`, '0 FTE', `${f.decimal(p2.reduce((a, r) => a + r.buy, 0), 1)} FTE`, '0 FTE', '0 FTE', '0 FTE', f.decimal(p2.reduce((a, r) => a + r.demand, 0), 1), f.decimal(p2.reduce((a, r) => a + r.gap, 0), 1)]);
    expect(rows[3][6]).toBe('1 FTE');
    expect(screen.getByTestId('chart-mix').querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('shows one role in cost when chosen, with its total', async () => {
    await openPlan();
    const { result } = planOf({ scenario: 'AI claims' });
    fireEvent.change(screen.getByTestId('mix-role'), { target: { value: '13:4' } });
    fireEvent.click(within(screen.getByTestId('chart-mix')).getByRole('button', { name: 'Cost' }));
    const analyst = result.mix.filter((r) => r.roleId === 13);
    const reskillCost = analyst.reduce((a, r) => a + r.cost.reskill, 0);
    expect(plot()).toContain(`Data Analyst · Warsaw, cost per period: build: upskill ${f.money(0)}, build: reskill ${f.money(reskillCost)}`);
    expect(plain(screen.getByTestId('mix-total').textContent)).toBe(`Data Analyst · Warsaw: ${f.money(analyst.reduce((a, r) => a + r.cost.total, 0))} over the plan`);
    expect(screen.getByTestId('plan-split')).toHaveTextContent('0% of the build FTE for Data Analyst · Warsaw is upskilling in role, 100% reskilling into another role.');
  });

  it('calls out the upskill-vs-reskill split with FTE, cost, cost per FTE and people, and where people are reskilled to', async () => {
    await openPlan();
    const { result } = planOf({ scenario: 'AI claims' });
    const t = result.totals;
    const share = t.fte.upskill / (t.fte.upskill + t.fte.reskill);
    expect(screen.getByTestId('split-share')).toHaveTextContent(`${f.percent(share, 0)} of the build FTE for all roles is upskilling in role, ${f.percent(1 - share, 0)} reskilling into another role.`);
    expect(plain(screen.getByTestId('split-upskill').textContent)).toBe(`${f.decimal(t.fte.upskill, 1)} FTE · ${f.money(t.upskill)} · ${f.money(t.upskill / t.fte.upskill)} per FTE · ${result.peopleSummary.upskill} people`);
    expect(plain(screen.getByTestId('split-reskill').textContent)).toBe(`${f.decimal(t.fte.reskill, 1)} FTE · ${f.money(t.reskill)} · ${f.money(t.reskill / t.fte.reskill)} per FTE · ${result.peopleSummary.reskill} people`);
    expect(within(screen.getByTestId('plan-split')).getByRole('listitem')).toHaveTextContent(`Data Analyst · Warsaw${f.decimal(t.fte.reskill, 1)} FTE`);
  });

  it('tables the mix by role and period for the chosen measure; a role opens in the chart and its people', async () => {
    await openPlan();
    const { result } = planOf({ scenario: 'AI claims' });
    const table = screen.getByTestId('mix-table');
    const row = within(table).getByRole('row', { name: /Claims Handler · Dublin/ });
    const claims = result.mix.filter((r) => r.roleId === 11);
    const cells = within(row).getAllByRole('cell').map((c) => plain(c.textContent));
    expect(cells).toEqual([...claims.map((r) => (r.cost.total === 0 ? '·' : f.moneyCompact(r.cost.total))), f.moneyCompact(claims.reduce((a, r) => a + r.cost.total, 0))]);
    fireEvent.change(within(table).getByTestId('mix-table-measure'), { target: { value: 'upskill-fte' } });
    const upskill = within(within(table).getByRole('row', { name: /Claims Handler · Dublin/ })).getAllByRole('cell').map((c) => plain(c.textContent));
    expect(upskill).toEqual(claims.map((r) => (r.upskill === 0 ? '·' : f.decimal(r.upskill, 1))).concat(f.decimal(claims.reduce((a, r) => a + r.upskill, 0), 1)));
    expect(upskill.filter((v) => v !== '·')).toHaveLength(2);
    // Underwriter has borrow only; it stays listed. Roles with no activity at all are hidden.
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    fireEvent.click(within(table).getByRole('button', { name: 'Claims Handler · Dublin' }));
    expect(usePlanView.getState().mixCell).toBe('11:1');
    expect(plot()).toMatch(/^Claims Handler · Dublin/);
    fireEvent.click(screen.getByRole('button', { name: 'People in this role' }));
    expect(usePlanView.getState().tab).toBe('people');
    expect(usePlanPeople.getState().roleId).toBe(11);
  });

  it('moves between the plan views with the arrow keys', async () => {
    await openPlan();
    const mix = screen.getByRole('tab', { name: 'Mix' });
    mix.focus();
    fireEvent.keyDown(mix, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'People' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Edit programs' })).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Mix' })).toHaveAttribute('aria-selected', 'true');
  });
});
