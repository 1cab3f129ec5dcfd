// `careers FILE [--json] [--min P]`: career paths from the engagement's annual transition matrix
// (imported transitions, calibrated moves, or default attrition), per role: expected years
// remaining in the organisation and the probability of ever reaching each other role. Read-only.
// Exit codes: 0 done, 2 unusable arguments or file, 1 anything else.
import path from 'node:path';
import { careersView } from '../../scenarios/careers-view';
import { workbench } from '../../scenarios/workbench';
import { parseCommandArgs, requirePositional, stringOption } from '../args';
import { EXIT_OK, UsageError } from '../errors';
import { withReadOnly } from '../files';
import type { Command } from './types';

const NAME = 'careers';

export const careersCommand: Command = {
  name: NAME,
  summary: 'Career paths per role: expected years remaining and probability of reaching each role',
  usage: 'FILE [--min P] [--json]',
  details: [
    'FILE      an engagement file; opened read-only',
    '--min P   leave out reach probabilities below P, 0 to 1 (default 0.001)',
    '--json    print one JSON object: {roles: [{roleId, role, family, expectedYears, returnProbability,',
    '          reachProbability: [{roleId, role, probability}]}], moveSources, warnings}',
    'Rates come from imported transitions (import --kind transitions), else moves history (--kind moves),',
    'else each family\u2019s default attrition; a role with no moves out reaches no other role.',
  ],
  run(args, io) {
    const p = parseCommandArgs(NAME, args, { json: { type: 'boolean' }, min: { type: 'string' } }, 1);
    const file = path.resolve(requirePositional(p, 'FILE (the engagement file)', NAME));
    const minText = stringOption(p, 'min', NAME);
    const min = minText === undefined ? 0.001 : Number(minText);
    if (!Number.isFinite(min) || min < 0 || min > 1) throw new UsageError(`--min must be a number from 0 to 1, got "${minText}"`, NAME);
    const view = withReadOnly(file, (db) => careersView(workbench(db), { minProbability: min }));
    if (p.values.json) {
      io.out(JSON.stringify(view));
      return EXIT_OK;
    }
    const sources = Object.entries(view.moveSources)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s === 'table' ? 'from imported transitions' : s === 'calibrated' ? 'calibrated from moves' : 'with no internal moves'}`)
      .join(', ');
    io.out(`Career paths for ${view.roles.length} roles (${sources}).`);
    view.warnings.forEach((w) => io.err(`Note: ${w}`));
    const width = Math.max(4, ...view.roles.map((r) => r.role.length));
    io.out(`${'Role'.padEnd(width)}  Years left  Most likely next roles (probability of ever reaching)`);
    for (const r of view.roles) {
      const years = r.expectedYears === null ? 'never leaves' : r.expectedYears.toFixed(1);
      const next = r.reachProbability
        .slice(0, 3)
        .map((x) => `${x.role} ${(x.probability * 100).toFixed(1)}%`)
        .join(', ');
      io.out(`${r.role.padEnd(width)}  ${years.padStart(10)}  ${next || '-'}`);
    }
    return EXIT_OK;
  },
};
