// Editing at 100,000 employees (issue 3): a scrolled window of the People table with sort and
// filter (budget 50 ms per page), the first window after an edit (the cached ordering is
// rebuilt), one edit round trip through the API registry, delete + restore of a person with
// their proficiencies, the Skills table and the data-quality report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoFile } from '../src/main/api/engagement-files';
import { createRegistry } from '../src/main/api/registry';
import { handlers } from '../src/main/api/handlers';
import { Session } from '../src/main/api/session';
import type { ChangeRecord } from '../src/shared/edit-types';
import type { BenchContext, BenchSuite } from './harness';

const EMPLOYEES = 100_000;
const PAGE = 100;

export const editingSuite: BenchSuite = {
  name: 'editing',
  async run(ctx: BenchContext) {
    const file = path.join(ctx.dir, 'editing.skillshift');
    const db = createDemoFile(file, { employees: EMPLOYEES, seed: 42 });
    const session = new Session();
    session.replace({ file, db });
    const registry = createRegistry(handlers, {
      session,
      host: { transport: 'in-process', dataDir: ctx.dir, resolveFile: (f) => f, listFiles: () => [] },
      emit: () => undefined,
    });
    const call = async (method: string, input: unknown) => {
      const r = await registry.call(method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value;
    };
    const timeAsync = async (fn: () => Promise<unknown>, repeat = 7) => {
      await fn();
      const xs: number[] = [];
      for (let i = 0; i < repeat; i++) {
        const t0 = performance.now();
        await fn();
        xs.push(performance.now() - t0);
      }
      return xs.sort((a, b) => a - b)[xs.length >> 1];
    };
    const load = os.loadavg()[0].toFixed(1);
    const unit = db.prepare('SELECT org_unit_id FROM employees GROUP BY org_unit_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
    const family = db.prepare('SELECT r.family FROM employees e JOIN roles r ON r.id = e.role_id GROUP BY r.family ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;

    let offset = 0;
    const scroll = (sortBy: string, filters?: object) => async () => {
      offset = (offset + 9_973) % 90_000; // a different window each time, as when scrolling
      return call('listEmployees', { offset, limit: PAGE, sortBy, sortDir: 'desc', ...(filters ? { filters } : {}) });
    };
    ctx.report({ name: 'people window, sorted by salary (100k, scrolled)', value: await timeAsync(scroll('salary')), unit: 'ms', budget: 50, note: `load ${load}` });
    ctx.report({ name: 'people window, sorted by role title', value: await timeAsync(scroll('role')), unit: 'ms', budget: 50 });
    const inUnit = db.prepare('SELECT count(*) FROM employees WHERE org_unit_id = ?').pluck().get(unit) as number;
    offset = 0;
    ctx.report({
      name: `people window, unit filter (${inUnit.toLocaleString('en')} rows) + salary sort`,
      value: await timeAsync(async () => call('listEmployees', { offset: (offset = (offset + 997) % Math.max(1, inUnit - PAGE)), limit: PAGE, sortBy: 'salary', sortDir: 'desc', filters: { orgUnitId: unit } })),
      unit: 'ms',
      budget: 50,
    });
    ctx.report({ name: 'people window, family filter + hire date sort', value: await timeAsync(async () => call('listEmployees', { offset: 500, limit: PAGE, sortBy: 'hireDate', filters: { family } })), unit: 'ms', budget: 50 });
    const terms = ['under', 'clerk', 'analyst', 'lisbon', 'claims', 'manager', 'dublin', 'policy'];
    let term = 0;
    ctx.report({
      name: 'people window, a new search + name sort (first window)',
      value: await timeAsync(async () => call('listEmployees', { offset: 0, limit: PAGE, sortBy: 'name', search: terms[term++ % terms.length] })),
      unit: 'ms',
      budget: 50,
    });
    offset = 0;
    ctx.report({
      name: 'people window, scrolling the same search',
      value: await timeAsync(async () => call('listEmployees', { offset: (offset += PAGE), limit: PAGE, sortBy: 'name', search: 'under' })),
      unit: 'ms',
      budget: 50,
    });
    ctx.report({ name: 'people window, salary-outlier issue filter', value: await timeAsync(async () => call('listEmployees', { limit: PAGE, filters: { issue: 'salary-outlier' } })), unit: 'ms', budget: 50 });

    const person = db.prepare('SELECT id, salary FROM employees WHERE id = 4242').get() as { id: number; salary: number };
    let salary = person.salary;
    ctx.report({
      name: 'edit round trip (updateRecord salary, audited)',
      value: await timeAsync(async () => call('updateRecord', { entity: 'employee', id: person.id, changes: { salary: ++salary } }), 15),
      unit: 'ms',
      budget: 50,
    });
    const firstWindowAfterEdit = async (sortBy: string) => {
      const xs: number[] = [];
      for (let i = 0; i < 5; i++) {
        await call('updateRecord', { entity: 'employee', id: person.id, changes: { salary: ++salary } });
        const t0 = performance.now();
        await call('listEmployees', { offset: 40_000, limit: PAGE, sortBy, sortDir: 'desc' });
        xs.push(performance.now() - t0);
      }
      return xs.sort((a, b) => a - b)[2];
    };
    await call('listEmployees', { offset: 0, limit: PAGE, sortBy: 'name', sortDir: 'desc' });
    ctx.report({ name: 'first window sorted by another column after a salary edit (ordering kept)', value: await firstWindowAfterEdit('name'), unit: 'ms', budget: 50 });
    ctx.report({ name: 'first window sorted by the edited column after a salary edit (ordering rebuilt)', value: await firstWindowAfterEdit('salary'), unit: 'ms', note: 'once per edit; later windows reuse it' });

    ctx.report({
      name: 'delete + restore a person with proficiencies and reports',
      value: await timeAsync(async () => {
        const d = (await call('deleteRecord', { entity: 'employee', id: 17 })) as ChangeRecord;
        await call('restoreRecord', { auditId: d.auditId });
      }, 5),
      unit: 'ms',
    });

    const t0 = performance.now();
    await call('listSkills', { limit: PAGE, sortBy: 'meanLevel' });
    ctx.report({ name: 'skills table, first load (scans 2.5M proficiencies once)', value: performance.now() - t0, unit: 'ms' });
    ctx.report({ name: 'skills table, later pages', value: await timeAsync(async () => call('listSkills', { limit: PAGE, sortBy: 'assessedPeople' })), unit: 'ms', budget: 50 });
    const t1 = performance.now();
    await call('getDataQuality', {});
    ctx.report({ name: 'data-quality report, first (cold)', value: performance.now() - t1, unit: 'ms' });
    ctx.report({ name: 'data-quality report, again (cached figures)', value: await timeAsync(async () => call('getDataQuality', {}), 3), unit: 'ms' });
    session.close();
    fs.rmSync(file, { force: true });
  },
};
