// Adding, deleting and proficiency edits: forms checked with the same schemas, deletion
// confirmed with what cascades, undo of a delete restoring it, and "not assessed" kept apart
// from level 0.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonSkills } from '../../../src/shared/edit-read-models';
import type { ChangeRecord } from '../../../src/shared/edit-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { employees, settingsView, summary } from '../fixtures';
import { fakeApi, ok, resetStores, type Replies } from '../helpers';
import { resetEditingStores } from './editing-helpers';

const change = (over: Partial<ChangeRecord>): ChangeRecord => ({ auditId: 1, action: 'update', entity: 'employee', id: 1, summary: 'x', before: null, after: null, cascade: [], ...over });

/** An engagement that keeps names (the demo's setting). */
function namedSettings() {
  const v = settingsView();
  return { ...v, settings: { ...v.settings, privacy: { ...v.settings.privacy, pseudonymise: false } } };
}

function api(extra: Replies = {}) {
  return fakeApi({
    listEmployees: (q) => ok(employees(30, q.offset ?? 0, q.limit ?? 100)),
    getSettings: () => ok(namedSettings()),
    listOptions: (q) => ok({ options: q.kind === 'roles' ? [{ value: 7, label: 'Planner', hint: 'Operations' }] : [], more: false }),
    ...extra,
  });
}

beforeEach(() => {
  resetStores();
  resetEditingStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

describe('delete and undo', () => {
  it('confirms a deletion with what cascades, deletes through the API, and undo restores it by its audit id', async () => {
    const user = userEvent.setup();
    const calls = api({
      previewDelete: () => ok({ entity: 'employee', id: 3, label: 'E00003', cascade: [{ label: 'proficiencies', rows: 24, effect: 'delete' }, { label: 'people', rows: 2, effect: 'unlink', field: 'manager' }] }),
      deleteRecord: () => ok(change({ auditId: 41, action: 'delete', id: 3, summary: 'Deleted person E00003 (24 proficiencies)' })),
      restoreRecord: () => ok(change({ auditId: 42, action: 'restore', id: 3, summary: 'Restored person E00003' })),
    });
    render(<PeoplePage />);
    await screen.findByText('E00003');
    await user.click(screen.getByRole('button', { name: 'Delete E00003' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete person E00003?' });
    expect(await within(dialog).findByTestId('delete-preview')).toHaveTextContent('Also removes 24 proficiencies');
    expect(dialog).toHaveTextContent('Clears the manager of 2 people');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.inputsOf('deleteRecord')).toEqual([{ entity: 'employee', id: 3 }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.inputsOf('restoreRecord')).toEqual([{ auditId: 41 }]));
    // Redo deletes the restored record again.
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    await waitFor(() => expect(calls.inputsOf('deleteRecord')).toHaveLength(2));
  });

  it('asks before deleting the active row when Delete is pressed in the grid', async () => {
    const user = userEvent.setup();
    api({ previewDelete: () => ok({ entity: 'employee', id: 1, label: 'E00001', cascade: [] }) });
    render(<PeoplePage />);
    await screen.findByText('E00001');
    screen.getByRole('grid', { name: 'People' }).focus();
    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('dialog', { name: 'Delete person E00001?' });
    expect(await within(dialog).findByText('Nothing else depends on it.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  });
});

describe('adding a person', () => {
  it('checks the form with the entity schema, then sends only the values given', async () => {
    const user = userEvent.setup();
    const calls = api({ createRecord: () => ok(change({ action: 'insert', id: 31, summary: 'Added person Ada' })) });
    render(<PeoplePage />);
    await screen.findByText('E00001');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    await user.clear(within(dialog).getByLabelText(/^FTE/));
    await user.type(within(dialog).getByLabelText(/^FTE/), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByLabelText(/^FTE/)).toHaveAttribute('aria-invalid', 'true');
    expect(dialog).toHaveTextContent(/<=\s*1\.5/);
    expect(dialog).toHaveTextContent('required'); // salary
    expect(calls.inputsOf('createRecord')).toEqual([]);

    await user.clear(within(dialog).getByLabelText(/^FTE/));
    await user.type(within(dialog).getByLabelText(/^FTE/), '0.8');
    await user.type(within(dialog).getByLabelText(/^Annual salary/), '48000');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Ada Byron');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: /Planner/ })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText(/^Role/), '7');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(calls.inputsOf('createRecord')).toHaveLength(1));
    expect(calls.inputsOf('createRecord')[0]).toEqual({
      entity: 'employee',
      values: { name: 'Ada Byron', clientId: null, roleId: 7, orgUnitId: null, locationId: null, managerId: null, fte: 0.8, salary: 48_000, hireDate: null, birthYear: null },
    });
  });
});

describe('person skills', () => {
  const profile: PersonSkills = {
    employeeId: 1,
    label: 'E00001',
    role: 'Planner',
    asOfDate: '2025-03-31',
    skills: [
      { skillId: 5, skill: 'SQL', category: 'technical', requiredNow: 3, requiredLater: null, proficiency: { level: 2, source: 'self', assessedOn: '2024-01-10' } },
      { skillId: 6, skill: 'Excel', category: 'digital', requiredNow: 2, requiredLater: { level: 3, from: '2026-01-01' }, proficiency: null },
    ],
  };

  it('clears a level to "not assessed" (a delete, not zero) and assesses an unknown skill', async () => {
    const user = userEvent.setup();
    const calls = api({
      getPersonSkills: () => ok(profile),
      deleteRecord: () => ok(change({ action: 'delete', entity: 'proficiency', id: '1:5' })),
      createRecord: () => ok(change({ action: 'insert', entity: 'proficiency', id: '1:6' })),
      listOptions: () => ok({ options: [], more: false }),
    });
    render(<PeoplePage />);
    await screen.findByText('E00001');
    await user.click(screen.getByRole('button', { name: 'Skills of E00001' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skills of E00001' });
    const excel = await within(dialog).findByLabelText('Level in Excel');
    expect(excel).toHaveValue('');
    expect(within(dialog).getByRole('row', { name: /Excel/ })).toHaveTextContent('3 from 1 Jan 2026');
    await user.selectOptions(within(dialog).getByLabelText('Level in SQL'), '');
    await waitFor(() => expect(calls.inputsOf('deleteRecord')).toEqual([{ entity: 'proficiency', id: '1:5' }]));
    await user.selectOptions(excel, '0');
    await waitFor(() =>
      expect(calls.inputsOf('createRecord')).toEqual([{ entity: 'proficiency', values: { employeeId: 1, skillId: 6, level: 0, source: 'assessment', assessedOn: '2025-03-31' } }]),
    );
    expect(calls.inputsOf('updateRecord')).toEqual([]);
  });
});
