// Every saved version (newest first) with its date, note and number of changes; restore one
// (it comes back as the newest version), or pick two to see what differs between them.
import { useEffect, useState } from 'react';
import type { ScenarioDocument } from '../../../../shared/scenario-types';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { useDraftStore } from '../draft-store';
import type { ScenarioRefs } from '../refs';
import { DiffView } from './DiffView';
import './history.css';

interface VersionHistoryProps {
  doc: ScenarioDocument;
  dirty: boolean;
  refs: ScenarioRefs;
  format: Formatter;
}

export function VersionHistory({ doc, dirty, refs, format: f }: VersionHistoryProps) {
  const versions = [...doc.scenario.versions].sort((a, b) => b.version - a.version);
  const latest = versions[0]?.version ?? null;
  const [from, setFrom] = useState<number | null>(versions[1]?.version ?? null);
  const [to, setTo] = useState<number | null>(latest);
  const [restoring, setRestoring] = useState<number | null>(null);
  const { saving, saveError } = useDraftStore();
  useEffect(() => {
    // A new version saved or restored: compare it with the one before by default.
    setTo(latest);
    setFrom(versions[1]?.version ?? null);
  }, [latest]);

  const sid = doc.scenario.id;
  const diff = useApiQuery('scenarioDiff', typeof sid === 'number' && from !== null && to !== null && from !== to ? { scenarioId: sid, from, to } : null);

  if (doc.scenario.builtIn) {
    return (
      <section className="card">
        <p className="muted">The built-in baseline has no versions: it is today&rsquo;s workforce with no changes. Save your edits as a new scenario to version them.</p>
      </section>
    );
  }
  return (
    <div className="history" data-testid="version-history">
      <section className="card" aria-labelledby="sc-versions-title">
        <header className="card__header">
          <h3 id="sc-versions-title" className="card__title">
            Versions
          </h3>
          <span className="muted">Pick two to compare them.</span>
        </header>
        <div className="table-wrap">
          <table className="table versions">
            <caption className="sr-only">Saved versions of {doc.scenario.name}</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">Note</th>
                <th scope="col" className="num">
                  Changes
                </th>
                <th scope="col">Compare from</th>
                <th scope="col">to</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} data-testid={`version-${v.version}`} aria-current={v.version === doc.version ? 'true' : undefined}>
                  <th scope="row">
                    {v.version}
                    {v.version === doc.version && <span className="tag">open</span>}
                  </th>
                  <td>{f.dateTime(v.createdAt)}</td>
                  <td>{v.note || <span className="muted">—</span>}</td>
                  <td className="num">{f.integer(v.changes)}</td>
                  <td>
                    <input type="radio" name="diff-from" className="checkbox" aria-label={`Compare from version ${v.version}`} checked={from === v.version} onChange={() => setFrom(v.version)} />
                  </td>
                  <td>
                    <input type="radio" name="diff-to" className="checkbox" aria-label={`Compare to version ${v.version}`} checked={to === v.version} onChange={() => setTo(v.version)} />
                  </td>
                  <td>
                    {v.version !== latest && (
                      <button type="button" className="button button--ghost button--small" onClick={() => setRestoring(v.version)} data-testid={`restore-${v.version}`}>
                        Restore
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="sc-diff-title">
        <header className="card__header">
          <h3 id="sc-diff-title" className="card__title">
            {from !== null && to !== null && from !== to ? `What changed from version ${from} to ${to}` : 'What changed'}
          </h3>
        </header>
        {versions.length < 2 && <p className="muted">Only one version so far: save again to compare.</p>}
        {from !== null && from === to && <p className="muted">Pick two different versions.</p>}
        {diff.error && <ErrorNotice error={diff.error} onRetry={diff.reload} />}
        {diff.loading && !diff.data && <Loading label="Comparing versions…" />}
        {diff.data && <DiffView diff={diff.data} refs={refs} format={f} />}
      </section>
      {restoring !== null && (
        <Dialog
          title={`Restore version ${restoring}?`}
          description={`Version ${restoring} comes back as version ${(latest ?? 0) + 1}; nothing is deleted.${dirty ? ' Your unsaved edits are discarded.' : ''}`}
          onClose={() => setRestoring(null)}
          footer={
            <>
              <button type="button" className="button button--secondary" onClick={() => setRestoring(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={saving}
                data-testid="confirm-restore"
                onClick={async () => {
                  if (await useDraftStore.getState().restore(restoring)) setRestoring(null);
                }}
              >
                Restore
              </button>
            </>
          }
        >
          {saveError && <ErrorNotice error={saveError} title="Could not restore" />}
          <p>{versions.find((v) => v.version === restoring)?.note || 'No note.'}</p>
        </Dialog>
      )}
    </div>
  );
}
