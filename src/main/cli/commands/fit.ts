// `fit FILE --employee ID [--top N] [--json]`: a person's best other roles (reskilling paths),
// with fit, learning hours, months to proficiency and the programs that cover the missing
// skills, through the same code as the person profile on screen (api/gaps/person.ts).
import path from 'node:path';
import { gapStateSync } from '../../api/gaps/cache';
import { gapPerson } from '../../api/gaps/person';
import { parseCommandArgs, integerOption, requirePositional, stringOption } from '../args';
import { EXIT_OK } from '../errors';
import { withReadOnly } from '../files';
import { dec, int, pct, printJson, printTable } from './gap-output';
import type { Command } from './types';

const NAME = 'fit';

export const fitCommand: Command = {
  name: NAME,
  summary: 'A person\u2019s best other roles: fit, hours and months to proficiency, and the programs that cover the gap',
  usage: 'FILE --employee ID [--top N] [--json]',
  details: [
    'FILE             an engagement file; opened read-only and not changed',
    '--employee ID    the person\u2019s ref (pseudonym, e.g. P000123) or the client\u2019s employee id',
    '--top N          how many roles to list, 1 to 20 (default 5)',
    '--json           print one JSON object {"meta": {...}, "rows": [...]}, one row per line; each row has role,',
    '                 fit, gapHours, months, programs (program names), and roleId, coverage, gapLevels, programCost',
    'fit = sum(w x min(p, L)) / sum(w x L) over the target role\u2019s assessed requirements in force on the',
    'engagement\u2019s as-of date; roles where less than half the profile is assessed for this person are left out.',
    'months = gap hours / learning hours per month (an engagement setting).',
    'Exit codes: 0 done, 2 unusable arguments, file or unknown employee, 1 anything else.',
  ],
  run(args, io) {
    const p = parseCommandArgs(NAME, args, { employee: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const file = requirePositional(p, 'FILE (the engagement file to read)', NAME);
    const employee = stringOption(p, 'employee', NAME, true);
    const top = integerOption(p, 'top', NAME, 5, 1, 20);
    return withReadOnly(file, (db) => {
      const s = gapStateSync(db);
      const profile = gapPerson(s, { employee, futureDate: s.meta.asOfDate, alternatives: top });
      const rows = profile.alternatives.map((a) => ({
        role: a.title,
        fit: a.fit,
        gapHours: a.gapHours,
        months: a.months,
        programs: a.programs.programs.map((x) => x.name),
        roleId: a.roleId,
        coverage: a.coverage,
        gapLevels: a.gapLevels,
        programCost: a.programs.totalCost,
        uncoveredLevels: a.programs.uncovered.reduce((sum, u) => sum + u.levels, 0),
      }));
      const meta = {
        file: path.resolve(file),
        employee: profile.ref,
        currentRole: profile.role?.title ?? null,
        currentRoleId: profile.role?.id ?? null,
        readiness: profile.now?.readiness ?? null,
        asOfDate: s.meta.asOfDate,
        learningHoursPerMonth: profile.learningHoursPerMonth,
        rows: rows.length,
      };
      if (p.values.json) {
        printJson(io, meta, rows);
        return EXIT_OK;
      }
      const readiness = meta.readiness === null ? 'unknown' : pct(meta.readiness);
      io.out(`${meta.employee}${meta.currentRole ? `, ${meta.currentRole} (readiness ${readiness})` : ', no role'}: best other roles as of ${meta.asOfDate}`);
      io.out('');
      if (rows.length === 0) {
        io.out('No other role has enough of its profile assessed for this person to measure a fit.');
        return EXIT_OK;
      }
      printTable(io, [
        { header: 'Role', cell: (r) => r.role },
        { header: 'Fit', cell: (r) => pct(r.fit), right: true },
        { header: 'Coverage', cell: (r) => pct(r.coverage), right: true },
        { header: 'Gap hours', cell: (r) => int(r.gapHours), right: true },
        { header: 'Months', cell: (r) => dec(r.months, 1), right: true },
        { header: 'Programs', cell: (r) => (r.programs.length ? r.programs.join(', ') : r.gapHours > 0 ? 'none cover the gap' : '-') },
      ], rows);
      io.out('');
      io.out(`Months at ${meta.learningHoursPerMonth} learning hours per month.`);
      return EXIT_OK;
    });
  },
};
