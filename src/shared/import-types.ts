// Importing a client's data (CSV, XLSX): the input schemas of the import methods and the types
// they return. Shaped for a wizard: stage a file -> preview with guessed mapping -> validate
// (report + merge diff) -> commit, with cancel and saved mapping presets.
import { z } from 'zod';
import { IsoDate, ProficiencySource } from './domain/entities';

export const importKinds = [
  'orgUnits',
  'locations',
  'roles',
  'skills',
  'roleRequirements',
  'employees',
  'proficiencies',
] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

export const csvDelimiters = [',', ';', '\t', '|'] as const;
export const textEncodings = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;

/** How to read the file and interpret its values. Everything left out is detected. */
export const ImportOptions = z
  .object({
    sheet: z.string().max(200).optional(),
    encoding: z.enum(textEncodings).optional(),
    delimiter: z.enum(csvDelimiters).optional(),
    /** 1-based row holding the column headers (some exports put a title above them). */
    headerRow: z.number().int().min(1).max(1000).optional(),
    /** Day/month order of dates like 03/04/2024: detected, confirmable. */
    dateFormat: z.enum(['auto', 'iso', 'dmy', 'mdy']).optional(),
    /** Decimal separator of numbers written as text; the other of `.`/`,` is then a thousands separator. */
    decimalSeparator: z.enum(['.', ',']).optional(),
    /** Proficiencies: one row per (employee, skill), or one row per employee and a column per skill. */
    shape: z.enum(['long', 'wide']).optional(),
    /** Proficiency level labels (case-insensitive) on the 0-5 scale, added to the built-in ones. */
    levelLabels: z.record(z.string().trim().min(1).max(50), z.number().min(0).max(5)).optional(),
    /** Proficiency source when the file has no source column or the cell is blank. */
    defaultSource: ProficiencySource.optional(),
    /** Assessment date when the file has no date column (a skills matrix usually has none). */
    assessedOn: IsoDate.nullable().optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptions>;

/** Which column feeds which field; for a skills matrix also which columns are skills. */
export const ColumnMapping = z
  .object({
    /** Target field key -> column header text, as returned in the preview. */
    fields: z.record(z.string().max(40), z.string().max(300)),
    /** Skills matrix: column header -> skill name. */
    skillColumns: z.record(z.string().max(300), z.string().trim().min(1).max(200)).optional(),
  })
  .strict();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A mapping preset as saved in the engagement, or in a `--mapping PRESET.json` file. */
export const MappingPreset = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    kind: ImportKind.optional(),
    mapping: ColumnMapping,
    options: ImportOptions.omit({ sheet: true }).optional(),
  })
  .strict();
export type MappingPreset = z.infer<typeof MappingPreset>;

/** Upload limit of `importStage` with file content (base64) instead of a path. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

export interface SheetInfo {
  name: string;
  /** Rows as declared by the sheet's dimension, when it declares one. */
  rows: number | null;
}

export interface StagedImport {
  stagingId: string;
  fileName: string;
  sizeBytes: number;
  format: 'csv' | 'xlsx';
  /** Text files: the encoding used to read it. */
  encoding: (typeof textEncodings)[number] | null;
  /** Why that encoding, e.g. "not valid UTF-8 at byte 1042: read as Windows-1252". */
  encodingNote: string | null;
  delimiter: (typeof csvDelimiters)[number] | null;
  sheets: SheetInfo[];
}

export interface ImportFieldSpec {
  key: string;
  label: string;
  required: boolean;
  description: string;
  /** Fields that can stand in for this one (e.g. monthly salary for annual salary). */
  alternativeTo?: string;
}

export interface MappingGuess {
  field: string;
  column: string;
  /** 0-1: 1 for an exact known header, lower for partial or fuzzy matches. */
  confidence: number;
  reason: string;
}

/** The options as they will be applied: detected values filled in. */
export interface ResolvedImportOptions {
  sheet: string | null;
  encoding: StagedImport['encoding'];
  delimiter: StagedImport['delimiter'];
  headerRow: number;
  dateFormat: 'iso' | 'dmy' | 'mdy';
  /** True when the sampled dates fit both day/month orders: ask the user. */
  dateFormatAmbiguous: boolean;
  decimalSeparator: '.' | ',';
  shape: 'long' | 'wide' | null;
  levelLabels: Record<string, number>;
  defaultSource: z.infer<typeof ProficiencySource>;
  assessedOn: string | null;
}

export interface ImportPreview {
  staged: StagedImport;
  kind: ImportKind;
  headers: string[];
  /** First rows as text, with their row numbers in the file (header = row 1). */
  rows: string[][];
  rowNumbers: number[];
  fields: ImportFieldSpec[];
  mapping: ColumnMapping;
  guesses: MappingGuess[];
  unmappedColumns: string[];
  options: ResolvedImportOptions;
  /** Conversions that will be applied, e.g. "Monthly Salary x 12 = annual salary". */
  notes: string[];
}

export const issueCodes = [
  'required',
  'wrong-type',
  'out-of-range',
  'duplicate-id',
  'unknown-reference',
  'ambiguous-reference',
  'unparseable-date',
  'unparseable-number',
  'invalid',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** One problem, located as the user sees the file: row 1 is the header row. */
export interface ImportIssue {
  row: number;
  column: string | null;
  value: string | null;
  problem: string;
  code: IssueCode;
}

export interface FieldChange {
  field: string;
  old: string | number | boolean | null;
  new: string | number | boolean | null;
}

export interface DiffEntry {
  /** The merge key: client id, pseudonym, name, or "employee / skill". */
  key: string;
  /** Row in the file; null for removals. */
  row: number | null;
  changes?: FieldChange[];
}

export interface ImportCounts {
  /** Data rows read (header excluded). */
  rows: number;
  invalid: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Records in the file's scope that the file no longer has (deleted only when confirmed). */
  removed: number;
  /** Invalid rows left out by skipInvalid. */
  skipped: number;
}

export interface CreatedRefs {
  orgUnits: string[];
  locations: string[];
  roles: string[];
  skills: string[];
  managers: string[];
}

export interface ImportReport {
  stagingId: string;
  kind: ImportKind;
  shape: 'long' | 'wide' | null;
  mode: 'validate' | 'commit';
  committed: boolean;
  counts: ImportCounts;
  /** The first problems (all of them are counted in errorCount and pageable). */
  errors: ImportIssue[];
  errorCount: number;
  /** Problems grouped by column and kind, for a summary line per group. */
  errorSummary: { column: string | null; code: IssueCode; count: number }[];
  diff: { added: DiffEntry[]; changed: DiffEntry[]; removed: DiffEntry[] };
  /** Removals found but not applied because confirmRemovals was not given. */
  removalsPending: number;
  /** References created (commit) or that would be created (validate) by createMissing. */
  created: CreatedRefs;
  notes: string[];
  durationMs: number;
}

export type ReportSection = 'errors' | 'added' | 'changed' | 'removed';

export interface ImportPresetView {
  id: number;
  name: string;
  kind: ImportKind;
  mapping: ColumnMapping;
  options: MappingPreset['options'] | null;
  createdAt: string;
}

// Inputs of the import API methods (contract.ts binds them to method names).

const StagingId = z.string().uuid('expected a stagingId from importStage');
const TaskId = z.string().trim().min(1).max(200);
const MAX_BASE64_CHARS = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/** A file by path (desktop, command line) or by name and content (browser upload). */
export const ImportStageInput = z
  .object({
    path: z.string().trim().min(1).max(4096).optional(),
    fileName: z.string().trim().min(1).max(255).optional(),
    contentBase64: z
      .string()
      .max(MAX_BASE64_CHARS, `the file is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB upload limit: use the desktop app or the command line`)
      .regex(/^[A-Za-z0-9+/=\r\n]*$/, 'expected base64 content')
      .optional(),
  })
  .strict()
  .refine((v) => (v.path !== undefined) !== (v.contentBase64 !== undefined), {
    message: 'give either path, or fileName with contentBase64',
    path: ['path'],
  })
  .refine((v) => v.contentBase64 === undefined || v.fileName !== undefined, {
    message: 'fileName is required with contentBase64',
    path: ['fileName'],
  });

export const ImportPreviewInput = z
  .object({
    stagingId: StagingId,
    kind: ImportKind,
    options: ImportOptions.default({}),
    /** Leave out to get the guessed mapping. */
    mapping: ColumnMapping.optional(),
    rows: z.number().int().min(1).max(200).default(20),
  })
  .strict();

export const ImportRunInput = z
  .object({
    stagingId: StagingId,
    kind: ImportKind,
    options: ImportOptions.default({}),
    /** Leave out to use the guessed mapping (the command line's --mapping auto). */
    mapping: ColumnMapping.optional(),
    /** Leave the invalid rows out and import the rest. */
    skipInvalid: z.boolean().default(false),
    /** Create roles, org units, locations, skills and managers the file names but the engagement lacks. */
    createMissing: z.boolean().default(false),
    /** Delete records in the file's scope that the file no longer has. */
    confirmRemovals: z.boolean().default(false),
    /** Names the progress events and is what importCancel takes; default `import:<stagingId>`. */
    taskId: TaskId.optional(),
  })
  .strict();

export const ImportCancelInput = z.object({ taskId: TaskId }).strict();
export const ImportDiscardInput = z.object({ stagingId: StagingId }).strict();
export const ImportReportPageInput = z
  .object({
    stagingId: StagingId,
    section: z.enum(['errors', 'added', 'changed', 'removed']),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const ListImportPresetsInput = z.object({ kind: ImportKind.optional() }).strict();
export const SaveImportPresetInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: ImportKind,
    mapping: ColumnMapping,
    options: MappingPreset.shape.options,
  })
  .strict();
export const DeleteImportPresetInput = z.object({ id: z.number().int().positive() }).strict();
