// Which column feeds which field: every field of the kind with a select of the file's columns,
// required ones flagged, the guess with its confidence and reason, and sample values from the
// file so a guess can be confirmed by eye.
import type { ImportPreview } from '../../../shared/import-types';
import { confirmGuess, setFieldColumn } from './actions';
import type { FieldStatus } from './store';

function samples(preview: ImportPreview, column: string | null): string[] {
  if (!column) return [];
  const i = preview.headers.indexOf(column);
  if (i < 0) return [];
  return [...new Set(preview.rows.map((r) => r[i]).filter((v) => v !== ''))].slice(0, 3);
}

function Confidence({ status }: { status: FieldStatus }) {
  const g = status.guess;
  if (!status.column) return <span className="muted">—</span>;
  if (!g) return <span className="confidence is-user">your choice</span>;
  const pct = Math.round(g.confidence * 100);
  const level = g.confidence >= 0.9 ? 'high' : g.confidence >= 0.7 ? 'medium' : 'low';
  return (
    <span className={`confidence is-${level}`}>
      <span className="confidence__value">{pct}%</span> <span className="confidence__reason">{g.reason}</span>
    </span>
  );
}

export function FieldMapping({ preview, statuses, disabled }: { preview: ImportPreview; statuses: FieldStatus[]; disabled: boolean }) {
  const description = new Map(preview.fields.map((f) => [f.key, f]));
  return (
    <div className="table-wrap">
      <table className="table mapping-table" data-testid="mapping-table">
        <caption className="sr-only">Column for each field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">Sample values</th>
            <th scope="col">Guess</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((st) => {
            const f = description.get(st.key)!;
            const selectId = `map-${st.key}`;
            const alt = f.alternativeTo ? preview.fields.find((o) => o.key === f.alternativeTo)?.label : null;
            return (
              <tr key={st.key} className={st.missing ? 'is-missing' : st.unconfirmed ? 'is-unconfirmed' : undefined} data-testid={`mapping-${st.key}`}>
                <th scope="row" className="mapping-table__field">
                  <label htmlFor={selectId}>{st.label}</label>
                  {st.required && <span className="badge badge--required">required</span>}
                  <span className="mapping-table__description" id={`${selectId}-d`}>
                    {f.description}
                    {alt ? ` Instead of ${alt}.` : ''}
                  </span>
                  {st.missing && (
                    <span className="field__error" role="alert">
                      Required: choose the column that holds it.
                    </span>
                  )}
                </th>
                <td>
                  <select
                    id={selectId}
                    className="select select--small"
                    value={st.column ?? ''}
                    disabled={disabled}
                    aria-describedby={`${selectId}-d`}
                    aria-invalid={st.missing || undefined}
                    onChange={(e) => setFieldColumn(st.key, e.target.value || null)}
                  >
                    <option value="">— not in this file —</option>
                    {preview.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="mapping-table__samples">
                  {samples(preview, st.column).map((v) => (
                    <span key={v} className="sample">
                      {v}
                    </span>
                  ))}
                </td>
                <td>
                  <Confidence status={st} />
                  {st.unconfirmed && (
                    <button type="button" className="button button--secondary button--small mapping-table__confirm" disabled={disabled} onClick={() => confirmGuess(st.key)}>
                      Confirm {st.label}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
