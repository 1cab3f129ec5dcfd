// Cost overrides per scenario, role and location (set in natural units, sent as the API's
// shares, the plan re-run), unit costs explained, the programs and objectives catalogue, and the
// plan screens starting over when another engagement opens.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../src/renderer/app/store';
import { PlanPage } from '../../../../src/renderer/features/plan/PlanPage';
import { usePlanPeople } from '../../../../src/renderer/features/plan/people/people-store';
import { usePlanRun } from '../../../../src/renderer/features/plan/run-store';
import { usePlanView } from '../../../../src/renderer/features/plan/view';
import { summary } from '../../fixtures';
import { fakeApi, ok } from '../../helpers';
import { planOf, type FakePlanState } from './fixtures';
import { f, openPlan, plain, resetPlan } from './setup';

beforeEach(resetPlan);

describe('cost overrides', () => {
  it('sets an override for the scenario on screen in natural units, re-runs the plan, and removes it', async () => {
    const state: FakePlanState = { outcomes: [], overrides: [] };
    const { api, user } = await openPlan({ tab: 'costs', state });
    const editor = screen.getByTestId('cost-overrides');
    await screen.findByText('No overrides: every cost comes from the engagement settings.');
    await waitFor(() => expect(within(editor).getByTestId('override-scenario')).toHaveValue('1'));
    await user.selectOptions(within(editor).getByTestId('override-field'), 'contractorPremium');
    await user.selectOptions(within(editor).getByTestId('override-role'), 'Underwriter');
    await user.type(within(editor).getByTestId('override-value'), '35');
    expect(within(editor).getByText('%')).toBeInTheDocument();
    await user.click(within(editor).getByTestId('override-save'));
    await waitFor(() => expect(api.inputsOf('setPlanCostOverride')).toEqual([{ scope: { scenarioId: 1, roleId: 12, locationId: null }, field: 'contractorPremium', value: 0.35 }]));
    const row = await within(editor).findByRole('row', { name: /Contractor premium/ });
    expect(plain(row.textContent)).toBe('Contractor premiumAI claims · Underwriter35%Remove');
    await waitFor(() => expect(api.inputsOf('runPlan')).toHaveLength(2));

    await user.selectOptions(within(editor).getByTestId('override-field'), 'severanceCapWeeks');
    expect(within(editor).getByText('weeks')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(api.inputsOf('setPlanCostOverride').at(-1)).toEqual({ scope: { scenarioId: 1, roleId: 12, locationId: null }, field: 'contractorPremium', value: null }));
    await screen.findByText('No overrides: every cost comes from the engagement settings.');
    expect(state.overrides).toEqual([]);
  });

  it('needs a scenario, role or location, and lists the unit costs with their explanation', async () => {
    const { user } = await openPlan({ tab: 'costs' });
    const editor = screen.getByTestId('cost-overrides');
    await waitFor(() => expect(within(editor).getByTestId('override-scenario')).toHaveValue('1'));
    await user.selectOptions(within(editor).getByTestId('override-scenario'), '');
    await user.type(within(editor).getByTestId('override-value'), '10');
    expect(within(editor).getByTestId('override-save')).toBeDisabled();
    expect(editor).toHaveTextContent('Name a scenario, a role or a location');
    const { result } = planOf({ scenario: 'AI claims' });
    const unit = within(screen.getByTestId('unit-costs')).getByRole('row', { name: /Claims Handler · Dublin/ });
    expect(plain(unit.textContent)).toContain(`${f.money(50000)}${f.money(result.costs[0].hire.result!)}`);
    fireEvent.click(within(unit).getByRole('button', { name: 'Why this number: Hire into Claims Handler' }));
    expect(screen.getByRole('note')).toHaveTextContent('recruiting share of salaryassumption20%');
  });
});

describe('catalogue, tabs and engagement changes', () => {
  it('keeps the objectives and programs catalogue with their links both ways (German locale)', async () => {
    useAppStore.setState({ summary: summary({ locale: 'de-DE' }) });
    fakeApi({
      scenarioList: () => ok([]),
      listPrograms: () =>
        ok([{ id: 1, name: 'Data Literacy', delivery: 'online', durationMonths: 2, costPerPerson: 1250, seatsPerMonth: null, skills: ['SQL', 'Excel'], objectives: ['Faster close'] }]),
      listObjectives: () => ok([{ id: 1, name: 'Faster close', metric: 'Days to close', unit: 'days', baseline: 12, target: 6.5, targetDate: '2026-12-31', programs: ['Data Literacy'] }]),
    });
    usePlanView.setState({ tab: 'overview' });
    render(<PlanPage />);
    const programs = await screen.findByRole('table', { name: 'Learning programs' });
    const program = within(programs).getByRole('row', { name: /Data Literacy/ });
    expect(program).toHaveTextContent('1.250 €');
    expect(program).toHaveTextContent('unlimited');
    expect(within(program).getByText('Faster close')).toBeInTheDocument();
    const objective = within(screen.getByRole('table', { name: 'Business objectives' })).getByRole('row', { name: /Faster close/ });
    expect(objective).toHaveTextContent('12 → 6,5 days');
    expect(objective).toHaveTextContent('31.12.2026');
    expect(within(objective).getByText('Data Literacy')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Mix' }));
    expect(screen.getByTestId('plan-empty')).toHaveTextContent('Choose a scenario above and run its plan.');
  });

  it('starts over when another engagement opens, and re-runs the plan when the same one changes', async () => {
    const { api } = await openPlan({ tab: 'mix' });
    usePlanPeople.getState().setAction('reskill');
    usePlanView.getState().setMixCell('11:1');
    useAppStore.setState({ revision: 2 });
    await waitFor(() => expect(api.inputsOf('runPlan')).toHaveLength(2));
    expect(usePlanRun.getState().scenario).toBe('AI claims');
    expect(usePlanView.getState().mixCell).toBe('11:1');
    useAppStore.setState({ summary: summary({ file: '/data/other.skillshift', fileName: 'other.skillshift' }), revision: 3 });
    await waitFor(() => expect(screen.queryByTestId('plan-kpis')).toBeNull());
    expect(usePlanRun.getState().shown).toBeNull();
    expect(usePlanPeople.getState().action).toBeNull();
    expect(usePlanView.getState().mixCell).toBeNull();
  });
});
