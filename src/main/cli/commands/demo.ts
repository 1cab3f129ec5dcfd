// `demo --out FILE [--employees N] [--seed S]`: the Meridian Mutual demo engagement, at any
// size (benchmarks use 100,000 people). Same seed and size give the same data.
import { createDemoFile } from '../../api/engagement-files';
import { entityCounts } from '../../db/repos/counts';
import { DEFAULT_DEMO, MAX_DEMO_EMPLOYEES } from '../../demo';
import { integerOption, parseCommandArgs, stringOption } from '../args';
import { EXIT_OK } from '../errors';
import { refuseExisting } from '../files';
import type { CliIo } from '../io';
import type { Command } from './types';

/** Progress appears only when generation is slow enough for someone to wonder. */
const QUIET_FOR_MS = 1000;

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Create the demo engagement (fictional insurer Meridian Mutual), of any size',
  usage: '--out FILE [--employees N] [--seed S]',
  details: [
    '--out FILE       the engagement file to create; never overwritten',
    `--employees N    number of employees, 1 to ${MAX_DEMO_EMPLOYEES.toLocaleString('en')} (default ${DEFAULT_DEMO.employees.toLocaleString('en')})`,
    `--seed S         random seed, 0 to 4294967295 (default ${DEFAULT_DEMO.seed}); the same seed gives the same data`,
  ],
  run(args, io) {
    const p = parseCommandArgs('demo', args, { out: { type: 'string', short: 'o' }, employees: { type: 'string', short: 'n' }, seed: { type: 'string' } }, 0);
    const file = stringOption(p, 'out', 'demo', true);
    const employees = integerOption(p, 'employees', 'demo', DEFAULT_DEMO.employees, 1, MAX_DEMO_EMPLOYEES);
    const seed = integerOption(p, 'seed', 'demo', DEFAULT_DEMO.seed, 0, 0xffffffff);
    refuseExisting(file);

    const started = io.now();
    const db = createDemoFile(file, { employees, seed }, progressReporter(io, started));
    const counts = entityCounts(db);
    db.close();
    const seconds = ((io.now() - started) / 1000).toFixed(1);
    io.out(
      `Created ${file}: demo engagement with ${counts.employees.toLocaleString('en')} employees, ${counts.roles} roles, ${counts.skills} skills and ${counts.proficiencies.toLocaleString('en')} proficiencies (seed ${seed}) in ${seconds} s.`,
    );
    return EXIT_OK;
  },
};

export function progressReporter(io: CliIo, started: number) {
  let lastTenth = -1;
  let redrawn = false;
  return (done: number, total: number) => {
    const finished = done >= total;
    if (io.now() - started < QUIET_FOR_MS && !(finished && redrawn)) return;
    const tenth = Math.floor((done / total) * 10);
    const line = `Generating employees: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${Math.floor((done / total) * 100)}%)`;
    if (io.errIsTty) {
      io.errRaw(`\r${line}${finished ? '\n' : ''}`);
      redrawn = !finished;
    } else if (tenth > lastTenth) {
      // Logs and pipes get one line per tenth, not a line per callback.
      io.err(line);
      lastTenth = tenth;
    }
  };
}
