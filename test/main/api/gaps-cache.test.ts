// The gap state is cached per open engagement and reloaded when the data changes: a settings
// change, a direct SQL write on the app's connection (total_changes) and a write by another
// connection (data_version) are each picked up on the next call; the first load of a big
// engagement reports progress.
import Database from 'better-sqlite3';
import { gapState, isCached, PROGRESS_MIN_EMPLOYEES } from '../../../src/main/api/gaps/cache';
import type { ProgressEvent } from '../../../src/shared/events';
import type { GapGroups, GapPersonProfile, GapSummary } from '../../../src/shared/gap-types';
import { testApi } from '../../helpers/engagement';

type Api = ReturnType<typeof testApi>;

async function value<T>(api: Api, method: string, input: unknown = {}): Promise<T> {
  const r = await api.registry.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function demo(employees: number) {
  const api = testApi();
  await value(api, 'createDemoEngagement', { file: 'cache.skillshift', employees, seed: 3 });
  return api;
}

describe('gap cache', () => {
  it('answers repeated calls from one loaded state, and reloads after a settings change', async () => {
    const api = await demo(200);
    const db = api.ctx.session.require().db;
    const before = await value<GapGroups>(api, 'getGapGroups', { by: 'category' });
    const s1 = await gapState(db);
    expect(isCached(db)).toBe(true);
    expect(await gapState(db)).toBe(s1); // same object: nothing reloaded
    await value(api, 'getGapHeatmap', { kind: 'role-skill' });
    expect(await gapState(db)).toBe(s1);

    await value(api, 'updateSettings', { settings: { hoursPerLevel: { soft: 120 } } });
    expect(isCached(db)).toBe(false);
    const after = await value<GapGroups>(api, 'getGapGroups', { by: 'category' });
    expect(await gapState(db)).not.toBe(s1);
    const soft = (g: GapGroups) => g.rows.find((r) => r.key === 'soft')!;
    expect(soft(after).totalGapLevels).toBe(soft(before).totalGapLevels);
    expect(soft(after).gapHours).toBeCloseTo(soft(before).totalGapLevels! * 120, 6);
    const technical = (g: GapGroups) => g.rows.find((r) => r.key === 'technical')!;
    expect(technical(after).gapHours).toBe(technical(before).gapHours);
    api.ctx.session.close();
  });

  it('picks up a direct SQL write on the same connection', async () => {
    const api = await demo(200);
    const db = api.ctx.session.require().db;
    const groups = await value<GapGroups>(api, 'getGapGroups', { by: 'role' });
    const role = [...groups.rows].sort((a, b) => b.people! - a.people!)[0];
    const person = db.prepare('SELECT ref, id FROM employees WHERE role_id = ? ORDER BY id LIMIT 1').get(Number(role.key)) as { ref: string; id: number };
    const p1 = await value<GapPersonProfile>(api, 'getGapPerson', { employee: person.ref });
    expect(p1.now!.gapLevels).toBeGreaterThan(0);
    // Raise every assessed level of this person to the top of the scale: no gap is left.
    db.prepare('UPDATE proficiencies SET level = 5 WHERE employee_id = ?').run(person.id);
    expect(isCached(db)).toBe(false);
    const p2 = await value<GapPersonProfile>(api, 'getGapPerson', { employee: person.ref });
    expect(p2.now!.gapLevels).toBe(0);
    expect(p2.now!.readiness).toBe(p2.now!.assessed > 0 ? 1 : null);
    const after = await value<GapGroups>(api, 'getGapGroups', { by: 'role' });
    expect(after.rows.find((r) => r.key === role.key)!.totalGapLevels).toBeCloseTo(role.totalGapLevels! - p1.now!.gapLevels, 9);
    api.ctx.session.close();
  });

  it('picks up a write committed by another connection to the same file', async () => {
    const api = await demo(200);
    const { db, file } = api.ctx.session.require();
    const s1 = await value<GapSummary>(api, 'getGapSummary', {});
    const other = new Database(file);
    // Another process deletes every assessment of soft skills.
    other.prepare(`DELETE FROM proficiencies WHERE skill_id IN (SELECT id FROM skills WHERE category = 'soft')`).run();
    other.close();
    expect(isCached(db)).toBe(false);
    const s2 = await value<GapSummary>(api, 'getGapSummary', {});
    expect(s2.now.assessedShare!).toBeLessThan(s1.now.assessedShare!);
    expect(s2.now.people).toBe(s1.now.people);
    api.ctx.session.close();
  });

  it('concurrent first calls share one load', async () => {
    const api = await demo(100);
    const db = api.ctx.session.require().db;
    const [a, b] = await Promise.all([gapState(db), gapState(db)]);
    expect(a).toBe(b);
    api.ctx.session.close();
  });

  it('reports the first load of a big engagement as one progress task, not the cached calls after it', { timeout: 60_000 }, async () => {
    const api = await demo(PROGRESS_MIN_EMPLOYEES);
    api.events.length = 0;
    await value(api, 'getGapSummary', {});
    await value(api, 'getGapHeatmap', { kind: 'role-skill' });
    const progress = api.events.filter((e) => e.name === 'progress').map((e) => e.payload as ProgressEvent);
    expect(progress).toHaveLength(2);
    expect(progress[0]).toMatchObject({ done: 0, total: PROGRESS_MIN_EMPLOYEES });
    expect(progress[0].label).toMatch(/Loading the gap analysis \(10,000 people\)/);
    expect(progress[1]).toMatchObject({ taskId: progress[0].taskId, done: PROGRESS_MIN_EMPLOYEES, finished: true });
    api.ctx.session.close();
  });
});
