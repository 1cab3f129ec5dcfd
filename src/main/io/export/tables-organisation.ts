// Exportable tables describing the organisation: units, locations, roles, their tasks and
// their automation exposure. None of them holds data about a person.
import { ROLE_EXPOSURE_SQL } from '../../db/repos/role-exposure';
import type { ReadableDB } from '../../db/types';
import { countOf, pagedRows, type ExportColumn, type TableSpec } from './table';

const col = (header: string, type: ExportColumn['type'] = 'text'): ExportColumn => ({ header, type });
const count = (db: ReadableDB, table: string) => countOf(db, `SELECT count(*) AS n FROM ${table}`);

export const orgUnitsTable: TableSpec = {
  name: 'org-units',
  label: 'Org units',
  description: 'Departments with their parent unit and cost centre.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Org units',
    columns: [col('ID'), col('Name'), col('Parent'), col('Parent ID'), col('Cost centre')],
    count: count(db, 'org_units'),
    pages: () =>
      pagedRows(db, {
        keys: ['u.id'],
        sql: `SELECT u.id, u.client_id, u.name, p.name, p.client_id, u.cost_centre
              FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id
              WHERE {after} ORDER BY u.id LIMIT @__limit`,
      }),
  }),
};

export const locationsTable: TableSpec = {
  name: 'locations',
  label: 'Locations',
  description: 'Sites and markets: country, currency, labour cost index, planned launches.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Locations',
    columns: [
      col('ID'),
      col('Name'),
      col('Country'),
      col('Currency'),
      col('Labour cost index', 'number'),
      col('Planned', 'boolean'),
      col('Launch date', 'date'),
    ],
    count: count(db, 'locations'),
    pages: () =>
      pagedRows(db, {
        keys: ['l.id'],
        sql: `SELECT l.id, l.client_id, l.name, l.country, l.currency, l.labour_cost_index, l.planned, l.launch_date
              FROM locations l WHERE {after} ORDER BY l.id LIMIT @__limit`,
      }),
  }),
};

export const rolesTable: TableSpec = {
  name: 'roles',
  label: 'Roles',
  description: 'Jobs with family, level, unit, location, loaded cost, occupation code and automation exposure.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Roles',
    columns: [
      col('ID'),
      col('Title'),
      col('Family'),
      col('Level', 'number'),
      col('Manager role', 'boolean'),
      col('Org unit'),
      col('Location'),
      col('Loaded cost per FTE', 'number'),
      col('Occupation code'),
      col('Occupation system'),
      col('Exposure', 'number'),
      col('Exposure source'),
      col('Headcount', 'number'),
    ],
    count: count(db, 'roles'),
    pages: () =>
      pagedRows(db, {
        keys: ['r.id'],
        sql: `SELECT r.id, r.client_id, r.title, r.family, r.level, r.is_manager, u.name, l.name, r.loaded_cost,
                     r.occupation_code, r.occupation_system, x.exposure, x.exposure_source,
                     (SELECT count(*) FROM employees e WHERE e.role_id = r.id)
              FROM roles r
              LEFT JOIN org_units u ON u.id = r.org_unit_id
              LEFT JOIN locations l ON l.id = r.location_id
              LEFT JOIN (${ROLE_EXPOSURE_SQL}) x ON x.role_id = r.id
              WHERE {after} ORDER BY r.id LIMIT @__limit`,
      }),
  }),
};

export const tasksTable: TableSpec = {
  name: 'tasks',
  label: 'Tasks',
  description: "Roles' tasks with their share of the role's time and their automation exposure.",
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Tasks',
    columns: [col('Role'), col('Role ID'), col('Task'), col('Time share', 'number'), col('Exposure', 'number')],
    count: count(db, 'tasks'),
    pages: () =>
      pagedRows(db, {
        keys: ['t.id'],
        sql: `SELECT t.id, r.title, r.client_id, t.name, t.time_share, t.exposure
              FROM tasks t JOIN roles r ON r.id = t.role_id WHERE {after} ORDER BY t.id LIMIT @__limit`,
      }),
  }),
};

export const roleExposuresTable: TableSpec = {
  name: 'role-exposures',
  label: 'Role exposure indices',
  description: 'Automation exposure per role from each imported public index: normalised value, raw figure, codes matched.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Role exposures',
    columns: [
      col('Role'),
      col('Role ID'),
      col('Occupation code'),
      col('Source'),
      col('Measure'),
      col('Value (0-1)', 'number'),
      col('Raw', 'number'),
      col('Matched code'),
      col('Imported at'),
    ],
    count: count(db, 'role_exposures'),
    pages: () =>
      pagedRows(db, {
        keys: ['x.role_id', 'x.source'],
        sql: `SELECT x.role_id, x.source, r.title, r.client_id, r.occupation_code, x.source, x.measure, x.value, x.raw,
                     x.matched_code, x.imported_at
              FROM role_exposures x JOIN roles r ON r.id = x.role_id
              WHERE {after} ORDER BY x.role_id, x.source LIMIT @__limit`,
      }),
  }),
};
