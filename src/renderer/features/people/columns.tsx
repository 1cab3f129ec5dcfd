// People columns: what each shows, its sort key (listEmployees) and how it is edited.
import type { PersonRow } from '../../../shared/edit-read-models';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import type { Formatter } from '../../format';
import type { FormField } from '../editing/RecordDialog';

const dash = (v: string | null) => v ?? '—';

export function peopleColumns(f: Formatter, pseudonymise: boolean): VirtualColumn<PersonRow>[] {
  return [
    { id: 'ref', header: 'ID', width: 150, sortKey: 'ref', cell: (r) => <span className="mono">{r.ref}</span>, text: (r) => r.ref },
    {
      id: 'name',
      header: 'Name',
      width: 170,
      sortKey: 'name',
      cell: (r) => r.name ?? <span className="muted">{pseudonymise ? 'pseudonymised' : '—'}</span>,
      text: (r) => r.name,
      edit: pseudonymise ? undefined : { field: 'name', kind: 'text', nullable: true, value: (r) => r.name },
    },
    {
      id: 'role',
      header: 'Role',
      width: 200,
      sortKey: 'role',
      cell: (r) => dash(r.role),
      text: (r) => r.role,
      edit: { field: 'roleId', kind: 'reference', reference: 'roles', nullable: true, value: (r) => r.roleId, label: (r) => r.role },
    },
    {
      id: 'orgUnit',
      header: 'Org unit',
      width: 170,
      sortKey: 'orgUnit',
      cell: (r) => dash(r.orgUnit),
      text: (r) => r.orgUnit,
      edit: { field: 'orgUnitId', kind: 'reference', reference: 'orgUnits', nullable: true, value: (r) => r.orgUnitId, label: (r) => r.orgUnit },
    },
    {
      id: 'location',
      header: 'Location',
      width: 130,
      sortKey: 'location',
      cell: (r) => dash(r.location),
      edit: { field: 'locationId', kind: 'reference', reference: 'locations', nullable: true, value: (r) => r.locationId, label: (r) => r.location },
    },
    {
      id: 'manager',
      header: 'Manager',
      width: 160,
      sortKey: 'manager',
      cell: (r) => dash(r.manager),
      text: (r) => r.manager,
      edit: { field: 'managerId', kind: 'reference', reference: 'employees', nullable: true, value: (r) => r.managerId, label: (r) => r.manager },
    },
    { id: 'fte', header: 'FTE', width: 70, sortKey: 'fte', numeric: true, cell: (r) => f.decimal(r.fte, 2), edit: { field: 'fte', kind: 'number', value: (r) => r.fte } },
    { id: 'salary', header: 'Salary', width: 110, sortKey: 'salary', numeric: true, cell: (r) => f.money(r.salary), edit: { field: 'salary', kind: 'number', value: (r) => r.salary } },
    { id: 'hireDate', header: 'Hired', width: 110, sortKey: 'hireDate', cell: (r) => f.date(r.hireDate), edit: { field: 'hireDate', kind: 'date', nullable: true, value: (r) => r.hireDate } },
    { id: 'birthYear', header: 'Born', width: 70, numeric: true, cell: (r) => (r.birthYear === null ? '—' : String(r.birthYear)), edit: { field: 'birthYear', kind: 'number', nullable: true, value: (r) => r.birthYear } },
    { id: 'assessedSkills', header: 'Assessed skills', width: 140, sortKey: 'assessedSkills', numeric: true, cell: (r) => f.integer(r.assessedSkills) },
  ];
}

export function personFields(pseudonymise: boolean): FormField[] {
  const identity: FormField[] = pseudonymise
    ? [{ field: 'clientId', label: 'Client id', kind: 'text', hint: 'Used only to make the pseudonym; not kept (privacy setting).', wide: true }]
    : [
        { field: 'name', label: 'Name', kind: 'text', nullable: true },
        { field: 'clientId', label: 'Client id', kind: 'text', nullable: true, hint: 'The id in the client’s HR system, if any.' },
      ];
  return [
    ...identity,
    { field: 'roleId', label: 'Role', kind: 'reference', reference: 'roles', nullable: true },
    { field: 'orgUnitId', label: 'Org unit', kind: 'reference', reference: 'orgUnits', nullable: true },
    { field: 'locationId', label: 'Location', kind: 'reference', reference: 'locations', nullable: true },
    { field: 'managerId', label: 'Manager', kind: 'reference', reference: 'employees', nullable: true },
    { field: 'fte', label: 'FTE', kind: 'number', required: true, hint: '1 = full time' },
    { field: 'salary', label: 'Annual salary', kind: 'number', required: true },
    { field: 'hireDate', label: 'Hire date', kind: 'date', nullable: true },
    { field: 'birthYear', label: 'Birth year', kind: 'number', nullable: true },
  ];
}
