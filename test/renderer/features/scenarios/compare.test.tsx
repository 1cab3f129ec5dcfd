// The comparison with a fake host: up to four scenarios side by side, each figure with its
// difference from the baseline (sign always shown, coloured better or worse for the plan), the
// net gap and cost over time overlaid, and per role at the horizon.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../src/renderer/app/store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { formatterFor } from '../../../../src/renderer/format';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { automationBody, comparisonEntry, marketBody, run, scenarioReplies } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

const f = formatterFor('en-GB', 'EUR');
const base = run(automationBody({ changes: [], assumptions: [] }), { id: 'baseline', name: 'baseline', version: null });
const auto = run(automationBody(), { id: 1, name: 'AI claims', version: 2 });
const market = run(marketBody(), { id: 2, name: 'Warsaw entry', version: 1 });

function setup() {
  const api = fakeApi({
    ...scenarioReplies(),
    scenarioCompare: ({ scenarios }) => ok({ entries: scenarios.map((s) => comparisonEntry({ baseline: base, 1: auto, 2: market }[String(s.scenarioId)]!, base)), warnings: [] }),
  });
  useScenarioView.setState({ compareIds: ['baseline', 1, 2], screen: { kind: 'compare' } });
  render(<ScenariosPage />);
  return api;
}

describe('comparison', () => {
  it('puts the figures side by side with signed, coloured differences from the baseline', async () => {
    const api = setup();
    const table = await screen.findByTestId('compare-kpis', {}, { timeout: 15_000 });
    expect(api.inputsOf('scenarioCompare')).toEqual([{ scenarios: [{ scenarioId: 'baseline' }, { scenarioId: 1 }, { scenarioId: 2 }] }]);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Figure', 'Baseline', 'AI claims v2', 'Warsaw entry v1']);

    const demand = within(table).getByTestId('compare-row-demand');
    const demandDelta = auto.kpis.demand - base.kpis.demand;
    expect(within(demand).getByTestId('delta-demand-1')).toHaveTextContent(`\u2212${f.decimal(-demandDelta, 1)} against the baseline`);
    expect(within(demand).getByTestId('delta-demand-1')).toHaveClass('compare-delta--neutral');
    expect(within(demand).getByTestId('delta-demand-2')).toHaveTextContent(/^\+\d/);
    expect(within(demand).queryByTestId('delta-demand-baseline')).toBeNull();

    // Less shortage is better; more surplus and more cost are worse.
    const shortage = within(table).getByTestId('delta-shortage-1');
    expect(auto.kpis.shortage).toBeLessThan(base.kpis.shortage);
    expect(shortage).toHaveClass('compare-delta--better');
    expect(shortage).toHaveTextContent(/^\u2212.* against the baseline, better$/);
    expect(within(table).getByTestId('delta-investment-1')).toHaveTextContent(`+${f.moneyCompact(100000)} against the baseline, worse`);
    expect(within(table).getByTestId('delta-investment-2')).toHaveTextContent('±0');
    expect(within(table).getByTestId('delta-investment-2')).toHaveClass('compare-delta--neutral');
  });

  it('overlays the net gap and cost over time, and lists roles with their change against the baseline', async () => {
    setup();
    const gap = await screen.findByTestId('compare-gap-chart', {}, { timeout: 15_000 });
    const T = base.dates.length - 1;
    expect(gap.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(
      `Net gap (demand minus supply, FTE) at the horizon: Baseline ${f.decimal(base.kpis.gap, 1)}; AI claims ${f.decimal(auto.total!.values.gap[T], 1)}; Warsaw entry ${f.decimal(market.total!.values.gap[T], 1)}.`,
    );
    expect(within(gap).getByRole('table', { hidden: true }).querySelectorAll('tbody tr')).toHaveLength(base.dates.length);
    expect(screen.getByTestId('compare-cost-chart').querySelector('[role="img"]')!.getAttribute('aria-label')).toMatch(/^Payroll plus hiring cost per period/);

    const roles = screen.getByTestId('compare-roles-table');
    const claims = within(roles).getByRole('row', { name: /Claims Handler/ });
    const cells = within(claims).getAllByRole('cell');
    const autoGap = auto.roles![0].values.gap[T];
    const baseGap = base.roles![0].values.gap[T];
    expect(cells[1]).toHaveTextContent(`${f.fixed(autoGap, 1)}\u2212${f.decimal(baseGap - autoGap, 1)}`);
    // The claims handlers end with a surplus: further from balance than in the baseline.
    expect(cells[1].querySelector('.compare-delta')).toHaveClass('compare-delta--worse');
    expect(cells[1]).toHaveTextContent('further from balance');
  });

  it('removes and adds scenarios; the comparison is asked again', async () => {
    const user = userEvent.setup();
    const api = setup();
    await screen.findByTestId('compare-kpis', {}, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Remove Warsaw entry from the comparison' }));
    await waitFor(() => expect(api.inputsOf('scenarioCompare').at(-1)).toEqual({ scenarios: [{ scenarioId: 'baseline' }, { scenarioId: 1 }] }));
    await waitFor(() => expect(within(screen.getByTestId('compare-kpis')).getAllByRole('columnheader')).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Add'), '2');
    await waitFor(() => expect(api.inputsOf('scenarioCompare').at(-1)).toEqual({ scenarios: [{ scenarioId: 'baseline' }, { scenarioId: 1 }, { scenarioId: 2 }] }));
  });
});
