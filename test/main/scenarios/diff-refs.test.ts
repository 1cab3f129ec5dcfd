// The body diff (leaf paths, changes matched by id) and the reference visitor (every id a body
// names, in one place) on hand-made bodies.
import type { ScenarioBody } from '../../../src/shared/domain/scenario';
import { diffBodies, fieldChanges } from '../../../src/main/scenarios/diff';
import { collectRefs, mapRefs } from '../../../src/main/scenarios/refs';

const scope = (roleIds: number[] = [], orgUnitIds: number[] = [], locationIds: number[] = []) => ({ roleIds, orgUnitIds, locationIds });

const body: ScenarioBody = {
  startDate: '2026-01-01',
  periodUnit: 'month',
  periods: 12,
  hiring: 'fill',
  assumptions: ['a'],
  changes: [
    {
      type: 'automation',
      id: 'auto',
      label: 'Bots',
      roleIds: [1, 2],
      taskIds: [7],
      exposure: { from: 'tasks' },
      adoption: { curve: 's-curve', target: 0.5, midpointMonths: 6, steepness: 0.5 },
      realisation: 0.8,
      investment: 0,
      newRequirements: [{ roleId: null, skillId: 30, level: 3, weight: 1, effectiveDate: '2026-06-01' }, { roleId: 2, skillId: 31, level: 2, weight: 0.5, effectiveDate: '2026-06-01' }],
      objectiveIds: [40],
    },
    {
      type: 'new-market',
      id: 'nm',
      label: 'New site',
      locationId: 50,
      launchDate: '2026-04-01',
      timeToFillDays: {},
      ramp: [{ roleId: 3, target: 4, rampMonths: 6, curve: 'linear' }],
      extraRequirements: [{ skillId: 32, level: 4, weight: 1 }],
      internalShare: 0.25,
      objectiveIds: [],
    },
    { type: 'demand', id: 'd', scope: scope([], [60], [50]), annualGrowth: 0.02 },
    { type: 'hiring-freeze', id: 'f', scope: scope([1]), from: '2026-01-01', to: '2026-03-01' },
  ],
  hiringByRole: [{ roleId: 4, policy: 'replace', recruitIntoRoleId: 5 }],
  hiringCapacity: [{ locationId: 51, hiresPerMonth: 2 }],
};

describe('references', () => {
  it('collects every reference a body makes, with where it is used', () => {
    const refs = collectRefs(body);
    const keys = refs.map((r) => `${r.kind}:${r.id}`).sort();
    expect(keys).toEqual(['location:50', 'location:51', 'objective:40', 'orgUnit:60', 'role:1', 'role:2', 'role:3', 'role:4', 'role:5', 'skill:30', 'skill:31', 'skill:32', 'task:7'].sort());
    expect(refs.find((r) => r.kind === 'role' && r.id === 1)!.paths).toEqual(['changes[0].roleIds[0]', 'changes[3].scope.roleIds[0]']);
    expect(refs.find((r) => r.kind === 'location' && r.id === 50)!.paths).toEqual(['changes[1].locationId', 'changes[2].scope.locationIds[0]']);
  });

  it('rewrites ids without touching anything else, and leaves the input as it was', () => {
    const before = JSON.stringify(body);
    const moved = mapRefs(body, (_kind, id) => id + 100);
    expect(JSON.stringify(body)).toBe(before);
    expect(collectRefs(moved).map((r) => r.id).sort()).toEqual(collectRefs(body).map((r) => r.id + 100).sort());
    const back = mapRefs(moved, (_kind, id) => id - 100);
    expect(back).toEqual(body);
    // A null role (every automated role) stays null.
    const auto = moved.changes[0];
    expect(auto.type === 'automation' && auto.newRequirements[0].roleId).toBeNull();
  });
});

describe('diff', () => {
  it('reports leaf paths, comparing lists of plain values whole and lists of objects item by item', () => {
    expect(fieldChanges({ a: { b: 1, c: [1, 2] } }, { a: { b: 2, c: [1, 2] } })).toEqual([{ path: 'a.b', from: 1, to: 2 }]);
    expect(fieldChanges({ ids: [1, 2] }, { ids: [2, 1] })).toEqual([{ path: 'ids', from: [1, 2], to: [2, 1] }]);
    expect(fieldChanges({ r: [{ t: 1 }, { t: 2 }] }, { r: [{ t: 1 }] })).toEqual([{ path: 'r[1]', from: { t: 2 }, to: null }]);
  });

  it('matches changes by id; a type change under one id is one removed and one added', () => {
    const next: ScenarioBody = {
      ...body,
      hiringCapacity: [{ locationId: 51, hiresPerMonth: 3 }],
      changes: [{ type: 'attrition', id: 'auto', scope: scope(), annualRate: 0.1 }, ...body.changes.slice(1)],
    };
    const d = diffBodies(body, next);
    expect(d.settings).toEqual([{ path: 'hiringCapacity[0].hiresPerMonth', from: 2, to: 3 }]);
    expect(d.changes.added).toEqual([{ id: 'auto', type: 'attrition', label: 'Attrition 10% a year' }]);
    expect(d.changes.removed).toEqual([{ id: 'auto', type: 'automation', label: 'Bots' }]);
    expect(d.changes.modified).toEqual([]);
    const reordered = { ...body, changes: [...body.changes].reverse() };
    expect(diffBodies(body, reordered).identical).toBe(false);
    expect(diffBodies(body, structuredClone(body)).identical).toBe(true);
  });
});
