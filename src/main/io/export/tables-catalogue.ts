// Exportable tables of the skills catalogue and the plan inputs: skills, role requirements,
// learning programs and business objectives.
import type { ReadableDB } from '../../db/types';
import { countOf, pagedRows, type ExportColumn, type TableSpec } from './table';

const col = (header: string, type: ExportColumn['type'] = 'text'): ExportColumn => ({ header, type });
const count = (db: ReadableDB, table: string) => countOf(db, `SELECT count(*) AS n FROM ${table}`);
/** Lists inside one cell are joined with "; " (group_concat's default comma is common in names). */
const LIST_SEPARATOR = `'; '`;

export const skillsTable: TableSpec = {
  name: 'skills',
  label: 'Skills',
  description: 'The skills catalogue with category and taxonomy reference (O*NET element, ESCO URI).',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Skills',
    columns: [col('Name'), col('Category'), col('Taxonomy'), col('Taxonomy reference'), col('Description')],
    count: count(db, 'skills'),
    pages: () =>
      pagedRows(db, {
        keys: ['s.id'],
        sql: `SELECT s.id, s.name, s.category, s.taxonomy_source, s.taxonomy_ref, s.description
              FROM skills s WHERE {after} ORDER BY s.id LIMIT @__limit`,
      }),
  }),
};

export const requirementsTable: TableSpec = {
  name: 'requirements',
  label: 'Role requirements',
  description: 'Required level 0-5 and weight per role and skill; a future requirement carries its effective date.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Requirements',
    columns: [
      col('Role'),
      col('Role ID'),
      col('Skill'),
      col('Category'),
      col('Level', 'number'),
      col('Weight', 'number'),
      col('Effective date', 'date'),
      col('Source'),
    ],
    count: count(db, 'role_requirements'),
    pages: () =>
      pagedRows(db, {
        keys: ['q.id'],
        sql: `SELECT q.id, r.title, r.client_id, s.name, s.category, q.level, q.weight, q.effective_date, q.source
              FROM role_requirements q JOIN roles r ON r.id = q.role_id JOIN skills s ON s.id = q.skill_id
              WHERE {after} ORDER BY q.id LIMIT @__limit`,
      }),
  }),
};

export const programsTable: TableSpec = {
  name: 'programs',
  label: 'Learning programs',
  description: 'Programs with delivery, duration, cost per person, seats, the skills they teach and the objectives they serve.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Programs',
    columns: [
      col('Name'),
      col('Delivery'),
      col('Duration (months)', 'number'),
      col('Cost per person', 'number'),
      col('Seats per month', 'number'),
      col('Skills (level uplift)'),
      col('Objectives'),
    ],
    count: count(db, 'learning_programs'),
    pages: () =>
      pagedRows(db, {
        keys: ['p.id'],
        sql: `SELECT p.id, p.name, p.delivery, p.duration_months, p.cost_per_person, p.seats_per_month,
                (SELECT group_concat(s.name || ' (+' || ps.uplift || ')', ${LIST_SEPARATOR})
                   FROM program_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.program_id = p.id),
                (SELECT group_concat(o.name, ${LIST_SEPARATOR})
                   FROM objective_programs op JOIN objectives o ON o.id = op.objective_id WHERE op.program_id = p.id)
              FROM learning_programs p WHERE {after} ORDER BY p.id LIMIT @__limit`,
      }),
  }),
};

export const objectivesTable: TableSpec = {
  name: 'objectives',
  label: 'Objectives',
  description: 'Business objectives with metric, baseline, target, date and the programs linked to them.',
  personal: false,
  kind: 'data',
  build: (db) => ({
    title: 'Objectives',
    columns: [
      col('Name'),
      col('Metric'),
      col('Unit'),
      col('Baseline', 'number'),
      col('Target', 'number'),
      col('Target date', 'date'),
      col('Programs'),
    ],
    count: count(db, 'objectives'),
    pages: () =>
      pagedRows(db, {
        keys: ['o.id'],
        sql: `SELECT o.id, o.name, o.metric, o.unit, o.baseline, o.target, o.target_date,
                (SELECT group_concat(p.name, ${LIST_SEPARATOR})
                   FROM objective_programs op JOIN learning_programs p ON p.id = op.program_id WHERE op.objective_id = o.id)
              FROM objectives o WHERE {after} ORDER BY o.id LIMIT @__limit`,
      }),
  }),
};
