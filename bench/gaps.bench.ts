// Gap analysis at 100,000 employees (issue 4 budget): full analysis from the in-memory model
// under 300 ms, recomputation after one requirement change under 50 ms, load time from the file
// printed separately, and peak memory. The engagement comes from the demo generator when it can
// build one; otherwise this suite writes a synthetic engagement of the same shape and says so.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoFile, createEngagementFile } from '../src/main/api/engagement-files';
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
import { rssMb, type BenchSuite } from './harness';

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
 * Builds the engagement in a child process, so the suite's peak RSS measures loading and
 * analysing it, not the generator. Prints which source was used.
 */
function generateInChild(file: string): string {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, GENERATE_FLAG, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generating ${file} failed: ${r.stderr || r.stdout}`);
  return r.stdout.trim().split('\n').pop() ?? '';
}

const GENERATE_FLAG = '--generate-gaps-engagement';

function generate(file: string): string {
  try {
    createDemoFile(file, { employees: EMPLOYEES, seed: 42 }).close();
    return 'demo generator';
  } catch (e) {
    const db = createEngagementFile(file, { name: 'Bench', currency: 'EUR', locale: 'en-GB', horizonMonths: 18, fiscalStartMonth: 1, asOfDate: AS_OF });
    inTransaction(db, () => writeSynthetic(db, EMPLOYEES));
    db.close();
    return `synthetic data written by bench/gaps.bench.ts (demo generator unavailable: ${(e as Error).message})`;
  }
}

if (process.argv[2] === GENERATE_FLAG) console.log(generate(process.argv[3]));

export const gapsSuite: BenchSuite = {
  name: 'gaps',
  run(ctx) {
    const file = path.join(ctx.dir, 'gaps-100k.skillshift');
    const t0 = performance.now();
    const source = generateInChild(file);
    ctx.report({ name: 'generate 100k engagement file (child process)', value: (performance.now() - t0) / 1000, unit: 's', note: source });
    // Read-only: opening through openEngagementDb would also write a backup copy first.
    const db = new Database(file, { readonly: true }) as ReadableDB;

    // Load once cold (what opening a file costs), then keep the median of warm loads as well.
    const l0 = performance.now();
    let model = loadGapModel(db);
    const cold = performance.now() - l0;
    const warm = ctx.time(() => loadGapModel(db), { repeat: 3, warmup: 0 });
    db.close();
    const n = model.employees.id.length;
    const profs = model.proficiencies.skill.length;
    const reqs = model.requirements.id.length;
    ctx.report({
      name: 'load gap model from file',
      value: cold,
      unit: 'ms',
      note: `warm median ${warm.toFixed(0)} ms; ${n} employees, ${profs} proficiencies, ${reqs} requirement rows, ${model.roles.id.length} roles, ${model.skills.id.length} skills`,
    });
    const rssLoaded = rssMb();

    const future = addMonths(model.asOfDate, 18);
    ctx.report({ name: 'full gap analysis 100k (today)', value: ctx.time(() => fullAnalysis(model, model.asOfDate), { repeat: 7, warmup: 2 }), unit: 'ms', budget: 300, note: 'every person x requirement, 5 roll-ups, 2 heatmaps' });
    ctx.report({ name: 'full gap analysis 100k (as of +18 months)', value: ctx.time(() => fullAnalysis(model, future), { repeat: 7, warmup: 1 }), unit: 'ms', budget: 300 });

    // Recompute after one change on the most-populated role (the worst case), cycling through
    // a level change, a weight change, an added requirement and its removal.
    const now = analyzeGaps(model);
    const st = model.index.roleEmployeesStart;
    let big = 0;
    for (let r = 1; r < model.roles.id.length; r++) if (st[r + 1] - st[r] > st[big + 1] - st[big]) big = r;
    const p = now.profiles;
    const slot = p.start[big];
    const newSkill = [...Array(model.skills.id.length).keys()].find((s) => !p.skill.subarray(p.start[big], p.start[big + 1]).includes(s))!;
    const date = dayToIso(model.requirements.effectiveDay[p.req[slot]]);
    const changes = [
      { kind: 'upsert' as const, role: big, skill: p.skill[slot], effectiveDate: date, level: Math.min(5, p.level[slot] + 1), weight: p.weight[slot] },
      { kind: 'upsert' as const, role: big, skill: p.skill[slot], effectiveDate: date, level: p.level[slot], weight: Math.max(0.05, p.weight[slot] / 2) },
      { kind: 'upsert' as const, role: big, skill: newSkill, effectiveDate: null, level: 3, weight: 0.5 },
      { kind: 'remove' as const, role: big, skill: newSkill, effectiveDate: null },
    ];
    let current = { model, analysis: now };
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t = performance.now();
      current = applyRequirementChange(current.model, current.analysis, changes[i % changes.length]);
      refreshViews(current.model, current.analysis);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    ctx.report({
      name: 'recompute after one requirement change',
      value: times[times.length >> 1],
      unit: 'ms',
      budget: 50,
      note: `role with ${st[big + 1] - st[big]} people; includes refreshing roll-ups and heatmaps; max ${times[times.length - 1].toFixed(1)} ms`,
    });
    model = current.model;

    const fut = analyzeGaps(model, { asOf: future });
    ctx.report({ name: 'upskill list (today vs +18 months, programs for top 1000)', value: ctx.time(() => upskillList(model, now, fut, { limit: 1000 }), { repeat: 3 }), unit: 'ms' });
    ctx.report({ name: 'reskill lists (top 10 per role)', value: ctx.time(() => reskillLists(model, now, { top: 10 }), { repeat: 3 }), unit: 'ms', note: `${model.roles.id.length} target roles` });
    ctx.report({ name: 'role-to-role adjacency matrix', value: ctx.time(() => roleAdjacency(model, now.profiles), { repeat: 3 }), unit: 'ms' });
    ctx.report({ name: 'RSS after loading the model', value: rssLoaded, unit: 'MB' });
    ctx.report({ name: 'peak RSS', value: process.resourceUsage().maxRSS / 1024, unit: 'MB', budget: 500, note: 'bench process: load, analyses, lists (the file is generated in a child process)' });
  },
};

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
