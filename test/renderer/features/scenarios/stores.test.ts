// The scenario stores and the engagement: another engagement clears the draft, the results, the
// Monte Carlo task and the screen; new data in the same engagement keeps the draft being edited
// and drops only the figures computed from the old data.
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../src/renderer/app/store';
import { useDraftStore } from '../../../../src/renderer/features/scenarios/draft-store';
import { useMonteCarloStore } from '../../../../src/renderer/features/scenarios/mc-store';
import { followScenarioEngagement } from '../../../../src/renderer/features/scenarios/reset';
import { useResultsStore } from '../../../../src/renderer/features/scenarios/results-store';
import { useScenarioView, versionKey } from '../../../../src/renderer/features/scenarios/store';
import { summary } from '../../fixtures';
import { fakeApi, resetStores } from '../../helpers';
import { automationBody, doc, monteCarlo, run, scenarioReplies } from './fixtures';

followScenarioEngagement();

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary({ file: '/data/a.skillshift' }), revision: 1 });
});

async function openDraft() {
  fakeApi(scenarioReplies());
  await useDraftStore.getState().load(1);
  await useResultsStore.getState().fetchRun(1, 2);
  useDraftStore.getState().setBody((b) => ({ ...b, assumptions: [...b.assumptions, 'edited'] }));
  const r = run(automationBody(), { id: 1, name: 'AI claims', version: 2 });
  useMonteCarloStore.setState({ result: monteCarlo(r), resultKey: versionKey(1, 2) });
  useScenarioView.getState().open(1, 'results');
}

describe('scenario stores and the engagement', () => {
  it('the draft knows whether it differs from the saved version', async () => {
    fakeApi(scenarioReplies());
    await useDraftStore.getState().load(1);
    expect(useDraftStore.getState()).toMatchObject({ dirty: false, doc: doc(1) });
    useDraftStore.getState().updateChange('ai-claims', (c) => (c.type === 'automation' ? { ...c, realisation: 0.9 } : c));
    expect(useDraftStore.getState().dirty).toBe(true);
    useDraftStore.getState().updateChange('ai-claims', (c) => (c.type === 'automation' ? { ...c, realisation: 0.7 } : c));
    expect(useDraftStore.getState().dirty).toBe(false); // back to the saved value
  });

  it('another engagement clears every scenario store and returns to the list', async () => {
    await openDraft();
    expect(useResultsStore.getState().runs[versionKey(1, 2)]).toBeDefined();
    useAppStore.setState({ summary: summary({ file: '/data/b.skillshift' }), revision: 2 });
    expect(useDraftStore.getState()).toMatchObject({ id: null, doc: null, body: null, dirty: false });
    expect(useResultsStore.getState().runs).toEqual({});
    expect(useMonteCarloStore.getState().result).toBeNull();
    expect(useScenarioView.getState().screen).toEqual({ kind: 'list' });
  });

  it('new data in the same engagement keeps the draft and the screen, and drops the figures', async () => {
    await openDraft();
    useAppStore.setState({ summary: summary({ file: '/data/a.skillshift', name: 'Renamed' }), revision: 2 });
    expect(useDraftStore.getState().dirty).toBe(true);
    expect(useDraftStore.getState().body!.assumptions).toContain('edited');
    expect(useScenarioView.getState().screen).toEqual({ kind: 'scenario', id: 1, tab: 'results' });
    expect(useResultsStore.getState().runs).toEqual({});
    expect(useMonteCarloStore.getState().result).toBeNull();
  });
});
