// The data-quality panel: findings with their rules and counts, and the click-through that opens
// the right table filtered to the rows a finding found.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DataQualityReport } from '../../../src/shared/data-quality-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { SectionView } from '../../../src/renderer/app/SectionView';
import { usePeopleView } from '../../../src/renderer/features/people/store';
import { employees, settingsView, summary } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';
import { resetEditingStores } from './editing-helpers';

const report: DataQualityReport = {
  asOfDate: '2025-03-31',
  findings: [
    { id: 'salary-outliers', group: 'outliers', title: 'Salaries far from their role’s', rule: 'robust z-score above 3.5 within the role', count: 4, severity: 'warning', target: { table: 'people', filters: { issue: 'salary-outlier' } }, examples: ['Fay'] },
    { id: 'roles-no-requirements', group: 'roles', title: 'Roles without current requirements', rule: 'at least one requirement in force', count: 2, severity: 'warning', target: { table: 'roles', filters: { issue: 'no-requirements' } }, examples: [] },
    { id: 'unit-loops', group: 'orphans', title: 'Org units whose parent chain loops', rule: 'parents must end at a top unit', count: 0, severity: 'error', target: null, examples: [] },
  ],
  assessment: { required: 100, notAssessed: 25, share: 0.25, rule: 'unknown is not zero', byUnit: [{ orgUnitId: 2, unit: 'Operations', required: 60, notAssessed: 20, share: 1 / 3 }] },
};

function App() {
  const section = useAppStore((s) => s.section);
  return <SectionView section={section} />;
}

beforeEach(() => {
  resetStores();
  resetEditingStores();
  useAppStore.setState({ summary: summary(), revision: 1, section: 'people' });
});

describe('data-quality panel', () => {
  it('lists each finding with its rule and count, and a finding opens People filtered to its rows', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      getDataQuality: () => ok(report),
      listEmployees: (q) => ok(employees(q.filters?.issue ? 4 : 200, q.offset ?? 0, q.limit ?? 100)),
      getSettings: () => ok(settingsView()),
      listOptions: () => ok({ options: [], more: false }),
    });
    render(<App />);
    await user.click(await screen.findByRole('tab', { name: 'Data quality' }));
    const card = await screen.findByTestId('finding-salary-outliers');
    expect(card).toHaveTextContent('robust z-score above 3.5');
    expect(within(card).getByTestId('finding-salary-outliers-count')).toHaveTextContent('4');
    expect(card).toHaveTextContent('e.g. Fay');
    // A clean check says so and offers no click-through.
    expect(within(screen.getByTestId('finding-unit-loops')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('dq-not-assessed-share')).toHaveTextContent('25%');

    await user.click(within(card).getByRole('button', { name: 'Show in people' }));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('4 people match'));
    expect(usePeopleView.getState().tab).toBe('list');
    expect(api.inputsOf('listEmployees').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc', filters: { issue: 'salary-outlier' } });
    const chip = screen.getByTestId('issue-filter');
    expect(chip).toHaveTextContent('Salary far from the role’s');
    await user.click(within(chip).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('200 people'));
    expect(api.inputsOf('listEmployees').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc' });
  });

  it('opens Roles on a role finding, and People by unit from the coverage table', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      getDataQuality: () => ok(report),
      listRoles: () => ok({ total: 0, offset: 0, rows: [] }),
      listEmployees: (q) => ok(employees(20, q.offset ?? 0, q.limit ?? 100)),
      getSettings: () => ok(settingsView()),
      listOptions: () => ok({ options: [], more: false }),
    });
    usePeopleView.setState({ tab: 'quality' });
    render(<App />);
    await user.click(within(await screen.findByTestId('finding-roles-no-requirements')).getByRole('button', { name: 'Show in roles' }));
    expect(useAppStore.getState().section).toBe('roles');
    await waitFor(() => expect(api.inputsOf('listRoles').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc', filters: { issue: 'no-requirements' } }));
    expect(await screen.findByTestId('issue-filter')).toHaveTextContent('Without current requirements');

    useAppStore.getState().navigate('people');
    await user.click(await screen.findByRole('button', { name: 'Show people' }));
    await waitFor(() => expect(api.inputsOf('listEmployees').at(-1)).toEqual({ offset: 0, limit: 100, sortDir: 'asc', filters: { orgUnitId: 2, issue: 'not-assessed' } }));
  });
});
