// `plan FILE --scenario NAME [--budget AMOUNT] [--period-budget AMOUNT] [--min-fit X] [--json]`:
// the optimised workforce plan of a scenario (issue 6), through the same code as the Plan API
// (src/main/plan). The file is read on a read-only connection and closed before the solve.
// Prints the totals (cost by option), the mix per role and period, and every person's
// recommendation with its reason. Exit code 1 when demand cannot be covered (the binding
// constraints are named), 2 for arguments or files it cannot use.
import path from 'node:path';
import { PlanQuery, type PlanMixRow, type PlanPersonRow, type PlanQueryParsed, type PlanResult } from '../../../shared/plan-types';
import { computePlan } from '../../plan/compute';
import { readPlan } from '../../plan/run';
import { parseCommandArgs, requirePositional, stringOption, type Parsed } from '../args';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../errors';
import { withReadOnly } from '../files';
import type { CliIo } from '../io';
import type { Command } from './types';

const NAME = 'plan';

/** A non-negative amount: digits with an optional decimal part; `_` and `,` group thousands. */
function amount(p: Parsed, option: string): number | null {
  const v = stringOption(p, option, NAME);
  if (v === undefined) return null;
  const text = v.replace(/[_,]/g, '');
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n)) throw new UsageError(`--${option} must be a non-negative amount such as 250000, got "${v}"`, NAME);
  return n;
}

function query(p: Parsed): PlanQueryParsed {
  const scenario = stringOption(p, 'scenario', NAME, true);
  const minFitText = stringOption(p, 'min-fit', NAME);
  let minFit: number | undefined;
  if (minFitText !== undefined) {
    minFit = /^\d+(\.\d+)?$/.test(minFitText) ? Number(minFitText) : Number.NaN;
    if (!(minFit >= 0 && minFit <= 1)) throw new UsageError(`--min-fit must be a number from 0 to 1, got "${minFitText}"`, NAME);
  }
  const parsed = PlanQuery.safeParse({ scenario, budget: amount(p, 'budget'), periodBudget: amount(p, 'period-budget'), ...(minFit === undefined ? {} : { minFit }) });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message, NAME);
  return parsed.data;
}

const money = (x: number) => Math.round(x).toLocaleString('en');
const fte = (x: number) => (Math.abs(x) < 0.05 ? '0' : x.toFixed(1));

function table(io: CliIo, header: string[], rows: string[][], right: Set<number>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  io.out(line(header));
  rows.forEach((r) => io.out(line(r)));
}

/** The JSON printed by --json: stable field names for scripts. */
function json(file: string, r: PlanResult, people: PlanPersonRow[]) {
  const o = r.totals.byOption;
  return {
    file: path.resolve(file),
    scenario: r.scenario,
    query: r.query,
    status: r.status,
    currency: r.currency,
    totals: {
      cost: r.totals.cost,
      build: o.build,
      buy: o.buy,
      borrow: o.borrow,
      bot: o.bot,
      release: o.release,
      upskill: r.totals.upskill,
      reskill: r.totals.reskill,
      fte: r.totals.fte,
      learningSpend: r.totals.learningSpend,
      lpBound: r.totals.lpBound,
      greedyCost: r.totals.greedyCost,
    },
    people: r.peopleSummary,
    mix: r.mix.map((m) => ({
      roleId: m.roleId,
      role: m.role,
      location: m.location,
      period: m.period,
      date: m.date,
      demand: m.demand,
      naturalSupply: m.naturalSupply,
      build: m.build,
      buy: m.buy,
      borrow: m.borrow,
      release: m.release,
      upskill: m.upskill,
      reskill: m.reskill,
      bot: m.bot,
      uncovered: m.uncovered,
      cost: m.cost,
    })),
    recommendations: people.map((p) => ({
      employee: p.ref,
      role: p.role,
      location: p.location,
      action: p.action,
      target: p.targetRole,
      programs: p.programs.map((x) => x.name),
      start: p.startDate,
      monthsToProficiency: p.monthsToProficiency,
      fit: p.fit,
      release: p.release,
      cost: p.cost,
      reason: p.reason,
    })),
    shortfalls: r.shortfalls,
    warnings: r.warnings,
    solver: r.solver,
  };
}

function printText(io: CliIo, r: PlanResult, people: PlanPersonRow[]): void {
  const t = r.totals;
  const o = t.byOption;
  const budget = r.query.budget === null || r.query.budget === undefined ? 'unlimited' : `${r.currency} ${money(r.query.budget)}`;
  io.out(`Plan for "${r.scenario.name}": ${r.scenario.periods} ${r.scenario.periodUnit}ly periods from ${r.scenario.startDate}, min fit ${Math.round(r.query.minFit * 100)}%, learning budget ${budget}: ${r.status}`);
  io.out(
    `cost ${r.currency} ${money(t.cost)} = build ${money(o.build)} (upskill ${money(t.upskill)}, reskill ${money(t.reskill)}) + buy ${money(o.buy)} + borrow ${money(o.borrow)} + bot ${money(o.bot)} + release ${money(o.release)}`,
  );
  io.out(`LP bound ${r.currency} ${money(t.lpBound)}; greedy reference ${r.currency} ${money(t.greedyCost)}${t.greedyShortfallFte > 0 ? ` (leaves ${fte(t.greedyShortfallFte)} FTE-periods uncovered)` : ''}`);
  const s = r.peopleSummary;
  io.out(`people: ${s.upskill} upskill, ${s.reskill} reskill, ${s.none} no action, ${s.atRisk} at risk (${s.release} to release)`);
  io.out('');
  io.out('Mix per role and period (FTE; rows with a decision):');
  const active = r.mix.filter((m: PlanMixRow) => m.build + m.buy + m.borrow + m.release > 0.05 || m.uncovered > 1e-6);
  table(
    io,
    ['role', 'location', 'period', 'date', 'build', 'buy', 'borrow', 'release', 'upskill', 'reskill', 'cost'],
    active.map((m) => [m.role, m.location, String(m.period), m.date, fte(m.build), fte(m.buy), fte(m.borrow), fte(m.release), fte(m.upskill), fte(m.reskill), money(m.cost.total)]),
    new Set([2, 4, 5, 6, 7, 8, 9, 10]),
  );
  io.out('');
  io.out('Recommendations:');
  table(
    io,
    ['employee', 'role', 'action', 'target', 'start', 'cost', 'reason'],
    people.map((p) => [p.ref, p.role, p.action, p.targetRole ?? '', p.startDate ?? (p.release ? p.release.date : ''), money(p.cost), p.reason]),
    new Set([5]),
  );
  for (const w of r.warnings) io.err(`warning: ${w}`);
}

function reportShortfalls(io: CliIo, r: PlanResult): void {
  io.err(`skillshift plan: the plan cannot cover everything; ${r.shortfalls.length} shortfall${r.shortfalls.length === 1 ? '' : 's'}:`);
  for (const s of r.shortfalls.slice(0, 20)) {
    const what = s.kind === 'coverage' ? `${fte(s.fte)} FTE of ${s.role} at ${s.location} in period ${s.period} (${s.date})` : `${fte(s.fte)} FTE of internal fills for ${s.role} at ${s.location} by ${s.date}`;
    io.err(`  ${what}: ${s.binding.length ? s.binding.map((b) => `${b.constraint}: ${b.detail}`).join('; ') : 'no single constraint stands out'}`);
  }
  if (r.shortfalls.length > 20) io.err(`  ... and ${r.shortfalls.length - 20} more (see --json).`);
}

export const planCommand: Command = {
  name: NAME,
  summary: 'Optimise the workforce plan of a scenario: who to upskill, reskill, hire, borrow or release, and at what cost',
  usage: 'FILE --scenario NAME [--budget AMOUNT] [--period-budget AMOUNT] [--min-fit X] [--json]',
  details: [
    'FILE                    the engagement file (read only)',
    '--scenario NAME         a saved scenario, or "baseline" (no changes over the horizon)',
    '--budget AMOUNT         total learning budget (program fees); default unlimited',
    '--period-budget AMOUNT  learning budget per period; default unlimited',
    '--min-fit X             minimum fit (0-1) for a reskilling move; default 0.75',
    '--json                  print the plan as JSON (totals, mix, recommendations, shortfalls)',
    'Exit code 1 when demand cannot be covered (the binding constraints are named), 2 for unusable arguments or files.',
  ],
  async run(args, io) {
    const p = parseCommandArgs(
      NAME,
      args,
      { scenario: { type: 'string' }, budget: { type: 'string' }, 'period-budget': { type: 'string' }, 'min-fit': { type: 'string' }, json: { type: 'boolean' } },
      1,
    );
    const file = requirePositional(p, 'FILE', NAME);
    const q = query(p);
    const read = withReadOnly(file, (db) => readPlan(db, q));
    const { result, people } = await computePlan(read, q);
    if (p.values.json === true) io.out(JSON.stringify(json(file, result, people), null, 2));
    else printText(io, result, people);
    if (result.status === 'infeasible') {
      reportShortfalls(io, result);
      return EXIT_FAILURE;
    }
    return EXIT_OK;
  },
};
