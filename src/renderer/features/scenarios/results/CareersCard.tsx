// Career paths from the transition matrix (an absorbing chain): per starting role the expected
// years remaining in the organisation, and the probability of ever reaching other roles as a
// small heat table for one role family.
import { useState } from 'react';
import type { CareerRow } from '../../../../shared/scenario-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { WhyButton } from '../../../components/WhyButton';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';

const TARGETS = 8;
const ROWS = 12;

function matrix(rows: CareerRow[]) {
  const best = new Map<number, { role: string; p: number }>();
  for (const r of rows) for (const x of r.reachProbability) if ((best.get(x.roleId)?.p ?? 0) < x.probability) best.set(x.roleId, { role: x.role, p: x.probability });
  const cols = [...best.entries()].sort((a, b) => b[1].p - a[1].p).slice(0, TARGETS).map(([id, v]) => ({ id, role: v.role }));
  return cols;
}

export function CareersCard({ format: f }: { format: Formatter }) {
  const q = useApiQuery('scenarioCareers', {});
  const [family, setFamily] = useState<string | null>(null);
  const data = q.data;
  const families = data ? [...new Set(data.roles.map((r) => r.family))].sort() : [];
  const fam = family ?? families.find((x) => data!.roles.some((r) => r.family === x && r.reachProbability.length > 0)) ?? families[0] ?? null;
  const rows = data ? data.roles.filter((r) => r.family === fam).slice(0, ROWS) : [];
  const cols = matrix(rows);
  const noMoves = data ? data.moveSources.table + data.moveSources.calibrated === 0 : false;
  return (
    <section className="card sc-careers" aria-labelledby="sc-careers-title" data-testid="careers">
      <header className="card__header">
        <h3 id="sc-careers-title" className="card__title">
          Career paths
        </h3>
        <div className="card__tools">
          {data && (
            <label className="sc-inline-field">
              <span>Family</span>
              <select className="select select--small" value={fam ?? ''} onChange={(e) => setFamily(e.target.value)}>
                {families.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
            </label>
          )}
          <WhyButton label="Career paths">
            <p>The yearly transition rates between roles (imported, or calibrated from a history of moves) form an absorbing Markov chain: leaving is the absorbing state.</p>
            <p>Expected years = expected time before leaving, from the fundamental matrix N = (I − Q)⁻¹. Reach probability = chance of ever holding a role, starting from another.</p>
          </WhyButton>
        </div>
      </header>
      {q.error && <ErrorNotice error={q.error} onRetry={q.reload} />}
      {!data && !q.error && <Loading label="Reading career paths…" />}
      {data && (
        <>
          <p className="muted">
            Rates: {f.integer(data.moveSources.table)} roles from an imported table, {f.integer(data.moveSources.calibrated)} calibrated from moves, {f.integer(data.moveSources.none)} with exits only.
            {noMoves && ' Import transitions or a history of moves to see paths between roles.'}
          </p>
          <div className="table-wrap">
            <table className="table table--compact sc-careers__table" data-testid="careers-table">
              <caption className="sr-only">Expected years remaining and probability of reaching other roles, {fam} family</caption>
              <thead>
                <tr>
                  <th scope="col">From role</th>
                  <th scope="col" className="num">
                    Years left
                  </th>
                  {cols.map((c) => (
                    <th key={c.id} scope="col" className="num sc-careers__col" title={c.role}>
                      <span className="ellipsis">{c.role}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.roleId}>
                    <th scope="row">{r.role}</th>
                    <td className="num">{r.expectedYears === null ? 'never leaves' : f.decimal(r.expectedYears, 1)}</td>
                    {cols.map((c) => {
                      const p = c.id === r.roleId ? null : (r.reachProbability.find((x) => x.roleId === c.id)?.probability ?? 0);
                      return (
                        <td key={c.id} className="num sc-heat" style={p ? ({ '--heat': String(Math.min(1, p)) } as React.CSSProperties) : undefined} aria-label={p === null ? `${r.role}: same role` : `${r.role} to ${c.role}: ${f.percent(p, 0)}`}>
                          {p === null ? '·' : p > 0 ? f.percent(p, 0) : ''}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.warnings.map((w, i) => (
            <p key={i} className="muted">
              {w}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
