// Output types of the API contract. Inputs are zod schemas in contract.ts; outputs are
// produced by our own handlers, so a TypeScript type is enough to keep both sides honest.
import type { EngagementMeta, EngagementSettings } from './domain/settings';
import type { Objective, SkillCategory } from './domain/entities';

export interface AppInfo {
  version: string;
  transport: 'electron' | 'web' | 'in-process';
  /** True where the host can show native open/save dialogs (Electron). */
  canPickFiles: boolean;
  /** Folder engagement files are listed from when there is no native dialog. */
  dataDir: string | null;
  platform: string;
}

export interface EngagementFile {
  /** What `openEngagement` takes: an absolute path (desktop) or a name in the data folder (web). */
  file: string;
  fileName: string;
  name: string | null;
  modifiedAt: string;
  sizeBytes: number;
}

export interface EngagementSummary extends EngagementMeta {
  file: string;
  fileName: string;
  schemaVersion: number;
  createdAt: string;
  counts: EntityCounts;
}

export const entityNames = [
  'orgUnits',
  'locations',
  'roles',
  'tasks',
  'skills',
  'roleRequirements',
  'employees',
  'proficiencies',
  'learningPrograms',
  'objectives',
  'scenarios',
  'scenarioVersions',
  'auditLog',
] as const;
export type EntityName = (typeof entityNames)[number];
export type EntityCounts = Record<EntityName, number>;

export interface Breakdown {
  key: string;
  label: string;
  headcount: number;
  fte: number;
  /** Annual loaded cost in the engagement currency. */
  cost: number;
}

export interface ExposureBand {
  band: string;
  from: number;
  to: number;
  roles: number;
  headcount: number;
}

export interface Overview {
  asOfDate: string;
  currency: string;
  locale: string;
  headcount: number;
  fte: number;
  annualCost: number;
  /** How `cost` figures are computed, for the "why" view. */
  costFormula: string;
  byUnit: Breakdown[];
  byLocation: Breakdown[];
  assessment: {
    /** Current requirements of each person's role with a known proficiency. */
    assessed: number;
    required: number;
    share: number;
  };
  skillsByCategory: { category: SkillCategory; skills: number }[];
  exposureBands: ExposureBand[];
  /** Where the role exposure figures come from, for the "why" view. */
  exposureSource: string;
  plannedLocations: { name: string; launchDate: string | null }[];
  /** Roll-ups fold groups under minGroupSize people into one row when pseudonymise is on. */
  privacy: { pseudonymise: boolean; minGroupSize: number };
}

export interface Page<T> {
  total: number;
  offset: number;
  rows: T[];
}

export interface EmployeeRow {
  id: number;
  ref: string;
  name: string | null;
  role: string | null;
  orgUnit: string | null;
  location: string | null;
  fte: number;
  salary: number;
  hireDate: string | null;
  assessedSkills: number;
}

export interface RoleRow {
  id: number;
  title: string;
  family: string;
  isManager: boolean;
  orgUnit: string | null;
  location: string | null;
  occupationCode: string | null;
  loadedCost: number;
  headcount: number;
  requirements: number;
  futureRequirements: number;
  exposure: number | null;
}

export interface SkillRow {
  id: number;
  name: string;
  category: SkillCategory;
  taxonomySource: string;
  taxonomyRef: string | null;
  requiredByRoles: number;
  assessedPeople: number;
  meanLevel: number | null;
}

export interface ScenarioRow {
  id: number;
  name: string;
  kind: string;
  description: string;
  versions: number;
  updatedAt: string;
}

export interface ProgramRow {
  id: number;
  name: string;
  delivery: string;
  durationMonths: number;
  costPerPerson: number;
  seatsPerMonth: number | null;
  skills: string[];
  objectives: string[];
}

/** An objective with the names of the programs linked to it. */
export type ObjectiveRow = Objective & { programs: string[] };

export type SettingsView = { meta: EngagementMeta; settings: EngagementSettings };
