// `scenario list|show|export|import|run FILE ...`: what-if scenarios from the command line,
// through the same code as the app (src/main/scenarios). `run` prints per period and role the
// supply, demand, gap, hires, exits, moves in and out, and with --runs > 1 the P10/P50/P90 of
// supply, demand and gap from a Monte Carlo on worker threads. 'baseline' is built in.
// Exit codes: 0 done, 2 unusable arguments, file or scenario (unknown name, unresolved
// reference in an import), 1 anything else.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { RunOptions, ScenarioId } from '../../../shared/scenario-types';
import { openEngagementDb } from '../../db/connection';
import type { ReadableDB } from '../../db/types';
import { runMonteCarloParallel } from '../../engine/parallel/monte-carlo';
import { monteCarloSettings, type McSummary } from '../../engine/scenario';
import { describeBody } from '../../scenarios/describe';
import { exportScenario, importScenario } from '../../scenarios/exchange';
import { closeScenarioPool, scenarioPool } from '../../scenarios/monte-carlo-tasks';
import { BASELINE, baselineSummary, findScenarioByName, getVersionBody, listScenarioDocuments, scenarioSummary, storedId } from '../../scenarios/repository';
import { runRows, type RunRow } from '../../scenarios/run-rows';
import { builtInBaseline, runTarget, workbench } from '../../scenarios/workbench';
import { integerOption, parseCommandArgs, requirePositional, stringOption, type Parsed } from '../args';
import { EXIT_OK, UsageError } from '../errors';
import { refuseExisting, withReadOnly } from '../files';
import type { CliIo } from '../io';
import { progressLines } from './taxonomy';
import type { Command } from './types';

const NAME = 'scenario';
const SUBCOMMANDS = ['list', 'show', 'export', 'import', 'run'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

/** A scenario by name ('baseline' is built in); unknown names list the ones there are. */
function scenarioNamed(db: ReadableDB, name: string): ScenarioId {
  if (name.trim().toLowerCase() === BASELINE) return BASELINE;
  const hit = findScenarioByName(db, name);
  if (hit) return hit.id;
  const names = listScenarioDocuments(db).map((s) => s.name);
  throw new AppError('not-found', `There is no scenario named "${name}"; this engagement has ${names.map((n) => `"${n}"`).join(', ')}.`);
}

function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[]): T | undefined {
  const v = stringOption(p, name, NAME);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${v}"`, NAME);
  return v as T;
}

const version = (p: Parsed) => (p.values.version === undefined ? undefined : integerOption(p, 'version', NAME, 1, 1, 1_000_000));

function table(headers: string[], rows: string[][], right: Set<number>): string[] {
  const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)];
}

function list(file: string, json: boolean, io: CliIo): number {
  const docs = withReadOnly(file, (db) => listScenarioDocuments(db));
  if (json) {
    io.out(JSON.stringify(docs));
    return EXIT_OK;
  }
  const rows = docs.map((d) => [d.name, d.kind, d.builtIn ? '-' : String(d.versions.length), d.builtIn ? 'built in' : (d.updatedAt ?? '').slice(0, 16).replace('T', ' '), d.builtIn ? '0' : String(d.versions[d.versions.length - 1]?.changes ?? 0)]);
  table(['Name', 'Kind', 'Versions', 'Last saved', 'Changes'], rows, new Set([2, 4])).forEach((l) => io.out(l));
  return EXIT_OK;
}

function show(file: string, p: Parsed, io: CliIo): number {
  const name = stringOption(p, 'name', NAME, true);
  const out = withReadOnly(file, (db) => {
    const wb = workbench(db);
    const id = scenarioNamed(db, name);
    if (id === BASELINE) {
      if (version(p) !== undefined) throw new UsageError('the baseline has no versions: leave out --version', NAME);
      return { scenario: baselineSummary(), version: null, body: builtInBaseline(wb), lines: describeBody(builtInBaseline(wb), wb.data) };
    }
    const v = getVersionBody(db, id, version(p));
    return { scenario: scenarioSummary(db, id), version: v.version, body: v.body, lines: describeBody(v.body, wb.data) };
  });
  if (p.values.json) {
    io.out(JSON.stringify({ scenario: out.scenario, version: out.version, body: out.body }));
    return EXIT_OK;
  }
  const s = out.scenario;
  io.out(`${s.name} (${s.kind})${out.version !== null ? `, version ${out.version} of ${s.versions.length}` : ''}`);
  if (s.description) io.out(`  ${s.description}`);
  io.out('');
  out.lines.forEach((l) => io.out(l));
  return EXIT_OK;
}

function exportCmd(file: string, p: Parsed, io: CliIo): number {
  const name = stringOption(p, 'name', NAME, true);
  const out = path.resolve(stringOption(p, 'out', NAME, true));
  refuseExisting(out);
  const result = withReadOnly(file, (db) => exportScenario(db, storedId(scenarioNamed(db, name), 'exported; every engagement has it'), version(p)));
  try {
    fs.writeFileSync(out, result.json, { flag: 'wx' });
  } catch (e) {
    throw new AppError('io', `${out} cannot be written: ${(e as Error).message}`);
  }
  const refs = Object.values(result.doc.references).reduce((a, l) => a + l.length, 0);
  if (p.values.json) io.out(JSON.stringify({ file: out, scenario: result.doc.scenario.name, version: result.doc.source.version, references: refs }));
  else io.out(`Wrote ${out}: scenario "${result.doc.scenario.name}" version ${result.doc.source.version} with ${refs} reference(s) to roles, locations, skills and objectives.`);
  return EXIT_OK;
}

function importCmd(file: string, p: Parsed, io: CliIo): number {
  const from = path.resolve(stringOption(p, 'from', NAME, true));
  let text: string;
  try {
    text = fs.readFileSync(from, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError(code === 'ENOENT' ? 'not-found' : 'io', code === 'ENOENT' ? `${from} does not exist.` : `${from} cannot be read: ${(e as Error).message}`);
  }
  const db = openEngagementDb(file, { mode: 'open' });
  try {
    const result = importScenario(db, text, { name: stringOption(p, 'name', NAME) });
    if (p.values.json) {
      io.out(JSON.stringify({ scenario: result.document.scenario, version: result.document.version, references: result.references, warnings: result.warnings }));
      return EXIT_OK;
    }
    const by = new Map<string, number>();
    for (const r of result.references) by.set(r.by, (by.get(r.by) ?? 0) + 1);
    const s = result.document.scenario;
    io.out(`Imported "${s.name}" (${s.kind}) as version ${result.document.version}; ${result.references.length} reference(s) resolved${by.size ? ` (${[...by].map(([k, n]) => `${n} by ${k === 'clientId' ? 'client id' : k}`).join(', ')})` : ''}.`);
    result.warnings.forEach((w) => io.err(`Note: ${w}`));
    return EXIT_OK;
  } finally {
    db.close();
  }
}

const fmt = (x: number | undefined) => (x === undefined ? '' : x.toFixed(1));

async function run(file: string, p: Parsed, io: CliIo): Promise<number> {
  const name = stringOption(p, 'name', NAME) ?? BASELINE;
  const options: RunOptions = {
    ...(p.values.periods !== undefined ? { periods: integerOption(p, 'periods', NAME, 1, 1, 120) } : {}),
    ...(p.values.period !== undefined ? { periodUnit: oneOf(p, 'period', ['month', 'quarter', 'year'] as const) } : {}),
    ...(p.values.hiring !== undefined ? { hiring: oneOf(p, 'hiring', ['none', 'replace', 'fill'] as const) } : {}),
  };
  const runs = integerOption(p, 'runs', NAME, 1, 1, 10_000);
  const seed = integerOption(p, 'seed', NAME, 42, 0, 0xffffffff);
  const det = withReadOnly(file, (db) => runTarget(db, { scenarioId: scenarioNamed(db, name), options }));
  const { cs, p: projection } = det.run;
  let mc: McSummary | undefined;
  if (runs > 1) {
    const progress = progressLines(io, io.now());
    try {
      mc = await runMonteCarloParallel(cs.model, monteCarloSettings(cs.body, { runs, seed }), {
        pool: scenarioPool(),
        onProgress: (e) => progress.report(e.phase === 'runs' ? e.done : runs, runs, 'Monte Carlo'),
      });
    } finally {
      progress.finish();
      await closeScenarioPool();
    }
  }
  const rows: RunRow[] = runRows(cs, projection, mc);
  const settings = { startDate: cs.body.startDate, periodUnit: cs.body.periodUnit, periods: cs.body.periods, hiring: cs.body.hiring };
  if (p.values.json) {
    io.out(JSON.stringify({ scenario: det.target.name, version: det.target.version, settings, runs, ...(mc ? { seed } : {}), warnings: cs.meta.warnings, rows }));
    return EXIT_OK;
  }
  io.out(`${det.target.name}${det.target.version !== null ? ` version ${det.target.version}` : ''}: ${settings.periods} ${settings.periodUnit}s from ${settings.startDate}, hiring ${settings.hiring}${mc ? `, ${runs} Monte Carlo runs (seed ${seed})` : ''}`);
  cs.meta.warnings.forEach((w) => io.err(`Note: ${w}`));
  const headers = ['Period', 'Date', 'Role', 'Supply', 'Demand', 'Gap', 'Hires', 'Exits', 'MovesIn', 'MovesOut', ...(mc ? ['SupplyP10', 'SupplyP50', 'SupplyP90', 'GapP10', 'GapP50', 'GapP90'] : [])];
  const body = rows.map((r) => [
    String(r.period),
    r.date,
    r.role,
    ...[r.supply, r.demand, r.gap, r.hires, r.exits, r.movesIn, r.movesOut].map(fmt),
    ...(mc ? [r.supplyP10, r.supplyP50, r.supplyP90, r.gapP10, r.gapP50, r.gapP90].map(fmt) : []),
  ]);
  table(headers, body, new Set(headers.map((_, i) => i).filter((i) => i !== 1 && i !== 2))).forEach((l) => io.out(l));
  return EXIT_OK;
}

export const scenarioCommand: Command = {
  name: NAME,
  summary: 'List, show, export, import and run what-if scenarios (with Monte Carlo bands)',
  usage: 'list|show|export|import|run FILE [--name NAME] [options]',
  details: [
    'list FILE [--json]                          the scenarios (the built-in baseline first) with their versions',
    'show FILE --name NAME [--version N] [--json]   a scenario\u2019s settings, changes and assumptions',
    'export FILE --name NAME [--version N] --out PATH   write a version as Scenario JSON (never overwrites)',
    'import FILE --from PATH [--name NEW] [--json]   add a Scenario JSON file as a new scenario; roles, locations, skills and objectives are matched by client id, title or name',
    'run FILE [--name NAME] [options] [--json]    project a scenario (default: baseline) and print per period and role:',
    '    supply, demand, gap (FTE), hires, exits, movesIn, movesOut (heads); with --runs > 1 also',
    '    supplyP10/P50/P90, demandP10/P50/P90, gapP10/P50/P90',
    '  --periods N                 number of periods, 1 to 120 (default: the scenario\u2019s)',
    '  --period month|quarter|year period length (default: the scenario\u2019s; the horizon in months is kept)',
    '  --hiring none|replace|fill  hiring policy (default: the scenario\u2019s)',
    '  --runs N                    Monte Carlo runs, 1 to 10,000 (default 1: deterministic only)',
    '  --seed S                    Monte Carlo seed (default 42): the same seed gives the same result',
    'Exit codes: 0 done, 2 unusable arguments, file or scenario (unknown name, unresolvable reference), 1 anything else.',
  ],
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined) throw new UsageError(`a subcommand is required: ${SUBCOMMANDS.join(', ')}`, NAME);
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`unknown subcommand "${sub}" (one of ${SUBCOMMANDS.join(', ')})`, NAME);
    const p = parseCommandArgs(
      NAME,
      rest,
      {
        name: { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string', short: 'o' },
        from: { type: 'string' },
        periods: { type: 'string' },
        period: { type: 'string' },
        hiring: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
      1,
    );
    const allowed: Record<Sub, string[]> = {
      list: ['json'],
      show: ['name', 'version', 'json'],
      export: ['name', 'version', 'out', 'json'],
      import: ['from', 'name', 'json'],
      run: ['name', 'periods', 'period', 'hiring', 'runs', 'seed', 'json'],
    };
    const stray = Object.keys(p.values).find((k) => k !== 'help' && p.values[k] !== undefined && !allowed[sub as Sub].includes(k));
    if (stray) throw new UsageError(`--${stray} does not go with "scenario ${sub}"`, NAME);
    const file = path.resolve(requirePositional(p, 'FILE (the engagement file)', NAME));
    switch (sub as Sub) {
      case 'list':
        return list(file, p.values.json === true, io);
      case 'show':
        return show(file, p, io);
      case 'export':
        return exportCmd(file, p, io);
      case 'import':
        return importCmd(file, p, io);
      case 'run':
        return run(file, p, io);
    }
  },
};
