import { entityNames, type EntityCounts, type EntityName } from '../../../shared/api-types';
import type { ReadableDB } from '../types';

const tableOf: Record<EntityName, string> = {
  orgUnits: 'org_units',
  locations: 'locations',
  roles: 'roles',
  tasks: 'tasks',
  skills: 'skills',
  roleRequirements: 'role_requirements',
  employees: 'employees',
  proficiencies: 'proficiencies',
  learningPrograms: 'learning_programs',
  objectives: 'objectives',
  scenarios: 'scenarios',
  scenarioVersions: 'scenario_versions',
  auditLog: 'audit_log',
};

export function entityCounts(db: ReadableDB): EntityCounts {
  const sql = entityNames.map((n) => `(SELECT count(*) FROM ${tableOf[n]}) AS ${n}`).join(', ');
  return db.prepare(`SELECT ${sql}`).get() as EntityCounts;
}
