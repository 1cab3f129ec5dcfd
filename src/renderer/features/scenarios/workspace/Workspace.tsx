// One scenario's workspace: its name, version and save state on top, the headline figures (a
// live preview while edits are unsaved), and three tabs: the builder, the results and the
// version history. Leaving with unsaved edits asks first.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScenarioId } from '../../../../shared/scenario-types';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { useFormat } from '../../../lib/use-format';
import { scenarioKindLabel } from '../../../labels';
import { Builder } from '../builder/Builder';
import { draftProblems } from '../builder/changes';
import { useDraftStore } from '../draft-store';
import { VersionHistory } from '../history/VersionHistory';
import { useScenarioRefs } from '../refs';
import { Results } from '../results/Results';
import { useResultsStore } from '../results-store';
import { useScenarioView, versionKey, type WorkspaceTab } from '../store';
import { KpiStrip } from './KpiStrip';
import { SaveAsDialog, SaveDialog } from './SaveDialogs';
import { panelId, Tabs, tabId } from '../../editing/Tabs';
import { useResultDriver, useShownResult } from './use-result';

export default function Workspace({ id, tab }: { id: ScenarioId; tab: WorkspaceTab }) {
  const f = useFormat();
  const refs = useScenarioRefs();
  const draft = useDraftStore(useShallow((s) => ({ doc: s.doc, body: s.body, dirty: s.dirty, status: s.status, error: s.error, draftId: s.id })));
  const { setTab, toList, open } = useScenarioView.getState();
  const [dialog, setDialog] = useState<'save' | 'save-as' | 'leave' | null>(null);
  useResultDriver();
  const shown = useShownResult();
  const saved = useResultsStore((s) => (draft.doc ? (s.runs[versionKey(draft.doc.scenario.id, draft.doc.version)] ?? null) : null));

  useEffect(() => {
    const s = useDraftStore.getState();
    if (s.id !== id || s.status === 'idle' || s.status === 'error') void s.load(id);
  }, [id]);

  if (draft.draftId !== id || draft.status === 'loading' || draft.status === 'idle') return <Loading label="Opening the scenario…" />;
  if (draft.error || !draft.doc || !draft.body) return <ErrorNotice error={draft.error ?? { kind: 'internal', message: 'The scenario could not be read.' }} onRetry={() => void useDraftStore.getState().load(id)} />;

  const { doc, body, dirty } = draft;
  const s = doc.scenario;
  const problems = draftProblems(body);
  const leave = () => (dirty ? setDialog('leave') : toList());
  const status = dirty ? (problems.length > 0 ? 'Unsaved changes · fix the draft to see results' : 'Unsaved changes · results are a preview') : s.builtIn ? 'Built in · not saved as versions' : `Saved · version ${doc.version}`;
  return (
    <div className="sc-workspace" data-testid="scenario-workspace" data-scenario={String(s.id)}>
      <header className="sc-workspace__header card">
        <div className="sc-workspace__title">
          <button type="button" className="button button--ghost button--small" onClick={leave} data-testid="back-to-list">
            ← All scenarios
          </button>
          <h2 className="sc-workspace__name" data-testid="workspace-name">
            {s.builtIn ? 'Baseline' : s.name}
          </h2>
          <span className="tag">{scenarioKindLabel(s.kind)}</span>
          <span className={`sc-status${dirty ? ' sc-status--dirty' : ''}`} role="status" data-testid="save-state">
            {status}
          </span>
        </div>
        <div className="sc-workspace__actions">
          {dirty && (
            <button type="button" className="button button--secondary" onClick={() => useDraftStore.getState().discard()} data-testid="discard">
              Discard changes
            </button>
          )}
          {s.builtIn ? (
            <button type="button" className="button button--primary" disabled={!dirty || problems.length > 0} onClick={() => setDialog('save-as')}>
              Save as new scenario…
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={!dirty || problems.length > 0} onClick={() => setDialog('save')} data-testid="save">
              Save version…
            </button>
          )}
        </div>
      </header>
      {shown.error && <ErrorNotice error={shown.error} title="Could not compute the results" />}
      {shown.result ? (
        <KpiStrip result={shown.result} saved={shown.preview ? saved : null} preview={shown.preview} updating={shown.updating} format={f} />
      ) : (
        !shown.error && <Loading label="Projecting supply and demand…" />
      )}
      <Tabs<WorkspaceTab>
        className="sc-tabs"
        scope="scenario"
        label="Scenario views"
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'build', label: 'Build', badge: problems.length > 0 ? `${problems.length} to fix` : dirty ? 'unsaved' : null },
          { id: 'results', label: 'Results', badge: shown.preview ? 'preview' : null },
          { id: 'history', label: 'Versions', badge: s.versions.length > 0 ? String(s.versions.length) : null },
        ]}
      />
      <div role="tabpanel" id={panelId('scenario', tab)} aria-labelledby={tabId('scenario', tab)} className="sc-workspace__panel">
        {tab === 'build' && <Builder body={body} refs={refs} format={f} />}
        {tab === 'results' && <Results shown={shown} saved={saved} body={body} refs={refs} format={f} />}
        {tab === 'history' && <VersionHistory doc={doc} dirty={dirty} refs={refs} format={f} />}
      </div>
      {dialog === 'save' && <SaveDialog nextVersion={(s.latestVersion ?? 0) + 1} onClose={() => setDialog(null)} />}
      {dialog === 'save-as' && (
        <SaveAsDialog
          onClose={() => setDialog(null)}
          onSaved={(newId) => {
            setDialog(null);
            open(newId, tab);
          }}
        />
      )}
      {dialog === 'leave' && (
        <Dialog
          title="Leave without saving?"
          description="The edits to this scenario are not saved; leaving discards them."
          onClose={() => setDialog(null)}
          footer={
            <>
              <button type="button" className="button button--secondary" data-autofocus onClick={() => setDialog(null)}>
                Keep editing
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  useDraftStore.getState().discard();
                  setDialog(null);
                  toList();
                }}
              >
                Discard and leave
              </button>
            </>
          }
        >
          <p>{problems.length === 0 ? 'Save a version first to keep them.' : 'The draft also has problems to fix before it can be saved.'}</p>
        </Dialog>
      )}
    </div>
  );
}
