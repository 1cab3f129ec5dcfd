// How each editable entity maps to its table: domain field names (entities.ts) become snake_case
// columns, booleans are stored as 0/1, and references name the table they point into so a bad
// reference is reported on its field ("roleId: no role with id 99") instead of as a bare
// foreign-key failure.
import { createFields, type EditEntity } from '../../../../shared/edit-types';
import {
  Employee,
  LearningProgram,
  Proficiency,
  Role,
  RoleRequirement,
  Skill,
} from '../../../../shared/domain/entities';
import { ProgramSkill } from '../../../../shared/edit-types';
import type { z } from 'zod';

export interface Reference {
  table: string;
  noun: string;
  /** Column holding the referenced record's label. */
  labelColumn: string;
}

export interface EntitySpec {
  entity: EditEntity;
  table: string;
  noun: string;
  plural: string;
  /** Domain key fields: ['id'] or the two ids of a pair record. */
  keys: readonly string[];
  /** Every field read back into the domain record, keys and read-only ones included. */
  fields: readonly string[];
  booleans: readonly string[];
  /** The full domain schema a stored record must satisfy. */
  schema: z.ZodObject;
  /** Values a new record starts from before the user's values are applied. */
  defaults: Record<string, unknown>;
  /** Columns set on insert that are not domain fields (provenance). */
  insertExtras?: Record<string, string | number | null>;
  references: Record<string, Reference>;
}

export const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const ref = (table: string, noun: string, labelColumn = 'name'): Reference => ({ table, noun, labelColumn });
const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

export const specs: Record<EditEntity, EntitySpec> = {
  employee: {
    entity: 'employee',
    table: 'employees',
    noun: 'person',
    plural: 'people',
    keys: ['id'],
    fields: keysOf(Employee),
    booleans: [],
    schema: Employee,
    defaults: { name: null, clientId: null, roleId: null, orgUnitId: null, locationId: null, managerId: null, fte: 1, salary: 0, hireDate: null, birthYear: null },
    references: {
      roleId: ref('roles', 'role', 'title'),
      orgUnitId: ref('org_units', 'org unit'),
      locationId: ref('locations', 'location'),
      managerId: ref('employees', 'person', 'ref'),
    },
  },
  role: {
    entity: 'role',
    table: 'roles',
    noun: 'role',
    plural: 'roles',
    keys: ['id'],
    fields: keysOf(Role),
    booleans: ['isManager'],
    schema: Role,
    defaults: { clientId: null, level: null, isManager: false, orgUnitId: null, locationId: null, loadedCost: 0, occupationCode: null, occupationSystem: null },
    references: { orgUnitId: ref('org_units', 'org unit'), locationId: ref('locations', 'location') },
  },
  skill: {
    entity: 'skill',
    table: 'skills',
    noun: 'skill',
    plural: 'skills',
    keys: ['id'],
    fields: keysOf(Skill),
    booleans: [],
    schema: Skill,
    defaults: { description: null, taxonomySource: 'custom', taxonomyRef: null },
    references: {},
  },
  requirement: {
    entity: 'requirement',
    table: 'role_requirements',
    noun: 'requirement',
    plural: 'requirements',
    keys: ['id'],
    fields: keysOf(RoleRequirement),
    booleans: [],
    schema: RoleRequirement,
    defaults: { weight: 1, effectiveDate: null },
    insertExtras: { source: 'custom' },
    references: { roleId: ref('roles', 'role', 'title'), skillId: ref('skills', 'skill') },
  },
  program: {
    entity: 'program',
    table: 'learning_programs',
    noun: 'program',
    plural: 'programs',
    keys: ['id'],
    fields: keysOf(LearningProgram).filter((f) => f !== 'skills'),
    booleans: [],
    schema: LearningProgram.omit({ skills: true }),
    defaults: { seatsPerMonth: null },
    references: {},
  },
  programSkill: {
    entity: 'programSkill',
    table: 'program_skills',
    noun: 'skill taught',
    plural: 'skills taught',
    keys: ['programId', 'skillId'],
    fields: keysOf(ProgramSkill),
    booleans: [],
    schema: ProgramSkill,
    defaults: {},
    references: { programId: ref('learning_programs', 'program'), skillId: ref('skills', 'skill') },
  },
  proficiency: {
    entity: 'proficiency',
    table: 'proficiencies',
    noun: 'proficiency',
    plural: 'proficiencies',
    keys: ['employeeId', 'skillId'],
    fields: keysOf(Proficiency),
    booleans: [],
    schema: Proficiency,
    defaults: { source: 'manager', assessedOn: null },
    references: { employeeId: ref('employees', 'person', 'ref'), skillId: ref('skills', 'skill') },
  },
};

/** Field labels for messages: "salary", "org unit", "manager". */
export function fieldLabel(field: string): string {
  const special: Record<string, string> = { fte: 'FTE', orgUnitId: 'org unit', locationId: 'location', roleId: 'role', managerId: 'manager', skillId: 'skill', programId: 'program', employeeId: 'person', clientId: 'client id' };
  return special[field] ?? snake(field).replace(/_/g, ' ');
}

/** Fields a new record may be given (the create schema's keys). */
export const creatableFields = (entity: EditEntity): string[] => Object.keys((createFields[entity] as z.ZodObject).shape);
