// The rows `scenario run` prints: per period and role, supply, demand and gap (FTE), hires,
// exits, moves in and out (heads), and with Monte Carlo the P10/P50/P90 of supply, demand and
// gap. Plain objects with fixed field names, so scripts can rely on them.
import { scenarioRows, type CompiledScenario, type McSummary, type Projection } from '../engine/scenario';
import { round4 } from './views';

export interface RunRow {
  period: number;
  date: string;
  roleId: number;
  role: string;
  supply: number;
  demand: number;
  gap: number;
  hires: number;
  exits: number;
  movesIn: number;
  movesOut: number;
  supplyP10?: number;
  supplyP50?: number;
  supplyP90?: number;
  demandP10?: number;
  demandP50?: number;
  demandP90?: number;
  gapP10?: number;
  gapP50?: number;
  gapP90?: number;
}

export function runRows(cs: CompiledScenario, p: Projection, mc?: McSummary, roleIds?: Set<number>): RunRow[] {
  return scenarioRows(cs, p, mc, 'role')
    .filter((r) => r.roleId !== null && (!roleIds || roleIds.has(r.roleId)))
    .map((r) => {
      const row: RunRow = {
        period: r.period,
        date: r.date,
        roleId: r.roleId!,
        role: r.role,
        supply: round4(r.supply),
        demand: round4(r.demand),
        gap: round4(r.gap),
        hires: round4(r.hires),
        exits: round4(r.exits),
        movesIn: round4(r.movesIn),
        movesOut: round4(r.movesOut),
      };
      if (r.bands) {
        [row.supplyP10, row.supplyP50, row.supplyP90] = r.bands.supply.map(round4);
        [row.demandP10, row.demandP50, row.demandP90] = r.bands.demand.map(round4);
        [row.gapP10, row.gapP50, row.gapP90] = r.bands.gap.map(round4);
      }
      return row;
    });
}
