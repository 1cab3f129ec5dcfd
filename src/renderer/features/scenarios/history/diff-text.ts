// Field paths and values of a version diff in words: "adoption.target" reads "Adoption: target",
// role ids read as role titles, shares as percentages, dates as dates.
import type { Formatter } from '../../../format';
import { changeTypeLabel } from '../builder/changes';
import type { RefKind, ScenarioRefs } from '../refs';

const words: Record<string, string> = {
  roleIds: 'roles',
  roleId: 'role',
  orgUnitIds: 'org units',
  locationIds: 'locations',
  locationId: 'location',
  skillId: 'skill',
  taskIds: 'tasks',
  objectiveIds: 'objectives',
  midpointMonths: 'midpoint (months)',
  steepness: 'steepness',
  byDate: 'target date',
  startDate: 'start date',
  launchDate: 'launch date',
  labourCostIndex: 'labour cost index',
  timeToFillDays: 'time-to-fill (days)',
  internalShare: 'internal share',
  transferSharePerMonth: 'transfers a month',
  newRequirements: 'new requirements',
  extraRequirements: 'extra requirements',
  rampMonths: 'ramp (months)',
  annualGrowth: 'yearly growth',
  annualRate: 'yearly rate',
  periodUnit: 'period unit',
  hiringByRole: 'hiring by role',
  hiringCapacity: 'hiring capacity',
  effectiveDate: 'effective date',
  hiresPerMonth: 'hires a month',
  recruitIntoRoleId: 'recruits into',
  from: 'from',
  to: 'to',
  type: 'type',
};

const shares = new Set(['realisation', 'internalShare', 'transferSharePerMonth', 'annualGrowth', 'annualRate', 'weight', 'value']);

const refKindOf: Record<string, RefKind> = { roleIds: 'roles', roleId: 'roles', recruitIntoRoleId: 'roles', orgUnitIds: 'orgUnits', locationIds: 'locations', locationId: 'locations', skillId: 'skills' };

const lastKey = (path: string) => path.replace(/\[\d+\]$/, '').split('.').pop() ?? path;

export function pathText(path: string): string {
  return path
    .split('.')
    .map((part) => {
      const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
      if (!m) return part;
      const w = words[m[1]] ?? m[1];
      return m[2] !== undefined ? `${w} #${Number(m[2]) + 1}` : w;
    })
    .join(' \u203a ');
}

export function valueText(path: string, v: unknown, refs: ScenarioRefs, f: Formatter): string {
  if (v === null || v === undefined) return '\u2014';
  const key = lastKey(path);
  const kind = refKindOf[key];
  if (kind && Array.isArray(v)) return v.length === 0 ? 'none' : v.map((x) => refs.name(kind, x as number)).join(', ');
  if (kind && (typeof v === 'number' || typeof v === 'string')) return refs.name(kind, v);
  if (key === 'objectiveIds' && Array.isArray(v)) return v.map((x) => refs.objectives.find((o) => o.value === x)?.label ?? `objective ${x}`).join(', ') || 'none';
  if (key === 'type' && typeof v === 'string') return changeTypeLabel(v);
  if (typeof v === 'number') {
    // "target" is a share in an adoption curve, FTE in a ramp.
    if (shares.has(key) || (key === 'target' && !/ramp/.test(path))) return f.percent(v, 1);
    return f.decimal(v, 2);
  }
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? f.date(v) : v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return JSON.stringify(v);
}

/** For two lists of references: which were added and which removed, in words; null otherwise. */
export function listChange(path: string, from: unknown, to: unknown, refs: ScenarioRefs): string | null {
  if (!Array.isArray(from) || !Array.isArray(to)) return null;
  const kind = refKindOf[lastKey(path)];
  const name = (x: unknown) => (kind ? refs.name(kind, x as number) : String(x));
  const added = to.filter((x) => !from.includes(x)).map(name);
  const removed = from.filter((x) => !to.includes(x)).map(name);
  const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}
