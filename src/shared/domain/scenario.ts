// A scenario is a named set of changes over the baseline plus its assumptions. The body below
// is what each saved version stores (JSON); results are always derived from it, never edited.
import { z } from 'zod';
import { IsoDate, Level, Share } from './entities';

const Id = z.number().int().positive();

/** Which part of the organisation a lever applies to; empty lists mean "everyone". */
export const Scope = z
  .object({
    roleIds: z.array(Id).default([]),
    orgUnitIds: z.array(Id).default([]),
    locationIds: z.array(Id).default([]),
  })
  .strict();
export type Scope = z.infer<typeof Scope>;

export const AdoptionCurve = z.discriminatedUnion('curve', [
  z
    .object({
      curve: z.literal('s-curve'),
      /** Share of exposed work eventually absorbed. */
      target: Share,
      /** Months from the scenario start to half of the target. */
      midpointMonths: z.number().min(0).max(240),
      /** Logistic steepness per month (larger is faster). */
      steepness: z.number().positive().max(10),
    })
    .strict(),
  z
    .object({
      curve: z.literal('linear'),
      target: Share,
      startDate: IsoDate,
      byDate: IsoDate,
    })
    .strict(),
]);
export type AdoptionCurve = z.infer<typeof AdoptionCurve>;

export const NewRequirement = z
  .object({
    roleId: Id.nullable(), // null: every role the change applies to
    skillId: Id,
    level: Level,
    weight: Share,
    effectiveDate: IsoDate,
  })
  .strict();

export const AutomationChange = z
  .object({
    type: z.literal('automation'),
    id: z.string().min(1).max(40),
    label: z.string().min(1).max(200),
    roleIds: z.array(Id).min(1),
    /**
     * Optional: automate only these tasks of the roles (exposure 'tasks' then counts their time
     * share x exposure over the role's whole task time). Absent: all of each role's tasks.
     */
    taskIds: z.array(Id).optional(),
    exposure: z.discriminatedUnion('from', [
      z.object({ from: z.literal('tasks') }).strict(),
      z.object({ from: z.literal('index'), source: z.string().min(1).max(40) }).strict(),
      z.object({ from: z.literal('manual'), value: Share }).strict(),
    ]),
    adoption: AdoptionCurve,
    /** Share of theoretically released capacity actually realised (0-1). */
    realisation: Share,
    /** One-off investment in the technology, in the engagement currency. */
    investment: z.number().min(0).default(0),
    newRequirements: z.array(NewRequirement).default([]),
    objectiveIds: z.array(Id).default([]),
  })
  .strict();
export type AutomationChange = z.infer<typeof AutomationChange>;

export const RampCurve = z.enum(['linear', 's-curve', 'step']);

export const NewMarketChange = z
  .object({
    type: z.literal('new-market'),
    id: z.string().min(1).max(40),
    label: z.string().min(1).max(200),
    locationId: Id,
    launchDate: IsoDate,
    labourCostIndex: z.number().positive().max(10).optional(),
    /** Days to fill a vacancy there, by role family; families not listed use the location's figure. */
    timeToFillDays: z.record(z.string(), z.number().min(0).max(730)).default({}),
    ramp: z
      .array(
        z
          .object({
            roleId: Id,
            target: z.number().min(0).max(100_000),
            rampMonths: z.number().int().min(0).max(120),
            curve: RampCurve,
          })
          .strict(),
      )
      .min(1),
    extraRequirements: z
      .array(z.object({ skillId: Id, level: Level, weight: Share }).strict())
      .default([]),
    /** Share of the new roles filled by internal transfers (who then leave their home roles). */
    internalShare: Share,
    /** Most of a source role's people that may transfer out per month (engine default 5%). */
    transferSharePerMonth: Share.optional(),
    objectiveIds: z.array(Id).default([]),
  })
  .strict();
export type NewMarketChange = z.infer<typeof NewMarketChange>;

export const DemandChange = z
  .object({ type: z.literal('demand'), id: z.string().min(1).max(40), scope: Scope, annualGrowth: z.number().min(-1).max(5) })
  .strict();
export const AttritionChange = z
  .object({ type: z.literal('attrition'), id: z.string().min(1).max(40), scope: Scope, annualRate: Share })
  .strict();
export const HiringFreezeChange = z
  .object({ type: z.literal('hiring-freeze'), id: z.string().min(1).max(40), scope: Scope, from: IsoDate, to: IsoDate })
  .strict();
export const TimeToFillChange = z
  .object({ type: z.literal('time-to-fill'), id: z.string().min(1).max(40), scope: Scope, days: z.number().min(0).max(730) })
  .strict();
export const SalaryInflationChange = z
  .object({ type: z.literal('salary-inflation'), id: z.string().min(1).max(40), annualRate: z.number().min(-0.5).max(1) })
  .strict();

export const ScenarioChange = z.discriminatedUnion('type', [
  AutomationChange,
  NewMarketChange,
  DemandChange,
  AttritionChange,
  HiringFreezeChange,
  TimeToFillChange,
  SalaryInflationChange,
]);
export type ScenarioChange = z.infer<typeof ScenarioChange>;

/** Per-role hiring: a policy other than the scenario's, and where replacements are recruited. */
export const HiringRule = z
  .object({
    roleId: Id,
    policy: z.enum(['none', 'replace', 'fill']).optional(),
    /** 'replace' hires the role's leavers into this role (an entry grade) instead of the role itself. */
    recruitIntoRoleId: Id.optional(),
  })
  .strict();

export const HiringCapacity = z
  .object({ locationId: Id, hiresPerMonth: z.number().min(0).max(100_000) })
  .strict();

const Triangular = z
  .object({ min: z.number().positive().max(10), mode: z.number().positive().max(10), max: z.number().positive().max(10) })
  .strict()
  .refine((t) => t.min <= t.mode && t.mode <= t.max, 'expected min <= mode <= max');

/**
 * Monte Carlo distributions (each run draws once from each). Missing parts take the engine's
 * defaults, listed with the results so the UI can state them.
 */
export const UncertaintySpec = z
  .object({
    /** Exit rates ~ Beta with mean = the point estimate and this coefficient of variation. */
    attrition: z.object({ cv: z.number().min(0).max(1), grouping: z.enum(['family', 'role', 'all']) }).strict(),
    /** Adoption time stretch (midpoint / duration x factor) ~ Triangular. */
    adoptionTimeScale: Triangular,
    /** Time-to-fill ~ LogNormal with median = the point estimate and this CV, per location. */
    timeToFill: z.object({ cv: z.number().min(0).max(3) }).strict(),
    /** Ramp length x factor ~ Triangular, per new market. */
    rampTimeScale: Triangular,
  })
  .partial()
  .strict();
export type UncertaintySpec = z.infer<typeof UncertaintySpec>;

export const ScenarioBody = z
  .object({
    startDate: IsoDate,
    periodUnit: z.enum(['month', 'quarter', 'year']),
    periods: z.number().int().min(1).max(120),
    hiring: z.enum(['none', 'replace', 'fill']),
    /** Free-text assumptions shown with the results and in the deck's appendix. */
    assumptions: z.array(z.string().max(1000)).default([]),
    changes: z.array(ScenarioChange),
    hiringByRole: z.array(HiringRule).optional(),
    /** Recruiting throughput per location; locations not listed use their stored capacity. */
    hiringCapacity: z.array(HiringCapacity).optional(),
    uncertainty: UncertaintySpec.optional(),
  })
  .strict();
export type ScenarioBody = z.infer<typeof ScenarioBody>;
