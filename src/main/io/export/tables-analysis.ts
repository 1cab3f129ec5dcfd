// Exportable analysis outputs: roll-ups computed from the engagement. A roll-up counts people,
// so in a pseudonymised export groups smaller than the engagement's minimum group size
// (settings.privacy.minGroupSize) are folded into one "Other" row: a group of two is nearly as
// identifying as a name. An identified export shows every group.
// Later analyses (gaps, scenarios, plans) register here the same way: a TableSpec per output.
import { COST_SQL } from '../../db/repos/overview';
import { inMemoryTable, type Cell, type ExportColumn, type TableSpec } from './table';

const col = (header: string, type: ExportColumn['type'] = 'text'): ExportColumn => ({ header, type });

interface Group {
  label: string;
  headcount: number;
  fte: number;
  cost: number;
}

/** Groups under `min` people become one row, labelled with how many groups it holds. */
export function foldSmallGroups(groups: Group[], min: number): Group[] {
  const kept = groups.filter((g) => g.headcount >= min);
  const small = groups.filter((g) => g.headcount < min);
  if (small.length === 0) return kept;
  return [
    ...kept,
    small.reduce((a, g) => ({ ...a, headcount: a.headcount + g.headcount, fte: a.fte + g.fte, cost: a.cost + g.cost }), {
      label: `Other (${small.length} group${small.length === 1 ? '' : 's'} under ${min} people)`,
      headcount: 0,
      fte: 0,
      cost: 0,
    }),
  ];
}

function headcountBy(table: 'org_units' | 'locations', column: string, what: string, name: string): TableSpec {
  return {
    name,
    label: `Headcount by ${what}`,
    description: `People, FTE and annual cost per ${what}; in pseudonymised exports groups under the minimum group size are folded into "Other".`,
    personal: true,
    kind: 'analysis',
    build(db, { identified, settings }) {
      const groups = db
        .prepare(
          `SELECT coalesce(g.name, '(none)') AS label, count(*) AS headcount, sum(e.fte) AS fte, sum(${COST_SQL}) AS cost
           FROM employees e LEFT JOIN roles r ON r.id = e.role_id LEFT JOIN ${table} g ON g.id = e.${column}
           GROUP BY g.id ORDER BY headcount DESC, label`,
        )
        .all() as Group[];
      const shown = identified ? groups : foldSmallGroups(groups, settings.privacy.minGroupSize);
      const rows: Cell[][] = shown.map((g) => [g.label, g.headcount, g.fte, g.cost]);
      return inMemoryTable(`Headcount by ${what}`, [col(what[0].toUpperCase() + what.slice(1)), col('Headcount', 'number'), col('FTE', 'number'), col('Annual cost', 'number')], rows);
    },
  };
}

export const headcountByUnitTable = headcountBy('org_units', 'org_unit_id', 'org unit', 'headcount-by-unit');
export const headcountByLocationTable = headcountBy('locations', 'location_id', 'location', 'headcount-by-location');
