// `import --kind transitions`: annual rates from a role to another role or out of the
// organisation (role_transitions, migration 3). Each row: from role, to role or exit, annual
// rate (0-1, or a percentage such as 12%), and optionally the kind of exit (attrition, the
// default, or retirement). A row from a role to itself is an explicit stay rate.
//
// The file is the rate table of the roles it lists: committing it REPLACES every stored
// transition out of those roles (a role's rates must add up, so mixing an old file's rows with
// a new one's could exceed 1) and leaves other roles' rates alone. Rates out of one role must
// not add up to more than 1 a year; with a stay row, stay + the rest must make 1.
import type { WritableDB } from '../../db/types';
import { cellText, parseNumberCell } from '../import/values';
import { exitWord } from './columns';
import type { RoleLookup } from './lookup';
import type { Columns, FlowIssue, RawRow } from './rows';

export interface TransitionRecord {
  row: number;
  fromRoleId: number;
  toRoleId: number | null;
  kind: 'move' | 'attrition' | 'retirement';
  annualRate: number;
}

function kindOf(text: string): 'move' | 'attrition' | 'retirement' | null {
  const t = text.trim().toLowerCase();
  if (t === 'move' || t === 'promotion' || t === 'transfer' || t === 'stay') return 'move';
  return exitWord(t);
}

export function checkTransitions(rows: RawRow[], cols: Columns, roles: RoleLookup, decimal: '.' | ','): { records: TransitionRecord[]; issues: FlowIssue[] } {
  const issues: FlowIssue[] = [];
  const records: TransitionRecord[] = [];
  const seen = new Map<string, number>();
  const issue = (r: RawRow, field: string, problem: string) => issues.push({ row: r.row, column: cols.header(field), value: cellText(cols.cell(r, field)), problem });

  for (const r of rows) {
    const before = issues.length;
    const fromText = cellText(cols.cell(r, 'from'));
    const toText = cellText(cols.cell(r, 'to'));
    const kindText = cellText(cols.cell(r, 'kind'));
    let fromRoleId: number | null = null;
    if (fromText === '') issue(r, 'from', 'the from role is blank');
    else {
      const f = roles.find(fromText);
      if ('problem' in f) issue(r, 'from', f.problem);
      else fromRoleId = f.id;
    }
    const exit = toText === '' ? null : exitWord(toText);
    let toRoleId: number | null = null;
    if (toText === '') issue(r, 'to', 'the to role is blank: name a role, or write exit for people leaving');
    else if (!exit) {
      const t = roles.find(toText);
      if ('problem' in t) issue(r, 'to', `${t.problem} (write exit for people leaving)`);
      else toRoleId = t.id;
    }
    let kind: TransitionRecord['kind'] = exit ?? 'move';
    if (kindText !== '') {
      const k = kindOf(kindText);
      if (!k) issue(r, 'kind', 'the kind must be attrition or retirement for an exit, or move (or blank)');
      else if (exit && k === 'move') issue(r, 'kind', 'an exit cannot be of kind move: use attrition or retirement');
      else if (!exit && toText !== '' && k !== 'move') issue(r, 'kind', `a move to a role cannot be ${k}: leave the kind blank, or write exit in the to column`);
      else kind = k;
    }
    const n = parseNumberCell(cols.cell(r, 'rate'), decimal);
    const rate = n.percent ? n.value / 100 : n.value;
    if (cellText(cols.cell(r, 'rate')) === '') issue(r, 'rate', 'the annual rate is blank');
    else if (!Number.isFinite(rate)) issue(r, 'rate', 'the annual rate is not a number');
    else if (rate < 0 || rate > 1) issue(r, 'rate', 'the annual rate must be between 0 and 1 (or a percentage such as 12%)');
    if (issues.length > before) continue;
    const key = `${fromRoleId}:${toRoleId ?? 'exit'}:${kind}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issue(r, 'to', `repeats row ${first} (same from role, to role and kind)`);
      continue;
    }
    seen.set(key, r.row);
    records.push({ row: r.row, fromRoleId: fromRoleId!, toRoleId, kind, annualRate: rate });
  }

  // Per source role: the rates must be a probability distribution over one year.
  const byRole = new Map<number, TransitionRecord[]>();
  for (const t of records) byRole.set(t.fromRoleId, [...(byRole.get(t.fromRoleId) ?? []), t]);
  const bad = new Set<number>();
  for (const [roleId, list] of byRole) {
    const stay = list.filter((t) => t.toRoleId === roleId);
    const out = list.filter((t) => t.toRoleId !== roleId).reduce((a, t) => a + t.annualRate, 0);
    const rowsText = list.map((t) => t.row).join(', ');
    const title = roles.titleOf.get(roleId);
    const first = list[0];
    const raw = rows.find((x) => x.row === first.row)!;
    if (out > 1 + 1e-9) {
      issues.push({ row: first.row, column: cols.header('rate'), value: cellText(cols.cell(raw, 'rate')), problem: `rates out of ${title} add up to ${out.toFixed(4)} a year (rows ${rowsText}); they must not exceed 1` });
      bad.add(roleId);
    } else if (stay.length === 1 && list.some((t) => t.toRoleId === null) && Math.abs(stay[0].annualRate + out - 1) > 1e-3) {
      const raw2 = rows.find((x) => x.row === stay[0].row)!;
      issues.push({ row: stay[0].row, column: cols.header('rate'), value: cellText(cols.cell(raw2, 'rate')), problem: `the stay rate of ${title} plus its moves and exits (${out.toFixed(4)}) should make 1` });
      bad.add(roleId);
    }
  }
  return { records: records.filter((t) => !bad.has(t.fromRoleId)), issues };
}

/** Replaces the stored rates of the file's source roles; returns [inserted, replaced]. */
export function writeTransitions(db: WritableDB, records: TransitionRecord[]): { added: number; replaced: number } {
  const roles = [...new Set(records.map((t) => t.fromRoleId))];
  const del = db.prepare('DELETE FROM role_transitions WHERE from_role_id = ?');
  let replaced = 0;
  for (const id of roles) replaced += del.run(id).changes;
  const ins = db.prepare(`INSERT INTO role_transitions (from_role_id, to_role_id, kind, annual_rate, source) VALUES (?, ?, ?, ?, 'import')`);
  for (const t of records) ins.run(t.fromRoleId, t.toRoleId, t.kind, t.annualRate);
  return { added: records.length, replaced };
}
