// Gap by role (or org unit, or location) and period: shortage in warm colours, surplus in cool
// ones, headers pinned while the table scrolls both ways. One tab stop: arrow keys move between
// cells, Enter explains the cell (roles) below the table; a role's name charts it above.
import { useMemo, useRef, useState } from 'react';
import type { MonteCarloResult, ScenarioRunResult, SeriesGroup, SeriesMeasure } from '../../../../shared/scenario-types';
import { Segmented } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { CellExplain } from './CellExplain';
import { gapStep, gapTone } from './gap-scale';

type GroupBy = 'roles' | 'units' | 'locations';
type Measure = Extract<SeriesMeasure, 'gap' | 'supply' | 'demand' | 'hires' | 'exits'>;

const measureLabels: Record<Measure, string> = { gap: 'Gap', supply: 'Supply', demand: 'Demand', hires: 'Hires', exits: 'Exits' };
const ROWS = 60;

interface GapTableProps {
  result: ScenarioRunResult;
  mc: MonteCarloResult | null;
  onChartRole(roleId: number): void;
  format: Formatter;
}

export function GapTable({ result, mc, onChartRole, format: f }: GapTableProps) {
  const [by, setBy] = useState<GroupBy>('roles');
  const [measure, setMeasure] = useState<Measure>('gap');
  const [search, setSearch] = useState('');
  const [all, setAll] = useState(false);
  const [focus, setFocus] = useState<{ r: number; c: number }>({ r: 0, c: result.dates.length - 1 });
  const [open, setOpen] = useState<{ group: SeriesGroup; period: number } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const T = result.dates.length - 1;

  const groups = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = (result[by] ?? []).filter((g) => (g.values.supply.some((v) => v !== 0) || g.values.demand.some((v) => v !== 0)) && (!q || g.label.toLowerCase().includes(q)));
    return list.sort((a, b) => Math.abs(b.values.gap[T]) - Math.abs(a.values.gap[T]) || a.label.localeCompare(b.label));
  }, [result, by, search, T]);
  const rows = all ? groups : groups.slice(0, ROWS);
  const max = rows.reduce((m, g) => Math.max(m, ...g.values[measure].map(Math.abs)), 0);
  const pClosed = new Map(by === 'roles' && mc ? mc.roles.map((r) => [r.roleId, r.pClosed]) : []);
  const fmt = (v: number) => (measure === 'hires' || measure === 'exits' ? f.decimal(v, 1) : f.fixed(v, 1));

  function move(e: React.KeyboardEvent) {
    const d = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
    let next = focus;
    if (d) next = { r: Math.min(rows.length - 1, Math.max(0, focus.r + d[0])), c: Math.min(T, Math.max(0, focus.c + d[1])) };
    else if (e.key === 'Home') next = { r: focus.r, c: 0 };
    else if (e.key === 'End') next = { r: focus.r, c: T };
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (rows[focus.r]) setOpen({ group: rows[focus.r], period: focus.c });
      return;
    } else return;
    e.preventDefault();
    setFocus(next);
    table.current?.querySelector<HTMLElement>(`td[data-r="${next.r}"][data-c="${next.c}"]`)?.focus();
  }

  const cellName = (g: SeriesGroup, k: number) => {
    const v = g.values[measure][k];
    const tone = measure === 'gap' ? gapTone(v) : 'even';
    return `${g.label}, ${f.date(result.dates[k])}: ${measureLabels[measure].toLowerCase()} ${fmt(v)} FTE${tone === 'shortage' ? ' (shortage)' : tone === 'surplus' ? ' (surplus)' : ''}`;
  };

  return (
    <section className="card chart-card--span-2 sc-gaps" aria-labelledby="sc-gap-title" data-testid="gap-table-card">
      <header className="card__header">
        <h3 id="sc-gap-title" className="card__title">
          {measureLabels[measure]} by {by === 'roles' ? 'role' : by === 'units' ? 'org unit' : 'location'} and period
        </h3>
        <div className="card__tools">
          <Segmented<GroupBy> label="Rows" value={by} options={[{ value: 'roles', label: 'Roles' }, { value: 'units', label: 'Org units' }, { value: 'locations', label: 'Locations' }]} onChange={(v) => { setBy(v); setOpen(null); setFocus({ r: 0, c: T }); }} />
          <Segmented<Measure> label="Figure" value={measure} options={(Object.keys(measureLabels) as Measure[]).map((m) => ({ value: m, label: measureLabels[m] }))} onChange={setMeasure} />
          <input type="search" className="input input--small" aria-label="Filter rows by name" placeholder="Filter…" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </header>
      <p className="muted sc-gaps__legend">
        {measure === 'gap' ? (
          <>
            Gap = demand − supply in FTE: <span className="gap-swatch gap-swatch--shortage">shortage</span> <span className="gap-swatch gap-swatch--surplus">surplus</span>.{' '}
          </>
        ) : null}
        {f.integer(groups.length)} rows, largest gap at the horizon first. Arrow keys move; Enter explains a cell{by === 'roles' ? '' : ' (roles only)'}.
      </p>
      <div className="sc-gaps__scroll" tabIndex={-1}>
        <table ref={table} className="sc-gaps__table" role="grid" aria-label={`${measureLabels[measure]} by ${by} and period, FTE`} onKeyDown={move} data-testid="gap-table">
          <thead>
            <tr>
              <th scope="col" className="sc-gaps__corner">
                {by === 'roles' ? 'Role' : by === 'units' ? 'Org unit' : 'Location'}
              </th>
              {result.dates.map((d, k) => (
                <th key={d} scope="col" className="num">
                  {k === 0 ? 'Today' : f.date(d)}
                </th>
              ))}
              {pClosed.size > 0 && (
                <th scope="col" className="num" title={`Share of Monte Carlo runs whose gap is closed by ${mc ? f.date(mc.targetDate) : ''}`}>
                  P(closed)
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((g, r) => (
              <tr key={`${g.key}`}>
                <th scope="row" className="sc-gaps__rowhead" title={g.label}>
                  {by === 'roles' && g.key !== null ? (
                    <button type="button" className="link-button" title="Chart this role" tabIndex={-1} onClick={() => onChartRole(g.key!)}>
                      {g.label}
                    </button>
                  ) : (
                    g.label
                  )}
                </th>
                {g.values[measure].map((v, k) => {
                  const tone = measure === 'gap' ? gapTone(v) : 'even';
                  const active = focus.r === r && focus.c === k;
                  return (
                    <td
                      key={k}
                      data-r={r}
                      data-c={k}
                      tabIndex={active ? 0 : -1}
                      aria-label={cellName(g, k)}
                      aria-selected={open?.group === g && open.period === k ? true : undefined}
                      className={`num sc-gap-cell sc-gap-cell--${tone}`}
                      data-step={tone === 'even' ? undefined : gapStep(v, max)}
                      onClick={() => {
                        setFocus({ r, c: k });
                        setOpen({ group: g, period: k });
                      }}
                    >
                      {fmt(v)}
                    </td>
                  );
                })}
                {pClosed.size > 0 && <td className="num">{g.key !== null && pClosed.has(g.key) ? f.percent(pClosed.get(g.key)!, 0) : '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {groups.length > rows.length && (
        <button type="button" className="button button--ghost button--small" onClick={() => setAll(true)}>
          Show all {f.integer(groups.length)} rows
        </button>
      )}
      {open && <CellExplain group={open.group} by={by} period={open.period} date={result.dates[open.period]} onClose={() => setOpen(null)} format={f} />}
    </section>
  );
}
