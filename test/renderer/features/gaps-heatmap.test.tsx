// The Gaps heatmap with a fake host: cells coloured by mean gap on the fixed scale, unknown never
// shown as zero, cells hidden in privacy mode, arrow-key navigation, Enter opening the people
// behind a cell, and the filters and date sent to the host.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/app/store';
import { GapsPage } from '../../../src/renderer/features/gaps/GapsPage';
import { useGapView } from '../../../src/renderer/features/gaps/store';
import { summary as engagement } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';
import { cellPeople, explanation, heatmap, options, person, summary } from './gaps-fixtures';

beforeEach(() => {
  resetStores();
  useGapView.setState(useGapView.getInitialState(), true);
  useAppStore.setState({ summary: engagement() });
});

function api() {
  return fakeApi({
    getGapOptions: () => ok(options()),
    getGapSummary: () => ok(summary()),
    getGapHeatmap: (i) => ok({ ...heatmap(i.monthsAhead ? '2026-09-30' : '2025-03-31'), kind: 'role-skill' }),
    getGapCellPeople: () => ok(cellPeople()),
    getGapPerson: () => ok(person()),
    explainGap: () => ok(explanation()),
  });
}

const cell = (r: number, c: number) => screen.getByTestId('heatmap').querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`)!;

describe('gap heatmap', () => {
  it('colours cells by mean gap, marks unknown and hidden cells, and never shows unknown as zero', async () => {
    api();
    render(<GapsPage />);
    const grid = await screen.findByRole('grid', { name: /Mean gap: roles × skills/ });
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Planner', 'Shift LeadMgr', 'Analyst']);
    // Category bands above the skill columns (one header per band), then one header per skill.
    const headers = within(grid).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Digital', 'Domain', 'Leadership', 'Soft', 'Role \\ skill', 'SQL', 'Forecasting', 'Coaching', 'Negotiation']);
    // Step 0 = no gap, step 6 = more than 1.5 levels.
    expect(cell(0, 0)).toHaveAttribute('data-step', '0');
    expect(cell(0, 0)).toHaveTextContent('0.0');
    expect(cell(0, 1)).toHaveAttribute('data-step', '6');
    expect(cell(0, 1)).toHaveAccessibleName('Planner, Forecasting: mean gap 1.80 levels, 10% meet the requirement, 0% not assessed, 40 people, 2,880 h to close');
    // Mostly not assessed: coloured by what was assessed, but hatched.
    expect(cell(0, 3)).toHaveClass('heat-cell--unknown-heavy');
    expect(cell(0, 3)).toHaveAccessibleName(/75% not assessed/);
    // Nobody assessed: "?", no colour step, never "0".
    expect(cell(1, 2)).toHaveClass('heat-cell--unknown');
    expect(cell(1, 2)).toHaveTextContent('?');
    expect(cell(1, 2)).not.toHaveAttribute('data-step');
    expect(cell(1, 2)).toHaveAccessibleName(/gap unknown, nobody assessed/);
    // Hidden in privacy mode: no figures at all.
    expect(cell(2, 0)).toHaveClass('heat-cell--suppressed');
    expect(cell(2, 0)).toHaveTextContent('');
    expect(cell(2, 0)).toHaveAccessibleName(/hidden, fewer than 5 people/);
    expect(cell(1, 0)).toHaveAccessibleName('Shift Lead, SQL: not required');
    const legend = screen.getByTestId('heat-legend');
    expect(legend).toHaveTextContent('no gap');
    expect(legend).toHaveTextContent('nobody assessed: gap unknown');
    expect(legend).toHaveTextContent('hidden: fewer than 5 people');
    expect(screen.getByText(/1 hidden in privacy mode, 2 mostly not assessed/)).toBeInTheDocument();
  });

  it('moves with the arrow keys and opens the people behind a cell with Enter', async () => {
    const user = userEvent.setup();
    const fake = api();
    render(<GapsPage />);
    await screen.findByRole('grid');
    // One tab stop: the first cell with data.
    expect(cell(0, 0)).toHaveAttribute('tabindex', '0');
    expect(cell(0, 1)).toHaveAttribute('tabindex', '-1');
    cell(0, 0).focus();
    await user.keyboard('{ArrowRight}');
    expect(cell(0, 1)).toHaveFocus();
    expect(cell(0, 1)).toHaveAttribute('tabindex', '0');
    expect(cell(0, 0)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(cell(0, 3)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(cell(2, 3)).toHaveFocus(); // stops at the last row
    await user.keyboard('{ArrowUp}{ArrowUp}');
    await user.keyboard('{Enter}');
    const panel = await screen.findByTestId('drill-panel');
    expect(within(panel).getByRole('heading', { name: 'Planner × Negotiation' })).toBeInTheDocument();
    expect(fake.inputsOf('getGapCellPeople')[0]).toMatchObject({ cell: { kind: 'role-skill', roleId: 10, skillId: 103 }, filter: {} });
    const people = await within(panel).findByRole('table', { name: 'People behind Planner × Negotiation' });
    expect(within(people).getByRole('row', { name: /P000501/ })).toHaveTextContent('1 of 3');
    expect(within(people).getByRole('row', { name: /P000502/ })).toHaveTextContent('not assessed');
    expect(within(people).getByRole('row', { name: /P000502/ })).toHaveTextContent('unknown');
    expect(cell(0, 3)).toHaveAttribute('aria-selected', 'true');

    // A person opens their profile.
    await user.click(within(people).getByRole('button', { name: 'Open the profile of P000501' }));
    expect(await screen.findByRole('dialog', { name: 'P000501' })).toBeInTheDocument();
    expect(fake.inputsOf('getGapPerson')[0]).toMatchObject({ employee: 501 });
  });

  it('does not ask for the people of a hidden cell, and says why', async () => {
    const user = userEvent.setup();
    const fake = api();
    render(<GapsPage />);
    await screen.findByRole('grid');
    await user.click(cell(2, 0));
    const panel = await screen.findByTestId('drill-panel');
    expect(panel).toHaveTextContent('Hidden in privacy mode: fewer than 5 people');
    expect(fake.inputsOf('getGapCellPeople')).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Close the people behind this cell' }));
    expect(screen.queryByTestId('drill-panel')).not.toBeInTheDocument();
  });

  it('sends the date, unit, location and category to the host, and switches to units x categories', async () => {
    const user = userEvent.setup();
    const fake = api();
    render(<GapsPage />);
    await screen.findByRole('grid');
    await user.click(screen.getByRole('button', { name: '+18 months' }));
    await waitFor(() => expect(fake.inputsOf('getGapHeatmap').at(-1)).toMatchObject({ monthsAhead: 18, kind: 'role-skill' }));
    expect(fake.inputsOf('getGapSummary').at(-1)).toMatchObject({ futureMonths: 18 });
    expect(screen.getByTestId('gap-as-of')).toHaveTextContent('Requirements in force on 30 Sept 2026forecast');
    await user.selectOptions(screen.getByLabelText('Org unit'), '2');
    await user.selectOptions(screen.getByLabelText('Location'), '7');
    await user.selectOptions(screen.getByLabelText('Skill category'), 'soft');
    await waitFor(() => expect(fake.inputsOf('getGapHeatmap').at(-1)).toMatchObject({ filter: { unitIds: [2], locationIds: [7], categories: ['soft'] } }));
    await user.click(screen.getByRole('button', { name: 'Org units × categories' }));
    await waitFor(() => expect(fake.inputsOf('getGapHeatmap').at(-1)).toMatchObject({ kind: 'unit-category' }));
    await user.click(screen.getByRole('button', { name: 'Date…' }));
    expect(fake.inputsOf('getGapHeatmap').at(-1)).toMatchObject({ asOf: '2026-01-01' });
  });

  it('the leadership lens asks for soft and leadership skills and lists manager roles with their span', async () => {
    const user = userEvent.setup();
    const fake = fakeApi({
      getGapOptions: () => ok(options()),
      getGapSummary: () => ok(summary()),
      getGapHeatmap: () => ok(heatmap()),
      getGapManagers: () =>
        ok({
          scope: { ...heatmap().scope },
          rows: [
            { roleId: 11, title: 'Shift Lead', managers: 6, directReports: 54, meanSpan: 9, maxSpan: 14, suppressed: false, reason: null, meanReadiness: 0.66, gapHours: 720 },
            { roleId: 12, title: 'Analyst', managers: 2, directReports: 3, meanSpan: 1.5, maxSpan: 2, suppressed: true, reason: 'fewer than 5 people (privacy mode hides smaller groups)', meanReadiness: null, gapHours: null },
          ],
        }),
    });
    render(<GapsPage />);
    await screen.findByRole('grid');
    await user.click(screen.getByRole('tab', { name: 'Soft skills & leadership' }));
    await waitFor(() => expect(fake.inputsOf('getGapHeatmap').at(-1)).toMatchObject({ filter: { lens: 'soft-leadership' } }));
    expect(fake.inputsOf('getGapManagers').at(-1)).toMatchObject({ filter: { lens: 'soft-leadership' } });
    const table = await screen.findByRole('table', { name: 'Manager roles' });
    expect(within(table).getByRole('row', { name: /Shift Lead/ })).toHaveTextContent(/6\s*54\s*9\.0\s*14\s*66%\s*720/);
    expect(within(table).getByRole('row', { name: /Analyst/ })).toHaveTextContent('hidden');
    expect(screen.getByLabelText('Skill category')).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Managers only/ }));
    await waitFor(() => expect(fake.inputsOf('getGapHeatmap').at(-1)).toMatchObject({ filter: { lens: 'soft-leadership', managersOnly: true } }));
    // Tabs follow the arrow keys.
    screen.getByRole('tab', { name: 'Soft skills & leadership' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Upskill' })).toHaveAttribute('aria-selected', 'true');
  });
});
