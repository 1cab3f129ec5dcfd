// `import --kind moves`: the history of who moved where and when (workforce_moves, migration 3),
// from which the engine calibrates rates for roles without an imported transitions table. Each
// row: employee, from role (blank for a hire), to role or exit, date, and optionally the kind
// (hire, move, attrition, retirement). Moves are history: a date after the engagement's as-of
// date is refused. Re-importing the same history adds nothing (the table's unique key), so rows
// already stored, or repeated in the file, count as unchanged.
import type { WritableDB } from '../../db/types';
import { cellText, parseDateCell, type DateOrder } from '../import/values';
import { exitWord } from './columns';
import type { PersonLookup, RoleLookup } from './lookup';
import type { Columns, FlowIssue, RawRow } from './rows';

export interface MoveRecord {
  row: number;
  ref: string;
  employeeId: number | null;
  fromRoleId: number | null;
  toRoleId: number | null;
  kind: 'hire' | 'move' | 'attrition' | 'retirement';
  date: string;
}

function kindOf(text: string): MoveRecord['kind'] | null {
  const t = text.trim().toLowerCase();
  if (t === 'hire' || t === 'joiner' || t === 'new hire') return 'hire';
  if (t === 'move' || t === 'promotion' || t === 'transfer') return 'move';
  return exitWord(t);
}

export interface MoveContext {
  roles: RoleLookup;
  people: PersonLookup;
  dateOrder: DateOrder;
  asOfDate: string;
}

export function checkMoves(rows: RawRow[], cols: Columns, ctx: MoveContext): { records: MoveRecord[]; issues: FlowIssue[] } {
  const issues: FlowIssue[] = [];
  const records: MoveRecord[] = [];
  const asOfYear = Number(ctx.asOfDate.slice(0, 4));
  const issue = (r: RawRow, field: string, problem: string) => issues.push({ row: r.row, column: cols.header(field), value: cellText(cols.cell(r, field)), problem });
  const role = (r: RawRow, field: string, text: string): number | null => {
    const f = ctx.roles.find(text);
    if ('problem' in f) {
      issue(r, field, f.problem);
      return null;
    }
    return f.id;
  };

  for (const r of rows) {
    const before = issues.length;
    const who = cellText(cols.cell(r, 'employee'));
    const fromText = cellText(cols.cell(r, 'from'));
    const toText = cellText(cols.cell(r, 'to'));
    const kindText = cellText(cols.cell(r, 'kind'));
    if (who === '') issue(r, 'employee', 'the employee is blank');
    const exit = toText === '' ? null : exitWord(toText);
    const fromRoleId = fromText === '' ? null : role(r, 'from', fromText);
    const toRoleId = toText === '' || exit ? null : role(r, 'to', toText);
    if (toText === '') issue(r, 'to', 'the to role is blank: name a role, or write exit for a leaver');
    if (fromText === '' && exit) issue(r, 'from', 'the from role is blank on an exit: name the role the person left');
    let kind: MoveRecord['kind'] = fromText === '' ? 'hire' : (exit ?? 'move');
    if (kindText !== '') {
      const k = kindOf(kindText);
      if (!k) issue(r, 'kind', 'the kind must be hire, move, attrition or retirement (or blank)');
      else if ((k === 'hire') !== (fromText === '')) issue(r, 'kind', k === 'hire' ? 'a hire has no from role: leave it blank' : 'the from role is blank, so this row is a hire');
      else if (k !== 'hire' && (k === 'move') !== !exit) issue(r, 'kind', exit ? 'an exit is attrition or retirement' : `a move to a role cannot be ${k}: write exit in the to column`);
      else kind = k;
    }
    if (fromRoleId !== null && toRoleId !== null && fromRoleId === toRoleId) issue(r, 'to', 'the from and to roles are the same');
    const dateCell = cols.cell(r, 'date');
    const date = cellText(dateCell) === '' ? null : parseDateCell(dateCell, ctx.dateOrder, asOfYear);
    if (cellText(dateCell) === '') issue(r, 'date', 'the date is blank');
    else if (!date) issue(r, 'date', `not a date (expected ${ctx.dateOrder === 'iso' ? 'YYYY-MM-DD' : ctx.dateOrder === 'dmy' ? 'DD/MM/YYYY or YYYY-MM-DD' : 'MM/DD/YYYY or YYYY-MM-DD'})`);
    else if (date > ctx.asOfDate) issue(r, 'date', `after the engagement's as-of date ${ctx.asOfDate}: moves are history`);
    if (issues.length > before) continue;
    const person = ctx.people.find(who);
    records.push({ row: r.row, ref: person.ref, employeeId: person.employeeId, fromRoleId, toRoleId, kind, date: date! });
  }
  return { records, issues };
}

/** Inserts the moves not stored yet; returns how many were added and how many were already there. */
export function writeMoves(db: WritableDB, records: MoveRecord[]): { added: number; unchanged: number } {
  const ins = db.prepare(
    'INSERT OR IGNORE INTO workforce_moves (employee_ref, employee_id, from_role_id, to_role_id, kind, move_date) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let added = 0;
  for (const m of records) added += ins.run(m.ref, m.employeeId, m.fromRoleId, m.toRoleId, m.kind, m.date).changes;
  return { added, unchanged: records.length - added };
}
