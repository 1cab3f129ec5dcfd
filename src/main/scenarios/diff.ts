// What changed between two scenario bodies, structured for the version history: changes matched
// by their id (added, removed, or modified with the fields that differ), assumptions added and
// removed, and the settings (grid, hiring, capacities, uncertainty) that differ. A change whose
// type differs under the same id counts as one removed and one added.
import type { ScenarioBody, ScenarioChange } from '../../shared/domain/scenario';
import type { ChangeRef, FieldChange, ScenarioDiff } from '../../shared/scenario-types';

const SETTINGS = ['startDate', 'periodUnit', 'periods', 'hiring', 'hiringByRole', 'hiringCapacity', 'uncertainty'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalarList = (v: unknown): v is unknown[] => Array.isArray(v) && v.every((x) => !isObject(x) && !Array.isArray(x));

/**
 * Leaf differences between two JSON values, as dotted paths (`adoption.target`, `ramp[2].target`).
 * Lists of plain values (role ids, assumptions) compare whole; lists of objects item by item.
 */
export function fieldChanges(a: unknown, b: unknown, path = ''): FieldChange[] {
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => fieldChanges(a[k], b[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(a) && Array.isArray(b) && !(isScalarList(a) && isScalarList(b))) {
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...fieldChanges(a[i], b[i], `${path}[${i}]`));
    return out;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: path || '(value)', from: a ?? null, to: b ?? null }];
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** A short human label for a change (automation and market changes carry their own). */
export function changeLabel(ch: ScenarioChange): string {
  switch (ch.type) {
    case 'automation':
    case 'new-market':
      return ch.label;
    case 'demand':
      return `Demand ${ch.annualGrowth >= 0 ? 'growth' : 'cut'} ${pct(ch.annualGrowth)} a year`;
    case 'attrition':
      return `Attrition ${pct(ch.annualRate)} a year`;
    case 'hiring-freeze':
      return `Hiring freeze ${ch.from} to ${ch.to}`;
    case 'time-to-fill':
      return `Time-to-fill ${ch.days} days`;
    case 'salary-inflation':
      return `Salary inflation ${pct(ch.annualRate)} a year`;
  }
}

const ref = (ch: ScenarioChange): ChangeRef => ({ id: ch.id, type: ch.type, label: changeLabel(ch) });

export function diffBodies(a: ScenarioBody, b: ScenarioBody): Omit<ScenarioDiff, 'scenarioId' | 'from' | 'to'> {
  const settings = SETTINGS.flatMap((k) => fieldChanges(a[k], b[k], k));
  const before = new Set(a.assumptions);
  const after = new Set(b.assumptions);
  const assumptions = { added: b.assumptions.filter((x) => !before.has(x)), removed: a.assumptions.filter((x) => !after.has(x)) };
  const oldById = new Map(a.changes.map((c) => [c.id, c]));
  const newById = new Map(b.changes.map((c) => [c.id, c]));
  const changes: ScenarioDiff['changes'] = { added: [], removed: [], modified: [] };
  for (const ch of b.changes) {
    const old = oldById.get(ch.id);
    if (!old || old.type !== ch.type) changes.added.push(ref(ch));
    else {
      const fields = fieldChanges(old, ch);
      if (fields.length > 0) changes.modified.push({ ...ref(ch), fields });
    }
  }
  for (const ch of a.changes) {
    const now = newById.get(ch.id);
    if (!now || now.type !== ch.type) changes.removed.push(ref(ch));
  }
  const identical =
    settings.length === 0 &&
    assumptions.added.length === 0 &&
    assumptions.removed.length === 0 &&
    changes.added.length + changes.removed.length + changes.modified.length === 0 &&
    JSON.stringify(a.changes.map((c) => c.id)) === JSON.stringify(b.changes.map((c) => c.id));
  return { identical, settings, assumptions, changes };
}
