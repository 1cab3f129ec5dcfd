// What each option costs per role and location in this plan (a hire, a contractor per period,
// the average severance) with its explanation, and the overrides that change them.
import { useState } from 'react';
import type { PlanResult } from '../../../../shared/plan-types';
import { SearchBox } from '../../../components/SearchBox';
import type { Formatter } from '../../../format';
import { FigureWhy } from '../FigureWhy';
import { roleAt } from '../plan-labels';
import { OverridesEditor } from './OverridesEditor';

const SHOWN = 60;

export function CostsPanel({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const [search, setSearch] = useState('');
  const q = search.trim().toLowerCase();
  const rows = result.costs.filter((c) => !q || c.role.toLowerCase().includes(q) || c.location.toLowerCase().includes(q));
  return (
    <div className="plan-panel" data-testid="plan-costs">
      <OverridesEditor result={result} format={f} />
      <section className="card" aria-labelledby="plan-unit-costs-title" data-testid="unit-costs">
        <header className="card__header">
          <h2 id="plan-unit-costs-title" className="card__title">
            Unit costs by role and location
          </h2>
          <SearchBox label="Search roles or locations" placeholder="Search roles or locations…" value={search} onSearch={setSearch} delay={150} />
        </header>
        <div className="table-wrap table-wrap--scroll">
          <table className="table table--single-line">
            <caption className="sr-only">What each option costs per role and location</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col" className="num">
                  Loaded cost / FTE
                </th>
                <th scope="col" className="num">
                  Hire (per FTE)
                </th>
                <th scope="col" className="num">
                  Contractor premium / period
                </th>
                <th scope="col" className="num">
                  Contractor cap
                </th>
                <th scope="col" className="num">
                  Average severance
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((c) => (
                <tr key={`${c.roleId}:${c.locationId ?? '-'}`}>
                  <th scope="row">{roleAt(c.role, c.location)}</th>
                  <td className="num">{f.money(c.loadedCost)}</td>
                  <td className="num">
                    <span className="plan-cell-why">
                      <span>{c.hire.result === null ? '—' : f.money(c.hire.result)}</span>
                      <FigureWhy label={`Hire into ${c.role}`} figure={c.hire} format={f} />
                    </span>
                  </td>
                  <td className="num">
                    <span className="plan-cell-why">
                      <span>{c.contractorPerPeriod.result === null ? '—' : f.money(c.contractorPerPeriod.result)}</span>
                      <FigureWhy label={`Contractor in ${c.role}`} figure={c.contractorPerPeriod} format={f} />
                    </span>
                  </td>
                  <td className="num">{f.decimal(c.contractorCapFte, 1)} FTE</td>
                  <td className="num">{c.severanceAverage > 0 ? f.money(c.severanceAverage) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted plan-note">{rows.length > SHOWN ? `The first ${SHOWN} of ${f.integer(rows.length)}: search to narrow.` : `${f.integer(rows.length)} roles and locations.`}</p>
      </section>
    </div>
  );
}
