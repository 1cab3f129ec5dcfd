// Gap analysis at 100,000 employees (issue 4 budget): full analysis from the in-memory model
// under 300 ms, recomputation after one requirement change under 50 ms, load time from the file
// printed separately, and peak memory; then the Gaps API path through the registry, cold (first
// call: load + analyse) and cached (a few ms). The engagement comes from the demo generator when it can
// build one; otherwise this suite writes a synthetic engagement of the same shape and says so.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoFile, createEngagementFile } from '../src/main/api/engagement-files';
import { handlers } from '../src/main/api/handlers';
import { createRegistry } from '../src/main/api/registry';
import { Session } from '../src/main/api/session';
import { loadGapModel } from '../src/main/db/repos/gap-inputs';
import { inTransaction, type ReadableDB, type WritableDB } from '../src/main/db/types';
import {
  addMonths,
  analyzeGaps,
  applyRequirementChange,
  dayToIso,
  groupRows,
  reskillLists,
  roleAdjacency,
  roleSkillMatrix,
  unitCategoryMatrix,
  upskillList,
  type GapAnalysis,
  type GapModel,
  type GroupBy,
} from '../src/main/engine/gaps';
import { skillCategories } from '../src/shared/domain/entities';
import { median, rssMb, type BenchContext, type BenchSuite } from './harness';

const EMPLOYEES = 100_000;
const AS_OF = '2026-01-01';
const BY: GroupBy[] = ['skill', 'role', 'unit', 'location', 'category'];

/** Everything the gaps screen shows: per person, every roll-up and both heatmaps. */
function fullAnalysis(m: GapModel, asOf: string): GapAnalysis {
  const a = analyzeGaps(m, { asOf });
  refreshViews(m, a);
  return a;
}

function refreshViews(m: GapModel, a: GapAnalysis): number {
  let rows = 0;
  for (const by of BY) rows += groupRows(m, a, by).length;
  rows += roleSkillMatrix(m, a).cells.length + unitCategoryMatrix(m, a).cells.length;
  return rows;
}

/**
 * Builds an engagement in a child process, so the suite's peak RSS measures loading and
 * analysing it, not the generator. Returns which source was used.
 */
function generateInChild(file: string, kind: 'demo' | 'synthetic'): string {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, GENERATE_FLAG, kind, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generating ${file} failed: ${r.stderr || r.stdout}`);
  return r.stdout.trim().split('\n').pop() ?? '';
}

const GENERATE_FLAG = '--generate-gaps-engagement';
const SYNTHETIC = 'synthetic (bench/gaps.bench.ts): 400 roles x 22 requirements + 3 future-dated, 300 skills';

function generate(kind: string, file: string): string {
  if (kind === 'demo') {
    try {
      createDemoFile(file, { employees: EMPLOYEES, seed: 42 }).close();
      return 'demo generator';
    } catch (e) {
      return `${generate('synthetic', file)}; demo generator unavailable: ${(e as Error).message}`;
    }
  }
  const db = createEngagementFile(file, { name: 'Bench', currency: 'EUR', locale: 'en-GB', horizonMonths: 18, fiscalStartMonth: 1, asOfDate: AS_OF });
  inTransaction(db, () => {
    // Employees and their proficiencies are buffered separately: check references at commit.
    db.pragma('defer_foreign_keys = ON');
    writeSynthetic(db, EMPLOYEES);
  });
  db.close();
  return SYNTHETIC;
}

if (process.argv[2] === GENERATE_FLAG) console.log(generate(process.argv[3], process.argv[4]));

export const gapsSuite: BenchSuite = {
  name: 'gaps',
  async run(ctx) {
    // 1. The demo engagement (as a consultant would open it), with every metric.
    const source = demoPhase(ctx);
    const rssDemo = process.resourceUsage().maxRSS / 1024;
    await apiPath(ctx, path.join(ctx.dir, 'gaps-demo.skillshift'));
    // 2. A denser engagement (25 requirements per role, the "~25 per person"), for the
    //    budgets only; skipped when the demo generator was unavailable and step 1 already used it.
    if (source.startsWith('demo')) {
      budgets(ctx, loadEngagement(ctx, path.join(ctx.dir, 'gaps-dense.skillshift'), 'synthetic', '[dense] ').model, '[dense] ');
    }
    ctx.report({ name: 'peak RSS (demo engagement)', value: rssDemo, unit: 'MB', budget: 500, note: 'bench process: load, analyses, lists; files are generated in child processes' });
    ctx.report({ name: 'peak RSS (whole suite)', value: process.resourceUsage().maxRSS / 1024, unit: 'MB', budget: 500 });
  },
};

/**
 * The Gaps screen's calls through the API registry on the 100k demo (api/gaps/cache.ts): the
 * first (cold) round loads the model and analyses today and the horizon; later rounds are
 * answered from the cache after the two-counter staleness check. One round = the KPI summary,
 * the roles x skills heatmap and the role roll-up, as the screen asks on opening.
 */
async function apiPath(ctx: BenchContext, file: string): Promise<void> {
  const db = new Database(file) as WritableDB;
  const session = new Session();
  session.replace({ file, db });
  const registry = createRegistry(handlers, { session, host: { transport: 'in-process', dataDir: null, resolveFile: (f) => f, listFiles: () => [] }, emit: () => {} });
  const round = async () => {
    for (const [method, input] of [['getGapSummary', {}], ['getGapHeatmap', { kind: 'role-skill' }], ['getGapGroups', { by: 'role' }]] as const) {
      const r = await registry.call(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    }
  };
  const t0 = performance.now();
  await round();
  const cold = performance.now() - t0;
  const warm: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 20; i++) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    await round();
    warm.push(performance.now() - t);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  session.close();
  ctx.report({ name: 'API gaps call, cold (load model + analyse today and +horizon + heatmap + roll-up)', value: cold, unit: 'ms', note: 'getGapSummary + getGapHeatmap + getGapGroups through the registry, first call on a freshly opened engagement' });
  ctx.report({ name: 'API gaps call, cached (same three calls after a warm load)', value: median(warm), unit: 'ms', note: `median of 20 rounds, cpu ${median(cpu).toFixed(2)} ms, max wall ${Math.max(...warm).toFixed(1)} ms, load average ${os.loadavg()[0].toFixed(1)}; includes input validation and the data_version/total_changes check` });
}

/** In its own scope, so the demo model can be collected before the next engagement loads. */
function demoPhase(ctx: BenchContext): string {
  const { model, source } = loadEngagement(ctx, path.join(ctx.dir, 'gaps-demo.skillshift'), 'demo', '');
  lists(ctx, budgets(ctx, model, ''));
  return source;
}

function loadEngagement(ctx: BenchContext, file: string, kind: 'demo' | 'synthetic', tag: string): { model: GapModel; source: string } {
  const t0 = performance.now();
  const source = generateInChild(file, kind);
  ctx.report({ name: `${tag}generate 100k engagement file (child process)`, value: (performance.now() - t0) / 1000, unit: 's', note: source });
  // Read-only: opening through openEngagementDb would also write a backup copy first.
  const db = new Database(file, { readonly: true }) as ReadableDB;
  const l0 = performance.now();
  const model = loadGapModel(db);
  const cold = performance.now() - l0;
  const warm = ctx.time(() => loadGapModel(db), { repeat: 3, warmup: 0 });
  db.close();
  const m = model;
  ctx.report({
    name: `${tag}load gap model from file`,
    value: cold,
    unit: 'ms',
    note: `warm median ${warm.toFixed(0)} ms; ${m.employees.id.length} employees, ${m.proficiencies.skill.length} proficiencies, ${m.requirements.id.length} requirement rows, ${m.roles.id.length} roles, ${m.skills.id.length} skills; RSS now ${rssMb().toFixed(0)} MB`,
  });
  return { model, source };
}

/** The two budgets: full analysis under 300 ms, recompute after one change under 50 ms. */
function budgets(ctx: BenchContext, model: GapModel, tag: string): GapModel {
  const future = addMonths(model.asOfDate, 18);
  const pairs = analyzeGaps(model).employees.required.reduce((s, x) => s + x, 0);
  const today = measure(() => fullAnalysis(model, model.asOfDate), 7, 2);
  ctx.report({ name: `${tag}full gap analysis 100k (today)`, value: today.wall, unit: 'ms', budget: 300, note: `median of 7; ${pairs} person x requirement pairs, 5 roll-ups, 2 heatmaps; ${today.note}` });
  const later = measure(() => fullAnalysis(model, future), 7, 1);
  ctx.report({ name: `${tag}full gap analysis 100k (as of +18 months)`, value: later.wall, unit: 'ms', budget: 300, note: later.note });

  // Recompute after one change on the most-populated role (the worst case), cycling through
  // a level change, its undoing, an added requirement and its removal.
  const st = model.index.roleEmployeesStart;
  let big = 0;
  for (let r = 1; r < model.roles.id.length; r++) if (st[r + 1] - st[r] > st[big + 1] - st[big]) big = r;
  let current = { model, analysis: analyzeGaps(model) };
  const p = current.analysis.profiles;
  const slot = p.start[big];
  const own = p.skill.subarray(p.start[big], p.start[big + 1]);
  const newSkill = [...Array(model.skills.id.length).keys()].find((s) => !own.includes(s))!;
  const date = dayToIso(model.requirements.effectiveDay[p.req[slot]]);
  const changes = [
    { kind: 'upsert' as const, role: big, skill: p.skill[slot], effectiveDate: date, level: Math.min(5, p.level[slot] + 1), weight: p.weight[slot] },
    { kind: 'upsert' as const, role: big, skill: p.skill[slot], effectiveDate: date, level: p.level[slot], weight: p.weight[slot] },
    { kind: 'upsert' as const, role: big, skill: newSkill, effectiveDate: null, level: 3, weight: 0.5 },
    { kind: 'remove' as const, role: big, skill: newSkill, effectiveDate: null },
  ];
  let i = 0;
  const recompute = measure(
    () => {
      current = applyRequirementChange(current.model, current.analysis, changes[i++ % changes.length]);
      refreshViews(current.model, current.analysis);
    },
    12,
    4,
  );
  ctx.report({
    name: `${tag}recompute after one requirement change`,
    value: recompute.wall,
    unit: 'ms',
    budget: 50,
    note: `median of 12; role with ${st[big + 1] - st[big]} people; includes refreshing roll-ups and heatmaps; ${recompute.note}`,
  });
  // 16 changes = 4 whole cycles: the model is back to the loaded requirements.
  return current.model;
}

function lists(ctx: BenchContext, model: GapModel): void {
  const now = analyzeGaps(model);
  const fut = analyzeGaps(model, { asOf: addMonths(model.asOfDate, 18) });
  ctx.report({ name: 'upskill list (today vs +18 months, programs for top 1000)', value: ctx.time(() => upskillList(model, now, fut, { limit: 1000 }), { repeat: 3 }), unit: 'ms' });
  ctx.report({ name: 'reskill lists (top 10 per role)', value: ctx.time(() => reskillLists(model, now, { top: 10 }), { repeat: 3 }), unit: 'ms', note: `${model.roles.id.length} target roles` });
  ctx.report({ name: 'role-to-role adjacency matrix', value: ctx.time(() => roleAdjacency(model, now.profiles), { repeat: 3 }), unit: 'ms' });
}

/**
 * Median wall and CPU time of `fn`. The CPU time shows the work itself when other processes
 * compete for the cores (the wall time is what the budget is about); the load average says how busy.
 */
function measure(fn: () => unknown, repeat: number, warmup: number): { wall: number; note: string } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const w = median(wall);
  return { wall: w, note: `cpu ${median(cpu).toFixed(1)} ms, max wall ${Math.max(...wall).toFixed(1)} ms, load average ${os.loadavg()[0].toFixed(1)}` };
}

/** Deterministic PRNG (mulberry32), so every run measures the same engagement. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Multi-row INSERT in batches: per-statement overhead dominates 2.5 million single inserts. */
function inserter(db: WritableDB, table: string, cols: string[], per = 100) {
  const tuple = `(${cols.map(() => '?').join(',')})`;
  const head = `INSERT INTO ${table} (${cols.join(',')}) VALUES `;
  const many = db.prepare(head + Array(per).fill(tuple).join(','));
  const one = db.prepare(head + tuple);
  let buf: unknown[] = [];
  return {
    add(...v: unknown[]) {
      buf.push(...v);
      if (buf.length === per * cols.length) {
        many.run(buf);
        buf = [];
      }
    },
    flush() {
      for (let i = 0; i < buf.length; i += cols.length) one.run(buf.slice(i, i + cols.length));
      buf = [];
    },
  };
}

/**
 * A synthetic engagement shaped like the demo: 60 units, 12 locations, 300 skills over all
 * categories, 400 roles with 22 current requirements and 3 future-dated ones (some raising an
 * existing level, some adding a skill), ~24 proficiencies per person (85% of the role's skills
 * assessed plus a few others), 60 programs.
 */
function writeSynthetic(db: WritableDB, employees: number): void {
  const rand = rng(7);
  const int = (n: number) => Math.floor(rand() * n);
  const half = (x: number) => Math.round(x * 2) / 2;
  const units = inserter(db, 'org_units', ['id', 'name', 'parent_id']);
  for (let u = 1; u <= 60; u++) units.add(u, `Unit ${u}`, u <= 8 ? null : 1 + int(8));
  units.flush();
  const locs = inserter(db, 'locations', ['id', 'name', 'country', 'currency']);
  for (let l = 1; l <= 12; l++) locs.add(l, `Site ${l}`, 'DE', 'EUR');
  locs.flush();
  const nSkills = 300;
  const skills = inserter(db, 'skills', ['id', 'name', 'category']);
  for (let s = 1; s <= nSkills; s++) skills.add(s, `Skill ${s}`, skillCategories[s % skillCategories.length]);
  skills.flush();
  const nRoles = 400;
  const roleSkills: number[][] = [];
  const roleLevels: number[][] = [];
  const roles = inserter(db, 'roles', ['id', 'title', 'family', 'is_manager', 'org_unit_id']);
  const reqs = inserter(db, 'role_requirements', ['role_id', 'skill_id', 'level', 'weight', 'effective_date']);
  for (let r = 1; r <= nRoles; r++) {
    roles.add(r, `Role ${r}`, `Family ${1 + (r % 20)}`, r % 7 === 0 ? 1 : 0, 1 + int(60));
    const set = new Set<number>();
    while (set.size < 25) set.add(1 + int(nSkills));
    const list = [...set];
    const levels = list.map(() => half(1 + rand() * 4));
    roleSkills.push(list.slice(0, 22));
    roleLevels.push(levels.slice(0, 22));
    for (let i = 0; i < 22; i++) reqs.add(r, list[i], levels[i], Math.round((0.25 + rand() * 0.75) * 20) / 20, null);
    // Future profile: two existing skills raised, three skills added, dated 6-18 months out.
    for (let i = 0; i < 2; i++) reqs.add(r, list[i], Math.min(5, levels[i] + 1), 1, addMonths(AS_OF, 6 + int(13)));
    for (let i = 22; i < 25; i++) reqs.add(r, list[i], levels[i], 0.8, addMonths(AS_OF, 6 + int(13)));
  }
  roles.flush();
  reqs.flush();
  const emps = inserter(db, 'employees', ['id', 'ref', 'role_id', 'org_unit_id', 'location_id', 'manager_id', 'fte']);
  const profs = inserter(db, 'proficiencies', ['employee_id', 'skill_id', 'level', 'source'], 200);
  const managers: number[] = [];
  for (let e = 1; e <= employees; e++) {
    const r = Math.min(nRoles, 1 + Math.floor(nRoles * rand() * rand())); // skewed role sizes
    const mgr = managers.length ? managers[int(managers.length)] : null;
    emps.add(e, `P${e}`, r, 1 + int(60), 1 + int(12), mgr, rand() < 0.15 ? 0.5 + half(rand()) / 2 : 1);
    if (r % 7 === 0) managers.push(e);
    const levels = new Map<number, number>();
    roleSkills[r - 1].forEach((s, i) => {
      if (rand() < 0.85) levels.set(s, Math.max(0, Math.min(5, half(roleLevels[r - 1][i] - 1.5 + rand() * 2.5))));
    });
    for (let i = 0; i < 4; i++) levels.set(1 + int(nSkills), half(rand() * 5));
    for (const s of [...levels.keys()].sort((a, b) => a - b)) profs.add(e, s, levels.get(s)!, 'assessment');
  }
  emps.flush();
  profs.flush();
  const progs = inserter(db, 'learning_programs', ['id', 'name', 'delivery', 'duration_months', 'cost_per_person']);
  const progSkills = inserter(db, 'program_skills', ['program_id', 'skill_id', 'uplift']);
  for (let p = 1; p <= 60; p++) {
    progs.add(p, `Program ${p}`, 'online', 1 + int(6), 500 + int(5000));
    const set = new Set<number>();
    while (set.size < 2 + int(3)) set.add(1 + int(nSkills));
    for (const s of set) progSkills.add(p, s, 1 + int(2));
  }
  progs.flush();
  progSkills.flush();
}
