// Every kind the merge engine imports, by name (proficiencies stream separately).
import type { ImportKind } from '../../../../shared/import-types';
import type { EntityKind } from '../entity-kind';
import { roles, skills } from './catalogue';
import { employees } from './employees';
import { locations, orgUnits } from './places';
import { roleRequirements } from './requirements';

export const entityKinds: Record<Exclude<ImportKind, 'proficiencies'>, EntityKind> = {
  orgUnits,
  locations,
  roles,
  skills,
  roleRequirements,
  employees,
};
