// Instant what-if with a fake host: sliders edit the draft, the preview is asked for once the
// slider rests (debounced), a slower older answer never replaces a newer one, discarding drops
// any answer still on its way, and the figures say they are an unsaved preview.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioBody } from '../../../../src/shared/domain/scenario';
import type { ScenarioRunResult } from '../../../../src/shared/scenario-types';
import { useAppStore } from '../../../../src/renderer/app/store';
import { PREVIEW_DEBOUNCE_MS } from '../../../../src/renderer/features/scenarios/results-store';
import { ScenariosPage } from '../../../../src/renderer/features/scenarios/ScenariosPage';
import { useScenarioView } from '../../../../src/renderer/features/scenarios/store';
import { formatterFor } from '../../../../src/renderer/format';
import type { Result } from '../../../../src/shared/result';
import { summary } from '../../fixtures';
import { fakeApi, ok, resetStores } from '../../helpers';
import { automationBody, run, scenarioReplies } from './fixtures';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

const f = formatterFor('en-GB', 'EUR');
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const demandShown = () => plain(screen.getByTestId('scenario-kpi-demand-value').textContent);
const withTarget = (target: number): ScenarioBody => {
  const b = automationBody();
  const ch = b.changes[0];
  if (ch.type !== 'automation') throw new Error('expected automation');
  return { ...b, changes: [{ ...ch, adoption: { ...ch.adoption, target } }] };
};
const previewOf = (target: number) => run(withTarget(target), { id: 1, name: 'Preview', version: null });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openResults(replies = scenarioReplies()) {
  const api = fakeApi(replies);
  useScenarioView.getState().open(1, 'results');
  render(<ScenariosPage />);
  await screen.findByTestId('what-if', {}, { timeout: 15_000 });
  const saved = run(automationBody(), { id: 1, name: 'AI claims', version: 2 });
  await waitFor(() => expect(demandShown()).toBe(f.fixed(saved.kpis.demand, 1)));
  return { api, saved };
}

const adoption = () => within(screen.getByTestId('what-if')).getByRole('slider', { name: 'AI claims triage: adoption target' });

describe('what-if preview', () => {
  it('asks for one preview once the slider rests, then shows it as unsaved with its difference from the saved version', async () => {
    const { api, saved } = await openResults();
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Showing the saved version');
    for (const v of [0.55, 0.6, 0.7, 0.8, 0.9]) fireEvent.change(adoption(), { target: { value: String(v) } });
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Updating the preview…');
    expect(api.inputsOf('scenarioPreview')).toHaveLength(0);
    await sleep(PREVIEW_DEBOUNCE_MS + 150);
    expect(api.inputsOf('scenarioPreview')).toHaveLength(1);
    expect(api.inputsOf('scenarioPreview')[0]).toMatchObject({ scenarioId: 1, body: withTarget(0.9) });
    const expected = previewOf(0.9);
    await waitFor(() => expect(demandShown()).toBe(f.fixed(expected.kpis.demand, 1)));
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Unsaved preview');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Unsaved changes · results are a preview');
    expect(plain(screen.getByTestId('scenario-kpi-demand-delta').textContent)).toBe(`\u2212${f.decimal(saved.kpis.demand - expected.kpis.demand, 1)} vs saved`);
    expect(screen.getByRole('tab', { name: /Results/ })).toHaveTextContent('preview');
    // The supply and demand chart says what the saved version had, drawn beside the preview.
    expect(screen.getByTestId('chart-supply-demand').querySelector('[role="img"]')!.getAttribute('aria-label')).toContain(`(saved version: demand ${f.decimal(saved.kpis.demand, 1)}`);
  });

  it('keeps the newest answer when an older, slower one arrives last', async () => {
    const pending: { target: number; resolve(r: Result<ScenarioRunResult>): void }[] = [];
    const replies = scenarioReplies();
    replies.scenarioPreview = (i) =>
      new Promise((resolve) => {
        const ch = (i.body as ScenarioBody).changes[0];
        pending.push({ target: ch.type === 'automation' ? ch.adoption.target : NaN, resolve });
      });
    await openResults(replies);
    fireEvent.change(adoption(), { target: { value: '0.6' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.change(adoption(), { target: { value: '0.95' } });
    await waitFor(() => expect(pending).toHaveLength(2));
    expect(pending.map((p) => p.target)).toEqual([0.6, 0.95]);
    await act(async () => pending[1].resolve(ok(previewOf(0.95))));
    await waitFor(() => expect(demandShown()).toBe(f.fixed(previewOf(0.95).kpis.demand, 1)));
    await act(async () => pending[0].resolve(ok(previewOf(0.6))));
    await sleep(50);
    expect(demandShown()).toBe(f.fixed(previewOf(0.95).kpis.demand, 1));
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Unsaved preview');
  });

  it('drops a preview still on its way when the edits are discarded', async () => {
    const pending: ((r: Result<ScenarioRunResult>) => void)[] = [];
    const replies = scenarioReplies();
    replies.scenarioPreview = () => new Promise((resolve) => pending.push(resolve));
    const { saved } = await openResults(replies);
    fireEvent.change(adoption(), { target: { value: '0.9' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.click(within(screen.getByTestId('what-if')).getByRole('button', { name: 'Back to saved' }));
    expect(screen.getByTestId('what-if-state')).toHaveTextContent('Showing the saved version');
    await act(async () => pending[0](ok(previewOf(0.9))));
    await sleep(50);
    expect(demandShown()).toBe(f.fixed(saved.kpis.demand, 1));
    expect(screen.queryByTestId('scenario-kpi-demand-delta')).toBeNull();
  });

  it('does not ask for a preview of a draft that cannot run, and says so', async () => {
    const { api } = await openResults();
    useScenarioView.getState().setTab('build');
    const roles = await screen.findByTestId('automation-ai-claims-roles');
    fireEvent.click(within(roles).getByRole('button', { name: 'Remove Claims Handler' }));
    await sleep(PREVIEW_DEBOUNCE_MS + 100);
    expect(api.inputsOf('scenarioPreview')).toHaveLength(0);
    expect(screen.getByTestId('save-state')).toHaveTextContent('Unsaved changes · fix the draft to see results');
  });
});
