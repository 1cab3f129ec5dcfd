// "Why this number" with a fake host: a headline figure asks scenarioExplain for the organisation
// total at the horizon of what is on screen (the saved version, or the unsaved draft), a gap
// table cell for its role and period; formula, inputs with assumptions flagged and the result.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExplanationView } from '../../../../src/shared/scenario-types';
import { useAppStore } from '../../../../src/renderer/app/store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { automationBody, comparisonEntry, run, scenarioReplies } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

function explanation(figure: string): ExplanationView {
  if (figure === 'gap')
    return {
      formula: 'gap = demand - supply (positive: shortage, negative: surplus)',
      inputs: [
        { name: 'demand (FTE)', value: 26.5, assumption: true },
        { name: 'supply (FTE)', value: 28.8 },
      ],
      result: -2.3,
      unit: 'FTE',
    };
  return { formula: 'supply = heads x FTE per head', inputs: [{ name: 'heads at end of previous period', value: 9.7 }], result: 9.6, unit: 'FTE' };
}

function setup(tab: 'results' | 'build' = 'results') {
  const api = fakeApi({ ...scenarioReplies(), scenarioExplain: (i) => ok(explanation(i.figure)) });
  useScenarioView.getState().open(1, tab);
  render(<ScenariosPage />);
  return api;
}

describe('why panels', () => {
  it('explains a headline figure: the organisation total at the horizon of the saved version', async () => {
    const user = userEvent.setup();
    const api = setup();
    const card = await screen.findByTestId('scenario-kpi-gap', {}, { timeout: 15_000 });
    await user.click(within(card).getByRole('button', { name: 'Why this number: Net gap' }));
    const note = screen.getByRole('note', { name: 'How Net gap is calculated' });
    expect(await within(note).findByTestId('why-result')).toHaveTextContent('-2.3 FTE');
    expect(api.inputsOf('scenarioExplain')).toEqual([{ scenarioId: 1, version: 2, figure: 'gap', period: 4, total: true }]);
    expect(within(note).getByTestId('why-formula')).toHaveTextContent('gap = demand - supply');
    const demand = within(note).getByText('demand (FTE)').closest('.why__input')!;
    expect(demand).toHaveTextContent('demand (FTE)assumption26.5');
    expect(within(note).getByText('supply (FTE)').closest('.why__input')).not.toHaveTextContent('assumption');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).toBeNull();
    expect(within(card).getByRole('button', { name: 'Why this number: Net gap' })).toHaveFocus();
  });

  it('says how a summed figure relates to the one explained, and explains the unsaved draft while there are edits', async () => {
    const user = userEvent.setup();
    const api = setup();
    await screen.findByTestId('what-if', {}, { timeout: 15_000 });
    fireEvent.change(within(screen.getByTestId('what-if')).getByRole('slider', { name: /realisation/ }), { target: { value: '0.9' } });
    await user.click(within(screen.getByTestId('scenario-kpi-shortage')).getByRole('button', { name: 'Why this number: Shortage' }));
    const note = screen.getByRole('note', { name: 'How Shortage is calculated' });
    expect(note).toHaveTextContent('Shortage adds up demand − supply wherever it is positive, cell by cell');
    await within(note).findByTestId('why-result');
    const asked = api.inputsOf('scenarioExplain').at(-1)!;
    expect(asked).toMatchObject({ scenarioId: 1, figure: 'gap', period: 4, total: true });
    expect('version' in asked).toBe(false);
    const ch = asked.body!.changes[0];
    expect(ch.type === 'automation' && ch.realisation).toBe(0.9);
  });

  it('explains a gap table cell for its role and period, and another figure on request', async () => {
    const user = userEvent.setup();
    const api = setup();
    const table = await screen.findByTestId('gap-table', {}, { timeout: 15_000 });
    // One tab stop, at the horizon of the first row; arrows move, Enter explains.
    const first = table.querySelector<HTMLElement>('td[tabindex="0"]')!;
    expect(first).toHaveAttribute('data-c', '4');
    first.focus();
    await user.keyboard('{ArrowLeft}{ArrowDown}');
    const cell = table.querySelector<HTMLElement>('td[data-r="1"][data-c="3"]')!;
    expect(cell).toHaveFocus();
    expect(cell.getAttribute('aria-label')).toMatch(/^(Claims Handler|Underwriter|Data Analyst), 1 Jan 2027: gap /);
    await user.keyboard('{Enter}');
    const panel = await screen.findByTestId('cell-why');
    await within(panel).findByTestId('why-result');
    const row = within(table).getAllByRole('row')[2];
    const roleName = within(row).getByRole('rowheader').textContent!;
    const roleId = { 'Claims Handler': 11, Underwriter: 12, 'Data Analyst': 13 }[roleName];
    expect(api.inputsOf('scenarioExplain').at(-1)).toEqual({ scenarioId: 1, version: 2, figure: 'gap', period: 3, roleId });
    expect(panel).toHaveAccessibleName(`Why: ${roleName}, 1 Jan 2027`);
    await user.click(within(panel).getByRole('button', { name: 'Supply' }));
    await waitFor(() => expect(api.inputsOf('scenarioExplain').at(-1)).toMatchObject({ figure: 'supply', roleId, period: 3 }));
    expect(await within(panel).findByText('supply = heads x FTE per head')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close the explanation' }));
    expect(screen.queryByTestId('cell-why')).toBeNull();
  });

  it('explains a compared figure for that scenario\u2019s saved version', async () => {
    const user = userEvent.setup();
    const base = run(automationBody({ changes: [], assumptions: [] }), { id: 'baseline', name: 'baseline', version: null });
    const auto = run(automationBody(), { id: 1, name: 'AI claims', version: 2 });
    const api = fakeApi({ ...scenarioReplies(), scenarioCompare: () => ok({ entries: [comparisonEntry(base, base), comparisonEntry(auto, base)], warnings: [] }), scenarioExplain: (i) => ok(explanation(i.figure)) });
    useScenarioView.setState({ compareIds: ['baseline', 1], screen: { kind: 'compare' } });
    render(<ScenariosPage />);
    const row = await screen.findByTestId('compare-row-supply', {}, { timeout: 15_000 });
    await user.click(within(row).getByRole('button', { name: 'Why this number: Supply (FTE), AI claims' }));
    await screen.findByTestId('why-result');
    expect(api.inputsOf('scenarioExplain')).toEqual([{ scenarioId: 1, version: 2, figure: 'supply', period: 4, total: true }]);
  });
});
