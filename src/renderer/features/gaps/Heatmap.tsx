// The gap heatmap: roles x skills (or org units x skill categories), the mean level-gap as
// colour on a fixed sequential scale, unknown-heavy cells hatched, unknown cells marked "?",
// cells hidden by privacy mode crossed out. A grid for assistive technology: one cell is in the
// tab order, arrow keys (Home/End, PageUp/PageDown) move, Enter or Space opens the cell's people.
// Focus moves by DOM (not state), so stepping through 7,000 cells re-renders nothing.
import { memo, useCallback, useMemo, useRef } from 'react';
import type { GapHeatAxis, GapHeatCell, GapHeatmap } from '../../../shared/gap-types';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';
import { cellState, heatStep } from './heat-scale';
import './heatmap.css';

interface HeatmapProps {
  data: GapHeatmap;
  format: Formatter;
  caption: string;
  /** The cell whose people are open, highlighted. */
  selected: { row: number; col: number } | null;
  onOpen(cell: GapHeatCell, row: GapHeatAxis, col: GapHeatAxis): void;
  legendId: string;
}

function describe(c: GapHeatCell | undefined, row: GapHeatAxis, col: GapHeatAxis, f: Formatter): string {
  const at = `${row.label}, ${col.label}`;
  if (!c) return `${at}: not required`;
  if (c.suppressed) return `${at}: hidden, ${c.reason}`;
  const parts = [
    c.meanGap === null ? 'gap unknown, nobody assessed' : `mean gap ${f.fixed(c.meanGap, 2)} levels`,
    c.meetingShare === null ? null : `${f.percent(c.meetingShare, 0)} meet the requirement`,
    `${f.percent(c.unknownShare ?? 0, 0)} not assessed`,
    `${f.integer(c.people ?? 0)} ${c.people === 1 ? 'person' : 'people'}`,
    `${f.integer(c.gapHours ?? 0)} h to close`,
  ];
  return `${at}: ${parts.filter(Boolean).join(', ')}`;
}

function cellText(c: GapHeatCell, f: Formatter): string {
  if (c.suppressed) return '';
  if (c.meanGap === null) return '?';
  return f.fixed(c.meanGap, 1);
}

interface RowProps {
  r: number;
  row: GapHeatAxis;
  cols: GapHeatAxis[];
  cells: Map<number, GapHeatCell>;
  selectedCol: number | null;
  format: Formatter;
  rowLabelIsUnit: boolean;
}

const HeatRow = memo(function HeatRow({ r, row, cols, cells, selectedCol, format, rowLabelIsUnit }: RowProps) {
  return (
    <tr>
      <th scope="row" role="rowheader" className="heatmap__row-head" title={row.label}>
        <span className="heatmap__row-label">
          <span className="ellipsis">{row.label}</span>
          {row.isManager && <span className="tag">Mgr</span>}
          {rowLabelIsUnit && row.id === null && <span className="muted"> (no unit)</span>}
        </span>
      </th>
      {cols.map((col, c) => {
        const cell = cells.get(c);
        const label = describe(cell, row, col, format);
        if (!cell) {
          return <td key={c} role="gridcell" className="heat-cell heat-cell--empty" tabIndex={-1} data-r={r} data-c={c} aria-label={label} />;
        }
        const state = cellState(cell);
        const step = cell.meanGap === null || cell.suppressed ? undefined : heatStep(cell.meanGap);
        return (
          <td
            key={c}
            role="gridcell"
            className={`heat-cell heat-cell--${state}${selectedCol === c ? ' is-selected' : ''}`}
            data-step={step}
            data-r={r}
            data-c={c}
            data-testid={`heat-cell-${r}-${c}`}
            tabIndex={-1}
            aria-label={label}
            aria-selected={selectedCol === c}
            title={label}
          >
            {cellText(cell, format)}
          </td>
        );
      })}
    </tr>
  );
});

/** Column header groups: consecutive skill columns of one category share a band. */
function bands(cols: GapHeatAxis[]): { label: string; span: number }[] {
  const out: { label: string; span: number }[] = [];
  for (const c of cols) {
    const label = c.category ? categoryLabel(c.category) : '';
    if (out.length && out[out.length - 1].label === label) out[out.length - 1].span++;
    else out.push({ label, span: 1 });
  }
  return out;
}

export function Heatmap({ data, format, caption, selected, onOpen, legendId }: HeatmapProps) {
  const grid = useRef<HTMLTableElement>(null);
  const byRow = useMemo(() => {
    const rows = data.rows.map(() => new Map<number, GapHeatCell>());
    for (const c of data.cells) rows[c.row].set(c.col, c);
    return rows;
  }, [data]);
  const isRoleSkill = data.kind === 'role-skill';

  // The first data cell (or the selected one) is the grid's single tab stop.
  const start = selected ?? (data.cells[0] ? { row: data.cells[0].row, col: data.cells[0].col } : { row: 0, col: 0 });
  const cellAt = (r: number, c: number) => grid.current?.querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`) ?? null;
  const setTabStop = useCallback((el: HTMLElement | null) => {
    if (!el || !grid.current) return;
    grid.current.querySelectorAll<HTMLElement>('td[tabindex="0"]').forEach((x) => x !== el && (x.tabIndex = -1));
    el.tabIndex = 0;
  }, []);

  const refCallback = useCallback(
    (el: HTMLTableElement | null) => {
      grid.current = el;
      if (el && !el.querySelector('td[tabindex="0"]')) setTabStop(el.querySelector<HTMLElement>(`td[data-r="${start.row}"][data-c="${start.col}"]`));
    },
    [setTabStop, start.row, start.col],
  );

  /** Hidden cells open too: the panel then says why their people cannot be shown. */
  function open(r: number, c: number) {
    const cell = byRow[r]?.get(c);
    if (cell) onOpen(cell, data.rows[r], data.cols[c]);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const td = (e.target as HTMLElement).closest('td[data-r]') as HTMLElement | null;
    if (!td) return;
    const r = Number(td.dataset.r);
    const c = Number(td.dataset.c);
    const nR = data.rows.length;
    const nC = data.cols.length;
    const page = 10;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [nR - 1, nC - 1] : [r, nC - 1],
      PageUp: [r - page, c],
      PageDown: [r + page, c],
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(r, c);
      return;
    }
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    const nr = Math.max(0, Math.min(nR - 1, to[0]));
    const nc = Math.max(0, Math.min(nC - 1, to[1]));
    const next = cellAt(nr, nc);
    if (!next) return;
    setTabStop(next);
    next.focus();
  }

  const colBands = isRoleSkill ? bands(data.cols) : null;
  return (
    <div className={`heatmap heatmap--${data.kind}`}>
      <table
        ref={refCallback}
        role="grid"
        className="heatmap__grid"
        aria-label={caption}
        aria-describedby={legendId}
        aria-rowcount={data.rows.length + (colBands ? 2 : 1)}
        aria-colcount={data.cols.length + 1}
        data-testid="heatmap"
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const td = (e.target as HTMLElement).closest('td[data-r]') as HTMLElement | null;
          if (!td) return;
          setTabStop(td);
          open(Number(td.dataset.r), Number(td.dataset.c));
        }}
      >
        <thead>
          {colBands && (
            <tr className="heatmap__bands">
              <td className="heatmap__corner" />
              {colBands.map((b, i) => (
                <th key={i} colSpan={b.span} scope="colgroup" className="heatmap__band" title={b.label}>
                  <span className="ellipsis">{b.label}</span>
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col" className="heatmap__corner">
              {isRoleSkill ? 'Role \\ skill' : 'Org unit \\ category'}
            </th>
            {data.cols.map((c) => (
              <th key={c.key} scope="col" role="columnheader" className={isRoleSkill ? 'heatmap__col-head heatmap__col-head--vertical' : 'heatmap__col-head'} title={c.label}>
                <span>{isRoleSkill ? c.label : categoryLabel(c.label)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, r) => (
            <HeatRow
              key={row.key}
              r={r}
              row={row}
              cols={data.cols}
              cells={byRow[r]}
              selectedCol={selected?.row === r ? selected.col : null}
              format={format}
              rowLabelIsUnit={!isRoleSkill}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
