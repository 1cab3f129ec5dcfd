// Heatmap matrices (roles x skills, org units x categories), drill-down from a cell to the people
// behind it, and the managers' view of the soft-skills and leadership lens.
import { skillCategories } from '../../../shared/domain/entities';
import { slotOf } from './profiles';
import { CATEGORY_COUNT, type CellRef, type GapAnalysis, type GapMatrix, type GapModel, type MatrixCell } from './types';

const share = (num: number, den: number): number | null => (den > 0 ? num / den : null);

function cell(row: number, col: number, people: number, pairs: number, assessed: number, met: number, gapSum: number, hpl: number): MatrixCell {
  return {
    row,
    col,
    people,
    pairs,
    assessed,
    meetingShare: share(met, assessed),
    meanGap: share(gapSum, assessed),
    gapHours: gapSum * hpl,
    unknownShare: share(pairs - assessed, pairs),
  };
}

/** Roles with people in scope x the skills their profiles require. */
export function roleSkillMatrix(m: GapModel, a: GapAnalysis): GapMatrix {
  const p = a.profiles;
  const roles: number[] = [];
  const skillUsed = new Uint8Array(m.skills.id.length);
  for (let r = 0; r < m.roles.id.length; r++) {
    if (a.byRole.people[r] === 0) continue;
    roles.push(r);
    for (let k = p.start[r]; k < p.start[r + 1]; k++) skillUsed[p.skill[k]] = 1;
  }
  const colOf = new Int32Array(m.skills.id.length).fill(-1);
  const cols: GapMatrix['cols'] = [];
  skillUsed.forEach((used, s) => {
    if (!used) return;
    colOf[s] = cols.length;
    cols.push({ index: s, key: String(m.skills.id[s]), label: m.skills.name[s] });
  });
  const cells: MatrixCell[] = [];
  roles.forEach((r, row) => {
    for (let k = p.start[r]; k < p.start[r + 1]; k++) {
      const s = p.skill[k];
      const sl = a.slots;
      cells.push(cell(row, colOf[s], a.byRole.people[r], sl.pairs[k], sl.assessed[k], sl.met[k], sl.gapSum[k], m.hoursPerLevel[m.skills.category[s]]));
    }
  });
  return {
    kind: 'role-skill',
    rows: roles.map((r) => ({ index: r, key: String(m.roles.id[r]), label: m.roles.title[r] })),
    cols,
    cells,
  };
}

/** Org units (and "(none)", index -1) x skill categories. */
export function unitCategoryMatrix(m: GapModel, a: GapAnalysis): GapMatrix {
  const uc = a.unitCategory;
  const nU = m.orgUnits.id.length;
  const rows: GapMatrix['rows'] = [];
  const cells: MatrixCell[] = [];
  const catUsed = new Uint8Array(CATEGORY_COUNT);
  for (let u = 0; u <= nU; u++) {
    let any = false;
    for (let c = 0; c < CATEGORY_COUNT; c++) {
      const i = u * CATEGORY_COUNT + c;
      if (uc.pairs[i] === 0) continue;
      any = true;
      catUsed[c] = 1;
      cells.push(cell(rows.length, c, uc.people[i], uc.pairs[i], uc.assessed[i], uc.met[i], uc.gapSum[i], m.hoursPerLevel[c]));
    }
    if (any) {
      rows.push(u < nU ? { index: u, key: String(m.orgUnits.id[u]), label: m.orgUnits.name[u] } : { index: -1, key: 'none', label: '(none)' });
    }
  }
  const colPos = new Int32Array(CATEGORY_COUNT).fill(-1);
  const cols: GapMatrix['cols'] = [];
  catUsed.forEach((used, c) => {
    if (!used) return;
    colPos[c] = cols.length;
    cols.push({ index: c, key: skillCategories[c], label: skillCategories[c] });
  });
  for (const x of cells) x.col = colPos[x.col];
  return { kind: 'unit-category', rows, cols, cells };
}

/** Dense indices of the eligible people behind a matrix cell or an aggregate row, ascending. */
export function cellEmployees(m: GapModel, a: GapAnalysis, ref: CellRef): Int32Array {
  const emp = a.employees;
  const { role, orgUnit, location } = m.employees;
  const p = a.profiles;
  let test: (e: number) => boolean;
  if (ref.kind === 'role-skill') {
    if (slotOf(p, ref.role, ref.skill) < 0) return new Int32Array(0);
    const { roleEmployeesStart: st, roleEmployees: list } = m.index;
    const out = list.subarray(st[ref.role], st[ref.role + 1]).filter((e) => emp.eligible[e] === 1);
    return Int32Array.from(out);
  } else if (ref.kind === 'unit-category') {
    test = (e) => orgUnit[e] === ref.unit && ((emp.categoryMask[e] >> ref.category) & 1) === 1;
  } else {
    const i = ref.index;
    switch (ref.by) {
      case 'role':
        test = (e) => role[e] === i;
        break;
      case 'unit':
        test = (e) => orgUnit[e] === i;
        break;
      case 'location':
        test = (e) => location[e] === i;
        break;
      case 'category':
        test = (e) => ((emp.categoryMask[e] >> i) & 1) === 1;
        break;
      case 'skill':
        test = (e) => slotOf(p, role[e], i) >= 0;
        break;
    }
  }
  const out: number[] = [];
  for (let e = 0; e < emp.eligible.length; e++) {
    if (emp.eligible[e] === 1 && emp.required[e] > 0 && test(e)) out.push(e);
  }
  return Int32Array.from(out);
}

export interface PairRow {
  employee: number;
  id: number;
  ref: string;
  required: number;
  weight: number;
  /** null: not assessed (unknown, never shown as zero). */
  proficiency: number | null;
  gap: number | null;
  meets: boolean | null;
}

/** The people behind a role x skill cell, with their level against the requirement. */
export function roleSkillPairs(m: GapModel, a: GapAnalysis, role: number, skill: number): PairRow[] {
  const k = slotOf(a.profiles, role, skill);
  if (k < 0) return [];
  const L = a.profiles.level[k];
  const { start, skill: ps, level } = m.proficiencies;
  return [...cellEmployees(m, a, { kind: 'role-skill', role, skill })].map((e) => {
    let prof: number | null = null;
    for (let j = start[e]; j < start[e + 1]; j++) if (ps[j] === skill) prof = level[j];
    return {
      employee: e,
      id: m.employees.id[e],
      ref: m.employees.ref[e],
      required: L,
      weight: a.profiles.weight[k],
      proficiency: prof,
      gap: prof === null ? null : Math.max(0, L - prof),
      meets: prof === null ? null : prof >= L,
    };
  });
}

export interface ManagerRoleRow {
  role: number;
  title: string;
  managers: number;
  directReports: number;
  meanSpan: number;
  maxSpan: number;
  meanReadiness: number | null;
  gapHours: number;
}

/**
 * Manager roles singled out with their span of control (direct reports counted from manager
 * links). A role counts when it is flagged as a manager role or any eligible incumbent has
 * reports. Figures follow the analysis' lens, so under soft-leadership they are leadership gaps.
 */
export function managerRoles(m: GapModel, a: GapAnalysis): ManagerRoleRow[] {
  const nR = m.roles.id.length;
  const acc = Array.from({ length: nR }, () => ({ managers: 0, reports: 0, max: 0, rCount: 0, rSum: 0, hours: 0 }));
  const emp = a.employees;
  const span = m.index.directReports;
  for (let e = 0; e < emp.eligible.length; e++) {
    if (emp.eligible[e] === 0) continue;
    const r = m.employees.role[e];
    if (m.roles.isManager[r] === 0 && span[e] === 0) continue;
    const x = acc[r];
    x.managers++;
    x.reports += span[e];
    x.max = Math.max(x.max, span[e]);
    x.hours += emp.gapHours[e];
    if (emp.readiness[e] === emp.readiness[e] && emp.required[e] > 0) {
      x.rCount++;
      x.rSum += emp.readiness[e];
    }
  }
  return acc
    .map((x, r) => ({
      role: r,
      title: m.roles.title[r],
      managers: x.managers,
      directReports: x.reports,
      meanSpan: x.managers > 0 ? x.reports / x.managers : 0,
      maxSpan: x.max,
      meanReadiness: share(x.rSum, x.rCount),
      gapHours: x.hours,
    }))
    .filter((x) => x.managers > 0);
}
