// Inputs of the Gaps API (issue 4): zod schemas the registry validates every call with. People,
// roles, skills, units and locations are named by entity id (or a person by ref / client id),
// never by the engine's dense indices, which change when data changes. Outputs: gap-types.ts.
import { z } from 'zod';
import { IsoDate, SkillCategory } from './domain/entities';

export const gapGroupings = ['skill', 'role', 'unit', 'location', 'category'] as const;
export type GapGrouping = (typeof gapGroupings)[number];

/** Which people and skills an analysis covers. Units include their sub-units. */
export const GapFilterInput = z
  .object({
    unitIds: z.array(z.number().int()).max(500).optional(),
    locationIds: z.array(z.number().int()).max(500).optional(),
    categories: z.array(SkillCategory).max(7).optional(),
    /** Only soft and leadership skills (the leadership lens). */
    lens: z.literal('soft-leadership').optional(),
    /** Only people in manager roles or with direct reports. */
    managersOnly: z.boolean().optional(),
  })
  .strict();
export type GapFilterInput = z.infer<typeof GapFilterInput>;

/**
 * The date requirements are resolved on: the engagement's as-of date by default, `monthsAhead`
 * months later (12, 18 ...), or an explicit `asOf` date. Not both.
 */
export const GapWhen = {
  asOf: IsoDate.optional(),
  monthsAhead: z.number().int().min(0).max(120).optional(),
};
const noDateClash = (v: { asOf?: string; monthsAhead?: number }) => v.asOf === undefined || v.monthsAhead === undefined;
const dateClash = { message: 'give asOf or monthsAhead, not both', path: ['monthsAhead'] };

const scope = { ...GapWhen, filter: GapFilterInput.default({}) };

/**
 * The "future" side of a now-vs-future view: months after the engagement's as-of date (default:
 * its planning horizon) or a date. Not both.
 */
const future = {
  futureMonths: z.number().int().min(1).max(120).optional(),
  futureDate: IsoDate.optional(),
};
const noFutureClash = (v: { futureMonths?: number; futureDate?: string }) => v.futureMonths === undefined || v.futureDate === undefined;
const futureClash = { message: 'give futureMonths or futureDate, not both', path: ['futureDate'] };

/** A person: the engagement's employee id, or their pseudonymous ref, or the client's id. */
export const EmployeeKey = z.union([z.number().int().positive(), z.string().trim().min(1).max(200)]);

export const GapCellInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role-skill'), roleId: z.number().int(), skillId: z.number().int() }).strict(),
  /** unitId null: people without an org unit. */
  z.object({ kind: z.literal('unit-category'), unitId: z.number().int().nullable(), category: SkillCategory }).strict(),
  /** key as in a GapGroupRow: the entity id as text, the category name, or 'none'. */
  z.object({ kind: z.literal('group'), by: z.enum(gapGroupings), key: z.string().min(1).max(60) }).strict(),
]);
export type GapCellInput = z.infer<typeof GapCellInput>;

export const aggregateMetrics = [
  'people',
  'meetingShare',
  'fteMeetingShare',
  'meanGap',
  'totalGapLevels',
  'gapHours',
  'unknownShare',
  'meanReadiness',
  'fteMeanReadiness',
] as const;
export const summaryMetrics = ['people', 'meanReadiness', 'assessedShare', 'meetingShare', 'totalGapLevels', 'gapHours', 'peopleBelow'] as const;
export type SummaryMetric = (typeof summaryMetrics)[number];

const Threshold = z.number().min(0).max(1).default(0.8);

export const GapInputs = {
  options: z.object({}).strict(),
  /** KPIs on the engagement's as-of date against the future date. */
  summary: z
    .object({ filter: GapFilterInput.default({}), ...future, threshold: Threshold })
    .strict()
    .refine(noFutureClash, futureClash),
  groups: z.object({ ...scope, by: z.enum(gapGroupings) }).strict().refine(noDateClash, dateClash),
  heatmap: z.object({ ...scope, kind: z.enum(['role-skill', 'unit-category']) }).strict().refine(noDateClash, dateClash),
  cellPeople: z
    .object({
      ...scope,
      cell: GapCellInput,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
      sortBy: z.enum(['gap', 'readiness', 'gapHours', 'ref']).default('gap'),
    })
    .strict()
    .refine(noDateClash, dateClash),
  person: z
    .object({
      employee: EmployeeKey,
      ...future,
      alternatives: z.number().int().min(0).max(20).default(5),
    })
    .strict()
    .refine(noFutureClash, futureClash),
  upskill: z
    .object({
      filter: GapFilterInput.default({}),
      ...future,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    })
    .strict()
    .refine(noFutureClash, futureClash),
  reskill: z
    .object({ ...scope, roleId: z.number().int(), top: z.number().int().min(1).max(50).default(10), minCoverage: z.number().min(0).max(1).default(0.5) })
    .strict()
    .refine(noDateClash, dateClash),
  adjacency: z.object({ ...GapWhen, roleId: z.number().int(), top: z.number().int().min(1).max(50).default(8) }).strict().refine(noDateClash, dateClash),
  managers: z.object(scope).strict().refine(noDateClash, dateClash),
  explain: z
    .object({
      ...scope,
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('readiness'), employee: EmployeeKey }).strict(),
        z.object({ kind: z.literal('gapHours'), employee: EmployeeKey }).strict(),
        z.object({ kind: z.literal('fit'), employee: EmployeeKey, roleId: z.number().int() }).strict(),
        /** Months to proficiency in roleId (default: the person's own role, the upskill path). */
        z.object({ kind: z.literal('months'), employee: EmployeeKey, roleId: z.number().int().optional() }).strict(),
        z.object({ kind: z.literal('adjacency'), fromRoleId: z.number().int(), toRoleId: z.number().int() }).strict(),
        z.object({ kind: z.literal('cell'), cell: GapCellInput, metric: z.enum(aggregateMetrics) }).strict(),
        z.object({ kind: z.literal('summary'), metric: z.enum(summaryMetrics), threshold: Threshold }).strict(),
      ]),
    })
    .strict()
    .refine(noDateClash, dateClash),
};
export type GapExplainTarget = z.input<typeof GapInputs.explain>['target'];
