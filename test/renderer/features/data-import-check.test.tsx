// The import wizard's last steps over the fake API: the validation report (counts, problems
// paged from the host), the skip and create-missing choices, the merge diff with removals that
// need confirming, the commit with progress and cancel, the result, transitions/moves files, and
// closing (Escape asks first; closing discards the staged file).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src/shared/import-types';
import { connectEvents } from '../../../src/renderer/app/events';
import { useAppStore } from '../../../src/renderer/app/store';
import { goTo } from '../../../src/renderer/features/data-import/actions';
import { ImportWizard } from '../../../src/renderer/features/data-import/ImportWizard';
import { useImportStore } from '../../../src/renderer/features/data-import/store';
import { summary } from '../fixtures';
import { fail, fakeApi, ok, type Replies } from '../helpers';
import { changed, employeesPreview, freshWizard, issue, page, report, stagedCsv, STAGING_ID } from './data-import-fixtures';

beforeEach(freshWizard);

const wizard = () => screen.getByRole('dialog', { name: /Import data/ });
const w = () => within(wizard());

/** The wizard on the mapping step of a staged HRIS export, every guess confirmed; then Next. */
async function toCheck(replies: Replies) {
  const api = fakeApi({ importDiscard: () => ok(null), ...replies });
  const preview = employeesPreview();
  useImportStore.setState({ open: true, step: 'mapping', kind: 'employees', staged: stagedCsv(), preview, mapping: preview.mapping, confirmed: ['managerId'] });
  render(<ImportWizard />);
  act(() => goTo('check'));
  await w().findByTestId('report-counts');
  return api;
}

const problems = Array.from({ length: 23 }, (_, i) => issue(2 + i, i % 2 ? { column: 'FTE', value: 'x', problem: 'not a number', code: 'unparseable-number' } : {}));

describe('step 4: check', () => {
  it('counts valid and invalid rows and pages the problems from the host', async () => {
    const user = userEvent.setup();
    const api = await toCheck({
      importValidate: () => ok(report({ counts: { rows: 40, invalid: 23, added: 17, changed: 0, unchanged: 0, removed: 0, skipped: 0 }, errors: problems.slice(0, 10), errorCount: 23, errorSummary: [{ column: 'Start Date', code: 'unparseable-date', count: 12 }, { column: 'FTE', code: 'unparseable-number', count: 11 }] })),
      importReportPage: (i) => ok(page(i.section === 'errors' ? problems : [], i.offset ?? 0, i.limit ?? 100)),
    });
    expect(w().getByTestId('step-heading')).toHaveTextContent('Check hris-export.csv');
    expect(w().getByTestId('count-valid')).toHaveTextContent('17');
    expect(w().getByTestId('count-invalid')).toHaveTextContent('23');
    expect(w().getByRole('list', { name: 'Problems by column' })).toHaveTextContent('Start Date: 12 × not a dateFTE: 11 × not a number');
    const table = await w().findByTestId('problems-table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(11));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2Start Date31/13/2020not a date not a date (expected DD/MM/YYYY');
    expect(w().getByText('1–10 of 23 problems')).toBeInTheDocument();
    await user.click(within(w().getByTestId('problems')).getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(w().getByText('11–20 of 23 problems')).toBeInTheDocument());
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('12Start Date');
    expect(api.inputsOf('importReportPage').at(-1)).toEqual({ stagingId: STAGING_ID, section: 'errors', offset: 10, limit: 10 });
    expect(api.inputsOf('importValidate')[0]).toMatchObject({ stagingId: STAGING_ID, kind: 'employees', mapping: employeesPreview().mapping, skipInvalid: false, createMissing: false, confirmRemovals: false });
    // Nothing to commit while rows are invalid and not skipped.
    expect(w().getByTestId('wizard-commit')).toBeDisabled();
    expect(w().getByTestId('wizard-blocker')).toHaveTextContent('23 rows are invalid: fix the file, or choose to skip them.');
  });

  it('re-checks with create-missing (listing what would be created) and with skip-invalid', async () => {
    const user = userEvent.setup();
    const unknown = report({ counts: { rows: 12, invalid: 12, added: 0, changed: 0, unchanged: 0, removed: 0, skipped: 0 }, errorCount: 13, errorSummary: [{ column: 'Job Title', code: 'unknown-reference', count: 12 }, { column: 'Start Date', code: 'unparseable-date', count: 1 }] });
    const api = await toCheck({
      importValidate: (i) =>
        ok(i.createMissing ? report({ created: { orgUnits: ['Operations', 'Sales'], locations: ['Lyon'], roles: ['Head of Operations', '+Field Sales'], skills: [], managers: [] } }) : unknown),
      importReportPage: (i) => ok(page([issue(8)], i.offset ?? 0, i.limit ?? 100)),
    });
    expect(w().getByTestId('choice-create')).not.toBeChecked();
    expect(w().getByTestId('choice-create').closest('label')).toHaveTextContent('Off: 12 unknown references are reported as problems.');
    await user.click(w().getByTestId('choice-create'));
    await waitFor(() => expect(w().getByTestId('count-invalid')).toHaveTextContent('1'));
    expect(api.inputsOf('importValidate').at(-1)).toMatchObject({ createMissing: true, skipInvalid: false });
    const create = w().getByTestId('would-create');
    expect(create).toHaveTextContent('Roles (2)Head of Operations, +Field Sales');
    expect(create).toHaveTextContent('Org units (2)Operations, Sales');
    expect(create).toHaveTextContent('Locations (1)Lyon');
    expect(w().getByTestId('wizard-commit')).toBeDisabled();
    await user.click(w().getByTestId('choice-skip'));
    await waitFor(() => expect(api.inputsOf('importValidate').at(-1)).toMatchObject({ createMissing: true, skipInvalid: true }));
    await waitFor(() => expect(w().getByTestId('wizard-commit')).toBeEnabled());
    expect(w().getByTestId('wizard-commit')).toHaveTextContent('Import 11 rows');
  });

  it('shows a re-import’s diff field by field, and removes missing records only after an explicit confirmation', async () => {
    const user = userEvent.setup();
    const reimport = report({ counts: { rows: 12, invalid: 0, added: 2, changed: 1, unchanged: 9, removed: 0, skipped: 0 }, errors: [], errorCount: 0, errorSummary: [], removalsPending: 1 });
    const api = await toCheck({
      importValidate: () => ok(reimport),
      importReportPage: (i) => ok(page(i.section === 'changed' ? [changed('P-edacaf941f65cb9f', 4)] : i.section === 'removed' ? [{ key: 'P-d03b990a9e9f9c88', row: null }] : [{ key: 'P-1', row: 12 }, { key: 'P-2', row: 13 }], i.offset ?? 0, i.limit ?? 100)),
      importCommit: (i) => ok({ ...reimport, mode: 'commit', committed: true, counts: { ...reimport.counts, removed: i.confirmRemovals ? 1 : 0 }, removalsPending: i.confirmRemovals ? 0 : 1 }),
      currentEngagement: () => ok(summary()),
    });
    expect(w().getByTestId('no-problems')).toHaveTextContent('No problems: every row can be imported.');
    const diff = w().getByTestId('merge-diff');
    expect(within(diff).getByTestId('diff-tab-added')).toHaveTextContent('Added 2');
    expect(within(diff).getByTestId('diff-tab-removed')).toHaveTextContent('Not in the file 1');
    expect(diff).toHaveTextContent('9 people unchanged');
    const changes = await within(diff).findByTestId('diff-changed');
    expect(changes).toHaveTextContent('P-edacaf941f65cb9f4Salary: 49,200 → 62,400Role: Data Analyst → Finance Manager');
    await user.click(within(diff).getByTestId('diff-tab-removed'));
    expect(await within(diff).findByTestId('diff-removed')).toHaveTextContent('P-d03b990a9e9f9c88');

    await user.click(within(diff).getByTestId('choice-remove'));
    const confirm = w().getByRole('alertdialog', { name: 'Remove 1 person that is not in this file?' });
    expect(within(confirm).getByRole('button', { name: 'Keep them' })).toHaveFocus();
    expect(w().getByTestId('wizard-commit')).toBeDisabled();
    expect(w().getByTestId('wizard-blocker')).toHaveTextContent('Removals chosen: confirm them with “Remove and import” above');
    // "Keep them" takes the choice back.
    await user.click(within(confirm).getByRole('button', { name: 'Keep them' }));
    expect(within(diff).getByTestId('choice-remove')).not.toBeChecked();
    expect(api.inputsOf('importCommit')).toHaveLength(0);
    await user.click(within(diff).getByTestId('choice-remove'));
    await user.click(w().getByTestId('remove-and-import'));
    await w().findByTestId('result-counts');
    expect(api.inputsOf('importCommit')[0]).toMatchObject({ confirmRemovals: true, skipInvalid: false });
    expect(w().getByTestId('result-removed')).toHaveTextContent('1');
    expect(w().getByTestId('result-added')).toHaveTextContent('2');
    expect(w().getByTestId('result-changed')).toHaveTextContent('1');
  });
});

describe('steps 5 and 6: commit, progress, cancel, result', () => {
  it('shows the commit’s progress from events and cancels it: nothing changed, back to the check', async () => {
    const user = userEvent.setup();
    let finish: (r: ReturnType<typeof fail>) => void = () => undefined;
    const api = await toCheck({
      importValidate: () => ok(report({ counts: { rows: 11, invalid: 0, added: 11, changed: 0, unchanged: 0, removed: 0, skipped: 0 }, errors: [], errorCount: 0, errorSummary: [] })),
      importCommit: () => new Promise((resolve) => (finish = resolve)),
      importCancel: () => {
        finish(fail('cancelled', 'The import was cancelled; nothing was changed.'));
        return ok({ cancelled: true });
      },
    });
    const off = connectEvents(api.client);
    await user.click(w().getByTestId('wizard-commit'));
    expect(w().getByTestId('step-heading')).toHaveTextContent('Importing hris-export.csv');
    const taskId = api.inputsOf('importCommit')[0].taskId!;
    expect(taskId).toMatch(/^import:/);
    act(() => api.emit('progress', { taskId, label: 'Importing hris-export.csv', done: 600, total: 1200 }));
    const bar = w().getByRole('progressbar', { name: 'Importing hris-export.csv' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    // While the commit runs, closing is not offered (it would leave it half-way in the user's mind).
    expect(w().getByRole('button', { name: 'Close import' })).toBeDisabled();
    await user.click(w().getByRole('button', { name: 'Cancel import' }));
    expect(api.inputsOf('importCancel')).toEqual([{ taskId }]);
    expect(await w().findByTestId('wizard-notice')).toHaveTextContent('The import was cancelled: nothing was changed.');
    expect(w().getByTestId('step-heading')).toHaveTextContent('Check hris-export.csv');
    off();
  });

  it('summarises the import with what was created and opens the imported people', async () => {
    const user = userEvent.setup();
    const committed: ImportReport = report({ mode: 'commit', committed: true, counts: { rows: 12, invalid: 1, added: 11, changed: 0, unchanged: 0, removed: 0, skipped: 1 }, created: { orgUnits: ['Operations'], locations: ['Lyon'], roles: ['Warehouse Operative'], skills: [], managers: [] } });
    const api = await toCheck({
      importValidate: (i) => ok(report(i.skipInvalid ? {} : {})),
      importReportPage: (i) => ok(page([issue(8)], i.offset ?? 0, i.limit ?? 100)),
      importCommit: () => ok(committed),
      currentEngagement: () => ok(summary({ counts: { ...summary().counts, employees: 11 } })),
    });
    await user.click(w().getByTestId('choice-skip'));
    await waitFor(() => expect(w().getByTestId('wizard-commit')).toBeEnabled());
    await user.click(w().getByTestId('wizard-commit'));
    expect(await w().findByTestId('result-counts')).toHaveTextContent(/Added11.*Skipped \(invalid\)1/);
    expect(w().getByTestId('step-heading')).toHaveTextContent('Imported employees (hris export)');
    expect(w().getByTestId('created')).toHaveTextContent('Roles (1)Warehouse Operative');
    expect(useAppStore.getState().summary?.counts.employees).toBe(11);
    await user.click(w().getByRole('button', { name: 'Open People' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Import data/ })).toBeNull());
    expect(useAppStore.getState().section).toBe('people');
    expect(api.inputsOf('importDiscard')).toEqual([{ stagingId: STAGING_ID }]);
  });

  it('transitions: checked and committed through scenarioImportFlows, all or nothing', async () => {
    const user = userEvent.setup();
    let invalid = true;
    const flows = (mode: 'validate' | 'commit', bad: boolean) => ({
      kind: 'transitions' as const,
      mode,
      committed: mode === 'commit' && !bad,
      file: 'rates.csv',
      columns: { from: 'From role', to: 'To role', rate: 'Annual rate', kind: null },
      counts: { rows: 3, valid: bad ? 2 : 3, invalid: bad ? 1 : 0, added: mode === 'commit' && !bad ? 3 : 0, replaced: 0, unchanged: 0 },
      errors: bad ? [{ row: 3, column: 'Annual rate', value: '1.7', problem: 'a rate is between 0 and 1' }] : [],
      errorCount: bad ? 1 : 0,
      notes: ['A transitions file replaces every stored transition out of the roles it lists; other roles keep theirs.'],
    });
    const api = fakeApi({ scenarioImportFlows: (i) => ok(flows(i.mode ?? 'validate', invalid)), importDiscard: () => ok(null), currentEngagement: () => ok(summary()) });
    useImportStore.setState({ open: true, step: 'source', kind: 'transitions', staged: stagedCsv({ fileName: 'rates.csv', delimiter: ',', encoding: 'utf-8', encodingNote: null }) });
    render(<ImportWizard />);
    expect(w().getByRole('navigation', { name: 'Import steps' })).toHaveTextContent(/File and kind.*Check.*Import.*Done/);
    expect(w().queryByTestId('wizard-step-mapping')).toBeNull();
    await user.click(w().getByTestId('wizard-next'));
    expect(await w().findByTestId('problems-table')).toHaveTextContent('3Annual rate1.7a rate is between 0 and 1');
    expect(w().getByText(/Columns found: from ← From role; to ← To role; rate ← Annual rate; kind ← \(not in the file\)/)).toBeInTheDocument();
    expect(w().getByTestId('wizard-commit')).toBeDisabled();
    expect(api.inputsOf('scenarioImportFlows')[0]).toEqual({ kind: 'transitions', stagingId: STAGING_ID, mode: 'validate' });
    invalid = false;
    act(() => goTo('check'));
    await waitFor(() => expect(w().getByTestId('wizard-commit')).toBeEnabled());
    await user.click(w().getByTestId('wizard-commit'));
    expect(await w().findByTestId('result-added')).toHaveTextContent('3');
    expect(api.inputsOf('scenarioImportFlows').at(-1)).toEqual({ kind: 'transitions', stagingId: STAGING_ID, mode: 'commit' });
  });
});

describe('closing the wizard', () => {
  it('Escape asks before discarding a staged file; discarding removes it on the host', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ importDiscard: () => ok(null) });
    useImportStore.setState({ open: true, step: 'source', kind: 'employees', staged: stagedCsv() });
    render(<ImportWizard />);
    await user.keyboard('{Escape}');
    const confirm = w().getByRole('alertdialog', { name: 'Discard this import?' });
    expect(within(confirm).getByRole('button', { name: 'Keep working' })).toHaveFocus();
    // Escape again keeps working.
    await user.keyboard('{Escape}');
    expect(w().queryByRole('alertdialog')).toBeNull();
    expect(api.inputsOf('importDiscard')).toHaveLength(0);
    await user.click(w().getByRole('button', { name: 'Close import' }));
    await user.click(within(w().getByRole('alertdialog')).getByRole('button', { name: 'Discard and close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Import data/ })).toBeNull());
    expect(api.inputsOf('importDiscard')).toEqual([{ stagingId: STAGING_ID }]);
  });

  it('closes at once when nothing is staged, and keeps focus inside while open', async () => {
    const user = userEvent.setup();
    const api = fakeApi({});
    useImportStore.setState({ open: true });
    render(<ImportWizard />);
    expect(w().getByTestId('step-heading')).toHaveFocus();
    // Tab from the last control wraps to the first.
    const buttons = w().getAllByRole('button').filter((b) => !(b as HTMLButtonElement).disabled);
    buttons.at(-1)!.focus();
    await user.tab();
    expect(wizard().contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Import data/ })).toBeNull());
    expect(api.calls).not.toHaveBeenCalled();
  });
});
