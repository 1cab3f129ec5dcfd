// `info FILE [--json]`: what an engagement holds, without changing the file. --json prints one
// object with a count per entity and nothing else, for scripts.
import path from 'node:path';
import { entityNames, type EntityName } from '../../../shared/api-types';
import { summarize } from '../../api/engagement-files';
import { parseCommandArgs, requirePositional } from '../args';
import { EXIT_OK } from '../errors';
import { withReadOnly } from '../files';
import type { Command } from './types';

/** `roleRequirements` -> `Role requirements`. */
export const entityLabel = (name: EntityName): string => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const infoCommand: Command = {
  name: 'info',
  summary: 'Show an engagement\u2019s details and how many records of each kind it holds',
  usage: 'FILE [--json]',
  details: ['FILE    an engagement file; it is opened read-only and not changed', '--json  print only a JSON object with a count per entity'],
  run(args, io) {
    const p = parseCommandArgs('info', args, { json: { type: 'boolean' } }, 1);
    const file = requirePositional(p, 'FILE (the engagement file to read)', 'info');
    const summary = withReadOnly(file, (db) => summarize(path.resolve(file), db));
    if (p.values.json) {
      io.out(JSON.stringify(summary.counts));
      return EXIT_OK;
    }
    const rows: [string, string][] = [
      ['File', file],
      ['Schema version', String(summary.schemaVersion)],
      ['As of', summary.asOfDate],
      ['Horizon', `${summary.horizonMonths} months`],
      ['Currency, locale', `${summary.currency}, ${summary.locale}`],
      ['Created', summary.createdAt],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    io.out(summary.name);
    for (const [k, v] of rows) io.out(`  ${k.padEnd(width)}  ${v}`);
    io.out('');
    const counts = entityNames.map((n) => [entityLabel(n), summary.counts[n].toLocaleString('en')] as const);
    const labelWidth = Math.max('Entity'.length, ...counts.map(([l]) => l.length));
    const countWidth = Math.max('Count'.length, ...counts.map(([, c]) => c.length));
    io.out(`  ${'Entity'.padEnd(labelWidth)}  ${'Count'.padStart(countWidth)}`);
    for (const [label, count] of counts) io.out(`  ${label.padEnd(labelWidth)}  ${count.padStart(countWidth)}`);
    return EXIT_OK;
  },
};
