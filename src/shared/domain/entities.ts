// Domain entities (DESIGN.md section 1) as zod schemas. The same schemas validate API input,
// imported rows and inline edits, so a value is checked one way wherever it enters.
import { z } from 'zod';

export const skillCategories = [
  'technical',
  'digital',
  'soft',
  'leadership',
  'domain',
  'language',
  'regulatory',
] as const;
export const SkillCategory = z.enum(skillCategories);
export type SkillCategory = z.infer<typeof SkillCategory>;

export const proficiencySources = ['self', 'manager', 'assessment', 'inferred'] as const;
export const ProficiencySource = z.enum(proficiencySources);
export type ProficiencySource = z.infer<typeof ProficiencySource>;

export const occupationSystems = ['onet-soc', 'soc', 'isco'] as const;
export const OccupationSystem = z.enum(occupationSystems);

/** ISO date `YYYY-MM-DD`, checked as a real calendar date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/** Proficiency and requirement scale 0-5 (0 none ... 5 expert). */
export const Level = z.number().min(0).max(5);
export const Share = z.number().min(0).max(1);
export const Money = z.number().min(0).finite();
const Id = z.number().int().positive();
const Name = z.string().trim().min(1).max(200);
const ClientId = z.string().trim().min(1).max(100);

export const OrgUnit = z.object({
  id: Id,
  clientId: ClientId.nullable(),
  name: Name,
  parentId: Id.nullable(),
  costCentre: z.string().max(50).nullable(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const Location = z.object({
  id: Id,
  clientId: ClientId.nullable(),
  name: Name,
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 two-letter country code'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code'),
  labourCostIndex: z.number().positive().max(10),
  planned: z.boolean(),
  launchDate: IsoDate.nullable(),
});
export type Location = z.infer<typeof Location>;

export const Role = z.object({
  id: Id,
  clientId: ClientId.nullable(),
  title: Name,
  family: z.string().trim().min(1).max(100),
  level: z.number().int().min(0).max(20).nullable(),
  isManager: z.boolean(),
  orgUnitId: Id.nullable(),
  locationId: Id.nullable(),
  loadedCost: Money,
  occupationCode: z.string().max(20).nullable(),
  occupationSystem: OccupationSystem.nullable(),
});
export type Role = z.infer<typeof Role>;

export const Task = z.object({
  id: Id,
  roleId: Id,
  name: Name,
  timeShare: Share,
  exposure: Share,
});
export type Task = z.infer<typeof Task>;

export const Skill = z.object({
  id: Id,
  name: Name,
  category: SkillCategory,
  taxonomySource: z.enum(['onet', 'esco', 'custom']),
  taxonomyRef: z.string().max(300).nullable(),
  description: z.string().max(4000).nullable(),
});
export type Skill = z.infer<typeof Skill>;

export const RoleRequirement = z.object({
  id: Id,
  roleId: Id,
  skillId: Id,
  level: Level,
  weight: Share,
  effectiveDate: IsoDate.nullable(),
});
export type RoleRequirement = z.infer<typeof RoleRequirement>;

export const Employee = z.object({
  id: Id,
  ref: z.string().min(1).max(40), // stable pseudonym, always present
  clientId: ClientId.nullable(), // kept only if the engagement allows
  name: z.string().max(200).nullable(),
  roleId: Id.nullable(),
  orgUnitId: Id.nullable(),
  locationId: Id.nullable(),
  managerId: Id.nullable(),
  fte: z.number().gt(0).max(1.5),
  salary: Money,
  hireDate: IsoDate.nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
});
export type Employee = z.infer<typeof Employee>;

export const Proficiency = z.object({
  employeeId: Id,
  skillId: Id,
  level: Level,
  source: ProficiencySource,
  assessedOn: IsoDate.nullable(),
});
export type Proficiency = z.infer<typeof Proficiency>;

export const LearningProgram = z.object({
  id: Id,
  name: Name,
  delivery: z.enum(['classroom', 'online', 'blended', 'coaching', 'on-the-job']),
  durationMonths: z.number().positive().max(60),
  costPerPerson: Money,
  /** New starters per month, like durations in months (a plan converts to its own periods); null: unlimited. */
  seatsPerMonth: z.number().int().positive().nullable(),
  skills: z.array(z.object({ skillId: Id, uplift: z.number().positive().max(5) })),
});
export type LearningProgram = z.infer<typeof LearningProgram>;

export const Objective = z.object({
  id: Id,
  name: Name,
  metric: z.string().trim().min(1).max(200),
  unit: z.string().max(30),
  baseline: z.number().finite(),
  target: z.number().finite(),
  targetDate: IsoDate,
});
export type Objective = z.infer<typeof Objective>;
