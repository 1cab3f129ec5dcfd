// The heatmap card (roles x skills or org units x categories) with its legend, and the
// drill-down panel beside it for the opened cell. Used by the main view and, limited to soft and
// leadership skills, by the leadership lens.
import { useId } from 'react';
import type { GapCellInput, GapFilterInput, GapHeatAxis, GapHeatCell, GapHeatmap, GapOptions } from '../../../shared/gap-types';
import { Segmented } from '../../components/ChartCard';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';
import { DrillPanel } from './DrillPanel';
import { HeatLegend } from './HeatLegend';
import { cellState } from './heat-scale';
import { Heatmap } from './Heatmap';
import { useGapView, type HeatmapKind } from './store';
import { useGapQuery } from './use-gap-query';

interface HeatmapViewProps {
  options: GapOptions;
  when: { asOf?: string; monthsAhead?: number };
  filter: GapFilterInput;
  format: Formatter;
  title: string;
}

function cellInput(kind: HeatmapKind, row: GapHeatAxis, col: GapHeatAxis): GapCellInput {
  return kind === 'role-skill'
    ? { kind: 'role-skill', roleId: row.id!, skillId: col.id! }
    : { kind: 'unit-category', unitId: row.id, category: col.key as Extract<GapCellInput, { kind: 'unit-category' }>['category'] };
}

export function HeatmapView({ options, when, filter, format: f, title }: HeatmapViewProps) {
  const { heatmapKind, setHeatmapKind, openCell, openCellPeople, openPerson } = useGapView();
  const legendId = useId();
  const { data, error, loading, reload } = useGapQuery('getGapHeatmap', { ...when, filter, kind: heatmapKind });
  const map: GapHeatmap | null = data && data.kind === heatmapKind ? data : null;
  const selected = openCell && map ? findCell(map, openCell.stats) : null;

  function onOpen(cell: GapHeatCell, row: GapHeatAxis, col: GapHeatAxis) {
    const colLabel = heatmapKind === 'role-skill' ? col.label : categoryLabel(col.label);
    openCellPeople({ cell: cellInput(heatmapKind, row, col), title: `${row.label} × ${colLabel}`, stats: cell });
  }

  const counts = map ? summarise(map) : null;
  const heading = `${title}: ${heatmapKind === 'role-skill' ? 'roles × skills' : 'org units × skill categories'}`;
  return (
    <div className={`heatmap-layout${openCell ? ' heatmap-layout--open' : ''}`}>
      <section className="card heatmap-card" aria-labelledby="heatmap-title" data-testid="heatmap-card">
        <header className="card__header">
          <h2 id="heatmap-title" className="card__title">
            {heading}
          </h2>
          <div className="card__tools">
            <Segmented<HeatmapKind>
              label="Heatmap rows and columns"
              value={heatmapKind}
              options={[
                { value: 'role-skill', label: 'Roles × skills' },
                { value: 'unit-category', label: 'Org units × categories' },
              ]}
              onChange={setHeatmapKind}
            />
          </div>
        </header>
        <HeatLegend id={legendId} format={f} minGroupSize={options.privacy.minGroupSize} privacy={options.privacy.pseudonymise} />
        {error && <ErrorNotice error={error} onRetry={reload} />}
        {!map && !error && <Loading label="Loading the heatmap…" />}
        {map && counts && (
          <>
            <p className="muted heatmap-card__summary" role="status">
              {f.integer(map.rows.length)} {heatmapKind === 'role-skill' ? 'roles' : 'org units'} × {f.integer(map.cols.length)}{' '}
              {heatmapKind === 'role-skill' ? 'skills' : 'categories'}, {f.integer(map.cells.length)} cells
              {counts.hidden > 0 ? `, ${f.integer(counts.hidden)} hidden in privacy mode` : ''}
              {counts.unknownHeavy > 0 ? `, ${f.integer(counts.unknownHeavy)} mostly not assessed` : ''}
              {loading ? ' · updating…' : ''}. Select a cell (Enter) to see the people behind it.
            </p>
            {map.rows.length === 0 ? (
              <p className="muted">Nobody in this selection has requirements in scope.</p>
            ) : (
              <div className="heatmap-scroll" tabIndex={-1}>
                <Heatmap data={map} format={f} caption={`${heading} (mean gap in levels)`} selected={selected} onOpen={onOpen} legendId={legendId} />
              </div>
            )}
          </>
        )}
      </section>
      {openCell && <DrillPanel open={openCell} when={when} filter={filter} format={f} onPerson={openPerson} onClose={() => openCellPeople(null)} />}
    </div>
  );
}

function findCell(map: GapHeatmap, c: GapHeatCell): { row: number; col: number } | null {
  return map.cells.some((x) => x.row === c.row && x.col === c.col) ? { row: c.row, col: c.col } : null;
}

function summarise(map: GapHeatmap) {
  let hidden = 0;
  let unknownHeavy = 0;
  for (const c of map.cells) {
    const state = cellState(c);
    if (state === 'suppressed') hidden++;
    else if (state !== 'known') unknownHeavy++;
  }
  return { hidden, unknownHeavy };
}
