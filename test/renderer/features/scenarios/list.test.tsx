// The scenario list with a fake host: every scenario (baseline built in) with kind, versions and
// last change; create from a template, rename, clone, delete after confirming (Escape cancels),
// import a JSON file, export as a download, and tick up to four to compare.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../../src/renderer/app/store';
import { readText } from '../../../../src/renderer/features/scenarios/list/actions';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { summary } from '../../fixtures';
import { fail, fakeApi, ok, resetStores } from '../../helpers';
import { doc, scenarioReplies, summaries } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary({ locale: 'de-DE' }), revision: 1 });
});
afterEach(() => vi.restoreAllMocks());

const rows = () => within(screen.getByTestId('table-scenarios')).getAllByRole('row').slice(1);

describe('scenario list', () => {
  it('lists the baseline first, then each scenario with its kind, versions and last change in the engagement locale', async () => {
    fakeApi(scenarioReplies());
    render(<ScenariosPage />);
    await screen.findByTestId('table-scenarios');
    const [baseline, automation, market] = rows();
    expect(baseline).toHaveTextContent(/^Baseline.*Baseline.*—.*built in/);
    expect(within(baseline).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(automation).toHaveTextContent('AI claims');
    expect(automation).toHaveTextContent('Automation');
    expect(within(automation).getAllByRole('cell')[2]).toHaveTextContent('2');
    expect(automation).toHaveTextContent('02.10.2026'); // de-DE dates
    expect(automation).toHaveTextContent('v2: Faster adoption');
    expect(market).toHaveTextContent('New market');
    expect(screen.getByTestId('scenario-list')).toHaveTextContent(/^Scenarios 3/);
  });

  it('creates a scenario from the market-entry template and opens it', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...scenarioReplies({ 1: doc(1), 2: doc(2), 3: { ...doc(2), scenario: { ...summaries()[2], id: 3, name: 'Poland' } } }), scenarioCreate: () => ok({ ...doc(2), scenario: { ...summaries()[2], id: 3, name: 'Poland' } }) });
    render(<ScenariosPage />);
    await user.click(await screen.findByTestId('new-scenario'));
    const dialog = screen.getByRole('dialog', { name: 'New scenario' });
    expect(screen.getByTestId('create-scenario')).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Name'), 'Poland');
    await user.click(within(dialog).getByTestId('template-new-market'));
    await user.click(screen.getByTestId('create-scenario'));
    await waitFor(() => expect(api.inputsOf('scenarioCreate')).toEqual([{ name: 'Poland', kind: 'new-market', description: '', from: 'template' }]));
    // The workspace loads with the charts library: allow for the lazy import.
    expect(await screen.findByTestId('scenario-workspace', {}, { timeout: 15_000 })).toHaveAttribute('data-scenario', '3');
    expect(api.inputsOf('scenarioList').length).toBeGreaterThanOrEqual(2); // reloaded after the create
  });

  it('creates a blank scenario as a custom one with no changes', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...scenarioReplies(), scenarioCreate: () => fail('validation', 'A scenario named Blank exists already.') });
    render(<ScenariosPage />);
    await user.click(await screen.findByTestId('new-scenario'));
    const dialog = screen.getByRole('dialog', { name: 'New scenario' });
    await user.type(within(dialog).getByLabelText('Name'), 'Blank');
    await user.click(within(dialog).getByTestId('template-blank'));
    await user.click(within(dialog).getByLabelText('Name'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.inputsOf('scenarioCreate')).toEqual([{ name: 'Blank', kind: 'custom', description: '', from: 'empty' }]));
    // The host's refusal is shown in the dialog, which stays open.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A scenario named Blank exists already.');
  });

  it('renames and clones a scenario', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      ...scenarioReplies(),
      scenarioRename: (i) => ok({ ...summaries()[1], name: i.name }),
      scenarioClone: (i) => ok({ ...doc(1), scenario: { ...summaries()[1], id: 1, name: i.name } }),
    });
    render(<ScenariosPage />);
    await user.click(await screen.findByRole('button', { name: 'Rename AI claims' }));
    const rename = screen.getByRole('dialog', { name: 'Rename AI claims' });
    const name = within(rename).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'AI claims triage');
    await user.click(screen.getByTestId('confirm-rename'));
    await waitFor(() => expect(api.inputsOf('scenarioRename')).toEqual([{ scenarioId: 1, name: 'AI claims triage', description: 'Triage automation' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Clone Baseline' }));
    const clone = screen.getByRole('dialog', { name: 'Clone the baseline' });
    expect(within(clone).getByLabelText('Name of the copy')).toHaveValue('Baseline (copy)');
    await user.click(screen.getByTestId('confirm-clone'));
    await waitFor(() => expect(api.inputsOf('scenarioClone')).toEqual([{ scenarioId: 'baseline', name: 'Baseline (copy)' }]));
    expect(await screen.findByTestId('scenario-workspace', {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('deletes only after confirming; Escape closes the confirmation without deleting', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...scenarioReplies(), scenarioDelete: () => ok({ id: 2, name: 'Warsaw entry' }) });
    render(<ScenariosPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete Warsaw entry' }));
    expect(screen.getByRole('dialog', { name: 'Delete Warsaw entry?' })).toHaveTextContent('All 1 versions go with it');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.inputsOf('scenarioDelete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete Warsaw entry' }));
    await user.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(api.inputsOf('scenarioDelete')).toEqual([{ scenarioId: 2 }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('imports a JSON file and reports its warnings', async () => {
    const api = fakeApi({
      ...scenarioReplies(),
      scenarioImport: () => ok({ document: { ...doc(1), scenario: { ...summaries()[1], id: 5, name: 'From the client' } }, references: [{ kind: 'role', key: 'JOB-1', sourceId: 9, id: 11, by: 'clientId' }], warnings: ['Objective 7 is not in this engagement: left out.'] }),
    });
    render(<ScenariosPage />);
    const input = await screen.findByTestId('import-file');
    const json = JSON.stringify({ format: 'skillshift-scenario', formatVersion: 1 });
    fireEvent.change(input, { target: { files: [new File([json], 'client.scenario.json', { type: 'application/json' })] } });
    await waitFor(() => expect(api.inputsOf('scenarioImport')).toEqual([{ json }]));
    const notice = await screen.findByTestId('list-notice');
    expect(notice).toHaveTextContent('Imported “From the client” (1 references resolved).');
    expect(notice).toHaveTextContent('Objective 7 is not in this engagement');
  });

  it('exports a scenario as a JSON download named by the host', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:scenario';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('ai-claims-v2.scenario.json');
      expect(this.href).toBe('blob:scenario');
    });
    const api = fakeApi({ ...scenarioReplies(), scenarioExport: () => ok({ fileName: 'ai-claims-v2.scenario.json', json: '{"format":"skillshift-scenario"}' }) });
    render(<ScenariosPage />);
    await user.click(await screen.findByRole('button', { name: 'Export AI claims as JSON' }));
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect(api.inputsOf('scenarioExport')).toEqual([{ scenarioId: 1 }]);
    expect(await readText(created[0])).toBe('{"format":"skillshift-scenario"}');
    expect(screen.getByTestId('list-notice')).toHaveTextContent('Exported ai-claims-v2.scenario.json.');
  });

  it('ticks up to four scenarios to compare, then opens the comparison', async () => {
    const user = userEvent.setup();
    const list = [...summaries(), { ...summaries()[2], id: 3, name: 'Third' }, { ...summaries()[2], id: 4, name: 'Fourth' }];
    fakeApi({ ...scenarioReplies(), scenarioList: () => ok(list), scenarioCompare: () => ok({ entries: [], warnings: [] }) });
    render(<ScenariosPage />);
    await screen.findByTestId('table-scenarios');
    expect(screen.getByTestId('compare-selected')).toBeDisabled();
    for (const name of ['Baseline', 'AI claims', 'Warsaw entry', 'Third']) await user.click(screen.getByRole('checkbox', { name: `Compare ${name}` }));
    expect(screen.getByRole('checkbox', { name: 'Compare Fourth' })).toBeDisabled();
    expect(useScenarioView.getState().compareIds).toEqual(['baseline', 1, 2, 3]);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Third' }));
    expect(screen.getByRole('checkbox', { name: 'Compare Fourth' })).toBeEnabled();
    expect(screen.getByTestId('compare-selected')).toHaveTextContent('Compare 3');
    await user.click(screen.getByTestId('compare-selected'));
    expect(await screen.findByTestId('comparison', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
