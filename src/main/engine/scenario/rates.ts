// Annual stay / move / exit rates per role, from the best source available for each part:
//   moves: (a) imported transitions table, else (b) calibration from the moves history when the
//          role has enough exposure, else none;
//   exits: (a) table, else (b) calibration, else (c) the role family's default attrition and
//          retirement (family_attrition), else the engagement's default attrition rate (settings).
// The parts are resolved separately so a table that lists only promotions still gets exits.
import { AppError } from '../../../shared/result';
import { calibrateFromMoves, type Calibration } from './calibration';
import type { ExitSource, MoveSource, WorkforceData } from './types';

export interface RoleRates {
  R: number;
  /** Annual exit probability (attrition + retirement) and its retirement part, per dense role. */
  exit: Float64Array;
  retire: Float64Array;
  /** Annual move probabilities, CSR by dense role; destinations are dense role indices. */
  moveStart: Int32Array;
  moveTo: Int32Array;
  moveRate: Float64Array;
  moveSource: MoveSource[];
  exitSource: ExitSource[];
  calibration: Calibration | null;
  warnings: string[];
}

export interface RateOptions {
  /** Person-years a role needs in the history before its calibrated rates are used. Default 5. */
  minExposureYears?: number;
  /** Start of the calibration window (default: earliest move). */
  calibrationFrom?: string;
}

interface Row {
  moves: Map<number, number>;
  attrition: number;
  retirement: number;
  hasExit: boolean;
  stay: number | null;
}
const emptyRow = (): Row => ({ moves: new Map(), attrition: 0, retirement: 0, hasExit: false, stay: null });

export function resolveRoleRates(data: WorkforceData, roleIndex: Map<number, number>, opts: RateOptions = {}): RoleRates {
  const R = data.roles.length;
  const warnings: string[] = [];
  const title = (id: number) => data.roles[roleIndex.get(id)!]?.title ?? `role ${id}`;

  const table = new Map<number, Row>();
  for (const t of data.transitions) {
    if (!roleIndex.has(t.fromRoleId) || (t.toRoleId !== null && !roleIndex.has(t.toRoleId))) {
      warnings.push(`Transition from role ${t.fromRoleId} to ${t.toRoleId ?? 'exit'} names an unknown role; ignored.`);
      continue;
    }
    const row = table.get(t.fromRoleId) ?? emptyRow();
    table.set(t.fromRoleId, row);
    if (t.toRoleId === null) {
      row.hasExit = true;
      if (t.kind === 'retirement') row.retirement += t.annualRate;
      else row.attrition += t.annualRate;
    } else if (t.toRoleId === t.fromRoleId) row.stay = (row.stay ?? 0) + t.annualRate;
    else row.moves.set(t.toRoleId, (row.moves.get(t.toRoleId) ?? 0) + t.annualRate);
  }
  for (const [id, row] of table) {
    const total = row.attrition + row.retirement + [...row.moves.values()].reduce((a, b) => a + b, 0);
    if (total > 1 + 1e-9) {
      throw new AppError('validation', `Transitions from ${title(id)} add up to ${total.toFixed(4)} a year, more than 1.`, {
        roleId: id,
        total,
      });
    }
    if (row.stay !== null && Math.abs(row.stay + total - 1) > 1e-3 && row.hasExit) {
      throw new AppError(
        'validation',
        `Transitions from ${title(id)}: stay ${row.stay} plus moves and exits ${total.toFixed(4)} should make 1.`,
        { roleId: id, stay: row.stay, total },
      );
    }
  }

  const minExposure = opts.minExposureYears ?? 5;
  const calibration =
    data.moves.length > 0
      ? calibrateFromMoves(data.moves, data.currentEmployees, { from: opts.calibrationFrom, to: data.asOfDate })
      : null;
  const calibrated = new Map<number, Row>();
  if (calibration) {
    for (const r of calibration.rates) {
      if (!roleIndex.has(r.fromRoleId) || (r.toRoleId !== null && !roleIndex.has(r.toRoleId))) continue;
      const row = calibrated.get(r.fromRoleId) ?? emptyRow();
      calibrated.set(r.fromRoleId, row);
      if (r.toRoleId === null) {
        row.hasExit = true;
        if (r.kind === 'retirement') row.retirement += r.annualRate;
        else row.attrition += r.annualRate;
      } else row.moves.set(r.toRoleId, r.annualRate);
    }
  }
  const families = new Map(data.familyAttrition.map((f) => [f.family, f]));

  const exit = new Float64Array(R);
  const retire = new Float64Array(R);
  const moveSource: MoveSource[] = new Array(R);
  const exitSource: ExitSource[] = new Array(R);
  const moveLists: [number, number][][] = new Array(R);
  for (let i = 0; i < R; i++) {
    const role = data.roles[i];
    const tab = table.get(role.id);
    const exposure = calibration?.exposureYears.get(role.id) ?? 0;
    const cal = exposure >= minExposure ? calibrated.get(role.id) ?? emptyRow() : undefined;
    if (exposure > 0 && exposure < minExposure && !tab) {
      warnings.push(`${role.title}: only ${exposure.toFixed(1)} person-years of history; default rates used.`);
    }

    const exitFrom: [Row | undefined, ExitSource][] = [[tab?.hasExit ? tab : undefined, 'table'], [cal, 'calibrated']];
    const chosen = exitFrom.find(([r]) => r !== undefined);
    if (chosen) {
      exit[i] = chosen[0]!.attrition + chosen[0]!.retirement;
      retire[i] = chosen[0]!.retirement;
      exitSource[i] = chosen[1];
    } else if (families.has(role.family)) {
      const f = families.get(role.family)!;
      exit[i] = Math.min(1, f.annualRate + f.retirementRate);
      retire[i] = Math.min(exit[i], f.retirementRate);
      exitSource[i] = 'family-default';
    } else {
      exit[i] = data.costs.defaultAttritionRate;
      exitSource[i] = 'settings-default';
    }

    const moveRow = tab && tab.moves.size > 0 ? tab : cal;
    moveSource[i] = moveRow === undefined ? 'none' : moveRow === tab ? 'table' : 'calibrated';
    let list = moveRow ? [...moveRow.moves].map(([to, rate]): [number, number] => [roleIndex.get(to)!, rate]) : [];
    list = list.filter(([, rate]) => rate > 0).sort((a, b) => a[0] - b[0]);
    const moveTotal = list.reduce((a, [, r]) => a + r, 0);
    if (exit[i] + moveTotal > 1 + 1e-9) {
      // Only possible when the parts come from different sources: keep exits, shrink moves.
      const scale = (1 - exit[i]) / moveTotal;
      warnings.push(
        `${role.title}: exits (${exitSource[i]}) and moves (${moveSource[i]}) add up to ${(exit[i] + moveTotal).toFixed(3)}; moves scaled by ${scale.toFixed(3)}.`,
      );
      list = list.map(([to, r]) => [to, r * scale]);
    }
    moveLists[i] = list;
  }

  const moveStart = new Int32Array(R + 1);
  for (let i = 0; i < R; i++) moveStart[i + 1] = moveStart[i] + moveLists[i].length;
  const moveTo = new Int32Array(moveStart[R]);
  const moveRate = new Float64Array(moveStart[R]);
  for (let i = 0; i < R; i++) {
    moveLists[i].forEach(([to, rate], j) => {
      moveTo[moveStart[i] + j] = to;
      moveRate[moveStart[i] + j] = rate;
    });
  }
  return { R, exit, retire, moveStart, moveTo, moveRate, moveSource, exitSource, calibration, warnings };
}
