// The options an import applies, with detected values filled in: date order and decimal
// separator from the first rows of the mapped columns (falling back to the engagement's
// locale), the proficiency shape from the mapping, and the level labels in force.
import type { ColumnMapping, ImportKind, ImportOptions, ResolvedImportOptions } from '../../../shared/import-types';
import { AppError } from '../../../shared/result';
import { fieldsOf } from './fields';
import { LevelReader } from './levels';
import type { SourceSpec } from './source';
import type { Cell, TableSource } from './table-source';
import { detectDateOrder, detectDecimal, localeDateOrder, localeDecimal } from './values';

const SAMPLE_ROWS = 1000;

/** Column index of each mapped field; refuses headers the file does not have. */
export function columnsOf(kind: ImportKind, mapping: ColumnMapping, headers: readonly string[]): Map<string, number> {
  const known = new Set(fieldsOf(kind).map((f) => f.key));
  const cols = new Map<string, number>();
  for (const [field, header] of Object.entries(mapping.fields)) {
    if (!known.has(field)) {
      throw new AppError('validation', `The mapping names a field "${field}" that ${kind} imports do not have (fields: ${[...known].join(', ')}).`, [
        { path: `mapping.fields.${field}`, message: 'unknown field' },
      ]);
    }
    const i = headers.indexOf(header);
    if (i < 0) {
      throw new AppError('validation', `The mapping puts column "${header}" into ${field}, but the file has no such column (columns: ${headers.join(', ')}).`, [
        { path: `mapping.fields.${field}`, message: 'no such column' },
      ]);
    }
    cols.set(field, i);
  }
  for (const header of Object.keys(mapping.skillColumns ?? {})) {
    if (!headers.includes(header)) {
      throw new AppError('validation', `The mapping reads skill column "${header}", but the file has no such column.`, [
        { path: `mapping.skillColumns.${header}`, message: 'no such column' },
      ]);
    }
  }
  return cols;
}

export function shapeOf(kind: ImportKind, mapping: ColumnMapping, requested?: 'long' | 'wide'): 'long' | 'wide' | null {
  if (kind !== 'proficiencies') return null;
  if (requested) return requested;
  if (mapping.fields.skill && mapping.fields.level) return 'long';
  return Object.keys(mapping.skillColumns ?? {}).length > 0 ? 'wide' : 'long';
}

/** Samples the non-blank cells of the given columns in the first rows. */
export function sampleColumns(source: TableSource, columns: number[]): Map<number, Cell[]> {
  const out = new Map<number, Cell[]>(columns.map((i) => [i, []]));
  if (columns.length === 0) return out;
  let rows = 0;
  source.forEachRow((cells) => {
    for (const [i, list] of out) {
      const c = cells[i];
      if (c !== null && c !== undefined && c !== '') list.push(c);
    }
    return ++rows < SAMPLE_ROWS;
  });
  return out;
}

export function resolveOptions(
  spec: SourceSpec,
  source: TableSource,
  kind: ImportKind,
  mapping: ColumnMapping,
  options: ImportOptions,
  locale: string,
): ResolvedImportOptions {
  const defs = fieldsOf(kind);
  const cols = columnsOf(kind, mapping, source.headers);
  const idxOf = (pred: (t: string) => boolean) =>
    defs.filter((d) => pred(d.type) && cols.has(d.key)).map((d) => cols.get(d.key)!);
  const shape = shapeOf(kind, mapping, options.shape);
  const matrixCols = shape === 'wide' ? Object.keys(mapping.skillColumns ?? {}).map((h) => source.headers.indexOf(h)) : [];
  const dateCols = idxOf((t) => t === 'date');
  const numberCols = [...idxOf((t) => t === 'number' || t === 'level'), ...matrixCols];
  const needDate = !options.dateFormat || options.dateFormat === 'auto';
  const wanted = [...(needDate ? dateCols : []), ...(options.decimalSeparator ? [] : numberCols)];
  const samples = sampleColumns(source, [...new Set(wanted)]);
  const pick = (idx: number[]) => idx.flatMap((i) => samples.get(i) ?? []);
  const date = needDate
    ? detectDateOrder(pick(dateCols), localeDateOrder(locale))
    : { order: options.dateFormat as 'iso' | 'dmy' | 'mdy', ambiguous: false };
  const numberSamples = options.decimalSeparator ? [] : pick(numberCols);
  // European Excel writes semicolon-separated CSV precisely because the comma is the decimal mark.
  const fallbackDecimal = spec.delimiter === ';' && (options.delimiter ?? ';') === ';' ? ',' : localeDecimal(locale);
  const decimal = options.decimalSeparator ?? detectDecimal(numberSamples, fallbackDecimal);
  return {
    sheet: spec.format === 'xlsx' ? (options.sheet ?? spec.sheets[0]?.name ?? null) : null,
    encoding: spec.format === 'csv' ? (options.encoding ?? spec.encoding) : null,
    delimiter: spec.format === 'csv' ? (options.delimiter ?? spec.delimiter) : null,
    headerRow: options.headerRow ?? 1,
    dateFormat: date.order,
    dateFormatAmbiguous: date.ambiguous,
    decimalSeparator: decimal,
    shape,
    levelLabels: new LevelReader(options.levelLabels, decimal).labelMap(),
    defaultSource: options.defaultSource ?? 'assessment',
    assessedOn: options.assessedOn ?? null,
  };
}
