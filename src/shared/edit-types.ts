// Editing the engagement's records (issue 3 "Editing"): which entities can be edited, the
// fields a user may change (picked from the domain schemas in entities.ts, so the renderer's
// instant check and the API's authoritative one are the same rules), the filters of the
// editable tables, and the change records that undo/redo invert.
import { z } from 'zod';
import {
  Employee,
  LearningProgram,
  Proficiency,
  Role,
  RoleRequirement,
  Skill,
  proficiencySources,
  skillCategories,
} from './domain/entities';

export const editEntities = ['employee', 'role', 'skill', 'requirement', 'program', 'programSkill', 'proficiency'] as const;
export type EditEntity = (typeof editEntities)[number];
export const EditEntityName = z.enum(editEntities);

const Id = z.number().int().positive();
/** Records keyed by two ids (employee x skill, program x skill) are addressed as "a:b". */
export const PairKey = z.string().regex(/^[1-9]\d{0,15}:[1-9]\d{0,15}$/, 'expected two ids as "first:second"');
export type RecordKey = number | string;
export const pairKey = (a: number, b: number): string => `${a}:${b}`;
export function splitPairKey(key: string): [number, number] {
  const [a, b] = key.split(':').map(Number);
  return [a, b];
}

export const ProgramSkill = z.object({
  programId: Id,
  skillId: Id,
  uplift: LearningProgram.shape.skills.element.shape.uplift,
});
export type ProgramSkill = z.infer<typeof ProgramSkill>;

/** What a user may set on each entity. Ids, people's refs and taxonomy provenance are not editable. */
export const editableFields = {
  employee: Employee.pick({
    name: true,
    clientId: true,
    roleId: true,
    orgUnitId: true,
    locationId: true,
    managerId: true,
    fte: true,
    salary: true,
    hireDate: true,
    birthYear: true,
  }),
  role: Role.omit({ id: true }),
  skill: Skill.pick({ name: true, category: true, description: true }),
  requirement: RoleRequirement.omit({ id: true }),
  program: LearningProgram.omit({ id: true, skills: true }),
  programSkill: ProgramSkill.pick({ uplift: true }),
  proficiency: Proficiency.pick({ level: true, source: true, assessedOn: true }),
} as const;
export type EditableFields = { [E in EditEntity]: z.infer<(typeof editableFields)[E]> };

/** Every field a new record may carry: the editable ones plus the key fields of pair records. */
export const createFields = {
  ...editableFields,
  programSkill: ProgramSkill,
  proficiency: Proficiency,
} as const;

/** The schema of one editable field, for checking a single cell as the user types. */
export function fieldSchema(entity: EditEntity, field: string): z.ZodType | null {
  const shape = (createFields[entity] as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.prototype.hasOwnProperty.call(shape, field) ? shape[field] : null;
}

/** Checks one value against its field's schema: null when valid, else the message to show. */
export function checkField(entity: EditEntity, field: string, value: unknown): string | null {
  const schema = fieldSchema(entity, field);
  if (!schema) return `${field} cannot be edited`;
  const r = schema.safeParse(value);
  return r.success ? null : r.error.issues[0].message;
}

const nonEmpty = (o: object) => Object.keys(o).length > 0;
const Expected = z.record(z.string().max(40), z.unknown()).optional();

function updateOf<E extends EditEntity, K extends z.ZodType>(entity: E, key: K) {
  return z
    .object({
      entity: z.literal(entity),
      id: key,
      changes: (editableFields[entity] as unknown as z.ZodObject<(typeof editableFields)[E]['shape']>)
        .partial()
        .strict()
        .refine(nonEmpty, 'no field to change'),
      /** Values the caller believes are current; a mismatch is a conflict (undo after someone else's change). */
      expected: Expected,
    })
    .strict();
}

export const UpdateRecordInput = z.discriminatedUnion('entity', [
  updateOf('employee', Id),
  updateOf('role', Id),
  updateOf('skill', Id),
  updateOf('requirement', Id),
  updateOf('program', Id),
  updateOf('programSkill', PairKey),
  updateOf('proficiency', PairKey),
]);
export type UpdateRecordInput = z.input<typeof UpdateRecordInput>;

function createOf<E extends EditEntity>(entity: E) {
  // Optional here; the repository fills defaults and checks the whole record with the full schema.
  return z.object({ entity: z.literal(entity), values: (createFields[entity] as z.ZodObject).partial().strict() }).strict();
}
export const CreateRecordInput = z.discriminatedUnion('entity', [
  createOf('employee'),
  createOf('role'),
  createOf('skill'),
  createOf('requirement'),
  createOf('program'),
  createOf('programSkill'),
  createOf('proficiency'),
]);
export type CreateRecordInput = z.input<typeof CreateRecordInput>;

export const RecordRef = z
  .object({ entity: EditEntityName, id: z.union([Id, PairKey]) })
  .strict();
export type RecordRef = z.input<typeof RecordRef>;

export type ChangeAction = 'insert' | 'update' | 'delete' | 'restore';

/** One change as applied, returned by every edit method; undo applies its inverse through the API. */
export interface ChangeRecord {
  /** The audit_log row written in the same transaction. */
  auditId: number;
  action: ChangeAction;
  entity: EditEntity;
  id: RecordKey;
  summary: string;
  /** The record before and after, in the domain shape of entities.ts (null for none). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Delete and restore: what went, or came back, with the record. */
  cascade: CascadeCount[];
}

export interface CascadeCount {
  /** What the rows are, e.g. "proficiencies". */
  label: string;
  rows: number;
  /** `delete`: removed with the record; `unlink`: a reference to it was cleared. */
  effect: 'delete' | 'unlink';
  /** `unlink`: the reference that was cleared, e.g. "manager". */
  field?: string;
}

export interface DeletePreview {
  entity: EditEntity;
  id: RecordKey;
  label: string;
  cascade: CascadeCount[];
}

// Filters of the editable tables. `issue` is set by the data-quality panel's click-through.
export const personIssues = [
  'no-role',
  'no-unit',
  'no-location',
  'unit-mismatch',
  'manager-loop',
  'dangling-reference',
  'fte-outlier',
  'salary-outlier',
  'not-assessed',
] as const;
export const roleIssues = ['no-requirements', 'no-incumbents'] as const;
export const skillIssues = ['unused'] as const;
export const programIssues = ['no-skills', 'no-objective'] as const;

export const PeopleFilters = z
  .object({
    orgUnitId: Id.optional(),
    locationId: Id.optional(),
    roleId: Id.optional(),
    family: z.string().max(100).optional(),
    managerId: Id.optional(),
    issue: z.enum(personIssues).optional(),
  })
  .strict();
export type PeopleFilters = z.infer<typeof PeopleFilters>;

export const RoleFilters = z
  .object({
    orgUnitId: Id.optional(),
    locationId: Id.optional(),
    family: z.string().max(100).optional(),
    isManager: z.boolean().optional(),
    issue: z.enum(roleIssues).optional(),
  })
  .strict();
export type RoleFilters = z.infer<typeof RoleFilters>;

export const SkillFilters = z
  .object({
    category: z.enum(skillCategories).optional(),
    taxonomySource: z.enum(['onet', 'esco', 'custom']).optional(),
    issue: z.enum(skillIssues).optional(),
  })
  .strict();
export type SkillFilters = z.infer<typeof SkillFilters>;

export const RequirementFilters = z
  .object({
    roleId: Id.optional(),
    skillId: Id.optional(),
    family: z.string().max(100).optional(),
    category: z.enum(skillCategories).optional(),
    timing: z.enum(['current', 'future']).optional(),
  })
  .strict();
export type RequirementFilters = z.infer<typeof RequirementFilters>;

export const ProgramFilters = z
  .object({
    delivery: LearningProgram.shape.delivery.optional(),
    skillId: Id.optional(),
    issue: z.enum(programIssues).optional(),
  })
  .strict();
export type ProgramFilters = z.infer<typeof ProgramFilters>;

/** Lists a combobox picks references from. */
export const optionKinds = ['roles', 'orgUnits', 'locations', 'employees', 'skills', 'families', 'programs'] as const;
export type OptionKind = (typeof optionKinds)[number];
export const ListOptionsInput = z
  .object({
    kind: z.enum(optionKinds),
    search: z.string().max(200).optional(),
    /** Always include these ids (the current value of a cell) whatever the search. */
    include: z.array(Id).max(50).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export interface Option {
  /** Id of the record (families: the family name). */
  value: number | string;
  label: string;
  /** Secondary text, e.g. a person's role. */
  hint?: string;
}
export interface OptionList {
  options: Option[];
  /** True when more records match than were returned: type to narrow. */
  more: boolean;
}

export { proficiencySources, skillCategories };
