// The demo company's fixed structure with database ids assigned: units, locations, skills,
// roles (one per spec and location), their requirements and tasks. It does not depend on the
// seed or the company size, so every demo engagement shares the same catalogue and a
// benchmark engagement differs from the bundled demo only in its people.
import { LOCATIONS, UNITS, type LocationKey, type LocationSpec, type UnitKey } from './org';
import { BUSINESS_ROLES, type RoleSpec } from './roles';
import { SUPPORT_ROLES } from './roles-support';
import { SKILL_KEYS, type SkillKey } from './skills';

export const ROLE_SPECS: readonly RoleSpec[] = [...BUSINESS_ROLES, ...SUPPORT_ROLES];

export interface Requirement {
  skillId: number;
  level: number;
  weight: number;
  effectiveDate: string | null;
}

export interface RoleInstance {
  id: number;
  spec: RoleSpec;
  title: string;
  clientId: string;
  unitId: number;
  location: LocationSpec;
  locationId: number;
  /** Share of the spec's headcount at this location. */
  share: number;
  loadedCost: number;
  requirements: Requirement[];
}

export interface Structure {
  unitId: Record<UnitKey, number>;
  unitParent: Int32Array; // by unit id; 0 = root
  locationId: Record<LocationKey, number>;
  skillId: Record<SkillKey, number>;
  roles: RoleInstance[];
  /** Role instances of each spec key, in catalogue order. */
  rolesBySpec: Map<string, RoleInstance[]>;
}

/**
 * People in Lisbon serve UK and Irish customers and colleagues in English, so every Lisbon
 * role requires it; senior roles need a higher level.
 */
function locationRequirements(spec: RoleSpec, loc: LocationKey): RoleSpec['reqs'] {
  if (loc !== 'lisbon' || spec.reqs.some(([k]) => k === 'english')) return [];
  return [['english', spec.level >= 3 ? 4 : 3, spec.family === 'Customer Service' ? 0.8 : 0.6]];
}

export function buildStructure(): Structure {
  const unitId = {} as Record<UnitKey, number>;
  const unitParent = new Int32Array(UNITS.length + 1);
  UNITS.forEach((u, i) => {
    unitId[u.key] = i + 1;
    unitParent[i + 1] = u.parent ? unitId[u.parent] : 0;
  });
  const locationId = {} as Record<LocationKey, number>;
  LOCATIONS.forEach((l, i) => (locationId[l.key] = i + 1));
  const skillId = {} as Record<SkillKey, number>;
  SKILL_KEYS.forEach((k, i) => (skillId[k] = i + 1));
  const locByKey = new Map(LOCATIONS.map((l) => [l.key, l]));

  const roles: RoleInstance[] = [];
  const rolesBySpec = new Map<string, RoleInstance[]>();
  ROLE_SPECS.forEach((spec, specIndex) => {
    const total = spec.at.reduce((s, [, w]) => s + w, 0);
    const instances: RoleInstance[] = [];
    spec.at.forEach(([key, w], locIndex) => {
      const location = locByKey.get(key)!;
      const reqs = [...spec.reqs, ...locationRequirements(spec, key)];
      const requirements: Requirement[] = [
        ...reqs.map(([k, level, weight]) => ({ skillId: skillId[k], level, weight, effectiveDate: null })),
        ...(spec.future ?? []).map(([k, level, weight, date]) => ({ skillId: skillId[k], level, weight, effectiveDate: date })),
      ];
      const instance: RoleInstance = {
        id: roles.length + 1,
        spec,
        title: spec.at.length > 1 ? `${spec.title} (${location.name})` : spec.title,
        clientId: `JOB-${String(1000 + specIndex * 10 + locIndex)}`,
        unitId: unitId[spec.unit],
        location,
        locationId: locationId[key],
        share: w / total,
        // Loaded cost: local salary level plus employer on-costs, rounded as a budget would be.
        loadedCost: Math.round((spec.salary * location.labourCostIndex * location.onCost) / 100) * 100,
        requirements,
      };
      roles.push(instance);
      instances.push(instance);
    });
    rolesBySpec.set(spec.key, instances);
  });
  return { unitId, unitParent, locationId, skillId, roles, rolesBySpec };
}
