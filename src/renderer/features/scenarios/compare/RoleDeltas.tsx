// Per role at the horizon: each compared scenario's gap and its difference from the baseline
// (supply and demand deltas on hover), roles whose figures move most first.
import { useState } from 'react';
import type { ComparisonEntry } from '../../../../shared/scenario-types';
import type { Formatter } from '../../../format';
import { entryName } from './CompareCharts';

const ROWS = 40;

export function RoleDeltas({ entries, format: f }: { entries: ComparisonEntry[]; format: Formatter }) {
  const [search, setSearch] = useState('');
  const [all, setAll] = useState(false);
  const others = entries.filter((e) => e.scenario.id !== 'baseline');
  const roles = new Map<number, string>();
  for (const e of entries) for (const r of e.roles) roles.set(r.roleId, r.role);
  const byEntry = entries.map((e) => new Map(e.roles.map((r) => [r.roleId, r])));
  const q = search.trim().toLowerCase();
  const moved = (id: number) => Math.max(0, ...byEntry.map((m) => Math.abs(m.get(id)?.delta.gap ?? 0)), ...byEntry.map((m) => Math.abs(m.get(id)?.delta.demand ?? 0)));
  const list = [...roles.entries()]
    .filter(([id, name]) => (!q || name.toLowerCase().includes(q)) && (others.length === 0 || moved(id) > 0.005))
    .sort((a, b) => moved(b[0]) - moved(a[0]) || a[1].localeCompare(b[1]));
  const shown = all ? list : list.slice(0, ROWS);
  const signed = (v: number) => (Math.abs(v) < 0.005 ? '±0' : `${v > 0 ? '+' : '\u2212'}${f.decimal(Math.abs(v), 1)}`);
  return (
    <section className="card" aria-labelledby="compare-roles-title" data-testid="compare-roles">
      <header className="card__header">
        <h3 id="compare-roles-title" className="card__title">
          Roles at the horizon
        </h3>
        <div className="card__tools">
          <input type="search" className="input input--small" aria-label="Filter roles" placeholder="Filter roles…" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </header>
      <p className="muted">
        Gap (demand − supply, FTE) per role and its change against the baseline: red when the role ends further from balance (more shortage or surplus), green when closer. {f.integer(list.length)} roles {others.length > 0 ? 'move' : 'shown'}.
      </p>
      <div className="table-wrap table-wrap--scroll">
        <table className="table table--single-line compare-roles" data-testid="compare-roles-table">
          <caption className="sr-only">Gap per role at the horizon and its change against the baseline</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              {entries.map((e, i) => (
                <th key={i} scope="col" className="num">
                  {entryName(e)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(([id, name]) => (
              <tr key={id}>
                <th scope="row">{name}</th>
                {entries.map((e, i) => {
                  const r = byEntry[i].get(id);
                  if (!r) return <td key={i} className="num muted">—</td>;
                  const d = r.delta.gap;
                  // Further from balance (more shortage or more surplus) is worse for the plan.
                  const was = Math.abs(r.gap - d);
                  const tone = Math.abs(d) < 0.005 ? 'neutral' : Math.abs(r.gap) > was ? 'worse' : 'better';
                  return (
                    <td key={i} className="num" title={`Supply ${f.decimal(r.supply, 1)} (${signed(r.delta.supply)}), demand ${f.decimal(r.demand, 1)} (${signed(r.delta.demand)})`}>
                      {f.fixed(r.gap, 1)}
                      {e.scenario.id !== 'baseline' && (
                        <span className={`compare-delta compare-delta--${tone}`}>
                          {signed(d)}
                          {tone !== 'neutral' && <span className="sr-only">, {tone === 'worse' ? 'further from balance' : 'closer to balance'}</span>}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.length > shown.length && (
        <button type="button" className="button button--ghost button--small" onClick={() => setAll(true)}>
          Show all {f.integer(list.length)} roles
        </button>
      )}
    </section>
  );
}
