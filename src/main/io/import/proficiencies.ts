// Proficiencies, streamed: a skills file can hold millions of rows, so rows are converted to
// compact records (proficiency-convert.ts) and each record is checked for duplicates, diffed
// and (in a commit) written as it arrives, inside the run's single transaction; if anything
// blocks the commit at the end, the transaction rolls back. Big files are read and converted on
// a second thread while this one writes (proficiency-pipeline.ts). Both shapes people use:
// long (employee, skill, level, source, date) and a skills matrix (a column per skill).
// Blank levels are "not assessed": no row, never zero.
import { AppError } from '../../../shared/result';
import { getSecret } from '../../db/repos/engagement';
import { PROTECT, SCOPE, SOURCE_CODES, ProficiencyConverter, type ConverterSetup } from './proficiency-convert';
import type { ReaderThread } from './reader-thread';
import { ProficiencyWriter } from './proficiency-writer';
import { BatchSink, type BatchData } from './record-batch';
import { CREATED_NOTES } from './refs';
import type { RunContext } from './run-context';

/** Files at least this big are parsed on a second thread. */
export const PARALLEL_PARSE_BYTES = 4 << 20;
const PARSER_PLACEHOLDERS = -1_000_000;

/** Which (employee, skill) pairs were seen: a bitset over employee ids per skill. */
class PairSet {
  private readonly bySkill = new Map<number, Uint8Array>();
  // Rows usually come grouped, so the last skill's bitset is the likeliest next one.
  private lastSkill = NaN;
  private lastBits: Uint8Array | null = null;
  constructor(private readonly maxEmployee: number) {}

  private bitsOf(skill: number): Uint8Array {
    if (skill === this.lastSkill) return this.lastBits!;
    let bits = this.bySkill.get(skill);
    if (!bits) this.bySkill.set(skill, (bits = new Uint8Array((this.maxEmployee >> 3) + 1)));
    this.lastSkill = skill;
    this.lastBits = bits;
    return bits;
  }

  /** Marks the pair; returns true when it was already marked. */
  testAndSet(employee: number, skill: number): boolean {
    const bits = this.bitsOf(skill);
    const byte = employee >> 3;
    const mask = 1 << (employee & 7);
    if (bits[byte] & mask) return true;
    bits[byte] |= mask;
    return false;
  }

  has(employee: number, skill: number): boolean {
    const bits = this.bySkill.get(skill);
    return bits !== undefined && employee <= this.maxEmployee && (bits[employee >> 3] & (1 << (employee & 7))) !== 0;
  }
}

/** People (by id) the file covers: a byte per id, cheaper than a Set for millions of adds. */
class IdSet {
  private readonly bits: Uint8Array;
  constructor(max: number) {
    this.bits = new Uint8Array(max + 1);
  }
  add(id: number): void {
    this.bits[id] = 1;
  }
  has(id: number): boolean {
    return this.bits[id] === 1;
  }
}

function missingField(field: string, what: string): AppError {
  return new AppError('validation', `The mapping has no column for ${what}: map one in the preview.`, [
    { path: `mapping.fields.${field}`, message: 'required' },
  ]);
}

/** Everything the converter needs, as plain data (it may run on another thread). */
function converterSetup(ctx: RunContext, wide: boolean): { setup: ConverterSetup; maxEmployee: number } {
  const { db, opts, job } = ctx;
  const employeeRefs: [string, number][] = [];
  const employeeClientIds: [string, number][] = [];
  let maxEmployee = 0;
  for (const [id, ref, clientId] of db.prepare('SELECT id, ref, client_id FROM employees').raw().iterate() as IterableIterator<[number, string, string | null]>) {
    employeeRefs.push([ref, id]);
    if (clientId !== null) employeeClientIds.push([clientId, id]);
    if (id > maxEmployee) maxEmployee = id;
  }
  const skills: [string, number][] = [];
  for (const [id, name, ref] of db.prepare('SELECT id, name, taxonomy_ref FROM skills').raw().iterate() as IterableIterator<[number, string, string | null]>) {
    skills.push([name.trim().toLowerCase(), id]);
    if (ref) skills.push([ref, id]);
  }
  const matrix: ConverterSetup['matrix'] = [];
  if (wide) {
    const columns = Object.entries(job.mapping.skillColumns ?? {});
    if (columns.length === 0) throw missingField('skill', 'any skill column');
    const idx = ctx.refs('skills');
    const used = new Map<number, string>();
    for (const [header, name] of columns) {
      const res = idx.resolve(name);
      let id: number | null = res && 'id' in res ? res.id : null;
      if (id === null && job.createMissing) id = idx.plan(name);
      if (id === null) {
        ctx.report.issue(ctx.source.headerRow, header, name, `unknown skill "${name}" (import skills first, or allow creating missing skills)`, 'unknown-reference');
        continue;
      }
      if (used.has(id)) {
        throw new AppError('validation', `Columns "${used.get(id)}" and "${header}" both map to the skill ${name}: map each skill once.`, [
          { path: `mapping.skillColumns.${header}`, message: 'skill mapped twice' },
        ]);
      }
      used.set(id, header);
      matrix.push({ col: ctx.source.headers.indexOf(header), header, skill: id });
    }
  }
  return {
    maxEmployee,
    setup: {
      shape: wide ? 'wide' : 'long',
      cols: Object.fromEntries(ctx.cols),
      headers: ctx.source.headers,
      headerRow: ctx.source.headerRow,
      matrix,
      levelLabels: opts.levelLabels,
      decimal: opts.decimalSeparator,
      dateOrder: opts.dateFormat,
      asOfYear: Number(ctx.asOf.slice(0, 4)),
      defaultSource: job.options.defaultSource ?? opts.defaultSource,
      assessedOn: opts.assessedOn,
      createMissing: job.createMissing,
      secret: new Uint8Array(getSecret(db)),
      employeeRefs,
      employeeClientIds,
      skills,
    },
  };
}

/** `reader`: a reader thread started by the caller for a big file; null reads on this thread. */
export function runProficiencyImport(ctx: RunContext, reader: ReaderThread | null): void {
  const { report, job } = ctx;
  const wide = ctx.opts.shape === 'wide';
  if (!ctx.cols.has('employeeId')) throw missingField('employeeId', 'the employee id');
  if (!wide && (!ctx.cols.has('skill') || !ctx.cols.has('level'))) {
    throw missingField(ctx.cols.has('skill') ? 'level' : 'skill', ctx.cols.has('skill') ? 'the level' : 'the skill');
  }
  const { setup, maxEmployee } = converterSetup(ctx, wide);
  const skillsIdx = ctx.refs('skills');
  const seen = new PairSet(maxEmployee);
  const fileEmployees = new IdSet(maxEmployee);
  const fileSkills = new Set<number>(setup.matrix.map((m) => m.skill));
  const writer = new ProficiencyWriter(ctx, fileSkills);
  const dupColumn = wide ? ctx.reader.header('employeeId') : ctx.reader.header('skill');
  // The skills in scope only matter for removals, which need stored rows: a load into an empty
  // table skips a set insert on nearly every row (skills change row to row within a person).
  const scoped = writer.hasExisting;
  let lastSkill = NaN;

  /** A stream of batches from one converter: its date codes and skill placeholders are its own. */
  const consumer = () => {
    const dates: string[] = [];
    const planned = new Map<number, number>();
    return (b: BatchData) => {
      for (const [code, iso] of b.dates) dates[code] = iso;
      for (const [placeholder, name] of b.planned) {
        const known = skillsIdx.resolve(name);
        planned.set(placeholder, known && 'id' in known ? known.id : skillsIdx.plan(name));
      }
      for (const i of b.issues) report.issue(i.row, i.column, i.value, i.problem, i.code);
      report.counts.rows += b.rows;
      const { employee, skill, level, source, date, row } = b;
      for (let i = 0; i < b.n; i++) {
        const e = employee[i];
        let s = skill[i];
        if (s <= PARSER_PLACEHOLDERS) s = planned.get(s)!;
        const code = source[i];
        fileEmployees.add(e);
        if (s === -1 && code === SCOPE) continue;
        if (scoped && s !== lastSkill) {
          fileSkills.add(s);
          lastSkill = s;
        }
        if (code === SCOPE) continue;
        const dup = seen.testAndSet(e, s);
        if (code === PROTECT) continue;
        if (dup) {
          report.issue(row[i], dupColumn, writer.labelOf(e, s), 'duplicate: this employee and skill are on an earlier row too', 'duplicate-id');
          continue;
        }
        writer.apply(row[i], e, s, level[i], SOURCE_CODES[code], date[i] < 0 ? null : dates[date[i]]);
      }
      ctx.progress(b.done);
      ctx.checkCancelled();
    };
  };

  // Rows converted here: all of them without a reader thread; with one, those before the
  // reader claims the rest (this thread would otherwise idle while the reader starts up).
  const local = new BatchSink(consumer());
  const converter = new ProficiencyConverter(setup, local);
  const readerJob = { kind: 'proficiencies' as const, spec: job.source, options: job.options, limits: ctx.limits, setup };
  reader?.start(readerJob);
  let index = 0;
  ctx.source.forEachRow(
    (cells, row) => {
      ctx.tick();
      if (reader && !reader.claimRow(index)) return false;
      index++;
      converter.row(cells, row);
      local.batch.rows++;
      if (local.full) local.emit();
    },
    (done) => {
      local.batch.done = done;
    },
  );
  if (!reader) local.batch.done = ctx.source.total;
  local.emit();
  reader?.batches(consumer());
  writer.finish(seen, fileEmployees);
  if (report.created.skills.length) report.notes.push(CREATED_NOTES.skills);
  if (wide) report.notes.push(`Skills matrix: ${setup.matrix.length} skill column(s); blank cells are not assessed (no level stored).`);
}
