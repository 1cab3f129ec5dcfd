// Proficiencies, streamed: a skills file can hold millions of rows, so each row is checked,
// diffed and (in a commit) written as it is read, inside the run's single transaction; if
// anything blocks the commit at the end, the transaction rolls back. Both shapes people use:
// long (employee, skill, level, source, date) and a skills matrix (a column per skill).
// Blank levels are "not assessed": no row, never zero.
import { AppError } from '../../../shared/result';
import { LevelReader, parseSource, sourceList } from './levels';
import { ProficiencyWriter, type ProficiencyRow } from './proficiency-writer';
import { CREATED_NOTES } from './refs';
import type { RunContext } from './run-context';
import type { Cell } from './table-source';
import { cellText } from './values';

/** Which (employee, skill) pairs were seen: a bitset over employee ids per skill. */
class PairSet {
  private readonly bySkill = new Map<number, Uint8Array>();
  constructor(private readonly maxEmployee: number) {}

  /** Marks the pair; returns true when it was already marked. */
  testAndSet(employee: number, skill: number): boolean {
    let bits = this.bySkill.get(skill);
    if (!bits) this.bySkill.set(skill, (bits = new Uint8Array((this.maxEmployee >> 3) + 1)));
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

export function runProficiencyImport(ctx: RunContext): void {
  const { db, report, reader, opts, job } = ctx;
  const wide = opts.shape === 'wide';
  const colEmp = ctx.cols.get('employeeId');
  if (colEmp === undefined) throw missingField('employeeId', 'the employee id');
  if (!wide && (!ctx.cols.has('skill') || !ctx.cols.has('level'))) {
    throw missingField(ctx.cols.has('skill') ? 'level' : 'skill', ctx.cols.has('skill') ? 'the level' : 'the skill');
  }

  // Employees by every form a file may name them in: client id (via its pseudonym), a stored
  // ref (a pseudonymised export read back), or a stored client id.
  const employeeByRef = new Map<string, number>();
  const employeeByClientId = new Map<string, number>();
  let maxEmployee = 0;
  for (const e of db.prepare('SELECT id, ref, client_id FROM employees').raw().iterate() as IterableIterator<[number, string, string | null]>) {
    employeeByRef.set(e[1], e[0]);
    if (e[2] !== null) employeeByClientId.set(e[2], e[0]);
    if (e[0] > maxEmployee) maxEmployee = e[0];
  }
  const employeeOf = new Map<string, number | null>();
  const lookupEmployee = (text: string): number | null => {
    let id = employeeOf.get(text);
    if (id === undefined) {
      id = employeeByRef.get(ctx.pseudo.refOf(text)) ?? employeeByRef.get(text) ?? employeeByClientId.get(text) ?? null;
      if (employeeOf.size < 2_000_000) employeeOf.set(text, id);
    }
    return id;
  };

  const skillsIdx = ctx.refs('skills');
  const skillOf = new Map<string, number | null>();
  const lookupSkill = (text: string, row: number, header: string | null): number | null => {
    let id = skillOf.get(text);
    if (id === undefined) {
      const res = skillsIdx.resolve(text);
      if (res && 'id' in res) id = res.id;
      else if (res) {
        report.issue(row, header, text, `${res.ambiguous.length} skills are called "${text}"`, 'ambiguous-reference');
        id = null;
      } else if (job.createMissing) id = skillsIdx.plan(text);
      else {
        report.issue(row, header, text, `unknown skill "${text}" (import skills first, or allow creating missing skills)`, 'unknown-reference');
        id = null;
      }
      skillOf.set(text, id);
      return id;
    }
    if (id === null) report.issue(row, header, text, `unknown skill "${text}"`, 'unknown-reference');
    return id;
  };

  // Skills matrix: each skill column resolves once, against the header row.
  const matrix: { col: number; header: string; skill: number }[] = [];
  if (wide) {
    for (const [header, name] of Object.entries(job.mapping.skillColumns ?? {})) {
      const id = lookupSkill(name, ctx.source.headerRow, header);
      if (id !== null) matrix.push({ col: ctx.source.headers.indexOf(header), header, skill: id });
    }
    if (Object.keys(job.mapping.skillColumns ?? {}).length === 0) throw missingField('skill', 'any skill column');
  }

  const levels = new LevelReader(job.options.levelLabels, opts.decimalSeparator);
  const seen = new PairSet(maxEmployee);
  const fileEmployees = new Set<number>();
  const fileSkills = new Set<number>(matrix.map((m) => m.skill));
  const writer = new ProficiencyWriter(ctx, fileSkills);
  const empHeader = reader.header('employeeId');
  const levelHeader = reader.header('level');
  const hasSource = ctx.cols.has('source');
  const hasDate = ctx.cols.has('assessedOn');
  const pending: ProficiencyRow[] = [];

  const readLevel = (c: Cell, header: string | null): number | undefined | null => {
    const l = levels.read(c);
    if (l.kind === 'level') return l.value;
    if (l.kind === 'blank') return null;
    reader.bad = true;
    report.issue(reader.row, header, c instanceof Date ? cellText(c) : c, l.problem, l.code);
    return undefined;
  };

  ctx.source.forEachRow(
    (cells, row) => {
      ctx.tick();
      report.counts.rows++;
      reader.set(cells, row);
      const empText = cellText(cells[colEmp] ?? null);
      if (empText === '') {
        report.issue(row, empHeader, null, 'the employee id is missing', 'required');
        return;
      }
      const employee = lookupEmployee(empText);
      if (employee === null) {
        report.issue(row, empHeader, empText, `unknown employee "${empText}" (import employees first)`, 'unknown-reference');
        return;
      }
      let source = job.options.defaultSource ?? opts.defaultSource;
      if (hasSource) {
        const s = parseSource(reader.raw('source') ?? null);
        if (s === undefined) reader.fail('source', reader.raw('source'), `not a source: use one of ${sourceList}`, 'invalid');
        else if (s !== null) source = s;
      }
      const date = hasDate ? reader.date('assessedOn') : opts.assessedOn;
      pending.length = 0;
      if (wide) {
        for (const m of matrix) {
          const level = readLevel(cells[m.col] ?? null, m.header);
          if (level === null || level === undefined) continue;
          pending.push({ row, employee, skill: m.skill, level, source, date: date ?? null });
        }
      } else {
        const skillText = cellText(reader.raw('skill') ?? null);
        const level = readLevel(reader.raw('level') ?? null, levelHeader);
        if (skillText === '') {
          if (level !== null) reader.fail('skill', null, 'the skill is missing', 'required');
        } else {
          const skill = lookupSkill(skillText, row, reader.header('skill'));
          if (skill === null) reader.bad = true;
          else {
            fileSkills.add(skill);
            // A skipped row keeps the stored level: it must not count as removed.
            if (reader.bad) seen.testAndSet(employee, skill);
            else if (level !== null && level !== undefined) pending.push({ row, employee, skill, level, source, date: date ?? null });
          }
        }
      }
      if (wide && reader.bad) return; // the person's stored levels stay out of the removal scope
      fileEmployees.add(employee);
      if (reader.bad) return;
      for (const p of pending) {
        if (seen.testAndSet(p.employee, p.skill)) {
          report.issue(row, wide ? reader.header('employeeId') : reader.header('skill'), `${empText} / ${skillsIdx.nameOf(p.skill)}`, 'duplicate: this employee and skill are on an earlier row too', 'duplicate-id');
          return;
        }
      }
      for (const p of pending) writer.apply(p);
    },
    (done) => ctx.progress(done),
  );
  writer.finish(seen, fileEmployees);
  if (report.created.skills.length) report.notes.push(CREATED_NOTES.skills);
  if (wide) report.notes.push(`Skills matrix: ${matrix.length} skill column(s); blank cells are not assessed (no level stored).`);
}

function missingField(field: string, what: string): AppError {
  return new AppError('validation', `The mapping has no column for ${what}: map one in the preview.`, [
    { path: `mapping.fields.${field}`, message: 'required' },
  ]);
}
