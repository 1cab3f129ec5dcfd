// The workforce plan API (issue 6): run a plan for a scenario (what-ifs on budget, seats and min
// fit re-solve on cached inputs), page through its people, set cost overrides, and record the
// actual outcomes of objectives for plan vs actual. Computation lives in src/main/plan.
import type { PlanPeoplePage } from '../../../shared/plan-types';
import type { PlanPeopleQuery } from '../../../shared/plan-types';
import { deleteOutcome, listCostOverrides, listOutcomes, recordOutcome, setCostOverride } from '../../plan/records';
import { runPlan } from '../../plan/run';
import type { ApiContext } from '../context';
import type { Handlers } from '../registry';

/** Plans of engagements at least this big announce themselves as a progress task first. */
const PROGRESS_MIN_PEOPLE = 5_000;

async function plan(ctx: ApiContext, query: Parameters<typeof runPlan>[1]) {
  const { db } = ctx.session.require();
  const people = (db.prepare('SELECT count(*) FROM employees').pluck().get() as number) ?? 0;
  if (people < PROGRESS_MIN_PEOPLE) return runPlan(db, query);
  const taskId = `plan:${query.scenario}`;
  const label = `Optimising the workforce plan for ${query.scenario} (${people.toLocaleString('en')} people)`;
  ctx.emit('progress', { taskId, label, done: 0, total: 1 });
  await new Promise<void>((resolve) => setImmediate(resolve));
  try {
    return await runPlan(db, query);
  } finally {
    ctx.emit('progress', { taskId, label, done: 1, total: 1, finished: true });
  }
}

function page(rows: Awaited<ReturnType<typeof runPlan>>['people'], q: PlanPeopleQuery & { offset: number; limit: number }): PlanPeoplePage {
  const search = q.search?.trim().toLowerCase();
  const kept = rows.filter(
    (r) =>
      (q.action === undefined || r.action === q.action) &&
      (q.roleId === undefined || r.roleId === q.roleId || r.targetRoleId === q.roleId) &&
      (!search || r.ref.toLowerCase().includes(search) || r.role.toLowerCase().includes(search) || (r.targetRole ?? '').toLowerCase().includes(search)),
  );
  return { total: kept.length, offset: q.offset, rows: kept.slice(q.offset, q.offset + q.limit) };
}

export const planHandlers = {
  runPlan: async (input, ctx) => (await plan(ctx, input)).result,

  getPlanPeople: async (input, ctx) => {
    const { offset, limit, action, roleId, search, ...query } = input;
    const run = await plan(ctx, query);
    return page(run.people, { ...query, offset, limit, action, roleId, search });
  },

  listPlanCostOverrides: (_input, ctx) => listCostOverrides(ctx.session.require().db),

  setPlanCostOverride: (input, ctx) => setCostOverride(ctx.session.require().db, input),

  listObjectiveOutcomes: ({ objectiveId }, ctx) => listOutcomes(ctx.session.require().db, objectiveId),

  recordObjectiveOutcome: (input, ctx) => recordOutcome(ctx.session.require().db, input),

  deleteObjectiveOutcome: ({ id }, ctx) => deleteOutcome(ctx.session.require().db, id),
} satisfies Partial<Handlers>;
