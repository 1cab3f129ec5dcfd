// Employees: matched by ref, the stable pseudonym of the client's id, so a re-import finds
// each person whether the engagement keeps client ids or not. With privacy.pseudonymise on,
// names and client ids are dropped and managers are linked through the same pseudonyms.
import { Employee } from '../../../../shared/domain/entities';
import { isPseudonym } from '../../pseudonym';
import { indexRows, type Converted, type EntityKind, type ExistingRow } from '../entity-kind';
import type { Scalar } from '../report';
import type { RowReader } from '../row-reader';
import type { RunContext } from '../run-context';

const DAY_MS = 86_400_000;

function hireDateFromYears(asOf: string, years: number): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) - Math.round(years * 365.25) * DAY_MS).toISOString().slice(0, 10);
}

function personName(r: RowReader): string | null | undefined {
  if (r.has('name')) return r.text('name');
  if (!r.has('firstName') && !r.has('lastName')) return undefined;
  const parts = [r.text('firstName'), r.text('lastName')].filter((p): p is string => typeof p === 'string');
  return parts.length ? parts.join(' ') : null;
}

export const employees: EntityKind = {
  kind: 'employees',
  entity: 'employee',
  table: 'employees',
  columns: {
    ref: 'ref',
    clientId: 'client_id',
    name: 'name',
    roleId: 'role_id',
    orgUnitId: 'org_unit_id',
    locationId: 'location_id',
    managerId: 'manager_id',
    fte: 'fte',
    salary: 'salary',
    hireDate: 'hire_date',
    birthYear: 'birth_year',
  },
  refFields: [
    { field: 'roleId', mappingField: 'role', target: 'roles' },
    { field: 'orgUnitId', mappingField: 'orgUnit', target: 'orgUnits' },
    { field: 'locationId', mappingField: 'location', target: 'locations' },
  ],
  convertsOffline: true,
  self: {
    field: 'managerId',
    mappingField: 'managerId',
    noun: 'manager',
    // The manager's pseudonym; or the text as a stored ref or client id (an older file's ids).
    primaryKey: (text, ctx) => ctx.pseudo.refOf(text),
    otherKeys: (text) => [text.trim(), `cid:${text.trim()}`],
  },
  schema: Employee.pick({ clientId: true, name: true, fte: true, salary: true, hireDate: true, birthYear: true }).partial(),

  sourceField(field, ctx) {
    const mapped = (f: string) => ctx.cols.has(f);
    switch (field) {
      case 'clientId':
        return 'employeeId';
      case 'name':
        return mapped('name') ? 'name' : 'firstName';
      case 'fte':
        return mapped('fte') ? 'fte' : 'ftePercent';
      case 'salary':
        return mapped('salary') ? 'salary' : 'monthlySalary';
      case 'hireDate':
        return mapped('hireDate') ? 'hireDate' : 'yearsOfService';
      case 'birthYear':
        return mapped('birthYear') ? 'birthYear' : mapped('birthDate') ? 'birthDate' : 'age';
      default:
        return field;
    }
  },
  keyField: () => 'employeeId',

  load(ctx) {
    const rows = (
      ctx.db
        .prepare(
          `SELECT id, ref, client_id AS clientId, name, role_id AS roleId, org_unit_id AS orgUnitId, location_id AS locationId,
                  manager_id AS managerId, fte, salary, hire_date AS hireDate, birth_year AS birthYear FROM employees`,
        )
        .all() as (Record<string, Scalar> & { id: number; ref: string })[]
    ).map((r): ExistingRow => ({ id: r.id, label: (r.clientId as string | null) ?? r.ref, values: r }));
    return indexRows(rows, (r) => (r.values.clientId ? [r.values.ref as string, `cid:${r.values.clientId}`] : [r.values.ref as string]));
  },

  convert(r, ctx) {
    const id = r.text('employeeId', 100);
    if (id === null || id === undefined) {
      if (id === null) r.fail('employeeId', null, 'the employee id is missing', 'required');
      return null;
    }
    const ref = ctx.pseudo.refOf(id);
    const values: Record<string, Scalar> = {};
    if (ctx.pseudonymise) values.clientId = null;
    else if (!isPseudonym(id)) values.clientId = id;
    const name = personName(r);
    if (name !== undefined) values.name = ctx.pseudonymise ? null : name;

    const fte = r.has('fte') ? r.number('fte') : r.share('ftePercent', true);
    // A blank FTE or salary leaves the stored value (new people get the defaults).
    if (fte !== undefined && fte !== null) values.fte = fte;
    const salary = r.has('salary') ? r.number('salary') : r.has('monthlySalary') ? mul(r.number('monthlySalary'), 12) : undefined;
    if (salary !== undefined && salary !== null) values.salary = salary;
    if (r.has('hireDate')) values.hireDate = r.date('hireDate') ?? null;
    else if (r.has('yearsOfService')) {
      const y = r.number('yearsOfService');
      if (y !== undefined) values.hireDate = y === null ? null : hireDateFromYears(ctx.asOf, y);
    }
    const asOfYear = Number(ctx.asOf.slice(0, 4));
    if (r.has('birthYear')) values.birthYear = r.number('birthYear') ?? null;
    else if (r.has('birthDate')) {
      const d = r.date('birthDate');
      if (d !== undefined) values.birthYear = d === null ? null : Number(d.slice(0, 4));
    } else if (r.has('age')) {
      const a = r.number('age');
      if (a !== undefined) values.birthYear = a === null ? null : asOfYear - Math.round(a);
    }
    const jobLevel = r.has('jobLevel') ? r.number('jobLevel') : undefined;
    const converted: Converted = {
      key: ref,
      // People stored before (by another tool, or the demo) may carry other refs: match their client id too.
      aliases: isPseudonym(id) ? [] : [id, `cid:${id}`],
      label: ctx.pseudonymise ? ref : id,
      values,
      refs: {},
      createHints: jobLevel !== undefined && jobLevel !== null ? { roleLevel: Math.round(jobLevel) } : undefined,
      learned: [id, ref],
    };
    for (const rf of employees.refFields) {
      const t = r.text(rf.mappingField);
      if (t !== undefined) converted.refs[rf.field] = t;
    }
    if (r.has('managerId')) converted.self = r.text('managerId', 100) ?? null;
    return converted;
  },

  defaults: (_ctx, rec) => ({ ref: rec.key, fte: 1, salary: 0 }),

  stub(text, ctx) {
    const ref = ctx.pseudo.refOf(text);
    const label = ctx.pseudonymise ? ref : text.trim();
    ctx.report.created.managers.push(label);
    return {
      key: ref,
      aliases: [],
      label,
      values: { clientId: ctx.pseudonymise || isPseudonym(text.trim()) ? null : text.trim() },
      refs: {},
    };
  },

  notes(ctx) {
    const n: string[] = [];
    if (ctx.cols.has('monthlySalary') && !ctx.cols.has('salary')) n.push('Monthly salary x 12 = annual salary.');
    if (ctx.cols.has('ftePercent') && !ctx.cols.has('fte')) n.push('Hours % / 100 = FTE.');
    if (ctx.cols.has('yearsOfService') && !ctx.cols.has('hireDate')) n.push(`Hire date = as-of date ${ctx.asOf} minus years of service.`);
    if (ctx.cols.has('age') && !ctx.cols.has('birthYear') && !ctx.cols.has('birthDate')) n.push(`Birth year = ${ctx.asOf.slice(0, 4)} minus age.`);
    if (ctx.cols.has('birthDate') && !ctx.cols.has('birthYear')) n.push('Only the year of each birth date is kept.');
    if (ctx.cols.has('jobLevel')) n.push('Job level is used only for roles created from this file.');
    n.push(
      ctx.pseudonymise
        ? 'Privacy: names and client ids are dropped; each person is kept as a stable pseudonym (P-...).'
        : 'Privacy: names and client ids are kept (pseudonymisation is off for this engagement).',
    );
    return n;
  },
};

const mul = (v: number | null | undefined, k: number): number | null | undefined => (typeof v === 'number' ? v * k : v);
