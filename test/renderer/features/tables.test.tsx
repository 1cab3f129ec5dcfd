// People, Roles and Skills: server-side paging, debounced search and sortable headers that
// send the repository's sort keys.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RoleRow, SkillRow } from '../../../src/shared/api-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { RolesPage } from '../../../src/renderer/features/roles/RolesPage';
import { SkillsPage } from '../../../src/renderer/features/skills/SkillsPage';
import { employees, summary } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary() });
});

describe('People table', () => {
  it('loads the first page and shows the row count', async () => {
    const api = fakeApi({ listEmployees: (q) => ok(employees(120, q.offset, q.limit)) });
    render(<PeoplePage />);
    expect(await screen.findByTestId('row-count')).toHaveTextContent('1–50 of 120 people');
    expect(api.inputsOf('listEmployees')).toEqual([{ offset: 0, limit: 50, sortDir: 'asc' }]);
    const table = screen.getByRole('table', { name: 'People' });
    expect(within(table).getAllByRole('row')).toHaveLength(51); // header + 50
    expect(within(table).getByRole('row', { name: /E00001/ })).toHaveTextContent('€52,000');
    expect(within(table).getAllByText('pseudonymised').length).toBe(50);
  });

  it('pages forward and back through the host', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ listEmployees: (q) => ok(employees(120, q.offset, q.limit)) });
    render(<PeoplePage />);
    await screen.findByTestId('row-count');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('51–100 of 120 people'));
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('101–120 of 120 people'));
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Rows per page'), '25');
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('1–25 of 120 people'));
    expect(api.inputsOf('listEmployees').map((q) => [q.offset, q.limit])).toEqual([
      [0, 50],
      [50, 50],
      [100, 50],
      [0, 25],
    ]);
  });

  it('sorts by clicking a header, and again from the keyboard to reverse it', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ listEmployees: (q) => ok(employees(120, q.offset, q.limit)) });
    render(<PeoplePage />);
    await screen.findByTestId('row-count');
    const salaryHeader = screen.getByRole('columnheader', { name: /Salary/ });
    expect(salaryHeader).toHaveAttribute('aria-sort', 'none');
    await user.click(within(salaryHeader).getByRole('button', { name: 'Salary' }));
    await waitFor(() => expect(salaryHeader).toHaveAttribute('aria-sort', 'ascending'));
    within(salaryHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(salaryHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(api.inputsOf('listEmployees').slice(1)).toEqual([
      { offset: 0, limit: 50, sortDir: 'asc', sortBy: 'salary' },
      { offset: 0, limit: 50, sortDir: 'desc', sortBy: 'salary' },
    ]);
    // Every column the repository can sort is a sort button, including computed counts.
    await user.click(within(screen.getByRole('columnheader', { name: /Assessed skills/ })).getByRole('button'));
    await waitFor(() => expect(api.inputsOf('listEmployees').at(-1)).toEqual({ offset: 0, limit: 50, sortDir: 'asc', sortBy: 'assessedSkills' }));
  });

  it('searches once typing pauses, from the first page', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ listEmployees: (q) => ok(q.search ? employees(3, 0, q.limit) : employees(120, q.offset, q.limit)) });
    render(<PeoplePage />);
    await screen.findByTestId('row-count');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('51–100'));
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'planner');
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('1–3 of 3 people'));
    const searches = api.inputsOf('listEmployees').filter((q) => q.search !== undefined);
    expect(searches).toEqual([{ offset: 0, limit: 50, sortDir: 'asc', search: 'planner' }]);
  });
});

const role: RoleRow = {
  id: 1,
  title: 'Warehouse supervisor',
  family: 'Operations',
  isManager: true,
  orgUnit: 'Operations',
  location: 'Rotterdam',
  occupationCode: '53-1047.00',
  loadedCost: 68_000,
  headcount: 14,
  requirements: 9,
  futureRequirements: 2,
  exposure: 0.42,
};

const skill: SkillRow = {
  id: 1,
  name: 'Python',
  category: 'technical',
  taxonomySource: 'onet',
  taxonomyRef: '2.B.3.e',
  requiredByRoles: 5,
  assessedPeople: 120,
  meanLevel: null,
};

describe('Roles and Skills tables', () => {
  it('sends the roles repository sort keys and shows exposure and future requirements', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ listRoles: () => ok({ total: 1, offset: 0, rows: [role] }) });
    render(<RolesPage />);
    const row = await screen.findByRole('row', { name: /Warehouse supervisor/ });
    expect(row).toHaveTextContent('Mgr');
    expect(row).toHaveTextContent('42%');
    expect(row).toHaveTextContent('9 +2');
    expect(row).toHaveTextContent('€68,000');
    await user.click(screen.getByRole('button', { name: 'Cost / FTE' }));
    await user.click(screen.getByRole('button', { name: 'Exposure' }));
    expect(api.inputsOf('listRoles').slice(1).map((q) => q.sortBy)).toEqual(['loadedCost', 'exposure']);
    expect(screen.getByTestId('row-count')).toHaveTextContent('1–1 of 1 roles');
  });

  it('sorts skills by category and shows an unassessed mean as unknown, not zero', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ listSkills: () => ok({ total: 1, offset: 0, rows: [skill] }) });
    render(<SkillsPage />);
    const row = await screen.findByRole('row', { name: /Python/ });
    expect(row).toHaveTextContent('not assessed');
    expect(row).toHaveTextContent('O*NET');
    await user.click(screen.getByRole('button', { name: 'Category' }));
    await waitFor(() => expect(api.inputsOf('listSkills').at(-1)).toEqual({ offset: 0, limit: 50, sortDir: 'asc', sortBy: 'category' }));
  });
});
