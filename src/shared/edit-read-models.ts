// Rows of the editable tables, the person profile, program skills and the audit log: output
// types of the editing methods. Grid rows carry the ids behind each label so a cell can be
// edited (a role picker needs roleId, not only the title).
import type { EmployeeRow, RoleRow, SkillRow } from './api-types';
import type { ProficiencySource, SkillCategory } from './domain/entities';
import type { ChangeAction } from './edit-types';

export interface PersonRow extends EmployeeRow {
  clientId: string | null;
  roleId: number | null;
  family: string | null;
  orgUnitId: number | null;
  locationId: number | null;
  managerId: number | null;
  /** The manager's name where names are kept, else their ref. */
  manager: string | null;
  birthYear: number | null;
}

export interface RoleGridRow extends RoleRow {
  clientId: string | null;
  level: number | null;
  orgUnitId: number | null;
  locationId: number | null;
  occupationSystem: 'onet-soc' | 'soc' | 'isco' | null;
}

export interface SkillGridRow extends SkillRow {
  description: string | null;
}

export interface RequirementRow {
  id: number;
  roleId: number;
  role: string;
  family: string;
  skillId: number;
  skill: string;
  category: SkillCategory;
  level: number;
  weight: number;
  effectiveDate: string | null;
  /** Where the row came from: custom (typed in), onet, esco, import, scenario. */
  source: string;
  /** Whether it is in force on the engagement's as-of date. */
  timing: 'current' | 'future';
}

export interface ProgramGridRow {
  id: number;
  name: string;
  delivery: 'classroom' | 'online' | 'blended' | 'coaching' | 'on-the-job';
  durationMonths: number;
  costPerPerson: number;
  seatsPerMonth: number | null;
  skills: string[];
  objectives: string[];
}

export interface ProgramSkillRow {
  programId: number;
  skillId: number;
  skill: string;
  category: SkillCategory;
  uplift: number;
}

/** One skill on a person's profile: required by their role now or later, or assessed anyway. */
export interface PersonSkill {
  skillId: number;
  skill: string;
  category: SkillCategory;
  /** Level the role requires today; null when not required today. */
  requiredNow: number | null;
  /** Highest level a future-dated requirement asks for, with its date. */
  requiredLater: { level: number; from: string } | null;
  /** Null: not assessed (unknown, never zero). */
  proficiency: { level: number; source: ProficiencySource; assessedOn: string | null } | null;
}

export interface PersonSkills {
  employeeId: number;
  label: string;
  role: string | null;
  asOfDate: string;
  skills: PersonSkill[];
}

export interface AuditRow {
  id: number;
  at: string;
  action: ChangeAction | 'create' | 'import' | string;
  entity: string;
  entityId: string | null;
  summary: string;
  /** Updates: the fields that changed. */
  changes: { field: string; before: unknown; after: unknown }[];
  /** Whether the row can be undone from the history (an edit delete can be restored). */
  restorable: boolean;
}
