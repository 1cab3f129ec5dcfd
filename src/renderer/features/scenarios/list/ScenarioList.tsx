// Every scenario of the engagement (the built-in baseline first) with its kind, versions and
// last change; open, rename, clone, export or delete one; create one from a template; import a
// JSON file; tick up to four to compare side by side.
import { useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import type { ScenarioSummary } from '../../../../shared/scenario-types';
import { asApiError } from '../../../api/client';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { Formatter } from '../../../format';
import { scenarioKindLabel } from '../../../labels';
import { MAX_COMPARED, useScenarioView } from '../store';
import { exportScenario, importScenario } from './actions';
import { CloneDialog, CreateDialog, DeleteDialog, RenameDialog } from './ListDialogs';

type Open = { kind: 'create' } | { kind: 'rename' | 'clone' | 'delete'; scenario: ScenarioSummary } | null;

export function ScenarioList({ scenarios, format: f }: { scenarios: ScenarioSummary[]; format: Formatter }) {
  const { compareIds, toggleCompare, open, showComparison } = useScenarioView();
  const [dialog, setDialog] = useState<Open>(null);
  const [notice, setNotice] = useState<{ text: string; warnings: string[] } | null>(null);
  const [error, setError] = useState<{ title: string; error: ApiError } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const full = compareIds.length >= MAX_COMPARED;

  async function onImport(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    setError(null);
    setNotice(null);
    try {
      const r = await importScenario(chosen);
      setNotice({ text: `Imported “${r.document.scenario.name}” (${r.references.length} references resolved).`, warnings: r.warnings });
    } catch (e) {
      setError({ title: `Could not import ${chosen.name}`, error: asApiError(e) });
    } finally {
      if (file.current) file.current.value = '';
    }
  }

  async function onExport(s: ScenarioSummary) {
    setError(null);
    try {
      const name = await exportScenario(s.id);
      setNotice({ text: `Exported ${name}.`, warnings: [] });
    } catch (e) {
      setError({ title: `Could not export ${s.name}`, error: asApiError(e) });
    }
  }

  const name = (s: ScenarioSummary) => (s.builtIn ? 'Baseline' : s.name);
  return (
    <section className="card" aria-labelledby="scenario-list-title" data-testid="scenario-list">
      <header className="card__header">
        <h2 id="scenario-list-title" className="card__title">
          Scenarios <span className="count num">{f.integer(scenarios.length)}</span>
        </h2>
        <div className="card__tools">
          <button type="button" className="button button--secondary" disabled={compareIds.length === 0} onClick={showComparison} data-testid="compare-selected">
            Compare{compareIds.length > 0 ? ` ${compareIds.length}` : ''}
          </button>
          <button type="button" className="button button--secondary" onClick={() => file.current?.click()} data-testid="import-scenario">
            Import JSON…
          </button>
          <input ref={file} type="file" accept="application/json,.json" className="sr-only" tabIndex={-1} aria-label="Scenario JSON file to import" onChange={(e) => void onImport(e.target.files)} data-testid="import-file" />
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })} data-testid="new-scenario">
            New scenario…
          </button>
        </div>
      </header>
      {error && <ErrorNotice error={error.error} title={error.title} />}
      {notice && (
        <div className="notice notice--info" role="status" data-testid="list-notice">
          <div>
            <p>{notice.text}</p>
            {notice.warnings.length > 0 && (
              <ul className="notice__list">
                {notice.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <p className="muted sc-list__hint">Tick up to {MAX_COMPARED} scenarios (the baseline among them if you like) to compare them side by side.</p>
      <div className="table-wrap">
        <table className="table" data-testid="table-scenarios">
          <caption className="sr-only">Scenarios</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Compare</span>
              </th>
              <th scope="col">Scenario</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Versions
              </th>
              <th scope="col">Last change</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => {
              const ticked = compareIds.includes(s.id);
              const last = s.versions.length > 0 ? [...s.versions].sort((a, b) => b.version - a.version)[0] : null;
              return (
                <tr key={String(s.id)} data-testid={`scenario-row-${s.id}`}>
                  <td>
                    <input type="checkbox" className="checkbox" aria-label={`Compare ${name(s)}`} checked={ticked} disabled={!ticked && full} onChange={() => toggleCompare(s.id)} />
                  </td>
                  <th scope="row">
                    <button type="button" className="link-button strong" onClick={() => open(s.id)}>
                      {name(s)}
                    </button>
                    {s.description && <p className="muted sc-list__desc">{s.description}</p>}
                  </th>
                  <td>
                    <span className="tag">{scenarioKindLabel(s.kind)}</span>
                  </td>
                  <td className="num">{s.builtIn ? '—' : f.integer(s.versions.length)}</td>
                  <td>
                    {s.builtIn ? (
                      <span className="muted">built in</span>
                    ) : (
                      <>
                        {f.dateTime(s.updatedAt)}
                        {last?.note && <p className="muted sc-list__desc">v{last.version}: {last.note}</p>}
                      </>
                    )}
                  </td>
                  <td className="sc-list__actions">
                    <button type="button" className="button button--ghost button--small" onClick={() => open(s.id, 'results')}>
                      Results
                    </button>
                    <button type="button" className="button button--ghost button--small" onClick={() => setDialog({ kind: 'clone', scenario: s })} aria-label={`Clone ${name(s)}`}>
                      Clone
                    </button>
                    {!s.builtIn && (
                      <>
                        <button type="button" className="button button--ghost button--small" onClick={() => setDialog({ kind: 'rename', scenario: s })} aria-label={`Rename ${name(s)}`}>
                          Rename
                        </button>
                        <button type="button" className="button button--ghost button--small" onClick={() => void onExport(s)} aria-label={`Export ${name(s)} as JSON`}>
                          Export
                        </button>
                        <button type="button" className="button button--ghost button--small sc-danger" onClick={() => setDialog({ kind: 'delete', scenario: s })} aria-label={`Delete ${name(s)}`}>
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {dialog?.kind === 'create' && <CreateDialog onClose={() => setDialog(null)} onCreated={(id) => open(id)} />}
      {dialog?.kind === 'rename' && <RenameDialog scenario={dialog.scenario} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'clone' && <CloneDialog scenario={dialog.scenario} onClose={() => setDialog(null)} onCloned={(id) => open(id)} />}
      {dialog?.kind === 'delete' && <DeleteDialog scenario={dialog.scenario} onClose={() => setDialog(null)} />}
    </section>
  );
}
