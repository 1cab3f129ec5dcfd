// The people behind a heatmap cell: each with their level against the requirement ("not
// assessed" when unknown) or, for a unit x category cell, their figures in that category, a page
// at a time. A person opens their profile. Cells hidden in privacy mode say why instead.
import { useEffect, useState } from 'react';
import type { GapCellPeople, GapCellPerson, GapFilterInput } from '../../../shared/gap-types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { Explain } from './Explain';
import type { OpenCell } from './store';
import { useGapQuery } from './use-gap-query';

const PAGE = 25;

interface DrillPanelProps {
  open: OpenCell;
  when: { asOf?: string; monthsAhead?: number };
  filter: GapFilterInput;
  format: Formatter;
  onPerson(id: number): void;
  onClose(): void;
}

function levelText(r: GapCellPerson, f: Formatter): string {
  if (r.level) return r.level.proficiency === null ? 'not assessed' : `${f.decimal(r.level.proficiency, 1)} of ${f.decimal(r.level.required, 1)}`;
  if (r.category) return `${f.integer(r.category.assessed)} of ${f.integer(r.category.required)} assessed`;
  return '—';
}

function gapText(r: GapCellPerson, f: Formatter): string {
  if (r.level) return r.level.gap === null ? 'unknown' : f.decimal(r.level.gap, 1);
  if (r.category) return r.category.assessed === 0 ? 'unknown' : f.decimal(r.category.gapLevels, 1);
  return '—';
}

function columns(f: Formatter, showNames: boolean, onPerson: (id: number) => void, byRole: boolean): Column<GapCellPerson>[] {
  const cols: Column<GapCellPerson>[] = [
    {
      id: 'person',
      header: 'Person',
      cell: (r) => (
        <button type="button" className="link-button" onClick={() => onPerson(r.id)} aria-label={`Open the profile of ${r.name ?? r.ref}`}>
          <span className="mono">{r.ref}</span>
          {showNames && r.name && <span className="gap-person-name">{r.name}</span>}
        </button>
      ),
    },
  ];
  if (!byRole) cols.push({ id: 'role', header: 'Role', cell: (r) => r.role, truncate: true, text: (r) => r.role });
  cols.push(
    { id: 'level', header: byRole ? 'Level (of required)' : 'Category', cell: (r) => <span className={r.level?.proficiency === null ? 'muted' : undefined}>{levelText(r, f)}</span> },
    { id: 'gap', header: 'Gap', numeric: true, cell: (r) => gapText(r, f) },
    { id: 'readiness', header: 'Readiness', numeric: true, cell: (r) => (r.readiness === null ? <span className="muted">unknown</span> : f.percent(r.readiness, 0)) },
  );
  return cols;
}

export function DrillPanel({ open, when, filter, format: f, onPerson, onClose }: DrillPanelProps) {
  const [offset, setOffset] = useState(0);
  const [sortBy, setSortBy] = useState<'gap' | 'readiness' | 'gapHours' | 'ref'>('gap');
  const cellKey = JSON.stringify(open.cell);
  useEffect(() => setOffset(0), [cellKey]);
  const s = open.stats;
  // A hidden cell is not asked for: the host would refuse it (kind 'unauthorized') for the reason shown here.
  const { data, error, loading } = useGapQuery('getGapCellPeople', s.suppressed ? null : { ...when, filter, cell: open.cell, offset, limit: PAGE, sortBy });
  const whyCell = (metric: 'meanGap' | 'unknownShare' | 'gapHours' | 'meetingShare') => [{ request: { ...when, filter, target: { kind: 'cell' as const, cell: open.cell, metric } } }];
  const shown = data as GapCellPeople | null;
  return (
    <aside className="card drill-panel" aria-labelledby="drill-title" data-testid="drill-panel">
      <header className="card__header">
        <h2 id="drill-title" className="card__title">
          {open.title}
        </h2>
        <button type="button" className="icon-button" aria-label="Close the people behind this cell" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {s.suppressed ? (
        <p className="notice notice--privacy" role="status">
          Hidden in privacy mode: {s.reason}. The people behind it are not listed and its figures are not shown.
        </p>
      ) : (
        <dl className="drill-panel__stats">
          <Stat label="Mean gap" value={s.meanGap === null ? 'unknown' : `${f.fixed(s.meanGap, 2)} levels`} why={<Explain label={`Mean gap, ${open.title}`} requests={whyCell('meanGap')} />} />
          <Stat label="Meeting the requirement" value={s.meetingShare === null ? 'unknown' : f.percent(s.meetingShare, 0)} why={<Explain label={`Meeting share, ${open.title}`} requests={whyCell('meetingShare')} />} />
          <Stat label="Not assessed" value={f.percent(s.unknownShare ?? 0, 0)} why={<Explain label={`Unknown share, ${open.title}`} requests={whyCell('unknownShare')} />} />
          <Stat label="Hours to close" value={`${f.integer(s.gapHours ?? 0)} h`} why={<Explain label={`Gap hours, ${open.title}`} requests={whyCell('gapHours')} />} />
        </dl>
      )}
      {error && <ErrorNotice error={error} title={error.kind === 'unauthorized' ? 'Hidden in privacy mode' : 'Could not load the people'} />}
      {!shown && loading && <Loading label="Loading the people…" />}
      {shown && (
        <>
          <div className="drill-panel__bar">
            <p className="muted" role="status">
              {f.integer(shown.total)} {shown.total === 1 ? 'person' : 'people'}
              {loading ? ' · updating…' : ''}
            </p>
            <label className="drill-panel__sort">
              Sort by{' '}
              <select className="select select--small" value={sortBy} onChange={(e) => (setSortBy(e.target.value as typeof sortBy), setOffset(0))}>
                <option value="gap">Largest gap</option>
                <option value="readiness">Lowest readiness</option>
                <option value="gapHours">Most hours</option>
                <option value="ref">Ref</option>
              </select>
            </label>
          </div>
          <DataTable
            caption={`People behind ${open.title}`}
            columns={columns(f, !shown.scope.privacy.pseudonymise, onPerson, open.cell.kind === 'role-skill')}
            rows={shown.rows}
            rowKey={(r) => r.id}
            testId="drill-people"
          />
          {shown.total > PAGE && (
            <div className="drill-panel__pager">
              <button type="button" className="button button--ghost button--small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                ‹ Previous
              </button>
              <span className="num">
                {f.integer(offset + 1)}–{f.integer(offset + shown.rows.length)} of {f.integer(shown.total)}
              </span>
              <button type="button" className="button button--ghost button--small" disabled={offset + PAGE >= shown.total} onClick={() => setOffset(offset + PAGE)}>
                Next ›
              </button>
            </div>
          )}
        </>
      )}
    </aside>
  );
}

function Stat({ label, value, why }: { label: string; value: string; why: React.ReactNode }) {
  return (
    <div className="drill-panel__stat">
      <dt>{label}</dt>
      <dd>
        <span className="num">{value}</span>
        {why}
      </dd>
    </div>
  );
}
