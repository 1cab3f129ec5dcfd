// The virtualised, editable People table: only the rows in view are rendered, row ranges are
// fetched as the user scrolls, cells are edited from the keyboard and checked with the same
// schema as the API (messages name the problem), and Ctrl+Z / Ctrl+Shift+Z undo and redo
// through the API.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../../src/shared/edit-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { useUndoStore } from '../../../src/renderer/lib/undo-store';
import { employees, settingsView, summary } from '../fixtures';
import { fail, fakeApi, ok, resetStores, type Replies } from '../helpers';
import { resetEditingStores } from './editing-helpers';

const TOTAL = 100_000;

function salaryChange(id: number, before: number, after: number, auditId = 900): ChangeRecord {
  return {
    auditId,
    action: 'update',
    entity: 'employee',
    id,
    summary: `Changed salary of E${id} from ${before} to ${after}`,
    before: { id, salary: before, fte: 1 },
    after: { id, salary: after, fte: 1 },
    cascade: [],
  };
}

function peopleApi(extra: Replies = {}) {
  return fakeApi({
    listEmployees: (q) => ok(employees(q.search ? 3 : TOTAL, q.offset ?? 0, q.limit ?? 100)),
    getSettings: () => ok(settingsView()),
    listOptions: () => ok({ options: [], more: false }),
    ...extra,
  });
}

beforeEach(() => {
  resetStores();
  resetEditingStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

const grid = () => screen.getByRole('grid', { name: 'People' });

describe('virtual table', () => {
  it('renders only the rows in view out of 100,000 and says how many there are', async () => {
    const api = peopleApi();
    render(<PeoplePage />);
    expect(await screen.findByTestId('row-count')).toHaveTextContent('100,000 people');
    expect(grid()).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
    await screen.findByText('E00001');
    const rendered = within(grid()).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
    expect(api.inputsOf('listEmployees')).toEqual([{ offset: 0, limit: 100, sortDir: 'asc' }]);
  });

  it('fetches the range scrolled to, and only that range', async () => {
    const api = peopleApi();
    render(<PeoplePage />);
    await screen.findByText('E00001');
    const viewport = grid();
    act(() => {
      viewport.scrollTop = 36 * 50_000;
      fireEvent.scroll(viewport);
    });
    expect(await screen.findByText('E50001')).toBeInTheDocument();
    const offsets = api.inputsOf('listEmployees').map((q) => q.offset);
    expect(offsets).toContain(49_900);
    expect(offsets).toContain(50_000);
    expect(offsets.every((o) => o === 0 || (o! >= 49_900 && o! <= 50_000))).toBe(true);
    const row = screen.getByText('E50001').closest('[role="row"]')!;
    expect(row).toHaveAttribute('aria-rowindex', String(50_000 + 2));
    expect(screen.queryByText('E00001')).not.toBeInTheDocument();
  });

  it('sorts and searches on the host, starting again from the top', async () => {
    const user = userEvent.setup();
    const api = peopleApi();
    render(<PeoplePage />);
    await screen.findByText('E00001');
    await user.click(screen.getByRole('button', { name: 'Salary' }));
    await waitFor(() => expect(api.inputsOf('listEmployees').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc', sortBy: 'salary' }));
    expect(screen.getByRole('columnheader', { name: /Salary/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'planner');
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('3 people match'));
    expect(api.inputsOf('listEmployees').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc', sortBy: 'salary', search: 'planner' });
  });

  it('edits a cell from the keyboard, saves it through the API and undoes and redoes it with the keys', async () => {
    const user = userEvent.setup();
    const api = peopleApi({
      updateRecord: (input) => {
        const changes = input.changes as { salary: number };
        const n = api.inputsOf('updateRecord').length;
        return ok(n === 2 ? salaryChange(1, 60_000, 52_000, 901) : n === 3 ? salaryChange(1, 52_000, 60_000, 902) : salaryChange(1, 52_000, changes.salary));
      },
    });
    render(<PeoplePage />);
    await screen.findByText('E00001');
    grid().focus();
    // ID, Name, Role, Org unit, Location, Manager, FTE, Salary: seven steps to the right.
    for (let i = 0; i < 7; i++) await user.keyboard('{ArrowRight}');
    await user.keyboard('{Enter}');
    const input = within(grid()).getByRole('textbox', { name: 'Salary, editing' });
    expect(input).toHaveValue('52000');
    await user.clear(input);
    await user.type(input, '60,000{Enter}');
    await waitFor(() => expect(api.inputsOf('updateRecord')).toEqual([{ entity: 'employee', id: 1, changes: { salary: 60_000 } }]));
    await waitFor(() => expect(within(grid()).queryByRole('textbox')).not.toBeInTheDocument());
    expect(grid()).toHaveFocus();
    expect(screen.getByTestId('undo-notice')).toHaveTextContent('Changed salary of E1 from 52000 to 60000');

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(api.inputsOf('updateRecord')[1]).toEqual({ entity: 'employee', id: 1, changes: { salary: 52_000 }, expected: { salary: 60_000 } }));
    await waitFor(() => expect(screen.getByTestId('undo-notice')).toHaveTextContent('Undone: Changed salary of E1 from 52000 to 60000'));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(api.inputsOf('updateRecord')[2]).toEqual({ entity: 'employee', id: 1, changes: { salary: 60_000 }, expected: { salary: 52_000 } }));
    // Redo names the user's edit, not the undo it reverses.
    await waitFor(() => expect(screen.getByTestId('undo-notice')).toHaveTextContent('Redone: Changed salary of E1 from 52000 to 60000'));
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
    expect(useUndoStore.getState().redoStack).toHaveLength(0);
  });

  it('shows the schema message for a bad value without calling the API, and Escape cancels', async () => {
    const user = userEvent.setup();
    const api = peopleApi({ updateRecord: () => ok(salaryChange(1, 52_000, 1)) });
    render(<PeoplePage />);
    const cell = (await screen.findByText('E00001')).closest('[role="row"]')!.querySelectorAll('[role="gridcell"]')[7];
    await user.dblClick(cell);
    const input = within(grid()).getByRole('textbox', { name: 'Salary, editing' });
    await user.clear(input);
    await user.type(input, '-5{Enter}');
    const alert = await within(grid()).findByRole('alert');
    expect(alert).toHaveTextContent(/>=\s*0/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, 'lots{Enter}');
    expect(within(grid()).getByRole('alert')).toHaveTextContent('expected a number');
    await user.keyboard('{Escape}');
    expect(within(grid()).queryByRole('textbox')).not.toBeInTheDocument();
    expect(api.inputsOf('updateRecord')).toEqual([]);
  });

  it("shows the API's refusal on the cell it names", async () => {
    const user = userEvent.setup();
    peopleApi({ updateRecord: () => fail('validation', 'hireDate: not a real calendar date', [{ path: 'changes.hireDate', message: 'not a real calendar date' }]) });
    render(<PeoplePage />);
    await screen.findByText('E00001');
    grid().focus();
    for (let i = 0; i < 8; i++) await user.keyboard('{ArrowRight}');
    // Typing a character starts editing with it.
    await user.keyboard('2');
    const input = within(grid()).getByRole('textbox', { name: 'Hired, editing' });
    await user.type(input, '025-02-28{Enter}');
    expect(await within(grid()).findByRole('alert')).toHaveTextContent('not a real calendar date');
  });
});
