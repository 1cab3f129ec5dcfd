// The change types a scenario can hold, how a new one starts, how each is named on screen, and
// the draft's validation against the same schema the host applies (ScenarioBody).
import { ScenarioBody, type ScenarioChange } from '../../../../shared/domain/scenario';
import type { Formatter } from '../../../format';
import { addMonths } from './curves';

export type ChangeType = ScenarioChange['type'];

export const changeTypes: { type: ChangeType; label: string; description: string }[] = [
  { type: 'automation', label: 'Automation', description: 'Technology absorbs part of some roles\u2019 work: demand falls as adoption grows.' },
  { type: 'new-market', label: 'New market', description: 'A planned location opens and ramps up roles, partly by internal transfers.' },
  { type: 'demand', label: 'Demand growth or cut', description: 'Demand grows or shrinks by a yearly rate for some roles, units or locations.' },
  { type: 'attrition', label: 'Attrition override', description: 'Replaces the exit rate of some roles, units or locations.' },
  { type: 'hiring-freeze', label: 'Hiring freeze', description: 'No external hires between two dates.' },
  { type: 'time-to-fill', label: 'Time-to-fill override', description: 'Days to fill a vacancy, for some roles, units or locations.' },
  { type: 'salary-inflation', label: 'Salary inflation', description: 'Yearly pay growth applied to payroll and hiring cost.' },
];

export const changeTypeLabel = (t: string): string => changeTypes.find((c) => c.type === t)?.label ?? t;

/** An id not used by another change of the body: "automation-2". */
export function freshId(body: ScenarioBody, prefix: string): string {
  const used = new Set(body.changes.map((c) => c.id));
  for (let i = 1; ; i++) if (!used.has(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

const emptyScope = { roleIds: [], orgUnitIds: [], locationIds: [] };

/** A new change of `type` with ordinary starting values the planner is expected to change. */
export function newChange(type: ChangeType, body: ScenarioBody, firstLocation: number | null): ScenarioChange {
  const horizonMonths = body.periods * { month: 1, quarter: 3, year: 12 }[body.periodUnit];
  switch (type) {
    case 'automation':
      return {
        type,
        id: freshId(body, 'automation'),
        label: 'Automation',
        roleIds: [],
        exposure: { from: 'tasks' },
        adoption: { curve: 's-curve', target: 0.5, midpointMonths: Math.max(1, Math.round(horizonMonths / 2)), steepness: 0.4 },
        realisation: 0.7,
        investment: 0,
        newRequirements: [],
        objectiveIds: [],
      };
    case 'new-market':
      return {
        type,
        id: freshId(body, 'market'),
        label: 'Market entry',
        locationId: firstLocation ?? 0,
        launchDate: addMonths(body.startDate, 6),
        timeToFillDays: {},
        ramp: [],
        extraRequirements: [],
        internalShare: 0.2,
        objectiveIds: [],
      };
    case 'demand':
      return { type, id: freshId(body, 'demand'), scope: { ...emptyScope }, annualGrowth: 0.05 };
    case 'attrition':
      return { type, id: freshId(body, 'attrition'), scope: { ...emptyScope }, annualRate: 0.12 };
    case 'hiring-freeze':
      return { type, id: freshId(body, 'freeze'), scope: { ...emptyScope }, from: body.startDate, to: addMonths(body.startDate, 6) };
    case 'time-to-fill':
      return { type, id: freshId(body, 'time-to-fill'), scope: { ...emptyScope }, days: 60 };
    case 'salary-inflation':
      return { type, id: freshId(body, 'inflation'), annualRate: 0.03 };
  }
}

/** A short title for a change (automation and market changes carry their own label). */
export function changeTitle(ch: ScenarioChange, f: Formatter): string {
  switch (ch.type) {
    case 'automation':
    case 'new-market':
      return ch.label;
    case 'demand':
      return `Demand ${ch.annualGrowth >= 0 ? 'growth' : 'cut'} ${f.percent(ch.annualGrowth, 1)} a year`;
    case 'attrition':
      return `Attrition ${f.percent(ch.annualRate, 1)} a year`;
    case 'hiring-freeze':
      return `Hiring freeze ${f.date(ch.from)} to ${f.date(ch.to)}`;
    case 'time-to-fill':
      return `Time-to-fill ${f.integer(ch.days)} days`;
    case 'salary-inflation':
      return `Salary inflation ${f.percent(ch.annualRate, 1)} a year`;
  }
}

export interface DraftProblem {
  /** Change id the problem is in, when it is in one. */
  changeId: string | null;
  message: string;
}

const fieldNames: Record<string, string> = {
  roleIds: 'roles',
  ramp: 'ramp',
  locationId: 'location',
  label: 'name',
  launchDate: 'launch date',
  startDate: 'start date',
  byDate: 'target date',
};

/** What keeps the draft from being run or saved, in words; empty when it is valid. */
export function draftProblems(body: ScenarioBody): DraftProblem[] {
  const parsed = ScenarioBody.safeParse(body);
  const out: DraftProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path;
      const change = head === 'changes' && typeof index === 'number' ? body.changes[index] : undefined;
      const name = typeof field === 'string' ? (fieldNames[field] ?? field) : typeof head === 'string' ? (fieldNames[head] ?? head) : 'value';
      const message =
        (field === 'roleIds' || field === 'ramp') && issue.code === 'too_small'
          ? `choose at least one role${field === 'ramp' ? ' to ramp up' : ''}`
          : field === 'locationId'
            ? 'choose a location'
            : `${name}: ${issue.message}`;
      out.push({ changeId: change?.id ?? null, message });
    }
  }
  for (const ch of body.changes) {
    if (ch.type === 'hiring-freeze' && ch.to < ch.from) out.push({ changeId: ch.id, message: 'the freeze ends before it starts' });
    if (ch.type === 'automation' && ch.adoption.curve === 'linear' && ch.adoption.byDate < ch.adoption.startDate) out.push({ changeId: ch.id, message: 'adoption reaches its target before it starts' });
  }
  const ids = body.changes.map((c) => c.id);
  ids.forEach((id, i) => ids.indexOf(id) !== i && out.push({ changeId: id, message: `two changes share the id ${id}` }));
  return out;
}
