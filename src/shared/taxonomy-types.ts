// Output types of the taxonomy and exposure-index imports (O*NET, ESCO, public automation
// indices). Inputs are zod schemas in contract.ts; these reports are what the user reads after
// an import: what was created, updated, skipped and why, and which rows matched nothing.

export const exposureSources = ['eloundou', 'frey-osborne', 'aioe', 'microsoft'] as const;
export type ExposureSource = (typeof exposureSources)[number];

/** How an existing skill with the same name (names are unique, case-insensitive) was handled. */
export const nameClashPolicies = ['adopt', 'rename'] as const;
/** `adopt` (default): a custom skill with the same name and no taxonomy reference becomes the
 *  taxonomy skill; `rename`: the taxonomy skill is always created under a suffixed name. */
export type NameClashPolicy = (typeof nameClashPolicies)[number];

export interface NameClash {
  /** The name in the taxonomy file. */
  name: string;
  taxonomyRef: string;
  existingSkillId: number;
  /** `adopted`: the existing custom skill now carries the taxonomy reference;
   *  `renamed`: a new skill was created under `createdAs` because the existing one belongs elsewhere. */
  action: 'adopted' | 'renamed';
  createdAs?: string;
  reason: string;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SkillUpsertCounts extends UpsertCounts {
  adopted: number;
  /** Skills already linked whose name in the engagement differs from the file's: the engagement's name is kept. */
  namesKept: number;
  clashes: NameClash[];
}

/** A role the import could not serve, with the reason in words. */
export interface UnmatchedRole {
  roleId: number;
  title: string;
  occupationCode: string | null;
  reason: string;
}

export interface OnetImportReport {
  kind: 'onet';
  release: string | null;
  files: string[];
  skills: SkillUpsertCounts;
  occupations: UpsertCounts;
  ratings: {
    /** Occupation x skill pairs in the file with both an importance and a level. */
    pairs: number;
    occupations: number;
    flaggedNotRelevant: number;
    flaggedSuppress: number;
  };
  requirements: {
    created: number;
    /** Earlier O*NET requirements removed before the new ones were written. */
    replaced: number;
    /** Pairs of a matched role skipped because O*NET flags them Not Relevant / Recommend Suppress. */
    skippedNotRelevant: number;
    skippedSuppress: number;
    skippedLowImportance: number;
    /** A requirement of another origin (custom, import) already exists for that role and skill: kept. */
    keptExisting: number;
  };
  minImportance: number;
  rolesMatched: number;
  /** Roles with a code this release cannot serve (ISCO, unknown, unrated), each with the reason. */
  rolesUnmatched: UnmatchedRole[];
  /** Roles with no occupation code at all: counted, not listed. */
  rolesWithoutCode: number;
  notes: string[];
}

export interface EscoImportReport {
  kind: 'esco';
  files: string[];
  occupations: UpsertCounts;
  iscoGroups: UpsertCounts;
  skills: SkillUpsertCounts & {
    byCollection: { transversal: number; digital: number; green: number };
    /** Concepts listed in more than one collection, imported once. */
    inSeveralCollections: number;
    byCategory: Record<string, number>;
  };
  rejectedRows: RejectedRow[];
  notes: string[];
}

export interface RejectedRow {
  file: string;
  /** 1-based line of the record in the file (the header is line 1), or the sheet row. */
  row: number;
  problem: string;
}

export interface MatchedRole {
  roleId: number;
  title: string;
  occupationCode: string;
  /** The index codes whose values were used; several when a crosswalk splits a code. */
  matchedCodes: string[];
  /** exact O*NET-SOC code; same SOC-6 code; through the SOC 2010/2018 crosswalk; a SOC group row (code ending in 0). */
  via: 'exact' | 'soc6' | 'crosswalk' | 'group';
  value: number;
  raw: number;
}

export interface ExposureImportReport {
  kind: 'exposure';
  source: ExposureSource;
  measure: string;
  file: string;
  crosswalk: string | null;
  indexRows: number;
  rejectedRows: RejectedRow[];
  /** Earlier rows of this source removed before the new ones were written. */
  replaced: number;
  matched: MatchedRole[];
  rolesUnmatched: UnmatchedRole[];
  rolesWithoutCode: number;
  /** Index rows used by no role of the engagement: the count and the first codes. */
  indexRowsUnmatched: number;
  indexRowsUnmatchedSample: string[];
  preferredSource: ExposureSource | null;
  notes: string[];
}

export type TaxonomyImportReport = OnetImportReport | EscoImportReport | ExposureImportReport;

export interface ExposureSourceSummary {
  source: ExposureSource | 'manual';
  measure: string;
  roles: number;
  importedAt: string;
}

export interface ExposureOverview {
  /** The index the engagement prefers; null: the first imported one in the default order. */
  preferredSource: ExposureSource | null;
  /** The index actually used for role exposure now (the preferred one, or the default pick). */
  effectiveSource: ExposureSource | null;
  sources: ExposureSourceSummary[];
  explanation: string;
}
