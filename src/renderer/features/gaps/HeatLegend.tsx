// The heatmap's legend: the colour steps in levels of mean gap, and how unknown and hidden cells
// look, so that "not assessed" is never read as "no gap".
import type { Formatter } from '../../format';
import { UNKNOWN_HEAVY, heatLegend } from './heat-scale';

export function HeatLegend({ id, format, minGroupSize, privacy }: { id: string; format: Formatter; minGroupSize: number; privacy: boolean }) {
  return (
    <div className="heat-legend" id={id} data-testid="heat-legend">
      <span className="heat-legend__title">Mean gap per assessed person (levels)</span>
      <ul className="heat-legend__scale" aria-label="Colour scale">
        {heatLegend((n) => format.decimal(n, 2)).map((s) => (
          <li key={s.step} className="heat-legend__item">
            <span className="heat-legend__swatch heat-cell--known" data-step={s.step} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <ul className="heat-legend__marks" aria-label="Other cells">
        <li className="heat-legend__item">
          <span className="heat-legend__swatch heat-cell--unknown-heavy" data-step={2} aria-hidden="true" />
          {format.percent(UNKNOWN_HEAVY, 0)} or more not assessed (hatched)
        </li>
        <li className="heat-legend__item">
          <span className="heat-legend__swatch heat-cell--unknown" aria-hidden="true">
            ?
          </span>
          nobody assessed: gap unknown
        </li>
        {privacy && (
          <li className="heat-legend__item">
            <span className="heat-legend__swatch heat-cell--suppressed" aria-hidden="true" />
            hidden: fewer than {format.integer(minGroupSize)} people
          </li>
        )}
        <li className="heat-legend__item">
          <span className="heat-legend__swatch heat-cell--empty" aria-hidden="true" />
          not required
        </li>
      </ul>
    </div>
  );
}
