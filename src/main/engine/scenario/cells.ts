// The chain's states ("cells": role x location x org unit) for one scenario, and the rules that
// place people in them: where an internal move to another role lands, and which cells a scope
// (role / unit / location lists of a lever) covers.
import type { Scope, ScenarioBody } from '../../../shared/domain/scenario';
import type { Baseline } from './baseline';

export interface CellSet {
  C: number;
  role: number[];
  location: number[];
  unit: number[];
  heads: number[];
  fte: number[];
  salary: number[];
  /** Id of the new-market change that created the cell (null: a baseline cell). */
  createdBy: (string | null)[];
  roleCells: number[][];
}

/**
 * Baseline cells plus one cell per new-market ramp whose role has no cell at that location yet.
 * A created cell sits in the role's org unit (else the unit of the role's largest cell).
 */
export function buildCells(b: Baseline, body: ScenarioBody): CellSet {
  const c = b.cells;
  const set: CellSet = {
    C: c.role.length,
    role: Array.from(c.role),
    location: Array.from(c.location),
    unit: Array.from(c.unit),
    heads: Array.from(c.heads),
    fte: Array.from(c.fte),
    salary: Array.from(c.salary),
    createdBy: Array.from(c.role, () => null),
    roleCells: b.roleCells.map((list) => [...list]),
  };
  for (const ch of body.changes) {
    if (ch.type !== 'new-market') continue;
    const loc = b.locationIndex.get(ch.locationId);
    if (loc === undefined) continue; // reported by the demand compiler
    for (const r of ch.ramp) {
      const role = b.roleIndex.get(r.roleId);
      if (role === undefined || set.roleCells[role].some((x) => set.location[x] === loc)) continue;
      const spec = b.data.roles[role];
      const largest = set.roleCells[role].reduce((best, x) => (best < 0 || set.heads[x] > set.heads[best] ? x : best), -1);
      const unit = spec.orgUnitId !== null ? b.unitIndex.get(spec.orgUnitId) ?? -1 : largest >= 0 ? set.unit[largest] : -1;
      const id = set.C++;
      set.role.push(role);
      set.location.push(loc);
      set.unit.push(unit);
      set.heads.push(0);
      set.fte.push(0);
      set.salary.push(0);
      set.createdBy.push(ch.id);
      set.roleCells[role].push(id);
    }
  }
  return set;
}

/**
 * Where a move from cell `from` into role `toRole` lands: the role's cells at the same location
 * and org unit if there are any, else at the same location, else anywhere; shared among the
 * chosen cells in proportion to their baseline headcount (equally when they are all empty).
 * Moves are mostly local, and the proportional split keeps a multi-site role's mix stable.
 */
export function destinationWeights(cells: CellSet, from: number, toRole: number): [number, number][] {
  const all = cells.roleCells[toRole];
  const loc = cells.location[from];
  const sameLocUnit = all.filter((x) => cells.location[x] === loc && cells.unit[x] === cells.unit[from]);
  const sameLoc = all.filter((x) => cells.location[x] === loc);
  const chosen = sameLocUnit.length ? sameLocUnit : sameLoc.length ? sameLoc : all;
  const total = chosen.reduce((a, x) => a + cells.heads[x], 0);
  return chosen.map((x) => [x, total > 0 ? cells.heads[x] / total : 1 / chosen.length]);
}

/** Dense unit index -> itself and all its ancestors, so a scope on a unit covers its sub-units. */
export function unitAncestors(b: Baseline): number[][] {
  const parent = b.data.orgUnits.map((u) => (u.parentId === null ? -1 : b.unitIndex.get(u.parentId) ?? -1));
  return parent.map((_, u) => {
    const chain: number[] = [];
    for (let x = u; x >= 0 && chain.length <= parent.length; x = parent[x]) chain.push(x);
    return chain;
  });
}

/** A predicate over cells for a lever's scope; empty lists match everything. */
export function scopeMatcher(b: Baseline, cells: CellSet, scope: Scope, ancestors: number[][]): (cell: number) => boolean {
  const roles = new Set(scope.roleIds.map((id) => b.roleIndex.get(id)).filter((x) => x !== undefined));
  const units = new Set(scope.orgUnitIds.map((id) => b.unitIndex.get(id)).filter((x) => x !== undefined));
  const locs = new Set(scope.locationIds.map((id) => b.locationIndex.get(id)).filter((x) => x !== undefined));
  return (c) =>
    (scope.roleIds.length === 0 || roles.has(cells.role[c])) &&
    (scope.orgUnitIds.length === 0 || (cells.unit[c] >= 0 && ancestors[cells.unit[c]].some((u) => units.has(u)))) &&
    (scope.locationIds.length === 0 || locs.has(cells.location[c]));
}
