// Undo is exact: any sequence of edits (updates, inserts, deletes with cascades, proficiency
// set/clear), each undone in reverse through the API with its inverse, returns every table to
// its starting state; redoing them all returns to the state after the edits.
import fc from 'fast-check';
import type { ChangeRecord } from '../../../../src/shared/edit-types';
import { inverseOf } from '../../../../src/renderer/lib/undo-inverse';
import { demoApi, dumpTables } from './helpers';

type Api = Awaited<ReturnType<typeof demoApi>>;

/** An edit described by numbers, resolved against whatever rows exist when it runs. */
type Op =
  | { kind: 'salary'; pick: number; value: number }
  | { kind: 'fte'; pick: number; value: number }
  | { kind: 'role'; pick: number; role: number }
  | { kind: 'manager'; pick: number; manager: number }
  | { kind: 'deletePerson'; pick: number }
  | { kind: 'deleteSkill'; pick: number }
  | { kind: 'deleteRole'; pick: number }
  | { kind: 'addPerson'; salary: number }
  | { kind: 'addSkill'; n: number }
  | { kind: 'proficiency'; pick: number; skill: number; level: number | null }
  | { kind: 'requirementLevel'; pick: number; level: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('salary' as const), pick: fc.nat(), value: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant('fte' as const), pick: fc.nat(), value: fc.integer({ min: 1, max: 15 }).map((x) => x / 10) }),
  fc.record({ kind: fc.constant('role' as const), pick: fc.nat(), role: fc.nat() }),
  fc.record({ kind: fc.constant('manager' as const), pick: fc.nat(), manager: fc.nat() }),
  fc.record({ kind: fc.constant('deletePerson' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deleteSkill' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deleteRole' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('addPerson' as const), salary: fc.integer({ min: 0, max: 90_000 }) }),
  fc.record({ kind: fc.constant('addSkill' as const), n: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('proficiency' as const), pick: fc.nat(), skill: fc.nat(), level: fc.option(fc.integer({ min: 0, max: 5 })) }),
  fc.record({ kind: fc.constant('requirementLevel' as const), pick: fc.nat(), level: fc.integer({ min: 0, max: 5 }) }),
);

const ids = (api: Api, sql: string) => api.db.prepare(sql).pluck().all() as number[];
const at = <T>(xs: T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);

/** Runs one op through the API; an edit the API refuses (e.g. a reporting loop) is simply skipped. */
async function apply(api: Api, o: Op): Promise<ChangeRecord | null> {
  const people = ids(api, 'SELECT id FROM employees ORDER BY id');
  const skills = ids(api, 'SELECT id FROM skills ORDER BY id');
  const roles = ids(api, 'SELECT id FROM roles ORDER BY id');
  let r;
  switch (o.kind) {
    case 'salary':
    case 'fte': {
      const id = at(people, o.pick);
      if (id === undefined) return null;
      r = await api.registry.call('updateRecord', { entity: 'employee', id, changes: { [o.kind]: o.value } });
      break;
    }
    case 'role':
      r = await api.registry.call('updateRecord', { entity: 'employee', id: at(people, o.pick) ?? 1, changes: { roleId: at(roles, o.role) ?? null } });
      break;
    case 'manager':
      r = await api.registry.call('updateRecord', { entity: 'employee', id: at(people, o.pick) ?? 1, changes: { managerId: at(people, o.manager) ?? null } });
      break;
    case 'deletePerson':
      r = await api.registry.call('deleteRecord', { entity: 'employee', id: at(people, o.pick) ?? 1 });
      break;
    case 'deleteSkill':
      r = await api.registry.call('deleteRecord', { entity: 'skill', id: at(skills, o.pick) ?? 1 });
      break;
    case 'deleteRole':
      r = await api.registry.call('deleteRecord', { entity: 'role', id: at(roles, o.pick) ?? 1 });
      break;
    case 'addPerson':
      r = await api.registry.call('createRecord', { entity: 'employee', values: { salary: o.salary, roleId: at(roles, o.salary) ?? null } });
      break;
    case 'addSkill':
      r = await api.registry.call('createRecord', { entity: 'skill', values: { name: `Generated skill ${o.n}`, category: 'domain' } });
      break;
    case 'proficiency': {
      const e = at(people, o.pick);
      const s = at(skills, o.skill);
      if (e === undefined || s === undefined) return null;
      const id = `${e}:${s}`;
      const exists = api.db.prepare('SELECT 1 FROM proficiencies WHERE employee_id = ? AND skill_id = ?').get(e, s);
      if (o.level === null) r = exists ? await api.registry.call('deleteRecord', { entity: 'proficiency', id }) : null;
      else if (exists) r = await api.registry.call('updateRecord', { entity: 'proficiency', id, changes: { level: o.level } });
      else r = await api.registry.call('createRecord', { entity: 'proficiency', values: { employeeId: e, skillId: s, level: o.level, source: 'assessment' } });
      break;
    }
    case 'requirementLevel': {
      const id = at(ids(api, 'SELECT id FROM role_requirements ORDER BY id'), o.pick);
      if (id === undefined) return null;
      r = await api.registry.call('updateRecord', { entity: 'requirement', id, changes: { level: o.level } });
      break;
    }
  }
  if (!r) return null;
  if (!r.ok) {
    expect(['validation', 'conflict']).toContain(r.error.kind);
    return null;
  }
  const change = r.value as ChangeRecord;
  return change.auditId > 0 ? change : null;
}

async function invert(api: Api, change: ChangeRecord): Promise<ChangeRecord> {
  const inv = inverseOf(change);
  const r = await api.registry.call(inv.method, inv.input);
  if (!r.ok) throw new Error(`inverse of ${change.summary} failed: ${JSON.stringify(r.error)}`);
  return r.value as ChangeRecord;
}

describe('undo and redo', () => {
  it('undoing every edit in reverse restores every table; redoing them all reproduces the edited state', async () => {
    const applied = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const api = await demoApi(25, 11);
        const start = dumpTables(api.db);
        const done: ChangeRecord[] = [];
        for (const o of ops) {
          const c = await apply(api, o);
          if (c) done.push(c);
          if (c) applied.set(c.action, (applied.get(c.action) ?? 0) + 1);
        }
        const edited = dumpTables(api.db);
        const redo: ChangeRecord[] = [];
        for (const c of [...done].reverse()) redo.push(await invert(api, c));
        expect(dumpTables(api.db)).toEqual(start);
        for (const c of [...redo].reverse()) await invert(api, c);
        expect(dumpTables(api.db)).toEqual(edited);
        api.ctx.session.close();
      }),
      { numRuns: 25 },
    );
    // The runs did exercise every kind of change, not only refused edits.
    expect([...applied.keys()].sort()).toEqual(['delete', 'insert', 'update']);
    expect(applied.get('delete')! + applied.get('insert')! + applied.get('update')!).toBeGreaterThan(50);
  }, 240_000);
});
