// The scenario API (issue 5): zod inputs of the scenario methods and the JSON shapes they answer
// with. Scenarios are documents (every save is a version); results are derived from a version
// (or an unsaved body, for live what-if) and never edited. Series are columnar: one number per
// period k = 0..T (k = 0 is the scenario start), aligned with `dates`.
import { z } from 'zod';
import { IsoDate } from './domain/entities';
import { ScenarioBody } from './domain/scenario';

const Id = z.number().int().positive();

/** A saved scenario's id, or the built-in baseline (no changes; cannot be edited or deleted). */
export const ScenarioId = z.union([Id, z.literal('baseline')]);
export type ScenarioId = z.infer<typeof ScenarioId>;

export const scenarioKinds = ['automation', 'new-market', 'custom'] as const;
const ScenarioName = z.string().trim().min(1).max(120);
const Description = z.string().max(2000);
const Note = z.string().max(500);

/** Run options that override the body's grid and hiring policy without saving. */
export const RunOptions = z
  .object({
    periods: z.number().int().min(1).max(120).optional(),
    /** Without `periods`, the same number of months is kept (18 months = 6 quarters). */
    periodUnit: z.enum(['month', 'quarter', 'year']).optional(),
    hiring: z.enum(['none', 'replace', 'fill']).optional(),
  })
  .strict();
export type RunOptions = z.infer<typeof RunOptions>;

export const runSections = ['roles', 'units', 'locations', 'total', 'skills', 'requirements'] as const;
export type RunSection = (typeof runSections)[number];

/** Keeps payloads small: a subset of roles and of sections (default: every role, every section). */
export const RunView = z
  .object({
    roleIds: z.array(Id).max(2000).optional(),
    include: z.array(z.enum(runSections)).optional(),
    /** Units summed up their tree (a unit includes its sub-units). */
    unitTree: z.boolean().default(false),
  })
  .strict();

/** What to compute on: a saved version (latest by default), or an unsaved body (not cached). */
const target = {
  scenarioId: ScenarioId,
  version: Id.optional(),
  body: ScenarioBody.optional(),
  options: RunOptions.default({}),
};
export const ScenarioTarget = z.object(target).strict();

export const Lever = z.union([
  z
    .object({
      kind: z.enum(['adoption-target', 'realisation', 'adoption-time', 'exposure', 'demand-growth', 'attrition-override', 'ramp-scale', 'ramp-length-scale', 'internal-share']),
      changeId: z.string().min(1).max(40),
    })
    .strict(),
  z.object({ kind: z.enum(['salary-inflation', 'attrition-scale', 'time-to-fill-scale', 'hiring-capacity-scale', 'recruiting-share']) }).strict(),
]);

const Period = z.number().int().min(0).max(120);
export const Metric = z.union([
  z.object({ kind: z.enum(['total-gap', 'total-shortage', 'total-supply', 'total-demand']), period: Period.optional() }).strict(),
  z.object({ kind: z.enum(['role-gap', 'role-supply']), roleId: Id, period: Period.optional() }).strict(),
  z.object({ kind: z.literal('cost'), part: z.enum(['payroll', 'hiring', 'total']).optional() }).strict(),
]);

export const ScenarioInputs = {
  /** A saved version (latest by default) or an unsaved body, with run options. */
  target: ScenarioTarget,
  get: z.object({ scenarioId: ScenarioId, version: Id.optional() }).strict(),
  create: z
    .object({
      name: ScenarioName,
      kind: z.enum(scenarioKinds),
      description: Description.default(''),
      /** 'template': a starting change for the kind built from the engagement's data; 'empty': no changes. */
      from: z.enum(['template', 'empty']).default('template'),
      /** A complete body instead of a template. */
      body: ScenarioBody.optional(),
    })
    .strict(),
  save: z
    .object({
      scenarioId: ScenarioId,
      body: ScenarioBody,
      note: Note.default(''),
      /** The version the edit started from: refused with `conflict` if a newer one was saved since. */
      baseVersion: Id.optional(),
    })
    .strict(),
  rename: z.object({ scenarioId: ScenarioId, name: ScenarioName, description: Description.optional() }).strict(),
  clone: z.object({ scenarioId: ScenarioId, version: Id.optional(), name: ScenarioName }).strict(),
  remove: z.object({ scenarioId: ScenarioId }).strict(),
  restore: z.object({ scenarioId: ScenarioId, version: Id }).strict(),
  diff: z.object({ scenarioId: ScenarioId, from: Id, to: Id }).strict(),
  exportJson: z.object({ scenarioId: ScenarioId, version: Id.optional() }).strict(),
  importJson: z.object({ json: z.string().min(2).max(5_000_000), name: ScenarioName.optional() }).strict(),
  run: z.object({ scenarioId: ScenarioId, version: Id.optional(), options: RunOptions.default({}), view: RunView.default({ unitTree: false }) }).strict(),
  preview: z.object({ scenarioId: ScenarioId.optional(), body: ScenarioBody, options: RunOptions.default({}), view: RunView.default({ unitTree: false }) }).strict(),
  monteCarloStart: z
    .object({
      ...target,
      runs: z.number().int().min(2).max(10_000).default(500),
      seed: z.number().int().min(0).max(0xffffffff).default(42),
      /** Where "gap closed" is judged: a period index, or the first period ending on/after a date. */
      targetPeriod: Period.optional(),
      targetDate: IsoDate.optional(),
    })
    .strict(),
  monteCarloResult: z.object({ taskId: z.string().min(1).max(100), roleIds: z.array(Id).max(2000).optional(), totalsOnly: z.boolean().default(false) }).strict(),
  monteCarloCancel: z.object({ taskId: z.string().min(1).max(100) }).strict(),
  tornado: z
    .object({ ...target, metrics: z.array(Metric).min(1).max(4).optional(), delta: z.number().min(0.01).max(0.9).default(0.2), levers: z.array(Lever).max(100).optional() })
    .strict(),
  goalSeek: z
    .object({ ...target, lever: Lever, metric: Metric, target: z.number().finite(), range: z.tuple([z.number().finite(), z.number().finite()]).optional() })
    .strict(),
  careers: z.object({ roleIds: z.array(Id).max(2000).optional(), minProbability: z.number().min(0).max(1).default(0.001) }).strict(),
  explain: z
    .object({
      ...target,
      figure: z.enum(['supply', 'demand', 'gap', 'hires', 'exits', 'cost']),
      roleId: Id.optional(),
      cell: z.number().int().min(0).optional(),
      /** The organisation total (every cell), instead of a role or a cell. */
      total: z.literal(true).optional(),
      period: Period,
    })
    .strict()
    .refine((x) => [x.roleId !== undefined, x.cell !== undefined, x.total === true].filter(Boolean).length === 1, 'give exactly one of roleId or cell (or total: true)'),
  compare: z
    .object({
      scenarios: z.array(z.object({ scenarioId: ScenarioId, version: Id.optional() }).strict()).min(1).max(4),
      options: RunOptions.default({}),
    })
    .strict(),
  flowsImport: z
    .object({
      kind: z.enum(['transitions', 'moves']),
      /** A path on the machine running the main process (desktop, CLI), or a file staged with importStage. */
      path: z.string().min(1).max(4096).optional(),
      stagingId: z.string().min(1).max(100).optional(),
      sheet: z.string().max(200).optional(),
      mode: z.enum(['validate', 'commit']).default('validate'),
    })
    .strict()
    .refine((x) => (x.path === undefined) !== (x.stagingId === undefined), 'give exactly one of path or stagingId'),
};

// ---- Outputs -------------------------------------------------------------------------------

export interface ScenarioVersionInfo {
  version: number;
  createdAt: string;
  note: string;
  /** Number of changes in that version's body. */
  changes: number;
}

export interface ScenarioSummary {
  id: ScenarioId;
  name: string;
  kind: 'baseline' | (typeof scenarioKinds)[number];
  description: string;
  builtIn: boolean;
  createdAt: string | null;
  latestVersion: number | null;
  updatedAt: string | null;
  versions: ScenarioVersionInfo[];
}

export interface ScenarioDocument {
  scenario: ScenarioSummary;
  /** The version shown (null for the baseline, which is not stored). */
  version: number | null;
  body: ScenarioBody;
}

export interface FieldChange {
  path: string;
  from: unknown;
  to: unknown;
}

export interface ChangeRef {
  id: string;
  type: string;
  label: string;
}

export interface ScenarioDiff {
  scenarioId: number;
  from: number;
  to: number;
  identical: boolean;
  /** startDate, periodUnit, periods, hiring, hiringByRole, hiringCapacity, uncertainty. */
  settings: FieldChange[];
  assumptions: { added: string[]; removed: string[] };
  changes: { added: ChangeRef[]; removed: ChangeRef[]; modified: (ChangeRef & { fields: FieldChange[] })[] };
}

export interface ScenarioExport {
  fileName: string;
  json: string;
}

export interface ResolvedReference {
  kind: 'role' | 'orgUnit' | 'location' | 'skill' | 'objective' | 'task';
  /** The reference as the file states it (client id, title or name). */
  key: string;
  sourceId: number;
  id: number;
  by: 'clientId' | 'title' | 'name' | 'id';
}

export interface ScenarioImportResult {
  document: ScenarioDocument;
  references: ResolvedReference[];
  warnings: string[];
}

export const seriesMeasures = [
  'supply', 'demand', 'gap', 'shortage', 'surplus', 'hires', 'exits', 'movesIn',
  'movesOut', 'transfersIn', 'transfersOut', 'vacancies', 'automation', 'ramp', 'payroll', 'hiringCost',
] as const;
export type SeriesMeasure = (typeof seriesMeasures)[number];

/**
 * One group's figures per period. FTE: supply, demand, gap (= demand - supply), shortage,
 * surplus, automation (capacity released), ramp (new-market demand). Heads: hires, exits, moves,
 * transfers (moves into/out of a new market, part of moves), vacancies. Currency: payroll, hiringCost.
 */
export interface SeriesGroup {
  /** Role, unit or location id; null for "(none)" and the total. */
  key: number | null;
  label: string;
  values: Record<SeriesMeasure, number[]>;
}

export interface SkillSeries {
  skillId: number;
  skill: string;
  category: string;
  /** Per period: FTE of demand needing it, shortage FTE, shortage x level, FTE in post who must acquire it. */
  demandFte: number[];
  shortageFte: number[];
  shortageLevelFte: number[];
  addedFte: number[];
}

export interface NewRequirementRow {
  roleId: number;
  role: string;
  skillId: number;
  skill: string;
  level: number;
  weight: number;
  effectiveDate: string;
  locationId: number | null;
  location: string | null;
  changeId: string;
  origin: 'automation' | 'new-market';
}

export interface ScenarioKpis {
  /** At the horizon (last period), FTE. */
  supply: number;
  demand: number;
  gap: number;
  shortage: number;
  surplus: number;
  /** Over the horizon (heads): external hires, exits, internal moves (incl. new-market transfers). */
  hires: number;
  exits: number;
  transfers: number;
  /** Over the horizon, currency. */
  payroll: number;
  hiringCost: number;
  investment: number;
  totalCost: number;
}

export interface ScenarioRunSettings {
  startDate: string;
  periodUnit: 'month' | 'quarter' | 'year';
  periods: number;
  hiring: 'none' | 'replace' | 'fill';
}

export interface ScenarioRunResult {
  scenario: { id: ScenarioId | null; name: string; version: number | null };
  settings: ScenarioRunSettings;
  /** End date of each period k = 0..T. */
  dates: string[];
  kpis: ScenarioKpis;
  roles?: SeriesGroup[];
  units?: SeriesGroup[];
  locations?: SeriesGroup[];
  total?: SeriesGroup;
  skills?: SkillSeries[];
  requirements?: NewRequirementRow[];
  assumptions: string[];
  warnings: string[];
  /** True when the projection came from the cache (same version, options and engagement data). */
  cached: boolean;
  computeMs: number;
}

export type * from './scenario-analysis-types';
