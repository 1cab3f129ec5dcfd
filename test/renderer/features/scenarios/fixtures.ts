// Scenario documents and results for component tests, shaped exactly like the API's outputs. Runs
// are computed from the body (a small stock-flow over three roles) so a preview of an edited
// body answers with different figures, as the host would.
import type { ScenarioBody } from '../../../../src/shared/domain/scenario';
import type { ComparisonEntry, MonteCarloResult, ScenarioDocument, ScenarioId, ScenarioKpis, ScenarioRunResult, ScenarioSummary, SeriesGroup } from '../../../../src/shared/scenario-types';
import { seriesMeasures } from '../../../../src/shared/scenario-types';
import type { Replies } from '../../helpers';
import { ok } from '../../helpers';

export const roles = [
  { value: 11, label: 'Claims Handler', hint: 'Claims' },
  { value: 12, label: 'Underwriter', hint: 'Underwriting' },
  { value: 13, label: 'Data Analyst', hint: 'Analytics' },
];
export const locations = [
  { value: 1, label: 'Dublin', hint: 'IE' },
  { value: 4, label: 'Warsaw', hint: 'PL' },
];
export const skills = [
  { value: 21, label: 'AI tools', hint: 'digital' },
  { value: 22, label: 'Polish', hint: 'language' },
];
export const units = [{ value: 31, label: 'Claims', hint: 'CC-1' }];
export const families = [
  { value: 'Claims', label: 'Claims' },
  { value: 'Underwriting', label: 'Underwriting' },
];

export function automationBody(over: Partial<ScenarioBody> = {}): ScenarioBody {
  return {
    startDate: '2026-10-01',
    periodUnit: 'month',
    periods: 4,
    hiring: 'replace',
    assumptions: ['Pilot teams first.'],
    changes: [
      {
        type: 'automation',
        id: 'ai-claims',
        label: 'AI claims triage',
        roleIds: [11],
        exposure: { from: 'tasks' },
        adoption: { curve: 's-curve', target: 0.5, midpointMonths: 2, steepness: 0.5 },
        realisation: 0.7,
        investment: 100000,
        newRequirements: [],
        objectiveIds: [],
      },
    ],
    ...over,
  };
}

export function marketBody(): ScenarioBody {
  return {
    startDate: '2026-10-01',
    periodUnit: 'month',
    periods: 4,
    hiring: 'fill',
    assumptions: [],
    changes: [
      {
        type: 'new-market',
        id: 'warsaw',
        label: 'Warsaw branch',
        locationId: 4,
        launchDate: '2026-12-01',
        timeToFillDays: {},
        ramp: [
          { roleId: 11, target: 10, rampMonths: 2, curve: 'linear' },
          { roleId: 12, target: 4, rampMonths: 0, curve: 'step' },
        ],
        extraRequirements: [],
        internalShare: 0.2,
        objectiveIds: [],
      },
    ],
  };
}

const at = '2026-10-01T09:00:00.000Z';

export function summaries(): ScenarioSummary[] {
  return [
    { id: 'baseline', name: 'baseline', kind: 'baseline', description: 'Today\u2019s workforce with no changes (built in).', builtIn: true, createdAt: null, latestVersion: null, updatedAt: null, versions: [] },
    {
      id: 1,
      name: 'AI claims',
      kind: 'automation',
      description: 'Triage automation',
      builtIn: false,
      createdAt: at,
      latestVersion: 2,
      updatedAt: '2026-10-02T10:00:00.000Z',
      versions: [
        { version: 1, createdAt: at, note: 'Created from the automation template', changes: 1 },
        { version: 2, createdAt: '2026-10-02T10:00:00.000Z', note: 'Faster adoption', changes: 1 },
      ],
    },
    { id: 2, name: 'Warsaw entry', kind: 'new-market', description: '', builtIn: false, createdAt: at, latestVersion: 1, updatedAt: at, versions: [{ version: 1, createdAt: at, note: 'Created', changes: 1 }] },
  ];
}

export function doc(id: ScenarioId, body: ScenarioBody = id === 2 ? marketBody() : automationBody()): ScenarioDocument {
  const scenario = summaries().find((s) => s.id === id)!;
  return { scenario, version: scenario.latestVersion, body };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** A run of `body`: three roles of 10 FTE, 2% exits a period replaced; automation lowers demand. */
export function run(body: ScenarioBody, label: { id: ScenarioId | null; name: string; version: number | null }): ScenarioRunResult {
  const P = body.periods + 1;
  const dates = Array.from({ length: P }, (_, k) => new Date(Date.UTC(2026, 9 + k, 1)).toISOString().slice(0, 10));
  const groups: SeriesGroup[] = roles.map((r) => {
    const values = Object.fromEntries(seriesMeasures.map((m) => [m, new Array<number>(P).fill(0)])) as SeriesGroup['values'];
    for (let k = 0; k < P; k++) {
      let demand = 10;
      for (const ch of body.changes) {
        if (ch.type === 'automation' && ch.roleIds.includes(r.value)) demand *= 1 - (ch.adoption.target * ch.realisation * k) / body.periods;
        if (ch.type === 'new-market') demand += ch.ramp.filter((x) => x.roleId === r.value).reduce((a, x) => a + (x.target * k) / body.periods, 0);
        if (ch.type === 'demand') demand *= (1 + ch.annualGrowth) ** (k / 12);
      }
      const supply = 10 - 0.1 * k;
      values.supply[k] = round(supply);
      values.demand[k] = round(demand);
      values.gap[k] = round(demand - supply);
      values.shortage[k] = round(Math.max(0, demand - supply));
      values.surplus[k] = round(Math.max(0, supply - demand));
      values.hires[k] = k === 0 ? 0 : 0.2;
      values.exits[k] = k === 0 ? 0 : 0.2;
      values.payroll[k] = k === 0 ? 0 : round(supply * 5000);
      values.hiringCost[k] = k === 0 ? 0 : 400;
    }
    return { key: r.value, label: r.label, values };
  });
  const total: SeriesGroup = {
    key: null,
    label: 'Total',
    values: Object.fromEntries(seriesMeasures.map((m) => [m, Array.from({ length: P }, (_, k) => round(groups.reduce((a, g) => a + g.values[m][k], 0)))])) as SeriesGroup['values'],
  };
  const T = P - 1;
  const sum = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0));
  const investment = body.changes.reduce((a, c) => a + (c.type === 'automation' ? c.investment : 0), 0);
  const payroll = sum(total.values.payroll);
  const hiringCost = sum(total.values.hiringCost);
  const kpis: ScenarioKpis = {
    supply: total.values.supply[T],
    demand: total.values.demand[T],
    gap: total.values.gap[T],
    shortage: total.values.shortage[T],
    surplus: total.values.surplus[T],
    hires: sum(total.values.hires),
    exits: sum(total.values.exits),
    transfers: 0,
    payroll,
    hiringCost,
    investment,
    totalCost: payroll + hiringCost + investment,
  };
  return {
    scenario: label,
    settings: { startDate: body.startDate, periodUnit: body.periodUnit, periods: body.periods, hiring: body.hiring },
    dates,
    kpis,
    roles: groups,
    units: [],
    locations: [],
    total,
    skills: [{ skillId: 21, skill: 'AI tools', category: 'digital', demandFte: dates.map(() => 12), shortageFte: dates.map((_, k) => k * 0.5), shortageLevelFte: dates.map((_, k) => k), addedFte: dates.map((_, k) => (k > 1 ? 3 : 0)) }],
    requirements: [],
    assumptions: body.assumptions,
    warnings: [],
    cached: false,
    computeMs: 1.5,
  };
}

export function monteCarlo(result: ScenarioRunResult, runs = 50, seed = 42): MonteCarloResult {
  const band = (xs: number[]) => ({ p10: xs.map((x) => round(x * 0.95)), p50: xs, p90: xs.map((x) => round(x * 1.05)) });
  const T = result.dates.length - 1;
  return {
    runs,
    seed,
    dates: result.dates,
    targetPeriod: T,
    targetDate: result.dates[T],
    tolerance: { absolute: 0.5, relative: 0.02 },
    distributions: distributions(),
    totals: { supply: band(result.total!.values.supply), demand: band(result.total!.values.demand), shortage: band(result.total!.values.shortage), payroll: band(result.total!.values.payroll), hiringCost: band(result.total!.values.hiringCost) },
    roles: result.roles!.map((g, i) => ({ roleId: g.key!, role: g.label, supply: band(g.values.supply), demand: band(g.values.demand), gap: band(g.values.gap), pClosed: [0.35, 0.9, 1][i], pNoShortage: [0.4, 0.95, 1][i] })),
  };
}

export function distributions(): MonteCarloResult['distributions'] {
  return [
    { parameter: 'attrition', distribution: 'beta', parameters: { cv: 0.2, grouping: 'family' }, text: 'Exit rates ~ Beta around each point estimate, coefficient of variation 20%, one draw per family.' },
    { parameter: 'adoption speed', distribution: 'triangular', parameters: { min: 0.75, mode: 1, max: 1.5 }, text: 'Adoption time x Triangular(0.75, 1, 1.5) per automation change.' },
  ];
}

export function comparisonEntry(result: ScenarioRunResult, base: ScenarioRunResult): ComparisonEntry {
  const minus = (a: ScenarioKpis, b: ScenarioKpis) => Object.fromEntries(Object.keys(a).map((k) => [k, round(a[k as keyof ScenarioKpis] - b[k as keyof ScenarioKpis])])) as unknown as ScenarioKpis;
  const t = result.total!.values;
  const bt = base.total!.values;
  return {
    scenario: { id: result.scenario.id ?? 'baseline', name: result.scenario.name, version: result.scenario.version },
    settings: result.settings,
    dates: result.dates,
    kpis: result.kpis,
    deltas: minus(result.kpis, base.kpis),
    series: { supply: t.supply, demand: t.demand, gap: t.gap, shortage: t.shortage, surplus: t.surplus, hires: t.hires, exits: t.exits, payroll: t.payroll, hiringCost: t.hiringCost },
    deltaSeries: { supply: t.supply.map((x, k) => round(x - bt.supply[k])), demand: t.demand.map((x, k) => round(x - bt.demand[k])), gap: t.gap.map((x, k) => round(x - bt.gap[k])), shortage: t.shortage.map((x, k) => round(x - bt.shortage[k])), payroll: t.payroll.map((x, k) => round(x - bt.payroll[k])) },
    roles: result.roles!.map((g, i) => {
      const b = base.roles![i].values;
      const T = result.dates.length - 1;
      return { roleId: g.key!, role: g.label, supply: g.values.supply[T], demand: g.values.demand[T], gap: g.values.gap[T], delta: { supply: round(g.values.supply[T] - b.supply[T]), demand: round(g.values.demand[T] - b.demand[T]), gap: round(g.values.gap[T] - b.gap[T]) } };
    }),
  };
}

/** Replies every scenario screen needs, over saved documents `docs` (by id). */
export function scenarioReplies(docs: Record<string, ScenarioDocument> = { 1: doc(1), 2: doc(2) }): Replies {
  const baselineBody = automationBody({ changes: [], assumptions: [] });
  const bodyOf = (id: ScenarioId) => (id === 'baseline' ? baselineBody : docs[String(id)].body);
  return {
    scenarioList: () => ok(summaries()),
    scenarioGet: ({ scenarioId }) => ok(scenarioId === 'baseline' ? { scenario: summaries()[0], version: null, body: baselineBody } : docs[String(scenarioId)]),
    scenarioRun: ({ scenarioId }) => ok(run(bodyOf(scenarioId), { id: scenarioId, name: scenarioId === 'baseline' ? 'baseline' : docs[String(scenarioId)].scenario.name, version: scenarioId === 'baseline' ? null : docs[String(scenarioId)].version })),
    scenarioPreview: ({ scenarioId, body }) => ok(run(body as ScenarioBody, { id: scenarioId ?? null, name: 'Preview', version: null })),
    listOptions: ({ kind }) => ok({ options: { roles, locations, skills, orgUnits: units, families, employees: [], programs: [] }[kind], more: false }),
    listObjectives: () => ok([{ id: 1, name: 'Faster claims', metric: 'days', unit: 'days', baseline: 10, target: 5, targetDate: '2027-12-31', programs: [] }]),
    getExposureSources: () => ok({ preferredSource: null, effectiveSource: 'eloundou', sources: [{ source: 'eloundou', measure: 'beta', roles: 3, importedAt: at }], explanation: '' }),
    scenarioUncertainty: () => ok(distributions()),
    scenarioLevers: () => ok([{ lever: { kind: 'adoption-target', changeId: 'ai-claims' }, label: 'AI claims triage: adoption target', value: 0.5, min: 0, max: 1, unit: 'share' }]),
    scenarioTornado: () =>
      ok({
        metrics: [{ kind: 'total-gap' }, { kind: 'cost', part: 'total' }],
        base: [-1, 200000],
        delta: 0.2,
        rows: [{ lever: { kind: 'adoption-target', changeId: 'ai-claims' }, label: 'AI claims triage: adoption target', base: 0.5, low: 0.4, high: 0.6, atLow: [-0.5, 200000], atHigh: [-1.5, 200000], swing: 1 }],
        cached: false,
      }),
    scenarioCareers: () => ok({ roles: [{ roleId: 11, role: 'Claims Handler', family: 'Claims', expectedYears: 8.5, returnProbability: 0.8, reachProbability: [{ roleId: 12, role: 'Underwriter', probability: 0.25 }] }], moveSources: { table: 3, calibrated: 0, none: 0 }, warnings: [] }),
  };
}
