// What-if on the plan itself: sliders re-run the plan once they rest (debounced), the newest
// answer wins over a slower older one, the KPIs and the mix shift show the change against the
// plan as run, and going back needs no call. Infeasible plans name their binding constraints
// with levers that re-run the plan, never an empty screen.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanQuery, PlanResult } from '../../../../src/shared/plan-types';
import type { Result } from '../../../../src/shared/result';
import { WHAT_IF_DEBOUNCE_MS } from '../../../../src/renderer/features/plan/run-store';
import { ok } from '../../helpers';
import { planOf, planReplies } from './fixtures';
import { f, openPlan, plain, resetPlan, sleep } from './setup';

beforeEach(resetPlan);

const slider = (name: string) => within(screen.getByTestId('plan-what-if')).getByRole('slider', { name });
const BUDGET = 'Learning budget (program fees, whole plan)';

describe('what-if on the plan', () => {
  it('re-runs the plan once the budget slider rests and shows the mix shift against the plan as run', async () => {
    const { api } = await openPlan({ tab: 'what-if' });
    const before = planOf({ scenario: 'AI claims' }).result;
    expect(slider(BUDGET)).toHaveAttribute('aria-valuetext', 'Unlimited');
    for (const v of ['12000', '9000', '6000']) fireEvent.change(slider(BUDGET), { target: { value: v } });
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Re-running the plan…');
    expect(api.inputsOf('runPlan')).toHaveLength(1);
    await act(() => sleep(WHAT_IF_DEBOUNCE_MS + 100));
    expect(api.inputsOf('runPlan').slice(1)).toEqual([{ scenario: 'AI claims', minFit: 0.75, budget: 6000 }]);
    const after = planOf({ scenario: 'AI claims', budget: 6000 }).result;
    await waitFor(() => expect(screen.getByTestId('what-if-state')).toHaveTextContent('What-if applied: figures everywhere show it'));
    expect(slider(BUDGET)).toHaveAttribute('aria-valuetext', f.money(6000));
    // KPIs show the what-if and their change from the plan as run.
    expect(plain(screen.getByTestId('plan-kpi-build-value').textContent)).toBe(f.moneyCompact(after.totals.byOption.build));
    expect(plain(screen.getByTestId('plan-kpi-build-delta').textContent)).toBe(`\u2212${f.moneyCompact(before.totals.byOption.build - after.totals.byOption.build)} vs plan as run`);
    expect(plain(screen.getByTestId('plan-kpi-buy-delta').textContent)).toBe(`+${f.moneyCompact(after.totals.byOption.buy - before.totals.byOption.buy)} vs plan as run`);
    // The mix shift: fewer upskilled, more hired.
    const cells = (id: string) => within(screen.getByTestId(id)).getAllByRole('cell').map((c) => plain(c.textContent));
    expect(cells('shift-upskill')).toEqual([f.money(before.totals.upskill), f.money(after.totals.upskill), `\u2212${f.money(before.totals.upskill - after.totals.upskill)}`]);
    expect(cells('shift-buy')).toEqual([f.money(before.totals.byOption.buy), f.money(after.totals.byOption.buy), `+${f.money(after.totals.byOption.buy - before.totals.byOption.buy)}`]);
    expect(cells('shift-total')[2]).toBe(`+${f.money(after.totals.cost - before.totals.cost)}`);
    expect(screen.getByTestId('mix-shift').querySelector('[role="img"]')!.getAttribute('aria-label')).toMatch(/^With the what-if: build: upskill −€\d/);
    expect(screen.getByRole('tab', { name: /What-if/ })).toHaveTextContent('on');
  });

  it('keeps the newest answer when an older, slower one arrives last', async () => {
    const replies = planReplies();
    const pending: { q: PlanQuery; resolve(r: Result<PlanResult>): void }[] = [];
    replies.runPlan = (q) => (q.budget === undefined ? ok(planOf(q).result) : new Promise((resolve) => pending.push({ q, resolve })));
    await openPlan({ tab: 'what-if', replies });
    fireEvent.change(slider(BUDGET), { target: { value: '9000' } });
    await waitFor(() => expect(pending).toHaveLength(1), { timeout: 2000 });
    fireEvent.change(slider(BUDGET), { target: { value: '3000' } });
    await waitFor(() => expect(pending).toHaveLength(2), { timeout: 2000 });
    pending[1].resolve(ok(planOf(pending[1].q).result));
    const newest = planOf({ scenario: 'AI claims', budget: 3000 }).result;
    await waitFor(() => expect(plain(screen.getByTestId('plan-kpi-build-value').textContent)).toBe(f.moneyCompact(newest.totals.byOption.build)));
    pending[0].resolve(ok(planOf(pending[0].q).result));
    await act(() => sleep(30));
    expect(plain(screen.getByTestId('plan-kpi-build-value').textContent)).toBe(f.moneyCompact(newest.totals.byOption.build));
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('What-if applied');
  });

  it('sends seats (all programs with a limit, or one by one) and the minimum fit; back to the plan as run without a call', async () => {
    const { api, user } = await openPlan({ tab: 'what-if' });
    fireEvent.change(slider('Training seats (every program with a limit)'), { target: { value: '0.5' } });
    fireEvent.change(slider('Minimum fit for reskilling'), { target: { value: '0.85' } });
    await act(() => sleep(WHAT_IF_DEBOUNCE_MS + 100));
    expect(api.inputsOf('runPlan').at(-1)).toEqual({ scenario: 'AI claims', minFit: 0.85, seats: [{ programId: 1, seats: 5 }] });
    await waitFor(() => expect(plain(screen.getByTestId('plan-kpi-upskilled-value').textContent)).toBe('5'));
    expect(plain(screen.getByTestId('plan-kpi-reskilled-value').textContent)).toBe('1');
    await user.click(screen.getByText('Seats per program'));
    const academy = screen.getByRole('spinbutton', { name: 'AI Academy' });
    expect(academy).toHaveAttribute('placeholder', '5');
    fireEvent.change(academy, { target: { value: '7' } });
    await act(() => sleep(WHAT_IF_DEBOUNCE_MS + 100));
    expect(api.inputsOf('runPlan').at(-1)).toEqual({ scenario: 'AI claims', minFit: 0.85, seats: [{ programId: 1, seats: 7 }] });
    const calls = api.inputsOf('runPlan').length;
    await user.click(screen.getByTestId('what-if-reset'));
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Showing the plan as run');
    expect(plain(screen.getByTestId('plan-kpi-upskilled-value').textContent)).toBe('8');
    expect(screen.queryByTestId('plan-kpi-build-delta')).toBeNull();
    expect(api.inputsOf('runPlan')).toHaveLength(calls);
  });
});

describe('an infeasible plan', () => {
  it('names the binding constraints per role and period, suggests what would loosen them, and keeps the plan on screen', async () => {
    const { api, user } = await openPlan({ tab: 'what-if' });
    fireEvent.change(slider(BUDGET), { target: { value: '0' } });
    const card = await screen.findByTestId('plan-infeasible', {}, { timeout: 3000 });
    const result = planOf({ scenario: 'AI claims', budget: 0 }).result;
    expect(screen.getByTestId('plan-status')).toHaveTextContent(/^Cannot cover all demand/);
    expect(card).toHaveTextContent(`${f.decimal(3, 1)} FTE-periods of demand stay uncovered across 2 role-periods.`);
    expect(within(card).getByTestId('binding-learning-budget')).toHaveTextContent('Learning budget binds in 2 role-periods.Raise the learning budget');
    expect(within(card).getByTestId('binding-time-to-fill')).toHaveTextContent('Time to fill binds in 2 role-periods.');
    const row = within(within(card).getByTestId('shortfall-table')).getAllByRole('row')[1];
    expect(plain(row.textContent)).toBe(
      `Claims Handler · DublinOct 26 – Nov 26 (2 periods)1.5Learning budget ${result.shortfalls[0].binding[0].detail}Time to fill ${result.shortfalls[0].binding[1].detail}`,
    );
    // The rest of the plan stays: KPIs and the what-if.
    expect(screen.getByTestId('plan-kpis')).toBeInTheDocument();
    // Levers: the costs tab for time-to-fill, and the budget cap removed, which re-runs the plan.
    await user.click(within(card).getByTestId('lever-time-to-fill'));
    expect(screen.getByRole('tab', { name: 'Costs' })).toHaveAttribute('aria-selected', 'true');
    await user.click(within(card).getByRole('button', { name: 'Remove the budget cap' }));
    await waitFor(() => expect(screen.queryByTestId('plan-infeasible')).toBeNull(), { timeout: 3000 });
    expect(screen.getByTestId('plan-status')).toHaveTextContent(/^Covers all demand/);
    expect(api.inputsOf('runPlan').map((q) => q.budget)).toEqual([undefined, 0]);
  });
});
