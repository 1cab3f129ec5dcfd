// Monte Carlo from the results with a fake host: started with the runs and seed chosen, a
// progress bar fed by `progress` events, cancel, the distributions stated, and when done the
// P10-P90 bands on the chart and each role's chance of closing its gap.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MonteCarloTask } from '../../../../src/shared/scenario-types';
import { useAppStore } from '../../../../src/renderer/app/store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { automationBody, monteCarlo, run, scenarioReplies } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

function setup() {
  const state: { task: MonteCarloTask } = { task: { taskId: 'mc:1', status: 'running', progress: { phase: 'queued', done: 0, total: 50 }, cached: false } };
  const api = fakeApi({
    ...scenarioReplies(),
    scenarioMonteCarloStart: () => ok({ taskId: 'mc:1', cached: false }),
    scenarioMonteCarloResult: () => ok(state.task),
    scenarioMonteCarloCancel: () => {
      state.task = { ...state.task, status: 'cancelled', error: 'The run was cancelled.' };
      return ok({ cancelled: true });
    },
  });
  useScenarioView.getState().open(1, 'results');
  render(<ScenariosPage />);
  return { api, state };
}

async function start(user: ReturnType<typeof userEvent.setup>, runs: string, seed: string) {
  const card = await screen.findByTestId('monte-carlo', {}, { timeout: 15_000 });
  const runsBox = within(card).getByTestId('mc-runs');
  await user.clear(runsBox);
  await user.type(runsBox, runs);
  const seedBox = within(card).getByTestId('mc-seed');
  await user.clear(seedBox);
  await user.type(seedBox, seed);
  await waitFor(() => expect(within(card).getByTestId('mc-run')).toBeEnabled());
  await user.click(within(card).getByTestId('mc-run'));
  return card;
}

describe('Monte Carlo', () => {
  it('states the distributions, starts with the chosen runs and seed, shows progress from events, and cancels', async () => {
    const user = userEvent.setup();
    const { api, state } = setup();
    const card = await start(user, '50', '9');
    expect(within(card).getByTestId('mc-distributions')).toHaveTextContent('attrition: Exit rates ~ Beta around each point estimate');
    expect(within(card).getByTestId('mc-distributions')).toHaveTextContent('adoption speed: Adoption time x Triangular(0.75, 1, 1.5)');
    await waitFor(() => expect(api.inputsOf('scenarioMonteCarloStart')).toEqual([{ scenarioId: 1, version: 2, targetPeriod: 4, runs: 50, seed: 9 }]));
    const bar = await within(card).findByTestId('mc-progress');
    act(() => api.emit('progress', { taskId: 'mc:1', label: 'Monte Carlo', done: 10, total: 50 }));
    expect(bar).toHaveAttribute('aria-valuenow', '20');
    expect(bar).toHaveAttribute('aria-valuetext', '10 of 50 runs');
    act(() => api.emit('progress', { taskId: 'mc:other', label: 'Another task', done: 49, total: 50 }));
    expect(bar).toHaveAttribute('aria-valuenow', '20');
    act(() => api.emit('progress', { taskId: 'mc:1', label: 'Monte Carlo', done: 25, total: 50 }));
    expect(bar).toHaveAttribute('aria-valuenow', '50');

    await user.click(within(card).getByTestId('mc-cancel'));
    await waitFor(() => expect(api.inputsOf('scenarioMonteCarloCancel')).toEqual([{ taskId: 'mc:1' }]));
    state.task = { ...state.task, progress: { phase: 'runs', done: 25, total: 50 } };
    act(() => api.emit('progress', { taskId: 'mc:1', label: 'Monte Carlo: cancelled', done: 25, total: 50, finished: true }));
    expect(await within(card).findByTestId('mc-status')).toHaveTextContent('Cancelled after 25 of 50 runs; nothing was kept.');
    expect(within(card).queryByTestId('mc-progress')).toBeNull();
    expect(within(card).getByTestId('mc-run')).toBeEnabled();
    expect(screen.getByTestId('chart-supply-demand').querySelector('[role="img"]')!.getAttribute('aria-label')).not.toContain('P10-P90');
  });

  it('when done: P10-P90 bands on the chart, the roles least likely to close their gap, and P(closed) in the gap table', async () => {
    const user = userEvent.setup();
    const { api, state } = setup();
    const card = await start(user, '50', '42');
    await within(card).findByTestId('mc-progress');
    const result = monteCarlo(run(automationBody(), { id: 1, name: 'AI claims', version: 2 }));
    state.task = { taskId: 'mc:1', status: 'done', progress: { phase: 'done', done: 50, total: 50 }, cached: false, result };
    act(() => api.emit('progress', { taskId: 'mc:1', label: 'Monte Carlo: done', done: 50, total: 50, finished: true }));
    const status = await within(card).findByTestId('mc-status');
    expect(status).toHaveTextContent(/^50 runs, seed 42: total shortage on 1 Feb 2027 between/);
    const roles = within(card).getByTestId('mc-roles');
    expect(within(roles).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Claims Handler35%40%', 'Underwriter90%95%']);
    const chart = screen.getByTestId('chart-supply-demand');
    expect(chart.querySelector('[role="img"]')!.getAttribute('aria-label')).toContain('P10-P90 bands from 50 Monte Carlo runs');
    expect(within(chart).getByRole('table', { hidden: true })).toHaveTextContent('Supply P10');
    // Per role: the band of the role chosen.
    fireEvent.change(within(chart).getByTestId('chart-role'), { target: { value: '11' } });
    expect(chart.querySelector('[role="img"]')!.getAttribute('aria-label')).toMatch(/^Claims Handler: .*P10-P90 bands/);
    const table = screen.getByTestId('gap-table');
    expect(within(table).getByRole('columnheader', { name: 'P(closed)' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Claims Handler/ })).toHaveTextContent(/35%$/);

    // Edits make the bands belong to other inputs: they are no longer drawn.
    fireEvent.change(within(screen.getByTestId('what-if')).getByRole('slider', { name: /realisation/ }), { target: { value: '0.2' } });
    expect(await within(card).findByText('The last run was for other inputs: run again for these.')).toBeInTheDocument();
    expect(chart.querySelector('[role="img"]')!.getAttribute('aria-label')).not.toContain('P10-P90');
  });

  it('takes a cached result at once', async () => {
    const user = userEvent.setup();
    const result = monteCarlo(run(automationBody(), { id: 1, name: 'AI claims', version: 2 }), 200, 42);
    const api = fakeApi({
      ...scenarioReplies(),
      scenarioMonteCarloStart: () => ok({ taskId: 'mc:2', cached: true }),
      scenarioMonteCarloResult: () => ok({ taskId: 'mc:2', status: 'done', progress: { phase: 'done', done: 200, total: 200 }, cached: true, result }),
    });
    useScenarioView.getState().open(1, 'results');
    render(<ScenariosPage />);
    const card = await screen.findByTestId('monte-carlo', {}, { timeout: 15_000 });
    await user.click(within(card).getByTestId('mc-run'));
    expect(await within(card).findByTestId('mc-status')).toHaveTextContent(/^200 runs, seed 42/);
    expect(api.inputsOf('scenarioMonteCarloResult')).toEqual([{ taskId: 'mc:2' }]);
  });
});
