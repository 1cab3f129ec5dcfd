// Running a plan: the scenario chosen, the headline figures from the API payload (cost by option,
// the build split, people, the saving against the greedy reference), each explaining itself.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fail } from '../../helpers';
import { planOf, planReplies, scenarios } from './fixtures';
import { f, openPlan, plain, resetPlan } from './setup';

beforeEach(resetPlan);

const value = (id: string) => plain(screen.getByTestId(`plan-kpi-${id}-value`).textContent);

describe('running a plan', () => {
  it('lists the baseline and saved scenarios, runs the chosen one and shows its KPIs from the payload', async () => {
    const { api } = await openPlan({ scenario: 'AI claims' });
    const options = within(screen.getByRole('combobox', { name: 'Scenario' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Baseline (no changes)', 'AI claims · Automation', 'Warsaw entry · New market']);
    expect(api.inputsOf('runPlan')).toEqual([{ scenario: 'AI claims', minFit: 0.75 }]);
    const { result } = planOf({ scenario: 'AI claims' });
    const t = result.totals;
    expect(value('total')).toBe(f.moneyCompact(t.cost));
    expect(value('build')).toBe(f.moneyCompact(t.byOption.build));
    expect(value('buy')).toBe(f.moneyCompact(t.byOption.buy));
    expect(value('borrow')).toBe(f.moneyCompact(t.byOption.borrow));
    expect(value('bot')).toBe(f.moneyCompact(t.byOption.bot));
    expect(value('release')).toBe(f.moneyCompact(t.byOption.release));
    expect(plain(screen.getByTestId('plan-kpi-build').textContent)).toContain(`upskill ${f.moneyCompact(t.upskill)} · reskill ${f.moneyCompact(t.reskill)}`);
    expect(value('upskilled')).toBe(f.integer(result.peopleSummary.upskill));
    expect(value('reskilled')).toBe(f.integer(result.peopleSummary.reskill));
    expect(value('hired')).toBe(f.decimal(t.fte.buy, 1));
    expect(value('released')).toBe(f.integer(result.peopleSummary.release));
    expect(value('at-risk')).toBe(f.integer(result.peopleSummary.atRisk));
    expect(value('saving')).toBe(f.moneyCompact(t.greedyCost - t.cost));
    expect(plain(screen.getByTestId('plan-status').textContent)).toMatch(/^Covers all demandAI claims · version 1 · 120 people · 4 months from 1 Oct 2026/);
    expect(screen.queryByTestId('plan-kpi-total-delta')).toBeNull();
  });

  it('explains the total and the saving against the greedy reference with their inputs', async () => {
    await openPlan();
    const { result } = planOf({ scenario: 'AI claims' });
    fireEvent.click(within(screen.getByTestId('plan-kpi-total')).getByRole('button', { name: 'Why this number: Total cost' }));
    const total = screen.getByRole('note', { name: 'How Total cost is calculated' });
    expect(within(total).getByTestId('why-formula')).toHaveTextContent('total = build + buy + borrow + bot + release');
    expect(plain(total.textContent)).toContain(`build (upskill + reskill)${f.money(result.totals.byOption.build)}`);
    expect(plain(within(total).getByTestId('why-result').textContent)).toBe(f.money(result.totals.cost));
    expect(total).toHaveTextContent('Costs are incremental to paying the demanded FTE at loaded cost.');

    fireEvent.click(within(screen.getByTestId('plan-kpi-build')).getByRole('button', { name: 'Why this number: Build' }));
    const build = screen.getByRole('note', { name: 'How Build is calculated' });
    expect(build).toHaveTextContent(/^BuildBuild = program fees/);
    expect(plain(build.textContent)).toContain(`program fees (learning spend)${f.money(result.totals.learningSpend)}`);

    fireEvent.click(within(screen.getByTestId('plan-kpi-saving')).getByRole('button', { name: 'Why this number: Saved vs greedy' }));
    const saving = screen.getByRole('note', { name: 'How Saved vs greedy is calculated' });
    expect(within(saving).getByTestId('why-formula')).toHaveTextContent('saving = greedy reference cost − optimised plan cost');
    expect(plain(saving.textContent)).toContain(`LP lower bound (no plan can cost less)${f.money(result.totals.lpBound)}`);
  });

  it('proposes the first saved scenario, says when the plan on screen is of another one, and runs the baseline', async () => {
    const { user, api } = await openPlan({ scenario: 'AI claims' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'baseline');
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Showing the previous scenario: run the plan for baseline');
    expect(screen.getByTestId('run-plan')).toHaveTextContent('Run plan');
    await user.click(screen.getByTestId('run-plan'));
    await waitFor(() => expect(screen.getByTestId('plan-shown')).toHaveTextContent(/^Baseline · 120 people/));
    expect(api.inputsOf('runPlan').map((q) => q.scenario)).toEqual(['AI claims', 'baseline']);
    expect(scenarios.map((s) => s.name)).toContain('baseline');
  });

  it('shows an error with a retry when the plan cannot be computed, and the empty state before any run', async () => {
    const replies = planReplies();
    let failing = true;
    const good = replies.runPlan!;
    replies.runPlan = (q) => (failing ? fail('not-found', 'There is no scenario named AI claims.') : good(q));
    await openPlan({ replies, wait: false });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not compute the planThere is no scenario named AI claims.'));
    expect(screen.getByTestId('plan-empty')).toHaveTextContent('No plan on screen yet');
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('plan-kpis');
    expect(screen.queryByTestId('plan-empty')).toBeNull();
  });
});
