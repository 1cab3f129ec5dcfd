// What a kind of record (org unit, location, role, skill, requirement, employee) tells the
// merge engine: how a row becomes a record, how records are keyed and matched against the
// file's existing rows, which fields reference other kinds or the same kind, and defaults for
// new records. The engine (entity-merge.ts) does the rest the same way for every kind.
import type { z } from 'zod';
import type { ImportKind } from '../../../shared/import-types';
import type { CreateDefaults, RefTarget } from './refs';
import type { Scalar } from './report';
import type { RowReader } from './row-reader';
import type { RunContext } from './run-context';

/** What notes need to know: shared by the preview (no run yet) and a run. */
export type NotesContext = Pick<RunContext, 'cols' | 'asOf' | 'pseudonymise'>;

/**
 * What converting a row may use. No database: for a big file, rows are converted on a reader
 * thread too (kinds with `convertsOffline`), where `refs` is not available.
 */
export type ConvertContext = Pick<RunContext, 'cols' | 'asOf' | 'pseudonymise' | 'pseudo' | 'levels' | 'refs' | 'scratch'>;

export interface RefField {
  /** Entity field holding the id, e.g. roleId. */
  field: string;
  /** Mapping field the reference text comes from, e.g. role. */
  mappingField: string;
  target: RefTarget;
}

export interface SelfRef {
  /** Entity field holding the id of another record of the same kind (parentId, managerId). */
  field: string;
  mappingField: string;
  noun: string;
  /** The key the text usually matches (a client id's pseudonym, a unit's id). */
  primaryKey(text: string, ctx: RunContext): string;
  /** Other keys it may match, tried in order when the primary one finds nothing (a name, a stored ref). */
  otherKeys(text: string, ctx: RunContext): string[];
}

export interface Converted {
  /** Merge key (normalised); also registered under `aliases` for references. */
  key: string;
  aliases: string[];
  /** The key as the user knows it, for the report. */
  label: string;
  /** Scalar entity fields the file sets (blank cells set null). */
  values: Record<string, Scalar>;
  /** Reference fields the file sets: entity field -> text, null when blank. */
  refs: Record<string, string | null>;
  /** Self reference text; undefined when not mapped, null when blank. */
  self?: string | null;
  /** Extra hints for records created from this row (e.g. a role's level). */
  createHints?: Partial<CreateDefaults>;
  /** A pseudonym computed while converting, [client id, ref], for the importing thread's cache. */
  learned?: [string, string];
}

export interface ExistingRow {
  id: number;
  label: string;
  values: Record<string, Scalar>;
}

export interface Existing {
  rows: ExistingRow[];
  byKey: Map<string, ExistingRow>;
}

export interface EntityKind {
  kind: ImportKind;
  /** Entity name in the audit log. */
  entity: string;
  table: string;
  /** Entity field -> column, for every field the import may write (scalars, refs, self). */
  columns: Record<string, string>;
  refFields: RefField[];
  self?: SelfRef;
  /** Partial zod schema over the scalar fields (from domain/entities.ts). */
  schema: z.ZodType;
  /** Mapping field whose column a scalar entity field comes from (for naming it in issues). */
  sourceField(entityField: string, ctx: Pick<ConvertContext, 'cols'>): string;
  /** Mapping field holding the key, for duplicate-id issues. */
  keyField(ctx: Pick<ConvertContext, 'cols'>): string;
  load(ctx: RunContext): Existing;
  convert(r: RowReader, ctx: ConvertContext): Converted | null;
  /** Whether convert can run without the database (then big files are converted on two threads). */
  convertsOffline: boolean;
  /** Column values for a new record before the file's values are applied. */
  defaults(ctx: RunContext, rec: Converted): Record<string, Scalar>;
  /** Fields a new record must get from the file. */
  requiredForNew?: { field: string; mappingField: string; label: string }[];
  /** createMissing for a self reference: a minimal record for the text (a manager, a parent unit). */
  stub?(text: string, ctx: RunContext): Converted;
  /** Whether an existing record absent from the file counts as removed (it is in the file's scope). */
  inScope?(row: ExistingRow, ctx: RunContext): boolean;
  /** Conversions this mapping implies, shown in the preview and the report. */
  notes?(ctx: NotesContext): string[];
}

/** Registers rows under every key they answer to; a key two rows share is dropped (ambiguous). */
export function indexRows(rows: ExistingRow[], keysOf: (r: ExistingRow) => string[]): Existing {
  const byKey = new Map<string, ExistingRow>();
  const clash = new Set<string>();
  for (const r of rows) {
    for (const k of keysOf(r)) {
      if (clash.has(k)) continue;
      if (byKey.has(k) && byKey.get(k) !== r) {
        byKey.delete(k);
        clash.add(k);
      } else byKey.set(k, r);
    }
  }
  return { rows, byKey };
}
