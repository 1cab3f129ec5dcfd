// Colour steps of a gap cell: shortage (demand above supply) in warm steps, surplus in cool
// steps, by the size of the gap against the largest in the table (five steps each way).
export type GapTone = 'shortage' | 'surplus' | 'even';

export function gapTone(v: number, threshold = 0.05): GapTone {
  return v > threshold ? 'shortage' : v < -threshold ? 'surplus' : 'even';
}

export function gapStep(v: number, max: number): number {
  if (max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((5 * Math.abs(v)) / max)));
}
