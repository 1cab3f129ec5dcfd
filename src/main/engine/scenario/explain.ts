// "Why this number": each figure of a run as {formula, inputs, result}, for a role (all its
// cells), a single cell or the whole organisation (every cell), in one period. Inputs that are assumptions (defaults, scenario levers,
// forecasts) are flagged so the UI can show which numbers rest on judgement.
import { AppError } from '../../../shared/result';
import type { CompiledScenario } from './compile';
import { POLICY_FILL, POLICY_NONE, POLICY_REPLACE, type Explanation, type Projection } from './types';

export type Figure = 'supply' | 'demand' | 'gap' | 'hires' | 'exits' | 'cost';

export interface ExplainTarget {
  figure: Figure;
  period: number;
  /** A role id (all its cells), a dense cell index, or `total` (every cell). */
  roleId?: number;
  cell?: number;
  total?: boolean;
}

interface Ctx {
  cs: CompiledScenario;
  p: Projection;
  cells: number[];
  k: number;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function sum(ctx: Ctx, arr: Float64Array, k = ctx.k): number {
  let s = 0;
  for (const c of ctx.cells) s += arr[k * ctx.p.C + c];
  return s;
}

/** The cells' common label, or "mixed" when they differ (organisation totals). */
function label<T>(ctx: Ctx, of: (c: number) => T): T | 'mixed' {
  const first = of(ctx.cells[0]);
  return ctx.cells.every((c) => of(c) === first) ? first : 'mixed';
}

/** One value when all cells agree, else a headcount-weighted mean labelled as such. */
function common(ctx: Ctx, f: (c: number) => number): number {
  const vals = ctx.cells.map(f);
  if (vals.every((v) => v === vals[0])) return vals[0];
  const w = ctx.cells.map((c) => ctx.p.supplyHeads[Math.max(0, ctx.k - 1) * ctx.p.C + c] || 1);
  return vals.reduce((a, v, i) => a + v * w[i], 0) / w.reduce((a, b) => a + b, 0);
}

function supply(ctx: Ctx): Explanation {
  const { p, k } = ctx;
  if (k === 0) {
    return { formula: "supply(0) = today's FTE in the role", inputs: [{ name: 'headcount today', value: sum(ctx, p.supplyHeads) }], result: sum(ctx, p.supplyFte), unit: 'FTE' };
  }
  return {
    formula: 'heads(k) = heads(k-1) - exits - moves out + moves in + hires; supply = heads x FTE per head',
    inputs: [
      { name: 'heads at end of previous period', value: round(sum(ctx, p.supplyHeads, k - 1)) },
      { name: 'exits', value: round(sum(ctx, p.exits)) },
      { name: 'moves out (incl. transfers to new markets)', value: round(sum(ctx, p.movesOut)) },
      { name: 'moves in (incl. transfers from other sites)', value: round(sum(ctx, p.movesIn)) },
      { name: 'hires arriving', value: round(sum(ctx, p.hires)) },
      { name: 'FTE per head', value: round(common(ctx, (c) => ctx.cs.model.fpp[c])) },
    ],
    result: sum(ctx, p.supplyFte),
    unit: 'FTE',
  };
}

function demand(ctx: Ctx): Explanation {
  const { cs, p, k } = ctx;
  const m = cs.model;
  const A = m.autoTarget.length;
  const inputs: Explanation['inputs'] = [
    { name: 'baseline demand (FTE today)', value: round(ctx.cells.reduce((a, c) => a + m.demandBase[c], 0)) },
    {
      name: 'demand growth factor (compounded)',
      value: round(common(ctx, (c) => m.growth[k * m.C + c]), 6),
      assumption: cs.body.changes.some((ch) => ch.type === 'demand'),
    },
  ];
  const changes = new Set<number>();
  for (const c of ctx.cells) for (let j = m.autoCellStart[c]; j < m.autoCellStart[c + 1]; j++) changes.add(m.autoCellChange[j]);
  const roleIdOf = (c: number) => cs.baseline.data.roles[m.cellRole[c]].id;
  const oneRole = label(ctx, roleIdOf) !== 'mixed';
  for (const i of changes) {
    const meta = cs.meta.automation[i];
    // One role: its exposure. Several (organisation total): the mean over the change's roles
    // weighted by their baseline demand.
    let wSum = 0;
    let xSum = 0;
    for (const c of ctx.cells) {
      const x = meta.exposure.get(roleIdOf(c));
      if (x === undefined) continue;
      const w = oneRole ? 1 : m.demandBase[c];
      wSum += w;
      xSum += w * x;
    }
    inputs.push(
      {
        name: `${meta.label}: exposure (${meta.exposureFrom}${meta.exposureSource ? ` ${meta.exposureSource}` : ''}${oneRole ? '' : ', demand-weighted mean over its roles'})`,
        value: round(wSum > 0 ? xSum / wSum : 0),
        assumption: meta.exposureFrom === 'manual',
      },
      { name: `${meta.label}: adoption at this period`, value: round(p.adoption[k * A + i]), assumption: true },
      { name: `${meta.label}: realisation`, value: meta.realisation, assumption: true },
    );
  }
  inputs.push(
    { name: 'capacity released by automation (FTE)', value: round(sum(ctx, p.automationFte)), assumption: changes.size > 0 },
    { name: 'new-market ramp (FTE)', value: round(sum(ctx, p.rampFte)), assumption: sum(ctx, p.rampFte) !== 0 },
  );
  return {
    formula: 'demand = baseline x growth x prod(1 - exposure x realisation x adoption(k)) + ramp(k)',
    inputs,
    result: sum(ctx, p.demandFte),
    unit: 'FTE',
  };
}

function exits(ctx: Ctx): Explanation {
  const { cs, p, k } = ctx;
  const m = cs.model;
  const source = label(ctx, (c) => cs.meta.exitSource[c]);
  const moveSource = label(ctx, (c) => cs.meta.moveSource[m.cellRole[c]]);
  const moves = (c: number) => {
    let s = 0;
    for (let e = m.edgeStart[c]; e < m.edgeStart[c + 1]; e++) s += m.edgeAnnual[e];
    return s;
  };
  return {
    formula: `exits = heads(k-1) x exit probability per period; per period = (1 - (1 - annual leave)^(${m.monthsPerPeriod}/12)) x annual exit / annual leave`,
    inputs: [
      { name: 'heads at end of previous period', value: k > 0 ? round(sum(ctx, p.supplyHeads, k - 1)) : 0 },
      { name: `annual exit rate (${source})`, value: round(common(ctx, (c) => m.exitAnnual[c])), assumption: ctx.cells.some((c) => cs.meta.exitSource[c] !== 'table' && cs.meta.exitSource[c] !== 'calibrated') },
      { name: 'of which retirement', value: round(common(ctx, (c) => m.retireAnnual[c])) },
      { name: `annual internal move rate (${moveSource})`, value: round(common(ctx, moves)) },
      { name: 'exit probability per period', value: round(common(ctx, (c) => p.pExit[c]), 6) },
    ],
    result: k > 0 ? sum(ctx, p.exits) : 0,
    unit: 'heads',
  };
}

function hires(ctx: Ctx): Explanation {
  const { cs, p } = ctx;
  const m = cs.model;
  const policy = label(ctx, (c) => m.policy[c]);
  const formula =
    policy === 'mixed'
      ? 'per role, by its hiring policy: none (no hiring), replace (requisitions = leavers and transfers out) or fill (requisitions = demand - supply - open requisitions); hires(k) = requisitions arriving in k'
      : policy === POLICY_NONE
      ? 'no hiring (pure availability)'
      : policy === POLICY_REPLACE
        ? 'requisitions(j) = exits(j) + transfers out(j) of the roles recruiting into this one; hires(k) = requisitions arriving in k'
        : policy === POLICY_FILL
          ? 'requisitions(j) = max(0, demand(j + round d) - supply(j) - open requisitions); hires(k) = requisitions arriving in k'
          : 'unknown policy';
  const loc = label(ctx, (c) => m.capLoc[c]);
  const ttfSource = label(ctx, (c) => cs.meta.ttfSource[c]);
  return {
    formula: `${formula}; a requisition arrives after d = time-to-fill / days per period: (1 - frac d) after floor(d) periods, frac d one later; capped by the location's hiring capacity`,
    inputs: [
      { name: 'policy', value: policy === 'mixed' ? 'mixed (per role)' : (['none', 'replace', 'fill'][policy] ?? String(policy)), assumption: true },
      { name: `time-to-fill days (${ttfSource})`, value: round(common(ctx, (c) => m.ttfDays[c]), 1), assumption: ctx.cells.some((c) => cs.meta.ttfSource[c] !== 'location') },
      { name: 'delay in periods', value: round(common(ctx, (c) => m.ttfDays[c]) / m.daysPerPeriod, 3) },
      loc === 'mixed'
        ? { name: 'hiring capacity per period', value: 'per location', assumption: true }
        : { name: 'hiring capacity per period at the location', value: loc >= 0 && m.capacity[loc] !== Infinity ? m.capacity[loc] : 'unlimited', assumption: true },
      { name: 'hiring frozen this period', value: ctx.cells.some((c) => m.frozen[ctx.k * m.C + c]) ? 'yes' : 'no', assumption: true },
      { name: 'open requisitions at period end', value: round(sum(ctx, p.vacancies)) },
    ],
    result: sum(ctx, p.hires),
    unit: 'heads',
  };
}

function cost(ctx: Ctx): Explanation {
  const { cs, p, k } = ctx;
  const m = cs.model;
  const years = m.monthsPerPeriod / 12;
  return {
    formula: 'cost = supply FTE x cost per FTE x (1 + inflation)^(years to period start) x period in years + hires x FTE per head x cost per FTE x (1 + inflation)^(...) x recruiting share',
    inputs: [
      { name: 'supply FTE', value: round(sum(ctx, p.supplyFte)) },
      { name: `cost per FTE per year (${label(ctx, (c) => cs.meta.costSource[c])})`, value: round(common(ctx, (c) => m.costPerFte[c]), 2) },
      { name: 'salary inflation per year', value: m.inflation, assumption: true },
      { name: 'period in years', value: round(years, 6) },
      { name: 'payroll', value: round(sum(ctx, p.payroll), 2) },
      { name: 'hires', value: round(sum(ctx, p.hires)) },
      { name: 'recruiting cost as share of salary', value: m.recruitingShare, assumption: true },
      { name: 'hiring cost', value: round(sum(ctx, p.hiringCost), 2) },
    ],
    result: k > 0 ? sum(ctx, p.payroll) + sum(ctx, p.hiringCost) : 0,
    unit: 'currency',
  };
}

export function explain(cs: CompiledScenario, p: Projection, target: ExplainTarget): Explanation {
  const k = Math.max(0, Math.min(p.T, target.period));
  let cells: number[];
  if (target.cell !== undefined) cells = [target.cell];
  else if (target.total) cells = Array.from({ length: p.C }, (_, c) => c);
  else {
    const r = target.roleId === undefined ? undefined : cs.baseline.roleIndex.get(target.roleId);
    if (r === undefined) throw new AppError('not-found', `No role ${target.roleId} in this scenario.`);
    cells = cs.meta.cells.roleCells[r];
  }
  const ctx: Ctx = { cs, p, cells, k };
  switch (target.figure) {
    case 'supply':
      return supply(ctx);
    case 'demand':
      return demand(ctx);
    case 'exits':
      return exits(ctx);
    case 'hires':
      return hires(ctx);
    case 'cost':
      return cost(ctx);
    case 'gap': {
      const d = sum(ctx, p.demandFte);
      const s = sum(ctx, p.supplyFte);
      return {
        formula: 'gap = demand - supply (positive: shortage, negative: surplus)',
        inputs: [
          { name: 'demand (FTE)', value: round(d), assumption: true },
          { name: 'supply (FTE)', value: round(s) },
        ],
        result: d - s,
        unit: 'FTE',
      };
    }
  }
}
