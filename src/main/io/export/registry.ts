// Every table the app can export, by name. Adding an export (a new analysis output, say) is one
// TableSpec and one entry here; the API, the command line and the UI list read it from here.
import type { ExportTableInfo } from '../../../shared/export-types';
import { AppError } from '../../../shared/result';
import type { TableSpec } from './table';
import { headcountByLocationTable, headcountByUnitTable } from './tables-analysis';
import { objectivesTable, programsTable, requirementsTable, skillsTable } from './tables-catalogue';
import { locationsTable, orgUnitsTable, roleExposuresTable, rolesTable, tasksTable } from './tables-organisation';
import { employeesTable, proficienciesTable } from './tables-people';

const specs: TableSpec[] = [
  employeesTable,
  proficienciesTable,
  rolesTable,
  skillsTable,
  requirementsTable,
  orgUnitsTable,
  locationsTable,
  programsTable,
  objectivesTable,
  tasksTable,
  roleExposuresTable,
  headcountByUnitTable,
  headcountByLocationTable,
];

const byName = new Map(specs.map((s) => [s.name, s]));

export const exportTableNames = (): string[] => specs.map((s) => s.name);

export function exportTableInfo(): ExportTableInfo[] {
  return specs.map(({ name, label, description, personal, kind }) => ({ name, label, description, personal, kind }));
}

export function tableSpec(name: string): TableSpec {
  const spec = byName.get(name);
  if (!spec) {
    throw new AppError('validation', `There is no exportable table called "${name}"; choose one of: ${exportTableNames().join(', ')}.`, [
      { path: 'what', message: `not one of ${exportTableNames().join(', ')}` },
    ]);
  }
  return spec;
}
