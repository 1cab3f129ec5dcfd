// Reference cells are edited with a combobox that searches the host; the history lists changes
// and restores a deletion made by an edit.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../src/shared/edit-read-models';
import type { ChangeRecord } from '../../../src/shared/edit-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { usePeopleView } from '../../../src/renderer/features/people/store';
import { employees, settingsView, summary } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';
import { resetEditingStores } from './editing-helpers';

const change: ChangeRecord = { auditId: 3, action: 'update', entity: 'employee', id: 1, summary: 'Changed role', before: null, after: null, cascade: [] };
const roles = [
  { value: 7, label: 'Planner', hint: 'Operations' },
  { value: 8, label: 'Analyst', hint: 'Finance' },
  { value: 9, label: 'Analytics lead', hint: 'Finance' },
];

beforeEach(() => {
  resetStores();
  resetEditingStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

describe('reference cells', () => {
  it('searches the choices on the host and saves the picked id', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      listEmployees: (q) => ok(employees(5, q.offset ?? 0, q.limit ?? 100)),
      getSettings: () => ok(settingsView()),
      listOptions: (q) => ok({ options: roles.filter((r) => !q.search || r.label.toLowerCase().includes(q.search.toLowerCase())), more: false }),
      updateRecord: () => ok(change),
    });
    render(<PeoplePage />);
    const row = (await screen.findByText('E00001')).closest('[role="row"]') as HTMLElement;
    await user.dblClick(within(row).getByText('Planner'));
    const combo = screen.getByRole('combobox', { name: 'Role, editing' });
    const list = screen.getByRole('listbox', { name: 'Role, editing: choices' });
    // Opens on the current value, with "none" offered for an optional reference.
    await waitFor(() => expect(within(list).getByRole('option', { name: /Planner/ })).toHaveAttribute('aria-selected', 'true'));
    expect(within(list).getByRole('option', { name: '— none —' })).toBeInTheDocument();
    await user.type(combo, 'analy');
    await waitFor(() => expect(api.inputsOf('listOptions').at(-1)).toMatchObject({ kind: 'roles', search: 'analy', include: [7] }));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3)); // none + 2 matches
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(api.inputsOf('updateRecord')).toEqual([{ entity: 'employee', id: 1, changes: { roleId: 9 } }]));
  });

  it('cancels with Escape without saving', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      listEmployees: (q) => ok(employees(5, q.offset ?? 0, q.limit ?? 100)),
      getSettings: () => ok(settingsView()),
      listOptions: () => ok({ options: roles, more: true }),
    });
    render(<PeoplePage />);
    const row = (await screen.findByText('E00001')).closest('[role="row"]') as HTMLElement;
    await user.dblClick(within(row).getByText('Operations'));
    expect(await screen.findByText('Type to narrow the list…')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: /editing/ })).not.toBeInTheDocument();
    expect(api.inputsOf('updateRecord')).toEqual([]);
  });
});

describe('history', () => {
  it('lists changes with the fields they changed and restores a deletion', async () => {
    const user = userEvent.setup();
    const rows: AuditRow[] = [
      { id: 12, at: '2025-03-31T10:00:00Z', action: 'delete', entity: 'skill', entityId: '4', summary: 'Deleted skill Latin (3 proficiencies)', changes: [], restorable: true },
      { id: 11, at: '2025-03-31T09:00:00Z', action: 'update', entity: 'employee', entityId: '1', summary: 'Changed salary of E1', changes: [{ field: 'salary', before: 52000, after: 60000 }], restorable: false },
    ];
    const api = fakeApi({
      listAuditLog: () => ok({ total: rows.length, offset: 0, rows }),
      restoreRecord: () => ok({ ...change, auditId: 13, action: 'restore', entity: 'skill', id: 4, summary: 'Restored skill Latin' }),
      listOptions: () => ok({ options: [], more: false }),
    });
    usePeopleView.setState({ tab: 'history' });
    render(<PeoplePage />);
    const history = await screen.findByRole('grid', { name: 'History of changes' });
    expect(await within(history).findByText('salary: 52000 → 60000')).toBeInTheDocument();
    expect(within(history).getAllByRole('button', { name: /Restore/ })).toHaveLength(1);
    await user.click(within(history).getByRole('button', { name: 'Restore: Deleted skill Latin (3 proficiencies)' }));
    await waitFor(() => expect(api.inputsOf('restoreRecord')).toEqual([{ auditId: 12 }]));
    await user.selectOptions(screen.getByLabelText('Record'), 'skill');
    await waitFor(() => expect(api.inputsOf('listAuditLog').at(-1)).toEqual({ offset: 0, limit: 100, entity: 'skill' }));
  });
});
