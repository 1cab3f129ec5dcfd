// Starting bodies for a new scenario of each kind, built from the engagement's own data so the
// builder opens on something that runs: an automation of the most exposed staffed roles, or a
// market entry at a planned location ramping the roles based there. Every number is an ordinary
// starting assumption the planner is expected to change; the assumptions list says so.
import type { AutomationChange, NewMarketChange, ScenarioBody } from '../../shared/domain/scenario';
import { AppError } from '../../shared/result';
import { addMonths } from '../engine/scenario/calendar';
import type { StoredKind } from './repository';
import { builtInBaseline, type Workbench } from './workbench';

const TOP_ROLES = 3;

function headcountByRole(wb: Workbench): Map<number, number> {
  const m = new Map<number, number>();
  for (const s of wb.data.staff) m.set(s.roleId, (m.get(s.roleId) ?? 0) + s.headcount);
  return m;
}

function automationTemplate(wb: Workbench, base: ScenarioBody): ScenarioBody {
  const heads = headcountByRole(wb);
  const staffed = wb.data.roles.filter((r) => (heads.get(r.id) ?? 0) > 0);
  if (staffed.length === 0) throw new AppError('validation', 'An automation scenario needs roles with people in them; import employees first or create the scenario empty.');
  const exposure = wb.baseline.taskExposure;
  const withTasks = staffed.filter((r) => Number.isFinite(exposure[wb.baseline.roleIndex.get(r.id)!]));
  let roles: number[];
  let from: AutomationChange['exposure'];
  if (withTasks.length > 0) {
    roles = withTasks
      .sort((a, b) => exposure[wb.baseline.roleIndex.get(b.id)!] - exposure[wb.baseline.roleIndex.get(a.id)!] || a.id - b.id)
      .slice(0, TOP_ROLES)
      .map((r) => r.id);
    from = { from: 'tasks' };
  } else {
    // No task profiles: the most common public index, else a manual value to be set.
    const bySource = new Map<string, number>();
    for (const x of wb.data.exposures) bySource.set(x.source, (bySource.get(x.source) ?? 0) + 1);
    const source = [...bySource.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const scored = source ? new Map(wb.data.exposures.filter((x) => x.source === source).map((x) => [x.roleId, x.value])) : new Map<number, number>();
    roles = staffed
      .sort((a, b) => (scored.get(b.id) ?? 0) - (scored.get(a.id) ?? 0) || (heads.get(b.id) ?? 0) - (heads.get(a.id) ?? 0) || a.id - b.id)
      .slice(0, TOP_ROLES)
      .map((r) => r.id);
    from = source ? { from: 'index', source } : { from: 'manual', value: 0.3 };
  }
  const horizon = base.periods * { month: 1, quarter: 3, year: 12 }[base.periodUnit];
  const change: AutomationChange = {
    type: 'automation',
    id: 'automation-1',
    label: 'Automation of the most exposed roles',
    roleIds: roles,
    exposure: from,
    adoption: { curve: 's-curve', target: 0.5, midpointMonths: Math.max(1, Math.round(horizon / 2)), steepness: 0.4 },
    realisation: 0.7,
    investment: 0,
    newRequirements: [],
    objectiveIds: [],
  };
  return {
    ...base,
    assumptions: ['Starting point: the three most exposed staffed roles, half of their exposed work absorbed by mid-horizon, 70% of it realised. Adjust to the client\u2019s plan.'],
    changes: [change],
  };
}

function newMarketTemplate(wb: Workbench, base: ScenarioBody): ScenarioBody {
  const heads = headcountByRole(wb);
  const staffedAt = new Set(wb.data.staff.filter((s) => s.headcount > 0).map((s) => s.locationId));
  const location = wb.data.locations.find((l) => l.planned) ?? wb.data.locations.find((l) => !staffedAt.has(l.id));
  if (!location) {
    throw new AppError('validation', 'A new-market scenario needs a location with nobody in it yet (ideally marked as planned); add one or create the scenario empty.');
  }
  const local = wb.data.roles.filter((r) => r.locationId === location.id);
  const roles = (local.length > 0 ? local : [...wb.data.roles].sort((a, b) => (heads.get(b.id) ?? 0) - (heads.get(a.id) ?? 0) || a.id - b.id).slice(0, TOP_ROLES)).map((r) => r.id);
  if (roles.length === 0) throw new AppError('validation', 'A new-market scenario needs at least one role to ramp; add roles first or create the scenario empty.');
  const launch = location.launchDate && location.launchDate > base.startDate ? location.launchDate : addMonths(base.startDate, 6);
  const change: NewMarketChange = {
    type: 'new-market',
    id: 'market-1',
    label: `Market entry: ${location.name}`,
    locationId: location.id,
    launchDate: launch,
    labourCostIndex: location.labourCostIndex,
    timeToFillDays: {},
    ramp: roles.map((roleId) => ({ roleId, target: 5, rampMonths: 12, curve: 'linear' as const })),
    extraRequirements: [],
    internalShare: 0.2,
    objectiveIds: [],
  };
  return {
    ...base,
    hiring: 'fill',
    assumptions: [`Starting point: ${location.name} opens on ${launch}; each role ramps to 5 FTE over 12 months, a fifth filled by internal transfers. Adjust to the client\u2019s plan.`],
    changes: [change],
  };
}

/** The body a new scenario of `kind` starts from ('empty': the baseline's grid, no changes). */
export function templateBody(wb: Workbench, kind: StoredKind, from: 'template' | 'empty'): ScenarioBody {
  const base = builtInBaseline(wb);
  if (from === 'empty' || kind === 'custom') return base;
  return kind === 'automation' ? automationTemplate(wb, base) : newMarketTemplate(wb, base);
}
