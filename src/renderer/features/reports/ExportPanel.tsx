// Export any table to CSV or XLSX. Pseudonymised by default; an identified export is a
// separate, explained choice that must be acknowledged, and the engagement's audit log records
// it. Cells a spreadsheet could run as formulas are written as text.
import { useEffect, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { csvDelimiters } from '../../../shared/export-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useAppStore } from '../../app/store';
import { useFormat } from '../../lib/use-format';
import { useExportStore } from './export-store';

const delimiterNames: Record<string, string> = { ',': 'Comma (,)', ';': 'Semicolon (;) for decimal-comma locales', '\t': 'Tab', '|': 'Pipe (|)' };

function ExportProgress({ what }: { what: string }) {
  const task = useAppStore((s) => Object.values(s.progress).find((p) => p.taskId.startsWith(`export:${what}:`)));
  const pct = task && task.total > 0 ? Math.round((task.done / task.total) * 100) : null;
  return (
    <div className="task-progress" data-testid="export-progress">
      <span className="task-progress__label">{task?.label ?? 'Exporting…'}</span>
      <div className={`progress${pct === null ? ' progress--indeterminate' : ''}`} role="progressbar" aria-label="Export progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct ?? undefined}>
        <div className="progress__fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
    </div>
  );
}

function Privacy({ personal }: { personal: boolean }) {
  const { identified, acknowledged, pseudonymisedOnImport } = useExportStore(useShallow((s) => ({ identified: s.identified, acknowledged: s.acknowledged, pseudonymisedOnImport: s.pseudonymisedOnImport })));
  const set = useExportStore((s) => s.set);
  if (!personal) {
    return <p className="field__hint">This table holds no data about people: it is the same pseudonymised or identified.</p>;
  }
  return (
    <fieldset className="export-privacy" data-testid="export-privacy">
      <legend className="export-legend">People in the export</legend>
      <label className="choice-option">
        <input type="radio" name="export-privacy" checked={!identified} onChange={() => set({ identified: false })} />
        <span>
          <span className="choice-option__title">Pseudonymised (recommended)</span>
          <span className="choice-option__text">People and their managers appear only as stable pseudonyms (P-…). Names and the client's employee ids are not written.</span>
        </span>
      </label>
      <label className="choice-option">
        <input type="radio" name="export-privacy" checked={identified} onChange={() => set({ identified: true })} data-testid="export-identified" />
        <span>
          <span className="choice-option__title">Identified</span>
          <span className="choice-option__text">
            Adds each person's name and the client's employee id (and their manager's). The export is recorded in the engagement's audit log with the table, row count and where it went.
          </span>
        </span>
      </label>
      {identified && (
        <div className="export-ack" role="group" aria-label="Identified export">
          {pseudonymisedOnImport && (
            <p className="field__hint">This engagement drops names and client ids on import, so people imported since then have none to export: those columns stay empty for them.</p>
          )}
          <label className="field--check">
            <input type="checkbox" className="checkbox" checked={acknowledged} onChange={(e) => set({ acknowledged: e.target.checked })} data-testid="export-acknowledge" />
            <span>I need names and client ids in this file and may take them out of Skillshift; record this export in the audit log.</span>
          </label>
        </div>
      )}
    </fieldset>
  );
}

function Result() {
  const { result } = useExportStore(useShallow((s) => ({ result: s.result })));
  const format = useFormat();
  if (!result) return null;
  return (
    <div className="export-result" role="status" data-testid="export-result">
      <p className="export-result__title">
        {result.delivered === 'downloaded' ? `Downloaded ${result.fileName}` : `Written to ${result.path}`}
      </p>
      <p className="export-result__meta">
        {format.integer(result.rows)} rows × {format.integer(result.columns)} columns{result.sheets > 1 ? ` on ${result.sheets} sheets` : ''} · {format.bytes(result.bytes)} ·{' '}
        {result.identified ? 'identified (recorded in the audit log)' : 'pseudonymised'}
      </p>
    </div>
  );
}

export function ExportPanel() {
  const s = useExportStore(useShallow((x) => ({ tables: x.tables, loadError: x.loadError, what: x.what, format: x.format, delimiter: x.delimiter, identified: x.identified, acknowledged: x.acknowledged, running: x.running, error: x.error })));
  const { load, set, run } = useExportStore.getState();
  const canPick = useAppStore((x) => x.appInfo?.canPickFiles ?? false);
  const revision = useAppStore((x) => x.revision);
  const tableId = useId();
  const delimiterId = useId();
  useEffect(() => {
    void load();
  }, [load, revision]);

  const table = s.tables?.find((t) => t.name === s.what) ?? null;
  const personal = table?.personal ?? false;
  const blocked = s.identified && personal && !s.acknowledged;
  const groups = [
    { kind: 'data', label: 'Data' },
    { kind: 'analysis', label: 'Analysis' },
  ] as const;

  return (
    <section className="card export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <header className="card__header">
        <h2 id="export-title" className="card__title">
          Export a table
        </h2>
        <span className="tag">CSV · Excel (.xlsx)</span>
      </header>
      {s.loadError && <ErrorNotice error={s.loadError} onRetry={() => void load()} title="Could not list the tables" />}
      {!s.tables && !s.loadError && <Loading label="Loading the tables…" />}
      {s.tables && (
        <form className="export-form" onSubmit={(e) => (e.preventDefault(), void run())}>
          <div className="field">
            <label htmlFor={tableId}>Table</label>
            <select id={tableId} className="select" value={s.what} onChange={(e) => set({ what: e.target.value })} aria-describedby={`${tableId}-d`} data-testid="export-table">
              {groups.map((g) => (
                <optgroup key={g.kind} label={g.label}>
                  {s.tables!.filter((t) => t.kind === g.kind).map((t) => (
                    <option key={t.name} value={t.name}>
                      {t.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p id={`${tableId}-d`} className="field__hint">
              {table?.description}
              {personal ? ' Holds data about people.' : ''}
            </p>
          </div>
          <fieldset className="export-format">
            <legend className="export-legend">Format</legend>
            <div className="export-format__options">
              {(['csv', 'xlsx'] as const).map((f) => (
                <label key={f} className="export-format__option">
                  <input type="radio" name="export-format" value={f} checked={s.format === f} onChange={() => set({ format: f })} />
                  {f === 'csv' ? 'CSV' : 'Excel (.xlsx)'}
                </label>
              ))}
            </div>
            {s.format === 'csv' && (
              <div className="field export-delimiter">
                <label htmlFor={delimiterId}>Separator</label>
                <select id={delimiterId} className="select select--small" value={s.delimiter} onChange={(e) => set({ delimiter: e.target.value as (typeof csvDelimiters)[number] })}>
                  {csvDelimiters.map((d) => (
                    <option key={d} value={d}>
                      {delimiterNames[d]}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>
          <Privacy personal={personal} />
          <p className="field__hint">
            Cells that a spreadsheet could run as formulas (starting with =, +, -, @, a tab or a carriage return) are written as text with a leading apostrophe; numbers stay numbers.
          </p>
          <div className="export-actions">
            <button type="submit" className="button button--primary" disabled={s.running || blocked || !table} aria-describedby={blocked ? 'export-blocked' : undefined} data-testid="export-run">
              {canPick ? 'Export…' : 'Export and download'}
            </button>
            {blocked && (
              <p id="export-blocked" className="field__hint">
                Confirm the identified export above, or choose pseudonymised.
              </p>
            )}
          </div>
          {s.running && <ExportProgress what={s.what} />}
          {s.error && <ErrorNotice error={s.error} title="The export failed; no file was written" />}
          <Result />
        </form>
      )}
    </section>
  );
}
