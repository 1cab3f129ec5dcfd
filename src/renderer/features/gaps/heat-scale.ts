// The heatmap's colour scale: the mean level-gap per assessed person in fixed bins, so today's
// map and the +18-month map share one scale and can be compared by eye (a scale stretched to
// each map's maximum would make every map look equally bad). Colours are CSS tokens in
// gaps.css, a sequential scale per theme; unknown is never a colour of the scale.
import type { GapHeatCell } from '../../../shared/gap-types';

/** Upper bounds of steps 1..6 in levels; step 0 is "no gap", step 6 everything above 1.5. */
export const HEAT_BOUNDS = [0.25, 0.5, 0.75, 1, 1.5] as const;
export const HEAT_STEPS = 7;

export function heatStep(meanGap: number): number {
  if (meanGap <= 0) return 0;
  const i = HEAT_BOUNDS.findIndex((b) => meanGap <= b);
  return i < 0 ? HEAT_STEPS - 1 : i + 1;
}

/** Cells where at least this share of (person, requirement) pairs is not assessed are marked. */
export const UNKNOWN_HEAVY = 0.5;

export type CellState = 'suppressed' | 'unknown' | 'unknown-heavy' | 'known';

export function cellState(c: GapHeatCell): CellState {
  if (c.suppressed) return 'suppressed';
  if (c.meanGap === null) return 'unknown';
  if ((c.unknownShare ?? 0) >= UNKNOWN_HEAVY) return 'unknown-heavy';
  return 'known';
}

/** Legend entries: step and label in levels. */
export function heatLegend(fmt: (n: number) => string): { step: number; label: string }[] {
  return [
    { step: 0, label: 'no gap' },
    ...HEAT_BOUNDS.map((b, i) => ({ step: i + 1, label: `≤ ${fmt(b)}` })),
    { step: HEAT_STEPS - 1, label: `> ${fmt(HEAT_BOUNDS[HEAT_BOUNDS.length - 1])}` },
  ];
}
