// The builder with a fake host: each change type's panel edits the draft (roles, exposure,
// adoption curve, realisation, requirements; market location, ramp, internal share; demand,
// attrition, freeze, time-to-fill, inflation), the previews follow, problems block saving, and
// the saved body validates against the same schema the host applies.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScenarioBody } from '../../../../src/shared/domain/scenario';
import type { ScenarioDocument } from '../../../../src/shared/scenario-types';
import { useAppStore } from '../../../../src/renderer/app/store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { doc, scenarioReplies } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

function open(id: 1 | 2) {
  const saved: { body: unknown; note: string; baseVersion?: number }[] = [];
  const api = fakeApi({
    ...scenarioReplies(),
    scenarioSave: (i) => {
      saved.push({ body: i.body, note: i.note ?? '', baseVersion: i.baseVersion });
      const before = doc(id);
      const next: ScenarioDocument = { scenario: { ...before.scenario, latestVersion: (before.version ?? 0) + 1 }, version: (before.version ?? 0) + 1, body: i.body as ScenarioBody };
      return ok(next);
    },
  });
  useScenarioView.getState().open(id, 'build');
  render(<ScenariosPage />);
  return { api, saved };
}

const slider = (name: string | RegExp) => screen.getByRole('slider', { name });
const move = (name: string | RegExp, value: number) => fireEvent.change(slider(name), { target: { value: String(value) } });

async function save(user: ReturnType<typeof userEvent.setup>, note: string) {
  await user.click(screen.getByTestId('save'));
  const dialog = screen.getByRole('dialog', { name: /Save version/ });
  await user.type(within(dialog).getByLabelText('Note (optional)'), note);
  await user.click(screen.getByTestId('confirm-save'));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('scenario builder', () => {
  it('edits an automation change: roles, adoption curve, realisation, investment, a new requirement, an objective; saves a valid body', async () => {
    const user = userEvent.setup();
    const { saved } = open(1);
    const panel = await screen.findByTestId('change-ai-claims', {}, { timeout: 15_000 });
    expect(screen.getByTestId('save-state')).toHaveTextContent('Saved · version 2');
    expect(screen.getByTestId('save')).toBeDisabled();

    const roles = within(panel).getByTestId('automation-ai-claims-roles');
    await waitFor(() => expect(within(roles).getByRole('checkbox', { name: /Underwriter/ })).toBeInTheDocument());
    await user.click(within(roles).getByRole('checkbox', { name: /Underwriter/ }));
    expect(within(roles).getByRole('button', { name: 'Remove Underwriter' })).toBeInTheDocument();

    const preview = within(panel).getByTestId('adoption-preview-ai-claims').querySelector('[role="img"]')!;
    expect(preview.getAttribute('aria-label')).toMatch(/^S-curve to 50%, midpoint month 2, steepness 0\.50/);
    move('Adoption target', 0.65);
    expect(slider('Adoption target')).toHaveAttribute('aria-valuetext', '65%');
    expect(preview.getAttribute('aria-label')).toMatch(/^S-curve to 65%/);
    move('Midpoint', 3.5);
    move('Steepness', 0.8);
    expect(preview.getAttribute('aria-label')).toMatch(/midpoint month 3\.5, steepness 0\.80/);
    await user.click(within(panel).getByRole('button', { name: 'Linear to a date' }));
    fireEvent.change(within(panel).getByLabelText('Target reached by'), { target: { value: '2027-06-30' } });
    expect(within(panel).getByTestId('adoption-preview-ai-claims').querySelector('[role="img"]')!.getAttribute('aria-label')).toMatch(/^Linear to 65% from 1 Oct 2026 by 30 Jun 2027/);
    move('Realisation', 0.8);
    await user.click(within(panel).getByRole('button', { name: 'Manual' }));
    move('Exposure (share of task time)', 0.45);
    const investment = within(panel).getByLabelText('Investment (one-off)');
    await user.clear(investment);
    await user.type(investment, '250000');
    await user.click(within(panel).getByRole('button', { name: 'Add requirement' }));
    await user.selectOptions(within(panel).getByTestId('automation-ai-claims-requirement-0').querySelector('select')!, '11');
    await user.click(within(panel).getByRole('checkbox', { name: /Faster claims/ }));

    expect(screen.getByTestId('save-state')).toHaveTextContent('Unsaved changes · results are a preview');
    expect(screen.getByRole('tab', { name: /Build/ })).toHaveTextContent('unsaved');
    await save(user, 'Linear to mid-2027');

    expect(saved).toHaveLength(1);
    expect(saved[0].note).toBe('Linear to mid-2027');
    expect(saved[0].baseVersion).toBe(2);
    const body = ScenarioBody.parse(saved[0].body);
    const ch = body.changes[0];
    if (ch.type !== 'automation') throw new Error('expected the automation change');
    expect(ch.roleIds).toEqual([11, 12]);
    expect(ch.adoption).toEqual({ curve: 'linear', target: 0.65, startDate: '2026-10-01', byDate: '2027-06-30' });
    expect(ch.realisation).toBe(0.8);
    expect(ch.exposure).toEqual({ from: 'manual', value: 0.45 });
    expect(ch.investment).toBe(250000);
    expect(ch.newRequirements).toEqual([{ roleId: 11, skillId: 21, level: 3, weight: 0.5, effectiveDate: '2027-06-30' }]);
    expect(ch.objectiveIds).toEqual([1]);
    expect(await screen.findByText('Saved · version 3')).toBeInTheDocument();
  });

  it('adds one change of every other type, edits each, blocks saving while a change is incomplete, and saves a valid body', async () => {
    const user = userEvent.setup();
    const { saved } = open(1);
    await screen.findByTestId('change-ai-claims', {}, { timeout: 15_000 });
    for (const t of ['demand', 'attrition', 'hiring-freeze', 'time-to-fill', 'salary-inflation', 'new-market']) await user.click(screen.getByTestId(`add-change-${t}`));
    expect(screen.getAllByTestId(/^change-/).map((x) => x.dataset.testid)).toEqual(['change-ai-claims', 'change-demand-1', 'change-attrition-1', 'change-freeze-1', 'change-time-to-fill-1', 'change-inflation-1', 'change-market-1']);

    move('Demand change a year', -0.1);
    expect(within(screen.getByTestId('change-demand-1')).getByRole('heading')).toHaveTextContent('Demand cut -10% a year');
    await user.click(within(screen.getByTestId('scope-demand-1')).getByRole('checkbox', { name: /Claims Handler/ }));
    move('Attrition a year', 0.2);
    await user.click(within(screen.getByTestId('scope-attrition-1')).getAllByRole('checkbox', { name: /Dublin/ })[0]);
    fireEvent.change(screen.getByTestId('freeze-freeze-1-to'), { target: { value: '2027-01-31' } });
    move('Days to fill a vacancy', 90);
    move('Salary inflation a year', 0.04);

    // A new market without a ramp cannot run or be saved: the panel says why.
    const market = screen.getByTestId('change-market-1');
    expect(within(market).getByRole('alert')).toHaveTextContent('choose at least one role to ramp up');
    expect(screen.getByTestId('save')).toBeDisabled();
    expect(screen.getByRole('tab', { name: /Build/ })).toHaveTextContent('1 to fix');
    await user.click(within(market).getByRole('button', { name: 'Add role' }));
    expect(within(market).queryByRole('alert')).toBeNull();

    // Removing the automation's only role is a problem too; a role back fixes it.
    await user.click(within(screen.getByTestId('automation-ai-claims-roles')).getByRole('button', { name: 'Remove Claims Handler' }));
    expect(within(screen.getByTestId('change-ai-claims')).getByRole('alert')).toHaveTextContent('choose at least one role');
    expect(screen.getByTestId('save')).toBeDisabled();
    await user.click(within(screen.getByTestId('automation-ai-claims-roles')).getByRole('checkbox', { name: /Data Analyst/ }));
    expect(screen.getByTestId('save')).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Remove change: Attrition 20% a year' }));
    await save(user, 'All levers');
    const body = ScenarioBody.parse(saved[0].body);
    expect(body.changes.map((c) => c.type)).toEqual(['automation', 'demand', 'hiring-freeze', 'time-to-fill', 'salary-inflation', 'new-market']);
    const byType = Object.fromEntries(body.changes.map((c) => [c.type, c]));
    expect(byType.automation).toMatchObject({ roleIds: [13] });
    expect(byType.demand).toMatchObject({ annualGrowth: -0.1, scope: { roleIds: [11], orgUnitIds: [], locationIds: [] } });
    expect(byType['hiring-freeze']).toMatchObject({ from: '2026-10-01', to: '2027-01-31' });
    expect(byType['time-to-fill']).toMatchObject({ days: 90 });
    expect(byType['salary-inflation']).toMatchObject({ annualRate: 0.04 });
    expect(byType['new-market']).toMatchObject({ locationId: 1, ramp: [{ roleId: 11, target: 5, rampMonths: 12, curve: 'linear' }] });
  });

  it('edits a new market: location, launch, ramp rows, internal share, time-to-fill by family; the ramp preview follows', async () => {
    const user = userEvent.setup();
    const { saved } = open(2);
    const panel = await screen.findByTestId('change-warsaw', {}, { timeout: 15_000 });
    const preview = () => within(panel).getByTestId('ramp-preview-warsaw').querySelector('[role="img"]')!.getAttribute('aria-label');
    expect(preview()).toMatch(/^14 FTE wanted across 2 roles from 1 Dec 2026/);
    await waitFor(() => expect(within(panel).getByTestId('market-warsaw-location')).toHaveValue('4'));
    fireEvent.change(within(panel).getByLabelText('Launch date'), { target: { value: '2027-01-01' } });
    const target = within(panel).getByTestId('market-warsaw-ramp-0-target');
    await user.clear(target);
    await user.type(target, '20');
    expect(preview()).toMatch(/^24 FTE wanted across 2 roles from 1 Jan 2027/);
    await user.click(within(panel).getByRole('button', { name: 'Remove Underwriter from the ramp' }));
    await user.click(within(panel).getByRole('button', { name: 'Add role' }));
    await user.selectOptions(within(panel).getByLabelText('Curve, Underwriter'), 's-curve');
    move('Filled by internal transfers', 0.35);
    expect(preview()).toMatch(/about 35% of it by internal transfers/);
    await user.click(within(panel).getByRole('button', { name: 'Add family' }));
    await save(user, 'Later launch');
    const body = ScenarioBody.parse(saved[0].body);
    const ch = body.changes[0];
    if (ch.type !== 'new-market') throw new Error('expected the market change');
    expect(ch).toMatchObject({ locationId: 4, launchDate: '2027-01-01', internalShare: 0.35, timeToFillDays: { Claims: 60 } });
    expect(ch.ramp).toEqual([
      { roleId: 11, target: 20, rampMonths: 2, curve: 'linear' },
      { roleId: 12, target: 5, rampMonths: 12, curve: 's-curve' },
    ]);
  });

  it('edits the grid, hiring policy and assumptions; discarding puts the saved version back', async () => {
    const user = userEvent.setup();
    open(1);
    await screen.findByTestId('scenario-settings', {}, { timeout: 15_000 });
    const settings = screen.getByTestId('scenario-settings');
    await user.click(within(settings).getByRole('button', { name: 'Quarter' }));
    expect(within(settings).getByTestId('scenario-periods')).toHaveValue('1'); // 4 months -> 1 quarter (rounded)
    await user.click(within(settings).getByRole('button', { name: 'Fill to demand' }));
    expect(settings).toHaveTextContent('Hire up to demand');
    const assumptions = screen.getByTestId('scenario-assumptions');
    await user.type(within(assumptions).getByLabelText('New assumption'), 'Vendor delivers on time.');
    await user.click(within(assumptions).getByRole('button', { name: 'Add assumption' }));
    expect(within(assumptions).getByLabelText('Assumption 2')).toHaveValue('Vendor delivers on time.');
    await user.click(within(assumptions).getByRole('button', { name: 'Remove assumption 1' }));
    expect(within(assumptions).getByLabelText('Assumption 1')).toHaveValue('Vendor delivers on time.');
    await user.click(screen.getByTestId('discard'));
    expect(screen.getByTestId('save-state')).toHaveTextContent('Saved · version 2');
    expect(within(screen.getByTestId('scenario-assumptions')).getByLabelText('Assumption 1')).toHaveValue('Pilot teams first.');
    expect(within(screen.getByTestId('scenario-settings')).getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves between the workspace tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    open(1);
    await screen.findByTestId('scenario-builder', {}, { timeout: 15_000 });
    const build = screen.getByRole('tab', { name: /Build/ });
    build.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Results/ })).toHaveFocus();
    expect(screen.getByRole('tab', { name: /Results/ })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('what-if')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /Versions/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(build).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(/Build/);
  });

  it('asks before leaving with unsaved edits; Escape keeps editing', async () => {
    const user = userEvent.setup();
    open(1);
    await screen.findByTestId('change-ai-claims', {}, { timeout: 15_000 });
    move('Realisation', 0.9);
    await user.click(screen.getByTestId('back-to-list'));
    expect(screen.getByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('scenario-workspace')).toBeInTheDocument();
    await user.click(screen.getByTestId('back-to-list'));
    await user.click(screen.getByRole('button', { name: 'Discard and leave' }));
    expect(await screen.findByTestId('scenario-list')).toBeInTheDocument();
  });
});
