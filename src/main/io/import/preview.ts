// The wizard's second step: the file's first rows, the fields of the chosen kind, a guessed
// (or the given) column mapping with confidences, the options as they will apply (detected
// date order, decimal separator, skills-matrix shape) and the conversions the mapping implies.
import type { ColumnMapping, ImportKind, ImportOptions, ImportPreview, StagedImport } from '../../../shared/import-types';
import { getMeta, getSettings } from '../../db/repos/engagement';
import type { ReadableDB } from '../../db/types';
import { fieldsOf } from './fields';
import { guessFields, guessSkillColumns, mappingFromGuesses } from './guess';
import { entityKinds } from './kinds';
import { defaultLimits, type ImportLimits } from './limits';
import { columnsOf, resolveOptions } from './options';
import { openTable, type SourceSpec } from './source';
import { cellText } from './values';

export interface PreviewRequest {
  kind: ImportKind;
  options: ImportOptions;
  mapping?: ColumnMapping;
  rows: number;
}

/** The mapping to use: the given one, or the guess (for a skills matrix, with the skill columns). */
export function guessMapping(db: ReadableDB, kind: ImportKind, headers: string[], options: ImportOptions) {
  let guesses = guessFields(fieldsOf(kind), headers);
  const fields = mappingFromGuesses(guesses);
  if (kind !== 'proficiencies') return { mapping: { fields } as ColumnMapping, guesses };
  const long = options.shape ? options.shape === 'long' : Boolean(fields.skill && fields.level);
  if (long) return { mapping: { fields } as ColumnMapping, guesses };
  delete fields.skill;
  delete fields.level;
  guesses = guesses.filter((g) => g.field !== 'skill' && g.field !== 'level');
  const skillNames = new Map(
    (db.prepare('SELECT name FROM skills').pluck().all() as string[]).map((n) => [n.toLowerCase(), n] as const),
  );
  const matrix = guessSkillColumns(headers, new Set(Object.values(fields)), skillNames);
  return { mapping: { fields, skillColumns: matrix.skillColumns }, guesses: [...guesses, ...matrix.guesses] };
}

export function previewImport(
  db: ReadableDB,
  spec: SourceSpec,
  staged: StagedImport,
  req: PreviewRequest,
  limits: ImportLimits = defaultLimits,
): ImportPreview {
  const table = openTable(spec, req.options, limits);
  const meta = getMeta(db);
  const guessed = guessMapping(db, req.kind, table.headers, req.options);
  const mapping = req.mapping ?? guessed.mapping;
  const cols = columnsOf(req.kind, mapping, table.headers);
  const options = resolveOptions(spec, table, req.kind, mapping, req.options, meta.locale);

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  table.forEachRow((cells, row) => {
    rows.push(table.headers.map((_h, i) => cellText(cells[i] ?? null)));
    rowNumbers.push(row);
    return rows.length < req.rows;
  });

  const used = new Set([...Object.values(mapping.fields), ...Object.keys(mapping.skillColumns ?? {})]);
  const defs = fieldsOf(req.kind);
  const notes: string[] = [];
  if (rows.length === 0) notes.push(`No data rows below the header row (row ${table.headerRow}): choose another sheet or header row.`);
  if (staged.encodingNote) notes.push(`Encoding: ${staged.encodingNote}`);
  for (const d of defs) {
    const covered = cols.has(d.key) || defs.some((o) => o.alternativeTo === d.key && cols.has(o.key));
    const wideSkip = options.shape === 'wide' && (d.key === 'skill' || d.key === 'level');
    if (d.required && !covered && !wideSkip) notes.push(`Required: map a column to "${d.label}".`);
  }
  if (options.shape === 'long' && req.kind === 'proficiencies' && (!cols.has('skill') || !cols.has('level'))) {
    notes.push('Long shape: map the Skill and Level columns, or choose the skills-matrix shape.');
  }
  if (options.dateFormatAmbiguous) {
    notes.push(`Dates such as 03/04/2024 fit both day-first and month-first: read as ${options.dateFormat === 'dmy' ? 'day first (DD/MM/YYYY)' : 'month first (MM/DD/YYYY)'} from the engagement locale; confirm or change the date format.`);
  }
  if (req.kind !== 'proficiencies') {
    const settings = getSettings(db);
    notes.push(...(entityKinds[req.kind].notes?.({ cols, asOf: meta.asOfDate, pseudonymise: settings.privacy.pseudonymise }) ?? []));
  } else if (options.shape === 'wide') {
    notes.push('Skills matrix: one column per skill; blank cells mean not assessed (no level is stored).');
  }

  return {
    staged,
    kind: req.kind,
    headers: table.headers,
    rows,
    rowNumbers,
    fields: defs.map(({ key, label, required, description, alternativeTo }) => ({
      key,
      label,
      required,
      description,
      ...(alternativeTo ? { alternativeTo } : {}),
    })),
    mapping,
    guesses: guessed.guesses,
    unmappedColumns: table.headers.filter((h) => !used.has(h)),
    options,
    notes,
  };
}
