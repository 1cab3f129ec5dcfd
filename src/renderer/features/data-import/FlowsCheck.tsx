// Check step for transition-rate and moves files (scenarioImportFlows): the columns found by
// name, the counts, and every problem by row and column. These files are all or nothing.
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/use-format';
import { setFlowsSheet } from './actions';
import { ImportError } from './ImportError';
import { ProblemRows } from './ReportTables';
import { flowColumns, kindInfo, type FlowKind } from './kinds';
import { StepHeading } from './StepHeading';
import { useImportStore } from './store';

const SIZES = [10, 25, 100] as const;

export function FlowsCheck() {
  const { kind, staged, flows, busy, error, notice, sheet } = useImportStore(
    useShallow((s) => ({ kind: s.kind as FlowKind, staged: s.staged, flows: s.flows, busy: s.busy, error: s.error, notice: s.notice, sheet: s.options.sheet })),
  );
  const f = useFormat();
  const sheetId = useId();
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState<number>(SIZES[0]);
  if (!staged) return null;
  const shown = flows?.errors.slice(offset, offset + limit) ?? [];
  return (
    <div className="wizard-step">
      <StepHeading description={`${kindInfo[kind].label} files are read by their column names: ${flowColumns[kind]}`}>Check {staged.fileName}</StepHeading>
      {staged.format === 'xlsx' && (
        <div className="field">
          <label htmlFor={sheetId}>Sheet</label>
          <select id={sheetId} className="select" value={sheet ?? staged.sheets[0]?.name ?? ''} disabled={busy !== null} onChange={(e) => (setOffset(0), setFlowsSheet(e.target.value))}>
            {staged.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {notice && (
        <p className="wizard-notice" role="status">
          {notice}
        </p>
      )}
      {error && <ImportError error={error} />}
      {busy === 'validating' && (
        <p className="wizard-busy" role="status">
          Checking every row…
        </p>
      )}
      {flows && (
        <div className="report">
          <dl className="report-counts" data-testid="report-counts">
            <div>
              <dt>Rows read</dt>
              <dd className="num">{f.integer(flows.counts.rows)}</dd>
            </div>
            <div className="is-good">
              <dt>Valid</dt>
              <dd className="num">{f.integer(flows.counts.valid)}</dd>
            </div>
            <div className={flows.counts.invalid > 0 ? 'is-bad' : undefined}>
              <dt>Invalid</dt>
              <dd className="num" data-testid="count-invalid">
                {f.integer(flows.counts.invalid)}
              </dd>
            </div>
          </dl>
          <p className="field__hint">
            Columns found:{' '}
            {Object.entries(flows.columns)
              .map(([field, col]) => `${field} ← ${col ?? '(not in the file)'}`)
              .join('; ')}
          </p>
          {flows.errorCount > 0 && (
            <section aria-label="Problems">
              <ProblemRows rows={shown} />
              <Pager total={flows.errors.length} offset={offset} limit={limit} shown={shown.length} pageSizes={SIZES} format={f} noun="problems" onOffset={setOffset} onLimit={(l) => (setLimit(l), setOffset(0))} />
              {flows.errorCount > flows.errors.length && (
                <p className="field__hint">
                  The first {f.integer(flows.errors.length)} of {f.integer(flows.errorCount)} problems are listed.
                </p>
              )}
            </section>
          )}
          {flows.notes.length > 0 && (
            <ul className="wizard-notes" aria-label="Notes">
              {flows.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
