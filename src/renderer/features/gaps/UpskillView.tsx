// Upskill list: people whose role stays but whose future profile outgrows them, most extra hours
// first, with the hours and months to reach the future profile and the programs that cover it.
import { useState } from 'react';
import type { GapFilterInput, GapUpskillRow } from '../../../shared/gap-types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { Explain } from './Explain';
import { programNames } from './PersonProfile';
import { useGapView } from './store';
import { useGapQuery } from './use-gap-query';

const PAGE = 50;

export function UpskillView({ filter, future, format: f }: { filter: GapFilterInput; future: { futureMonths?: number; futureDate?: string }; format: Formatter }) {
  const openPerson = useGapView((s) => s.openPerson);
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useGapQuery('getGapUpskill', { filter, ...future, offset, limit: PAGE });
  const later = data ? f.date(data.futureDate) : '';
  const ready = (x: number | null) => (x === null ? 'unknown' : f.percent(x, 0));
  const columns: Column<GapUpskillRow>[] = [
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
    { id: 'role', header: 'Role', cell: (r) => r.role, truncate: true, text: (r) => r.role },
    { id: 'readiness', header: 'Readiness today → later', numeric: true, cell: (r) => `${ready(r.readinessNow)} → ${ready(r.readinessFuture)}` },
    { id: 'hours', header: 'Hours today → later', numeric: true, cell: (r) => `${f.integer(r.gapHoursNow)} → ${f.integer(r.gapHoursFuture)}` },
    { id: 'extra', header: 'Extra hours', numeric: true, cell: (r) => `+${f.integer(r.extraHours)}` },
    {
      id: 'months',
      header: 'Months',
      numeric: true,
      cell: (r) => (
        <span className="cell-why">
          {f.fixed(r.monthsFuture, 1)}
          <Explain label={`Months to close for ${r.ref}`} requests={[{ request: { asOf: data!.futureDate, target: { kind: 'months', employee: r.id } } }]} />
        </span>
      ),
    },
    { id: 'programs', header: 'Programs', cell: (r) => programNames(r.programs) || <span className="muted">none cover the gap</span>, truncate: true, text: (r) => programNames(r.programs) },
  ];
  return (
    <section className="card" aria-labelledby="upskill-title" data-testid="upskill-list">
      <header className="card__header">
        <h2 id="upskill-title" className="card__title">
          Upskill: roles that outgrow their people by {later}
        </h2>
      </header>
      <p className="muted card__intro">
        People whose role stays but whose future requirements (future-dated, so forecasts) leave them with more to learn, most extra hours first. Months at the engagement&rsquo;s learning hours per month.
      </p>
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {!data && loading && <Loading label="Loading the upskill list…" />}
      {data && (
        <>
          <DataTable caption="Upskill list" columns={columns} rows={data.rows} rowKey={(r) => r.id} singleLine busy={loading} empty="Nobody's role outgrows them by this date." />
          <ListPager total={data.total} offset={offset} shown={data.rows.length} page={PAGE} format={f} noun="people" onOffset={setOffset} />
        </>
      )}
    </section>
  );
}

export function ListPager({ total, offset, shown, page, format: f, noun, onOffset }: { total: number; offset: number; shown: number; page: number; format: Formatter; noun: string; onOffset(o: number): void }) {
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p className="pager__count num" role="status">
        {total === 0 ? `No ${noun}` : `${f.integer(offset + 1)}–${f.integer(offset + shown)} of ${f.integer(total)} ${noun}`}
      </p>
      <div className="pager__controls">
        <button type="button" className="button button--ghost button--small" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - page))}>
          ‹ Previous
        </button>
        <button type="button" className="button button--ghost button--small" disabled={offset + page >= total} onClick={() => onOffset(offset + page)}>
          Next ›
        </button>
      </div>
    </nav>
  );
}
