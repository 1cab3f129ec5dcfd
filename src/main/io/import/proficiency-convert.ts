// Turning proficiency rows into compact records: employee id, skill id, level, source code,
// date code and row. Pure (no database): everything it looks up comes in a plain-data setup,
// so the same code runs on the importing thread or, for big files, on a reader thread that
// reads and converts while the importing thread writes (see reader-thread.ts).
import type { ImportIssue, IssueCode } from '../../../shared/import-types';
import { proficiencySources } from '../../../shared/domain/entities';
import { Pseudonymiser } from '../pseudonym';
import { LevelReader, parseSource, sourceList } from './levels';
import type { Cell } from './table-source';
import { cellText, parseDateCell, type DateOrder } from './values';

/** Source codes in records; the two extra codes carry scope without writing anything. */
export const SOURCE_CODES = proficiencySources;
/** The employee (and skill, when >= 0) are in the file's scope: their absent pairs count as removed. */
export const SCOPE = 254;
/** A rejected row: its pair is in scope but must keep its stored level (never "removed"). */
export const PROTECT = 255;
/** A blank source cell: the default source applies. */
const BLANK_SOURCE = -1;

export interface ConverterSetup {
  shape: 'long' | 'wide';
  /** Column index of the mapped fields employeeId, skill, level, source, assessedOn. */
  cols: Record<string, number>;
  headers: string[];
  headerRow: number;
  /** Skills matrix columns, resolved against the header row. */
  matrix: { col: number; header: string; skill: number }[];
  levelLabels: Record<string, number>;
  decimal: '.' | ',';
  dateOrder: DateOrder;
  asOfYear: number;
  defaultSource: (typeof proficiencySources)[number];
  assessedOn: string | null;
  createMissing: boolean;
  secret: Uint8Array;
  /** Stored employees: [ref, id] and [client id, id]. */
  employeeRefs: [string, number][];
  employeeClientIds: [string, number][];
  /** Stored skills: [lower-case name or taxonomy reference, id]. */
  skills: [string, number][];
}

/** Where converted records and problems go (a batch on either thread). */
export interface RecordSink {
  record(employee: number, skill: number, level: number, source: number, date: number, row: number): void;
  issue(issue: ImportIssue): void;
  /** A new date string got the next date code. */
  date(code: number, iso: string): void;
  /** createMissing: a skill name got a placeholder id (negative). */
  planSkill(placeholder: number, name: string): void;
}

export class ProficiencyConverter {
  private readonly pseudo: Pseudonymiser;
  private readonly employeeByRef: Map<string, number>;
  private readonly employeeByClientId: Map<string, number>;
  private readonly employeeOf = new Map<string, number | null>();
  private readonly skills: Map<string, number>;
  private readonly skillOf = new Map<string, number | null>();
  private readonly levels: LevelReader;
  private readonly dateCodes = new Map<string, number>();
  private readonly dateOf = new Map<unknown, number>();
  // Far from the importing thread's own placeholders (it maps these when it creates the skills).
  private nextPlaceholder = -1_000_000;
  private readonly sourceCodes = new Map<string, number>(SOURCE_CODES.map((s, i) => [s, i]));
  private readonly empHeader: string;

  constructor(
    private readonly s: ConverterSetup,
    private readonly out: RecordSink,
  ) {
    this.pseudo = new Pseudonymiser(Buffer.from(s.secret));
    this.employeeByRef = new Map(s.employeeRefs);
    this.employeeByClientId = new Map(s.employeeClientIds);
    this.skills = new Map(s.skills);
    this.levels = new LevelReader(s.levelLabels, s.decimal);
    this.empHeader = s.headers[s.cols.employeeId];
    this.defaultSourceCode = this.sourceCodes.get(s.defaultSource)!;
  }

  private issue(row: number, column: string | null, value: unknown, problem: string, code: IssueCode): void {
    const v = value === null || value === undefined ? null : value instanceof Date ? cellText(value) : String(value);
    this.out.issue({ row, column, value: v !== null && v.length > 200 ? `${v.slice(0, 200)}…` : v, problem, code });
  }

  // Files are usually grouped by person and often by skill: the last answer is the likeliest.
  private lastEmployeeText = '';
  private lastEmployee: number | null = null;
  private lastSkillText = '';
  private lastSkill: number | null = null;
  /** Source texts seen, to their code (BLANK_SOURCE: the default applies); texts that are not a source are never kept. */
  private readonly sourceCodeOf = new Map<string, number>();
  private readonly defaultSourceCode: number;

  private employee(text: string): number | null {
    if (text === this.lastEmployeeText) return this.lastEmployee;
    this.lastEmployeeText = text;
    return (this.lastEmployee = this.lookupEmployee(text));
  }

  private lookupEmployee(text: string): number | null {
    let id = this.employeeOf.get(text);
    if (id === undefined) {
      id = this.employeeByRef.get(this.pseudo.refOf(text)) ?? this.employeeByRef.get(text) ?? this.employeeByClientId.get(text) ?? null;
      if (this.employeeOf.size < 2_000_000) this.employeeOf.set(text, id);
    }
    return id;
  }

  /** The skill's id, a placeholder for one to create, or null (reported). */
  skill(text: string, row: number, header: string | null): number | null {
    if (text === this.lastSkillText && this.lastSkill !== null) return this.lastSkill;
    let id = this.skillOf.get(text);
    if (id === undefined) {
      id = this.skills.get(text.trim().toLowerCase()) ?? this.skills.get(text.trim()) ?? null;
      if (id === null && this.s.createMissing) {
        id = this.nextPlaceholder--;
        this.skills.set(text.trim().toLowerCase(), id);
        this.out.planSkill(id, text.trim());
      }
      this.skillOf.set(text, id);
    }
    if (id === null) this.issue(row, header, text, `unknown skill "${text}" (import skills first, or allow creating missing skills)`, 'unknown-reference');
    this.lastSkillText = text;
    this.lastSkill = id;
    return id;
  }

  private dateCode(c: Cell, row: number): number | undefined {
    let code = this.dateOf.get(c);
    if (code !== undefined) return code;
    const iso = parseDateCell(c, this.s.dateOrder, this.s.asOfYear);
    if (iso === null) {
      const hint = this.s.dateOrder === 'mdy' ? 'MM/DD/YYYY' : this.s.dateOrder === 'dmy' ? 'DD/MM/YYYY' : 'YYYY-MM-DD';
      this.issue(row, this.s.headers[this.s.cols.assessedOn], c, `not a date (expected ${hint}, ISO YYYY-MM-DD or an Excel date)`, 'unparseable-date');
      return undefined;
    }
    code = this.dateCodes.get(iso);
    if (code === undefined) {
      code = this.dateCodes.size;
      this.dateCodes.set(iso, code);
      this.out.date(code, iso);
    }
    if (typeof c === 'string' && this.dateOf.size < 100_000) this.dateOf.set(c, code);
    return code;
  }

  private level(c: Cell, row: number, header: string): number | null | undefined {
    const l = this.levels.read(c);
    if (l.kind === 'level') return l.value;
    if (l.kind === 'blank') return null;
    this.issue(row, header, c, l.problem, l.code);
    return undefined;
  }

  /** Converts one data row; a rejected row writes nothing. */
  row(cells: Cell[], row: number): void {
    const { cols } = this.s;
    const empText = cellText(cells[cols.employeeId] ?? null);
    if (empText === '') return this.issue(row, this.empHeader, null, 'the employee id is missing', 'required');
    const employee = this.employee(empText);
    if (employee === null) return this.issue(row, this.empHeader, empText, `unknown employee "${empText}" (import employees first)`, 'unknown-reference');
    let bad = false;
    let source = this.defaultSourceCode;
    if (cols.source !== undefined) {
      const raw = cells[cols.source] ?? null;
      // One lookup per row for the usual repeated text, straight to its code.
      let code = typeof raw === 'string' ? this.sourceCodeOf.get(raw) : undefined;
      if (code === undefined) {
        const s = parseSource(raw);
        code = s === undefined ? undefined : s === null ? BLANK_SOURCE : this.sourceCodes.get(s)!;
        if (code !== undefined && typeof raw === 'string' && this.sourceCodeOf.size < 1000) this.sourceCodeOf.set(raw, code);
      }
      if (code === undefined) {
        this.issue(row, this.s.headers[cols.source], raw, `not a source: use one of ${sourceList}`, 'invalid');
        bad = true;
      } else if (code !== BLANK_SOURCE) source = code;
    }
    let date = -1;
    if (cols.assessedOn !== undefined) {
      const raw = cells[cols.assessedOn] ?? null;
      if (cellText(raw) !== '') {
        const code = this.dateCode(raw, row);
        if (code === undefined) bad = true;
        else date = code;
      }
    } else if (this.s.assessedOn) {
      date = this.dateCode(this.s.assessedOn, row) ?? -1;
    }
    if (this.s.shape === 'wide') return this.wideRow(cells, row, employee, source, date, bad);
    const skillText = cellText(cells[cols.skill] ?? null);
    const level = this.level(cells[cols.level] ?? null, row, this.s.headers[cols.level]);
    if (skillText === '') {
      if (level !== null) this.issue(row, this.s.headers[cols.skill], null, 'the skill is missing', 'required');
      return;
    }
    const skill = this.skill(skillText, row, this.s.headers[cols.skill]);
    if (skill === null) return;
    if (bad || level === undefined) this.out.record(employee, skill, 0, PROTECT, -1, row);
    else if (level === null) this.out.record(employee, skill, 0, SCOPE, -1, row);
    else this.out.record(employee, skill, level, source, date, row);
  }

  private readonly pending: number[] = [];

  private wideRow(cells: Cell[], row: number, employee: number, source: number, date: number, bad: boolean): void {
    const pending = this.pending;
    pending.length = 0;
    for (const m of this.s.matrix) {
      const level = this.level(cells[m.col] ?? null, row, m.header);
      if (level === undefined) bad = true;
      else if (level !== null) pending.push(m.skill, level);
    }
    // A rejected row keeps the person's stored levels out of the removal scope entirely.
    if (bad) return;
    this.out.record(employee, -1, 0, SCOPE, -1, row);
    for (let i = 0; i < pending.length; i += 2) this.out.record(employee, pending[i], pending[i + 1], source, date, row);
  }
}
