// Roles (with its Requirements tab), Skills and Programs (in Plan): each table sends its own
// method with its filters and sort keys, and edits its own entity with the right editor.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProgramGridRow, RequirementRow, RoleGridRow, SkillGridRow } from '../../../src/shared/edit-read-models';
import type { ChangeRecord } from '../../../src/shared/edit-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { PlanPage } from '../../../src/renderer/features/plan/PlanPage';
import { RolesPage } from '../../../src/renderer/features/roles/RolesPage';
import { SkillsPage } from '../../../src/renderer/features/skills/SkillsPage';
import { settingsView, summary } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';
import { resetEditingStores } from './editing-helpers';

const role: RoleGridRow = {
  id: 1, clientId: null, title: 'Warehouse supervisor', family: 'Operations', level: 3, isManager: false, orgUnitId: 2, orgUnit: 'Operations',
  locationId: 3, location: 'Rotterdam', occupationCode: '53-1047.00', occupationSystem: 'onet-soc', loadedCost: 68_000, headcount: 14, requirements: 9, futureRequirements: 2, exposure: 0.42,
};
const requirement: RequirementRow = { id: 11, roleId: 1, role: 'Warehouse supervisor', family: 'Operations', skillId: 5, skill: 'SQL', category: 'technical', level: 3, weight: 0.5, effectiveDate: '2026-06-01', source: 'custom', timing: 'future' };
const skill: SkillGridRow = { id: 5, name: 'Python', category: 'technical', taxonomySource: 'onet', taxonomyRef: '2.B.3.e', description: null, requiredByRoles: 5, assessedPeople: 120, meanLevel: null };
const program: ProgramGridRow = { id: 4, name: 'Data Literacy', delivery: 'online', durationMonths: 2, costPerPerson: 1250, seatsPerMonth: null, skills: ['SQL'], objectives: [] };
const change: ChangeRecord = { auditId: 5, action: 'update', entity: 'role', id: 1, summary: 'Changed', before: null, after: null, cascade: [] };
const page = <R,>(rows: R[]) => ok({ total: rows.length, offset: 0, rows });
const common = { getSettings: () => ok(settingsView()), listOptions: () => ok({ options: [], more: false }) };

beforeEach(() => {
  resetStores();
  resetEditingStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

describe('Roles', () => {
  it('shows exposure and future requirements, filters by manager flag, and edits the manager flag with a select', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...common, listRoles: () => page([role]), updateRecord: () => ok(change) });
    render(<RolesPage />);
    const row = (await screen.findByText('Warehouse supervisor')).closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('42%');
    expect(row).toHaveTextContent('9 +2');
    expect(row).toHaveTextContent('€68,000');
    await user.selectOptions(screen.getByLabelText('Type'), 'true');
    await waitFor(() => expect(api.inputsOf('listRoles').at(-1)).toMatchObject({ filters: { isManager: true } }));
    // A new query re-renders the rows: find the row again.
    const again = (await screen.findByText('Warehouse supervisor')).closest('[role="row"]') as HTMLElement;
    await user.dblClick(within(again).getByText('No'));
    const select = within(screen.getByRole('grid', { name: 'Roles' })).getByRole('combobox', { name: 'Manager, editing' });
    await user.selectOptions(select, 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.inputsOf('updateRecord')).toEqual([{ entity: 'role', id: 1, changes: { isManager: true } }]));
  });

  it("opens a role's requirements in the Requirements tab and edits a level there", async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...common, listRoles: () => page([role]), listRequirements: () => page([requirement]), updateRecord: () => ok({ ...change, entity: 'requirement', id: 11 }) });
    render(<RolesPage />);
    await screen.findByText('Warehouse supervisor');
    await user.click(screen.getByRole('button', { name: 'Requirements of Warehouse supervisor' }));
    expect(screen.getByRole('tab', { name: 'Requirements' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(api.inputsOf('listRequirements').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc', filters: { roleId: 1 } }));
    const row = (await screen.findByText('SQL')).closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('Future');
    await user.dblClick(within(row).getByText('3.0'));
    const input = screen.getByRole('textbox', { name: 'Level (0-5), editing' });
    await user.clear(input);
    await user.type(input, '6{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/<=\s*5/);
    await user.clear(input);
    await user.type(input, '4{Enter}');
    await waitFor(() => expect(api.inputsOf('updateRecord')).toEqual([{ entity: 'requirement', id: 11, changes: { level: 4 } }]));
  });
});

describe('Skills', () => {
  it('shows an unassessed mean as unknown, filters by category and renames a skill', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...common, listSkills: () => page([skill]), updateRecord: () => ok({ ...change, entity: 'skill', id: 5 }) });
    render(<SkillsPage />);
    const row = (await screen.findByText('Python')).closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('not assessed');
    expect(row).toHaveTextContent('O*NET');
    await user.selectOptions(screen.getByLabelText('Category'), 'digital');
    await waitFor(() => expect(api.inputsOf('listSkills').at(-1)).toMatchObject({ filters: { category: 'digital' } }));
    const again = (await screen.findByText('Python')).closest('[role="row"]') as HTMLElement;
    await user.dblClick(within(again).getByText('Python'));
    const input = screen.getByRole('textbox', { name: 'Skill, editing' });
    await user.clear(input);
    await user.type(input, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/>=\s*1|at least/i);
    await user.clear(input);
    await user.type(input, 'Python 3{Tab}');
    await waitFor(() => expect(api.inputsOf('updateRecord')).toEqual([{ entity: 'skill', id: 5, changes: { name: 'Python 3' } }]));
    // Tab moved on to the next editable cell (Category).
    await waitFor(() => expect(within(again).getAllByRole('gridcell')[1]).toHaveClass('is-active'));
  });
});

describe('Programs in Plan', () => {
  it('edits programs in their own tab, seats blank meaning unlimited', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...common, listPrograms: () => ok([]), listObjectives: () => ok([]), listProgramRows: () => page([program]), updateRecord: () => ok({ ...change, entity: 'program', id: 4 }) });
    render(<PlanPage />);
    await user.click(screen.getByRole('tab', { name: 'Edit programs' }));
    const row = (await screen.findByText('Data Literacy')).closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('unlimited');
    expect(row).toHaveTextContent('not linked');
    await user.dblClick(within(row).getByText('unlimited'));
    const input = screen.getByRole('textbox', { name: 'Seats / month, editing' });
    await user.type(input, '12{Enter}');
    await waitFor(() => expect(api.inputsOf('updateRecord')).toEqual([{ entity: 'program', id: 4, changes: { seatsPerMonth: 12 } }]));
  });
});
