// Version history with a fake host: every version with date, note and changes; the diff of two
// versions rendered readably (added, removed and changed changes with each field before and
// after in words, settings, assumptions); restoring an old version after confirming.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioDiff } from '../../../../src/shared/scenario-types';
import { useAppStore } from '../../../../src/renderer/app/store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { automationBody, doc, scenarioReplies, summaries } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

const diff: ScenarioDiff = {
  scenarioId: 1,
  from: 1,
  to: 2,
  identical: false,
  settings: [{ path: 'periods', from: 18, to: 24 }],
  assumptions: { added: ['Vendor delivers on time.'], removed: ['Pilot teams first.'] },
  changes: {
    added: [{ id: 'inflation-1', type: 'salary-inflation', label: 'Salary inflation 3% a year' }],
    removed: [{ id: 'freeze-1', type: 'hiring-freeze', label: 'Hiring freeze 2026-10-01 to 2027-01-31' }],
    modified: [
      {
        id: 'ai-claims',
        type: 'automation',
        label: 'AI claims triage',
        fields: [
          { path: 'roleIds', from: [11], to: [11, 12] },
          { path: 'adoption.target', from: 0.5, to: 0.65 },
          { path: 'adoption.midpointMonths', from: 9, to: 7 },
          { path: 'newRequirements[0].skillId', from: null, to: 21 },
          { path: 'adoption.byDate', from: '2027-06-30', to: '2027-12-31' },
        ],
      },
    ],
  },
};

describe('version history', () => {
  it('lists the versions and shows what changed from the previous one, in words', async () => {
    const api = fakeApi({ ...scenarioReplies(), scenarioDiff: () => ok(diff) });
    useScenarioView.getState().open(1, 'history');
    render(<ScenariosPage />);
    const history = await screen.findByTestId('version-history', {}, { timeout: 15_000 });
    const rows = within(within(history).getByRole('table', { name: 'Saved versions of AI claims' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/^2open2 Oct 2026, \d\d:00Faster adoption1/), expect.stringMatching(/^11 Oct 2026, \d\d:00Created from the automation template1/)]);
    await waitFor(() => expect(api.inputsOf('scenarioDiff')).toEqual([{ scenarioId: 1, from: 1, to: 2 }]));
    const view = await screen.findByTestId('version-diff');
    expect(view).toHaveTextContent('Version 1 → 2: 3 changes differ, 1 settings, 2 assumptions.');
    expect(within(view).getByRole('region', { name: 'Added: Salary inflation 3% a year' })).toHaveTextContent('Added Salary inflation Salary inflation 3% a year');
    expect(within(view).getByRole('region', { name: 'Removed: Hiring freeze 2026-10-01 to 2027-01-31' })).toHaveTextContent('Hiring freeze');
    const changed = within(view).getByRole('region', { name: 'Changed: AI claims triage' });
    const fields = () => within(changed).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    // Ids read as names once the engagement's records are loaded.
    await waitFor(() => expect(fields()).toEqual([
      ['roles', 'Claims Handler', 'Claims Handler, Underwriteradded Underwriter'],
      ['adoption › target', '50%', '65%'],
      ['adoption › midpoint (months)', '9', '7'],
      ['new requirements #1 › skill', '—', 'AI tools'],
      ['adoption › target date', '30 Jun 2027', '31 Dec 2027'],
    ]));
    const settings = within(view).getByRole('region', { name: 'Settings changed' });
    expect(within(settings).getByRole('row', { name: /periods/ })).toHaveTextContent('periods1824');
    const assumptions = within(view).getByRole('region', { name: 'Assumptions changed' });
    expect(assumptions).toHaveTextContent('Added: + Vendor delivers on time.');
    expect(assumptions).toHaveTextContent('Removed: − Pilot teams first.');
  });

  it('compares the two versions picked, and says when they are identical', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ ...scenarioReplies(), scenarioDiff: (i) => ok({ ...diff, from: i.from, to: i.to, identical: true, settings: [], assumptions: { added: [], removed: [] }, changes: { added: [], removed: [], modified: [] } }) });
    useScenarioView.getState().open(1, 'history');
    render(<ScenariosPage />);
    await screen.findByTestId('version-history', {}, { timeout: 15_000 });
    await user.click(screen.getByRole('radio', { name: 'Compare from version 2' }));
    expect(screen.getByText('Pick two different versions.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Compare to version 1' }));
    await waitFor(() => expect(api.inputsOf('scenarioDiff').at(-1)).toEqual({ scenarioId: 1, from: 2, to: 1 }));
    expect(await screen.findByTestId('diff-identical')).toHaveTextContent('Versions 2 and 1 are identical.');
  });

  it('restores an old version after confirming: it comes back as the newest', async () => {
    const user = userEvent.setup();
    const restored = { ...doc(1, automationBody({ assumptions: ['Restored'] })), version: 3, scenario: { ...summaries()[1], latestVersion: 3, versions: [...summaries()[1].versions, { version: 3, createdAt: '2026-10-03T10:00:00.000Z', note: 'Restored version 1', changes: 1 }] } };
    const api = fakeApi({ ...scenarioReplies(), scenarioDiff: () => ok(diff), scenarioRestore: () => ok(restored) });
    useScenarioView.getState().open(1, 'history');
    render(<ScenariosPage />);
    await screen.findByTestId('version-history', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('restore-2')).toBeNull(); // the newest is already current
    await user.click(screen.getByTestId('restore-1'));
    expect(screen.getByRole('dialog', { name: 'Restore version 1?' })).toHaveTextContent('Version 1 comes back as version 3; nothing is deleted.');
    await user.click(screen.getByTestId('confirm-restore'));
    await waitFor(() => expect(api.inputsOf('scenarioRestore')).toEqual([{ scenarioId: 1, version: 1 }]));
    expect(await screen.findByTestId('version-3')).toHaveTextContent('Restored version 1');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Saved · version 3');
  });
});
