// The data-quality panel's report: each finding says what rule found it, how many rows, and
// which table and filter show those rows (the click-through).
import type { PeopleFilters, ProgramFilters, RoleFilters, SkillFilters } from './edit-types';

export type FindingTarget =
  | { table: 'people'; filters: PeopleFilters }
  | { table: 'roles'; filters: RoleFilters }
  | { table: 'skills'; filters: SkillFilters }
  | { table: 'programs'; filters: ProgramFilters };

export interface Finding {
  id: string;
  group: 'orphans' | 'people' | 'roles' | 'outliers' | 'assessment' | 'catalogue';
  title: string;
  /** The rule in plain words, with its thresholds. */
  rule: string;
  count: number;
  /** error: contradicts the data model; warning: likely wrong; info: worth a look. */
  severity: 'error' | 'warning' | 'info';
  target: FindingTarget | null;
  /** A few of the rows found (names or refs, privacy permitting), for rules without a table. */
  examples: string[];
}

export interface CoverageByUnit {
  orgUnitId: number | null;
  unit: string;
  required: number;
  notAssessed: number;
  share: number;
}

export interface DataQualityReport {
  asOfDate: string;
  findings: Finding[];
  /** Required proficiencies (person x current requirement of their role) with no assessment. */
  assessment: {
    required: number;
    notAssessed: number;
    /** Share not assessed, 0-1. */
    share: number;
    byUnit: CoverageByUnit[];
    rule: string;
  };
}
