// Roles columns: display, sort keys (listRoles) and editors.
import type { RoleGridRow } from '../../../shared/edit-read-models';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import type { Formatter } from '../../format';
import type { FormField } from '../editing/RecordDialog';

const systems = [
  { value: 'onet-soc', label: 'O*NET-SOC' },
  { value: 'soc', label: 'SOC' },
  { value: 'isco', label: 'ISCO' },
];

export function roleColumns(f: Formatter): VirtualColumn<RoleGridRow>[] {
  return [
    {
      id: 'title',
      header: 'Role',
      width: 230,
      sortKey: 'title',
      text: (r) => r.title,
      cell: (r) => (
        <span className="cell-flex">
          <span className="ellipsis">{r.title}</span>
          {r.isManager && (
            <span className="tag" title="Manager role">
              Mgr
            </span>
          )}
        </span>
      ),
      edit: { field: 'title', kind: 'text', value: (r) => r.title },
    },
    { id: 'family', header: 'Family', width: 140, sortKey: 'family', cell: (r) => r.family, text: (r) => r.family, edit: { field: 'family', kind: 'text', value: (r) => r.family } },
    { id: 'level', header: 'Level', width: 65, sortKey: 'level', numeric: true, cell: (r) => (r.level === null ? '—' : String(r.level)), edit: { field: 'level', kind: 'number', nullable: true, value: (r) => r.level } },
    { id: 'isManager', header: 'Manager', width: 85, cell: (r) => (r.isManager ? 'Yes' : 'No'), edit: { field: 'isManager', kind: 'boolean', value: (r) => r.isManager } },
    {
      id: 'orgUnit',
      header: 'Org unit',
      width: 160,
      sortKey: 'orgUnit',
      cell: (r) => r.orgUnit ?? '—',
      text: (r) => r.orgUnit,
      edit: { field: 'orgUnitId', kind: 'reference', reference: 'orgUnits', nullable: true, value: (r) => r.orgUnitId, label: (r) => r.orgUnit },
    },
    {
      id: 'location',
      header: 'Location',
      width: 120,
      sortKey: 'location',
      cell: (r) => r.location ?? '—',
      edit: { field: 'locationId', kind: 'reference', reference: 'locations', nullable: true, value: (r) => r.locationId, label: (r) => r.location },
    },
    {
      id: 'occupationCode',
      header: 'Occupation',
      width: 110,
      sortKey: 'occupationCode',
      cell: (r) => (r.occupationCode ? <span className="mono">{r.occupationCode}</span> : '—'),
      edit: { field: 'occupationCode', kind: 'text', nullable: true, value: (r) => r.occupationCode },
    },
    { id: 'system', header: 'Code system', width: 100, cell: (r) => systems.find((s) => s.value === r.occupationSystem)?.label ?? '—', edit: { field: 'occupationSystem', kind: 'enum', nullable: true, options: systems, value: (r) => r.occupationSystem } },
    { id: 'headcount', header: 'Headcount', width: 110, sortKey: 'headcount', numeric: true, cell: (r) => f.integer(r.headcount) },
    { id: 'loadedCost', header: 'Cost / FTE', width: 120, sortKey: 'loadedCost', numeric: true, cell: (r) => f.money(r.loadedCost), edit: { field: 'loadedCost', kind: 'number', value: (r) => r.loadedCost } },
    {
      id: 'requirements',
      header: 'Skills',
      width: 80,
      sortKey: 'requirements',
      numeric: true,
      text: (r) => `${r.requirements} required now, ${r.futureRequirements} more future-dated`,
      cell: (r) => (
        <span>
          {f.integer(r.requirements)}
          {r.futureRequirements > 0 && <span className="muted"> +{f.integer(r.futureRequirements)}</span>}
        </span>
      ),
    },
    { id: 'exposure', header: 'Exposure', width: 100, sortKey: 'exposure', numeric: true, cell: (r) => (r.exposure === null ? <span className="muted">no tasks</span> : f.percent(r.exposure, 0)) },
  ];
}

export const roleFields: FormField[] = [
  { field: 'title', label: 'Title', kind: 'text', required: true },
  { field: 'family', label: 'Family', kind: 'text', required: true, hint: 'e.g. Underwriting, IT, Claims' },
  { field: 'level', label: 'Level', kind: 'number', nullable: true },
  { field: 'isManager', label: 'Manager role', kind: 'boolean' },
  { field: 'orgUnitId', label: 'Org unit', kind: 'reference', reference: 'orgUnits', nullable: true },
  { field: 'locationId', label: 'Location', kind: 'reference', reference: 'locations', nullable: true },
  { field: 'loadedCost', label: 'Loaded cost per FTE', kind: 'number' },
  { field: 'occupationCode', label: 'Occupation code', kind: 'text', nullable: true },
  { field: 'occupationSystem', label: 'Code system', kind: 'enum', nullable: true, options: systems },
];
