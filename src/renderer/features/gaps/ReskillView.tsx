// Reskill: for a chosen role, the best internal candidates from other roles (fit, then hours),
// with months to proficiency and the programs that cover their gap, and the roles closest to it.
import { useId } from 'react';
import type { GapAdjacentRole, GapFilterInput, GapOptions, GapReskillCandidate } from '../../../shared/gap-types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { Explain } from './Explain';
import { programNames } from './PersonProfile';
import { useGapView } from './store';
import { useGapQuery } from './use-gap-query';

interface ReskillViewProps {
  options: GapOptions;
  when: { asOf?: string; monthsAhead?: number };
  filter: GapFilterInput;
  format: Formatter;
}

export function ReskillView({ options, when, filter, format: f }: ReskillViewProps) {
  const { reskillRoleId, setReskillRole, openPerson } = useGapView();
  const selectId = useId();
  // Default: the biggest role, where most moves would land.
  const roleId = reskillRoleId ?? [...options.roles].sort((a, b) => b.people - a.people)[0]?.id ?? null;
  const reskill = useGapQuery('getGapReskill', roleId === null ? null : { ...when, filter, roleId, top: 15 });
  const adjacency = useGapQuery('getGapAdjacency', roleId === null ? null : { ...when, roleId, top: 6 });
  const columns: Column<GapReskillCandidate>[] = [
    {
      id: 'person',
      header: 'Person',
      cell: (r) => (
        <button type="button" className="link-button" onClick={() => openPerson(r.id)} aria-label={`Open the profile of ${r.name ?? r.ref}`}>
          <span className="mono">{r.ref}</span>
          {r.name && <span className="gap-person-name">{r.name}</span>}
        </button>
      ),
    },
    { id: 'from', header: 'Current role', cell: (r) => r.fromRole, truncate: true, text: (r) => r.fromRole },
    {
      id: 'fit',
      header: 'Fit',
      numeric: true,
      cell: (r) => (
        <span className="cell-why">
          {f.percent(r.fit, 0)}
          <Explain label={`Fit of ${r.ref}`} requests={[{ request: { ...when, target: { kind: 'fit', employee: r.id, roleId: roleId! } } }]} />
        </span>
      ),
    },
    { id: 'coverage', header: 'Assessed', numeric: true, cell: (r) => f.percent(r.coverage, 0) },
    { id: 'hours', header: 'Hours', numeric: true, cell: (r) => f.integer(r.gapHours) },
    {
      id: 'months',
      header: 'Months',
      numeric: true,
      cell: (r) => (
        <span className="cell-why">
          {f.fixed(r.months, 1)}
          <Explain label={`Months to proficiency for ${r.ref}`} requests={[{ request: { ...when, target: { kind: 'months', employee: r.id, roleId: roleId! } } }]} />
        </span>
      ),
    },
    { id: 'programs', header: 'Programs', cell: (r) => programNames(r.programs) || <span className="muted">{r.gapHours > 0 ? 'none cover the gap' : '—'}</span>, truncate: true, text: (r) => programNames(r.programs) },
  ];
  return (
    <div className="gap-reskill" data-testid="reskill-view">
      <section className="card" aria-labelledby="reskill-title">
        <header className="card__header">
          <h2 id="reskill-title" className="card__title">
            Reskill: best internal candidates
          </h2>
          <div className="card__tools">
            <label htmlFor={selectId}>Target role</label>
            <select id={selectId} className="select select--small" value={roleId ?? ''} onChange={(e) => setReskillRole(Number(e.target.value))}>
              {options.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
        </header>
        <p className="muted card__intro">People from other roles ranked by fit for the role&rsquo;s profile, then by hours to close; only people with at least half of the profile assessed.</p>
        {reskill.error && <ErrorNotice error={reskill.error} onRetry={reskill.reload} />}
        {!reskill.data && reskill.loading && <Loading label="Finding candidates…" />}
        {reskill.data && (
          <DataTable caption={`Reskill candidates for ${reskill.data.role.title}`} columns={columns} rows={reskill.data.candidates} rowKey={(r) => r.id} singleLine busy={reskill.loading} testId="reskill-candidates" empty="No candidate has enough of this profile assessed." />
        )}
      </section>
      <section className="card" aria-labelledby="adjacency-title" data-testid="role-adjacency">
        <header className="card__header">
          <h2 id="adjacency-title" className="card__title">
            Closest roles
          </h2>
        </header>
        {adjacency.error && <ErrorNotice error={adjacency.error} onRetry={adjacency.reload} />}
        {adjacency.data && roleId !== null && (
          <div className="two-col">
            <Adjacent title="Its people could move into" rows={adjacency.data.into} format={f} when={when} explain={(to) => ({ fromRoleId: roleId, toRoleId: to })} />
            <Adjacent title="People who could move in come from" rows={adjacency.data.from} format={f} when={when} explain={(from) => ({ fromRoleId: from, toRoleId: roleId })} />
          </div>
        )}
      </section>
    </div>
  );
}

function Adjacent({ title, rows, format: f, when, explain }: { title: string; rows: GapAdjacentRole[]; format: Formatter; when: ReskillViewProps['when']; explain(other: number): { fromRoleId: number; toRoleId: number } }) {
  return (
    <div>
      <h3 className="profile-section__title">{title}</h3>
      <ul className="bar-list">
        {rows.map((r) => (
          <li key={r.roleId}>
            <span>{r.title}</span>
            <span className="cell-why num">
              {f.percent(r.fit, 0)} · {f.integer(r.gapHours)} h
              <Explain label={`Adjacency, ${r.title}`} requests={[{ request: { ...when, target: { kind: 'adjacency', ...explain(r.roleId) } } }]} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
