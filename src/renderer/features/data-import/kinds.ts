// What the wizard can import: the seven record kinds of the import API and the two scenario
// flow files (transitions, moves) that scenarioImportFlows reads by column name.
import type { ImportKind } from '../../../shared/import-types';
import type { Section } from '../../../shared/events';

export type FlowKind = 'transitions' | 'moves';
export type WizardKind = ImportKind | FlowKind;

export const isFlowKind = (k: WizardKind): k is FlowKind => k === 'transitions' || k === 'moves';

export interface KindInfo {
  kind: WizardKind;
  label: string;
  /** What a file of this kind holds, in the client's words. */
  description: string;
  /** Where the imported records can be seen afterwards. */
  section: Section;
  sectionLabel: string;
  noun: string;
  one: string;
}

/** "1 person", "3 people". */
export const countOf = (info: KindInfo, n: number, format: (n: number) => string = String): string => `${format(n)} ${n === 1 ? info.one : info.noun}`;

export const kindInfo: Record<WizardKind, KindInfo> = {
  orgUnits: { kind: 'orgUnits', label: 'Org units', description: 'Departments or teams, with their parent unit and cost centre.', section: 'people', sectionLabel: 'People', noun: 'org units', one: 'org unit' },
  locations: { kind: 'locations', label: 'Locations', description: 'Sites or markets: country, currency, labour cost index, planned launches.', section: 'overview', sectionLabel: 'Overview', noun: 'locations', one: 'location' },
  roles: { kind: 'roles', label: 'Roles', description: 'Job titles with family, level, unit, location, loaded cost and occupation code.', section: 'roles', sectionLabel: 'Roles', noun: 'roles', one: 'role' },
  skills: { kind: 'skills', label: 'Skills', description: 'The skills catalogue: name, category, taxonomy reference, description.', section: 'skills', sectionLabel: 'Skills', noun: 'skills', one: 'skill' },
  roleRequirements: { kind: 'roleRequirements', label: 'Role requirements', description: 'Role x skill with the required level (0-5) and weight; dated rows are future requirements.', section: 'roles', sectionLabel: 'Roles', noun: 'requirements', one: 'requirement' },
  employees: { kind: 'employees', label: 'Employees (HRIS export)', description: 'One row per person: id, name, role, unit, location, FTE, salary, dates, manager.', section: 'people', sectionLabel: 'People', noun: 'people', one: 'person' },
  proficiencies: { kind: 'proficiencies', label: 'Proficiencies (skills matrix or long list)', description: 'Levels per person and skill: one row per person with a column per skill, or one row per person and skill.', section: 'skills', sectionLabel: 'Skills', noun: 'proficiencies', one: 'proficiency' },
  transitions: { kind: 'transitions', label: 'Transition rates', description: 'Annual rates from role to role or to exit, for the supply projection.', section: 'scenarios', sectionLabel: 'Scenarios', noun: 'transitions', one: 'transition' },
  moves: { kind: 'moves', label: 'Moves history', description: 'Past moves and exits of people (employee, from role, to role, date), to calibrate rates.', section: 'scenarios', sectionLabel: 'Scenarios', noun: 'moves', one: 'move' },
};

export const wizardKinds = Object.keys(kindInfo) as WizardKind[];

/** Transitions and moves files are read by their column names; these are the names they need. */
export const flowColumns: Record<FlowKind, string> = {
  transitions: 'From role, To role (or "exit"), Annual rate, and optionally Kind.',
  moves: 'Employee, From role, To role (or "exit"), Date, and optionally Kind.',
};
