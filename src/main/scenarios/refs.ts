// Every place a scenario body names an engagement record by its numeric id, in one visitor: the
// save check (does each id exist?), the JSON export (which records to describe by stable keys)
// and the import (rewrite the source engagement's ids into this one's) all walk the same list,
// so a new reference field in ScenarioBody needs one line here.
import type { ScenarioBody } from '../../shared/domain/scenario';
import { AppError } from '../../shared/result';
import type { ReadableDB } from '../db/types';

export type RefKind = 'role' | 'orgUnit' | 'location' | 'skill' | 'objective' | 'task';

/** Called with each reference; returns the id to put in its place. */
export type RefMapper = (kind: RefKind, id: number, path: string) => number;

const ids = (list: number[], kind: RefKind, path: string, f: RefMapper) => list.map((id, i) => f(kind, id, `${path}[${i}]`));

function scope<S extends { roleIds: number[]; orgUnitIds: number[]; locationIds: number[] }>(s: S, path: string, f: RefMapper): S {
  return {
    ...s,
    roleIds: ids(s.roleIds, 'role', `${path}.roleIds`, f),
    orgUnitIds: ids(s.orgUnitIds, 'orgUnit', `${path}.orgUnitIds`, f),
    locationIds: ids(s.locationIds, 'location', `${path}.locationIds`, f),
  };
}

/** A copy of the body with every reference passed through `f` (in document order). */
export function mapRefs(body: ScenarioBody, f: RefMapper): ScenarioBody {
  const changes = body.changes.map((ch, i): ScenarioBody['changes'][number] => {
    const at = `changes[${i}]`;
    switch (ch.type) {
      case 'automation':
        return {
          ...ch,
          roleIds: ids(ch.roleIds, 'role', `${at}.roleIds`, f),
          ...(ch.taskIds ? { taskIds: ids(ch.taskIds, 'task', `${at}.taskIds`, f) } : {}),
          newRequirements: ch.newRequirements.map((r, j) => ({
            ...r,
            roleId: r.roleId === null ? null : f('role', r.roleId, `${at}.newRequirements[${j}].roleId`),
            skillId: f('skill', r.skillId, `${at}.newRequirements[${j}].skillId`),
          })),
          objectiveIds: ids(ch.objectiveIds, 'objective', `${at}.objectiveIds`, f),
        };
      case 'new-market':
        return {
          ...ch,
          locationId: f('location', ch.locationId, `${at}.locationId`),
          ramp: ch.ramp.map((r, j) => ({ ...r, roleId: f('role', r.roleId, `${at}.ramp[${j}].roleId`) })),
          extraRequirements: ch.extraRequirements.map((r, j) => ({ ...r, skillId: f('skill', r.skillId, `${at}.extraRequirements[${j}].skillId`) })),
          objectiveIds: ids(ch.objectiveIds, 'objective', `${at}.objectiveIds`, f),
        };
      case 'demand':
      case 'attrition':
      case 'hiring-freeze':
      case 'time-to-fill':
        return { ...ch, scope: scope(ch.scope, `${at}.scope`, f) };
      case 'salary-inflation':
        return { ...ch };
    }
  });
  return {
    ...body,
    assumptions: [...body.assumptions],
    changes,
    ...(body.hiringByRole
      ? {
          hiringByRole: body.hiringByRole.map((h, j) => ({
            ...h,
            roleId: f('role', h.roleId, `hiringByRole[${j}].roleId`),
            ...(h.recruitIntoRoleId !== undefined ? { recruitIntoRoleId: f('role', h.recruitIntoRoleId, `hiringByRole[${j}].recruitIntoRoleId`) } : {}),
          })),
        }
      : {}),
    ...(body.hiringCapacity
      ? { hiringCapacity: body.hiringCapacity.map((h, j) => ({ ...h, locationId: f('location', h.locationId, `hiringCapacity[${j}].locationId`) })) }
      : {}),
  };
}

export interface RefUse {
  kind: RefKind;
  id: number;
  paths: string[];
}

/** The distinct references of a body, each with where it is used. */
export function collectRefs(body: ScenarioBody): RefUse[] {
  const byKey = new Map<string, RefUse>();
  mapRefs(body, (kind, id, path) => {
    const key = `${kind}:${id}`;
    const use = byKey.get(key);
    if (use) use.paths.push(path);
    else byKey.set(key, { kind, id, paths: [path] });
    return id;
  });
  return [...byKey.values()];
}

export const TABLE_OF: Record<RefKind, string> = {
  role: 'roles',
  orgUnit: 'org_units',
  location: 'locations',
  skill: 'skills',
  objective: 'objectives',
  task: 'tasks',
};

export const NOUN_OF: Record<RefKind, string> = {
  role: 'role',
  orgUnit: 'org unit',
  location: 'location',
  skill: 'skill',
  objective: 'objective',
  task: 'task',
};

/** Refuses a body naming records this engagement does not have, naming each one and where. */
export function assertRefsExist(db: ReadableDB, body: ScenarioBody): void {
  const missing = collectRefs(body).filter((r) => db.prepare(`SELECT 1 FROM ${TABLE_OF[r.kind]} WHERE id = ?`).get(r.id) === undefined);
  if (missing.length === 0) return;
  const list = missing.map((r) => `${NOUN_OF[r.kind]} ${r.id} (at ${r.paths.slice(0, 3).join(', ')}${r.paths.length > 3 ? ', ...' : ''})`);
  throw new AppError(
    'validation',
    `The scenario names ${missing.length === 1 ? 'a record' : `${missing.length} records`} this engagement does not have: ${list.slice(0, 5).join('; ')}${list.length > 5 ? '; ...' : ''}.`,
    missing.map((r) => ({ path: `body.${r.paths[0]}`, message: `no ${NOUN_OF[r.kind]} with id ${r.id}` })),
  );
}
