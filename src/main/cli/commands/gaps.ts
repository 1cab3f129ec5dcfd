// `gaps FILE --by skill|role|unit|location|category|employee [--as-of DATE] [--category CAT] [--json]`:
// the gap analysis of an engagement on the command line, through the same code as the Gaps
// screens (api/gaps), on a read-only connection. Privacy mode applies as on screen: groups of
// fewer than the minimum size come out with null figures and `suppressed: true`.
import path from 'node:path';
import { IsoDate, skillCategories, type SkillCategory } from '../../../shared/domain/entities';
import { gapGroupings, type GapFilterInput, type GapGrouping, type GapGroupRow } from '../../../shared/gap-types';
import { employeeRows } from '../../engine/gaps';
import { gapStateSync, type GapState } from '../../api/gaps/cache';
import { gapGroups } from '../../api/gaps/rollups';
import { filterOf, privacyOf, whenOf } from '../../api/gaps/scope';
import { parseCommandArgs, requirePositional, stringOption, type Parsed } from '../args';
import { EXIT_OK, UsageError } from '../errors';
import { withReadOnly } from '../files';
import type { CliIo } from '../io';
import { dec, int, pct, printJson, printTable, type TableColumn } from './gap-output';
import type { Command } from './types';

const NAME = 'gaps';
const BY = [...gapGroupings, 'employee'] as const;
type By = (typeof BY)[number];

function options(p: Parsed): { by: By; asOf: string | undefined; category: SkillCategory | undefined } {
  const by = stringOption(p, 'by', NAME, true);
  if (!(BY as readonly string[]).includes(by)) throw new UsageError(`--by must be one of ${BY.join(', ')}, got "${by}"`, NAME);
  const asOf = stringOption(p, 'as-of', NAME);
  if (asOf !== undefined) {
    const ok = IsoDate.safeParse(asOf);
    if (!ok.success) throw new UsageError(`--as-of must be a date as YYYY-MM-DD, got "${asOf}"`, NAME);
  }
  const category = stringOption(p, 'category', NAME);
  if (category !== undefined && !(skillCategories as readonly string[]).includes(category)) {
    throw new UsageError(`--category must be one of ${skillCategories.join(', ')}, got "${category}"`, NAME);
  }
  return { by: by as By, asOf, category: category as SkillCategory | undefined };
}

/** What the rows were computed for, printed as `meta` with --json and as a heading otherwise. */
function metaOf(s: GapState, file: string, by: By, asOf: string, category: SkillCategory | undefined, rows: number, suppressed: number) {
  return {
    file: path.resolve(file),
    by,
    asOfDate: asOf,
    engagementAsOf: s.meta.asOfDate,
    forecast: asOf > s.meta.asOfDate,
    category: category ?? null,
    rows,
    privacy: { ...privacyOf(s), suppressedRows: suppressed },
    hoursPerLevel: s.settings.hoursPerLevel,
  };
}

function employeeTable(s: GapState, asOf: string, filter: GapFilterInput) {
  const m = s.model;
  const a = s.analysis(asOf, filterOf(m, filter));
  // People whose role needs nothing in scope (e.g. no soft skill under --category soft) are left out, as in the roll-ups.
  return employeeRows(m, a)
    .filter((r) => r.required > 0)
    .map((r) => ({
      employee: r.ref,
      role: r.roleTitle,
      readiness: r.readiness,
      coverage: r.coverage,
      gapHours: r.gapHours,
      gapLevels: r.gapLevels,
      months: r.months,
      required: r.required,
      assessed: r.assessed,
    }));
}

type EmployeeRow = ReturnType<typeof employeeTable>[number];

const employeeColumns: TableColumn<EmployeeRow>[] = [
  { header: 'Employee', cell: (r) => r.employee },
  { header: 'Role', cell: (r) => r.role },
  { header: 'Readiness', cell: (r) => (r.readiness === null ? 'unknown' : pct(r.readiness)), right: true },
  { header: 'Coverage', cell: (r) => pct(r.coverage), right: true },
  { header: 'Gap hours', cell: (r) => int(r.gapHours), right: true },
  { header: 'Months', cell: (r) => dec(r.months, 1), right: true },
];

/** Group rows for --json: the issue's fields first, then the rest of the roll-up. */
function groupJson(r: GapGroupRow) {
  return {
    key: r.key,
    label: r.label,
    people: r.people,
    meetingShare: r.meetingShare,
    meanGap: r.meanGap,
    totalGapLevels: r.totalGapLevels,
    gapHours: r.gapHours,
    unknownShare: r.unknownShare,
    fte: r.fte,
    meanReadiness: r.meanReadiness,
    suppressed: r.suppressed,
    reason: r.reason,
  };
}

function groupColumns(by: GapGrouping): TableColumn<GapGroupRow>[] {
  const hidden = (r: GapGroupRow, v: string) => (r.suppressed ? 'hidden' : v);
  const cols: TableColumn<GapGroupRow>[] = [
    { header: by.charAt(0).toUpperCase() + by.slice(1), cell: (r) => r.label },
    { header: 'Key', cell: (r) => r.key },
    { header: 'People', cell: (r) => hidden(r, int(r.people)), right: true },
    { header: 'Meeting', cell: (r) => hidden(r, pct(r.meetingShare)), right: true },
    { header: 'Mean gap', cell: (r) => hidden(r, dec(r.meanGap)), right: true },
    { header: 'Gap levels', cell: (r) => hidden(r, dec(r.totalGapLevels, 1)), right: true },
    { header: 'Gap hours', cell: (r) => hidden(r, int(r.gapHours)), right: true },
    { header: 'Unknown', cell: (r) => hidden(r, pct(r.unknownShare)), right: true },
  ];
  if (by === 'role' || by === 'unit' || by === 'location') cols.push({ header: 'Readiness', cell: (r) => hidden(r, pct(r.meanReadiness)), right: true });
  return cols;
}

function heading(io: CliIo, meta: ReturnType<typeof metaOf>): void {
  const when = meta.forecast ? `${meta.asOfDate} (forecast: future-dated requirements in force)` : `${meta.asOfDate}${meta.asOfDate === meta.engagementAsOf ? ' (the engagement\u2019s as-of date)' : ''}`;
  io.out(`Gaps by ${meta.by}${meta.category ? `, ${meta.category} skills only` : ''}, requirements in force on ${when}: ${meta.rows.toLocaleString('en')} rows`);
  io.out('');
}

export const gapsCommand: Command = {
  name: NAME,
  summary: 'Skills gaps of an engagement by skill, role, org unit, location, category or employee',
  usage: 'FILE --by skill|role|unit|location|category|employee [--as-of DATE] [--category CAT] [--json]',
  details: [
    'FILE             an engagement file; opened read-only and not changed',
    '--by G           skill, role, unit, location, category: one row per group with key, label, people,',
    '                 meetingShare, meanGap, totalGapLevels, gapHours, unknownShare (and fte, meanReadiness,',
    '                 suppressed, reason); employee: one row per person with employee (pseudonymous ref),',
    '                 role, readiness, coverage, gapHours (and gapLevels, months, required, assessed)',
    '--as-of DATE     resolve requirements on DATE (YYYY-MM-DD): future-dated ones count from their date;',
    '                 default: the engagement\u2019s as-of date (today\u2019s gap)',
    `--category CAT   only skills of one category: ${skillCategories.join(', ')}`,
    '--json           print one JSON object {"meta": {...}, "rows": [...]}, one row per line; meta says the',
    '                 date, filter and privacy rule applied. Shares are 0-1; readiness is null when nothing is assessed',
    'key is the group\u2019s id (role, skill, unit, location), the category name, or "none" (no unit/location).',
    'Privacy mode (pseudonymise on): groups under the minimum size have null figures and "suppressed": true.',
    'Exit codes: 0 done, 2 unusable arguments or file, 1 anything else.',
  ],
  run(args, io) {
    const p = parseCommandArgs(NAME, args, { by: { type: 'string' }, 'as-of': { type: 'string' }, category: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const file = requirePositional(p, 'FILE (the engagement file to read)', NAME);
    const { by, asOf: asOfArg, category } = options(p);
    const filter: GapFilterInput = category ? { categories: [category] } : {};
    return withReadOnly(file, (db) => {
      const s = gapStateSync(db);
      const asOf = whenOf(s, { asOf: asOfArg });
      if (by === 'employee') {
        const rows = employeeTable(s, asOf, filter);
        const meta = metaOf(s, file, by, asOf, category, rows.length, 0);
        if (p.values.json) printJson(io, meta, rows);
        else {
          heading(io, meta);
          printTable(io, employeeColumns, rows);
        }
        return EXIT_OK;
      }
      const { rows } = gapGroups(s, asOf, filter, by);
      const hidden = rows.filter((r) => r.suppressed).length;
      const meta = metaOf(s, file, by, asOf, category, rows.length, hidden);
      if (p.values.json) {
        printJson(io, meta, rows.map(groupJson));
        return EXIT_OK;
      }
      heading(io, meta);
      printTable(io, groupColumns(by), rows);
      if (hidden > 0) io.out(`\n${hidden} of ${rows.length} groups hidden: ${rows.find((r) => r.suppressed)!.reason}.`);
      return EXIT_OK;
    });
  },
};
