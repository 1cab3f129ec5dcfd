// Sensitivity, goal-seek, career paths and the cost chart with a fake host: the tornado lists the
// assumptions that move the outcome, largest swing first; goal-seek states the value found (and
// applies it to the draft) or that the target is unreachable with the reachable range; career
// paths show years left and reach probabilities; cost states its parts.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GoalSeekView } from '../../../../src/shared/scenario-types';
import { useAppStore } from '../../../../src/renderer/app/store';
import { useDraftStore } from '../../../../src/renderer/features/scenarios/draft-store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { formatterFor } from '../../../../src/renderer/format';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { automationBody, run, scenarioReplies } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

const f = formatterFor('en-GB', 'EUR');
const lever = { kind: 'adoption-target' as const, changeId: 'ai-claims' };

function setup(goal: GoalSeekView) {
  const api = fakeApi({ ...scenarioReplies(), scenarioGoalSeek: () => ok(goal) });
  useScenarioView.getState().open(1, 'results');
  render(<ScenariosPage />);
  return api;
}

const found: GoalSeekView = { status: 'found', lever, metric: { kind: 'total-gap', period: 4 }, target: -2, value: 0.625, achieved: -2, iterations: 6, range: { lo: 0, hi: 1, atLo: 1.2, atHi: -4 }, message: '' };

describe('sensitivity, goal-seek, careers and cost', () => {
  it('lists the assumptions by swing with the outcome at -20% and +20%', async () => {
    const user = userEvent.setup();
    const api = setup(found);
    const card = await screen.findByTestId('tornado', {}, { timeout: 15_000 });
    const table = await within(card).findByTestId('tornado-table');
    expect(api.inputsOf('scenarioTornado')).toEqual([{ scenarioId: 1, version: 2, delta: 0.2 }]);
    expect(card).toHaveTextContent('Base: net gap at the horizon -1.0 FTE.');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('AI claims triage: adoption target-0.5 FTE-1.5 FTE');
    await user.click(within(card).getByRole('button', { name: 'Total cost' }));
    expect(within(card).getByText('No assumption moves this outcome.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '±10%' }));
    await waitFor(() => expect(api.inputsOf('scenarioTornado').at(-1)).toEqual({ scenarioId: 1, version: 2, delta: 0.1 }));
  });

  it('goal-seek: finds the value and applies it to the draft', async () => {
    const user = userEvent.setup();
    const api = setup(found);
    const card = await screen.findByTestId('goal-seek', {}, { timeout: 15_000 });
    await waitFor(() => expect(within(card).getByTestId('goal-lever')).toHaveTextContent('AI claims triage: adoption target (now 50%)'));
    const goal = within(card).getByTestId('goal-target');
    await user.clear(goal);
    await user.type(goal, '-2');
    await user.click(within(card).getByTestId('goal-run'));
    await waitFor(() => expect(api.inputsOf('scenarioGoalSeek')).toEqual([{ scenarioId: 1, version: 2, lever, metric: { kind: 'total-gap', period: 4 }, target: -2 }]));
    const answer = await within(card).findByTestId('goal-answer');
    expect(answer).toHaveTextContent('Found: set it to 62.5%, giving -2.0 FTE.');
    await user.click(within(answer).getByRole('button', { name: 'Apply to the draft' }));
    const ch = useDraftStore.getState().body!.changes[0];
    expect(ch.type === 'automation' && ch.adoption.target).toBe(0.625);
    expect(useDraftStore.getState().dirty).toBe(true);
  });

  it('goal-seek: a role metric, and a target out of reach with the range the lever can reach', async () => {
    const user = userEvent.setup();
    const api = setup({ ...found, status: 'unreachable', metric: { kind: 'role-gap', roleId: 12, period: 2 }, target: 5, value: null, achieved: null });
    const card = await screen.findByTestId('goal-seek', {}, { timeout: 15_000 });
    await user.selectOptions(within(card).getByTestId('goal-metric'), 'role-gap');
    await user.selectOptions(within(card).getByLabelText('Role'), '12');
    await user.selectOptions(within(card).getByLabelText('On'), '2');
    const goal = within(card).getByTestId('goal-target');
    await user.clear(goal);
    await user.type(goal, '5');
    await user.click(within(card).getByTestId('goal-run'));
    await waitFor(() => expect(api.inputsOf('scenarioGoalSeek').at(-1)).toMatchObject({ metric: { kind: 'role-gap', roleId: 12, period: 2 }, target: 5 }));
    expect(await within(card).findByTestId('goal-answer')).toHaveTextContent('Unreachable in range: from 0% to 100% the outcome goes from 1.2 FTE to -4.0 FTE.');
    expect(within(card).queryByRole('button', { name: 'Apply to the draft' })).toBeNull();
  });

  it('career paths: years left and the chance of reaching other roles', async () => {
    setup(found);
    const table = await screen.findByTestId('careers-table', {}, { timeout: 15_000 });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['From role', 'Years left', 'Underwriter']);
    const row = within(table).getByRole('row', { name: /Claims Handler/ });
    expect(row).toHaveTextContent('Claims Handler8.525%');
    expect(within(row).getByLabelText('Claims Handler to Underwriter: 25%')).toHaveStyle({ '--heat': '0.25' });
    expect(screen.getByTestId('careers')).toHaveTextContent('Rates: 3 roles from an imported table, 0 calibrated from moves, 0 with exits only.');
  });

  it('cost: payroll, hiring and investment over the horizon', async () => {
    setup(found);
    const chart = await screen.findByTestId('chart-cost', {}, { timeout: 15_000 });
    const k = run(automationBody(), { id: 1, name: 'AI claims', version: 2 }).kpis;
    expect(chart.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(`Over the horizon: payroll ${f.money(k.payroll)}, hiring ${f.money(k.hiringCost)}, investment ${f.money(100000)}; total ${f.money(k.totalCost)}.`);
    expect(within(chart).getByRole('table', { hidden: true }).querySelectorAll('tbody tr')).toHaveLength(4);
  });
});
