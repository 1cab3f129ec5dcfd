// `new FILE --name NAME`: an empty engagement dated today, ready for an import.
import { EngagementMeta } from '../../../shared/domain/settings';
import { createEngagementFile, defaultMeta } from '../../api/engagement-files';
import { parseCommandArgs, requirePositional, stringOption } from '../args';
import { EXIT_OK, UsageError } from '../errors';
import { refuseExisting } from '../files';
import type { Command } from './types';

export const newCommand: Command = {
  name: 'new',
  summary: 'Create an empty engagement file',
  usage: 'FILE --name NAME [--currency EUR] [--locale en-GB]',
  details: [
    'FILE             the engagement file to create (by convention ending in .skillshift); never overwritten',
    '--name NAME      the client or engagement name shown in the app',
    '--currency CODE  ISO 4217 currency of all costs (default EUR)',
    '--locale LOCALE  locale for numbers and dates, such as en-GB or de-DE (default en-GB)',
  ],
  run(args, io) {
    const p = parseCommandArgs('new', args, { name: { type: 'string' }, currency: { type: 'string' }, locale: { type: 'string' } }, 1);
    const file = requirePositional(p, 'FILE (the engagement file to create)', 'new');
    const name = stringOption(p, 'name', 'new', true);
    const meta = defaultMeta(name, stringOption(p, 'currency', 'new') ?? 'EUR', stringOption(p, 'locale', 'new') ?? 'en-GB');
    const checked = EngagementMeta.safeParse(meta);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const option = { name: '--name', currency: '--currency', locale: '--locale' }[String(issue.path[0])] ?? String(issue.path[0]);
      throw new UsageError(`${option}: ${issue.message}`, 'new');
    }
    refuseExisting(file);
    createEngagementFile(file, checked.data).close();
    io.out(`Created ${file}: engagement "${checked.data.name}" (${checked.data.currency}, ${checked.data.locale}, as of ${checked.data.asOfDate}).`);
    return EXIT_OK;
  },
};
