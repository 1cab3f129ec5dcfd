// Calibrating annual transition rates from a history of moves.
//
// Estimator: occurrence / exposure (the maximum-likelihood estimate of constant hazards, the
// same model periods.ts uses to convert rates). For role i over the observation window:
//   E_i      = person-years spent in role i inside the window,
//   D_ij     = moves from i to j (j = another role or exit, by kind) inside the window,
//   lambda_ij = D_ij / E_i,   lambda_i = sum_j lambda_ij,
//   annual probability m_ij = (1 - e^-lambda_i) x lambda_ij / lambda_i.
// Exposure needs each person's role over time, rebuilt from their moves:
// - a current employee is in their current role after their last move (up to the window end);
// - before a move from role r, the person was in r since their previous move, else since their
//   hire (a 'hire' move or the hire date of a current employee), else since the window start
//   (people already there when the history begins: left truncation);
// - a person whose last recorded move is not an exit but who is no longer employed is censored at
//   the window end (we do not know when they left, so we count neither an exit nor extra time).
// The window runs from the earliest move to the as-of date unless given.
import { isoToDay } from './calendar';
import type { ExitKind, MoveInput } from './types';

export interface CalibratedRate {
  fromRoleId: number;
  toRoleId: number | null;
  kind: 'move' | ExitKind;
  annualRate: number;
  events: number;
}

export interface Calibration {
  window: { from: string; to: string };
  /** Person-years in each role inside the window. */
  exposureYears: Map<number, number>;
  rates: CalibratedRate[];
}

const DAYS_PER_YEAR = 365.2425;

export function calibrateFromMoves(
  moves: readonly MoveInput[],
  current: readonly { ref: string; roleId: number; hireDate: string | null }[],
  window: { from?: string; to: string },
): Calibration {
  const fromIso = window.from ?? moves.reduce((m, x) => (x.date < m ? x.date : m), window.to);
  const w0 = isoToDay(fromIso);
  const w1 = isoToDay(window.to);
  const exposure = new Map<number, number>();
  const events = new Map<string, { fromRoleId: number; toRoleId: number | null; kind: 'move' | ExitKind; n: number }>();
  const addExposure = (role: number | null, a: number, b: number) => {
    if (role === null) return;
    const lo = Math.max(a, w0);
    const hi = Math.min(b, w1);
    if (hi > lo) exposure.set(role, (exposure.get(role) ?? 0) + (hi - lo) / DAYS_PER_YEAR);
  };

  const byPerson = new Map<string, MoveInput[]>();
  for (const m of moves) {
    const list = byPerson.get(m.employeeRef);
    if (list) list.push(m);
    else byPerson.set(m.employeeRef, [m]);
  }
  const currentByRef = new Map(current.map((e) => [e.ref, e]));

  for (const [ref, list] of byPerson) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const emp = currentByRef.get(ref);
    let role: number | null = list[0].fromRoleId;
    let since = emp?.hireDate ? Math.max(w0, isoToDay(emp.hireDate)) : w0;
    for (const m of list) {
      const day = isoToDay(m.date);
      if (day > w1) break;
      if (m.fromRoleId !== null) {
        addExposure(m.fromRoleId, since, day);
        if (day >= w0) {
          const key = `${m.fromRoleId}>${m.toRoleId ?? 'exit'}>${m.kind}`;
          const ev = events.get(key);
          if (ev) ev.n++;
          else events.set(key, { fromRoleId: m.fromRoleId, toRoleId: m.toRoleId, kind: m.kind === 'hire' ? 'move' : m.kind, n: 1 });
        }
      }
      role = m.toRoleId;
      since = day;
    }
    // After the last move: in the new role until the window end (current or censored).
    if (role !== null) addExposure(emp ? emp.roleId : role, since, w1);
  }
  // Current employees without any recorded move: in their role since hire or the window start.
  for (const e of current) {
    if (byPerson.has(e.ref)) continue;
    addExposure(e.roleId, e.hireDate ? isoToDay(e.hireDate) : w0, w1);
  }

  const hazardTotal = new Map<number, number>();
  for (const ev of events.values()) {
    const ex = exposure.get(ev.fromRoleId) ?? 0;
    if (ex > 0) hazardTotal.set(ev.fromRoleId, (hazardTotal.get(ev.fromRoleId) ?? 0) + ev.n / ex);
  }
  const rates: CalibratedRate[] = [];
  for (const ev of events.values()) {
    const ex = exposure.get(ev.fromRoleId) ?? 0;
    if (ex <= 0 || ev.toRoleId === ev.fromRoleId) continue;
    const total = hazardTotal.get(ev.fromRoleId)!;
    const lambda = ev.n / ex;
    rates.push({
      fromRoleId: ev.fromRoleId,
      toRoleId: ev.toRoleId,
      kind: ev.toRoleId === null ? (ev.kind === 'retirement' ? 'retirement' : 'attrition') : 'move',
      annualRate: (-Math.expm1(-total) * lambda) / total,
      events: ev.n,
    });
  }
  rates.sort((a, b) => a.fromRoleId - b.fromRoleId || (a.toRoleId ?? -1) - (b.toRoleId ?? -1) || a.kind.localeCompare(b.kind));
  return { window: { from: fromIso, to: window.to }, exposureYears: exposure, rates };
}
