// Exportable tables about people. Pseudonymised (the default), a person appears only as their
// stable pseudonym `ref`, and so does their manager: names and client ids are not selected at
// all, so they cannot leak through any column. Identified exports add them back.
import type { ReadableDB } from '../../db/types';
import { countOf, pagedRows, type ExportColumn, type TableSpec } from './table';

const col = (header: string, type: ExportColumn['type'] = 'text'): ExportColumn => ({ header, type });

export const employeesTable: TableSpec = {
  name: 'employees',
  label: 'People',
  description: 'One row per person: role, unit, location, manager, FTE, salary, hire date, birth year.',
  personal: true,
  kind: 'data',
  build(db: ReadableDB, { identified }) {
    const who = identified ? ', e.client_id, e.name' : '';
    const manager = identified ? ', m.ref, m.client_id, m.name' : ', m.ref';
    return {
      title: 'People',
      columns: [
        col('Employee'),
        ...(identified ? [col('Employee ID'), col('Name')] : []),
        col('Role'),
        col('Org unit'),
        col('Location'),
        col('Manager'),
        ...(identified ? [col('Manager ID'), col('Manager name')] : []),
        col('FTE', 'number'),
        col('Salary', 'number'),
        col('Hire date', 'date'),
        col('Birth year', 'number'),
      ],
      count: countOf(db, 'SELECT count(*) AS n FROM employees'),
      pages: () =>
        pagedRows(db, {
          keys: ['e.id'],
          sql: `SELECT e.id, e.ref${who}, r.title, u.name, l.name${manager}, e.fte, e.salary, e.hire_date, e.birth_year
                FROM employees e
                LEFT JOIN roles r ON r.id = e.role_id
                LEFT JOIN org_units u ON u.id = e.org_unit_id
                LEFT JOIN locations l ON l.id = e.location_id
                LEFT JOIN employees m ON m.id = e.manager_id
                WHERE {after} ORDER BY e.id LIMIT @__limit`,
        }),
    };
  },
};

export const proficienciesTable: TableSpec = {
  name: 'proficiencies',
  label: 'Proficiencies',
  description: 'One row per assessed person and skill: level 0-5, source, date. Skills never assessed have no row.',
  personal: true,
  kind: 'data',
  build(db: ReadableDB, { identified }) {
    return {
      title: 'Proficiencies',
      columns: [
        col('Employee'),
        ...(identified ? [col('Employee ID'), col('Name')] : []),
        col('Skill'),
        col('Category'),
        col('Level', 'number'),
        col('Source'),
        col('Assessed on', 'date'),
      ],
      count: countOf(db, 'SELECT count(*) AS n FROM proficiencies'),
      pages: () =>
        pagedRows(db, {
          keys: ['p.employee_id', 'p.skill_id'],
          sql: `SELECT p.employee_id, p.skill_id, e.ref${identified ? ', e.client_id, e.name' : ''}, s.name, s.category,
                       p.level, p.source, p.assessed_on
                FROM proficiencies p
                JOIN employees e ON e.id = p.employee_id
                JOIN skills s ON s.id = p.skill_id
                WHERE {after} ORDER BY p.employee_id, p.skill_id LIMIT @__limit`,
        }),
    };
  },
};
