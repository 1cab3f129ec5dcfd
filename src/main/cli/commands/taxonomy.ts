// `taxonomy FILE (--onet DIR | --esco DIR | --exposure DATA --source S [--crosswalk CSV]) [--json]`:
// brings official taxonomies and public exposure indices into an engagement, through the same
// code as the app (io/taxonomy). Exit codes: 0 imported, 1 nothing imported because the
// content was bad (no usable rows), 2 unusable arguments or files (missing, unreadable, not the
// expected table).
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { exposureSources, nameClashPolicies, type ExposureSource, type NameClashPolicy, type TaxonomyImportReport } from '../../../shared/taxonomy-types';
import { openEngagementDb } from '../../db/connection';
import { describeTaxonomyReport } from '../../io/taxonomy/describe-report';
import { importTaxonomy, type TaxonomyRequest } from '../../io/taxonomy/import-taxonomy';
import { parseCommandArgs, requirePositional, stringOption, type Parsed } from '../args';
import { EXIT_FAILURE, EXIT_OK, UsageError, messageFor } from '../errors';
import type { CliIo } from '../io';
import type { Command } from './types';

const NAME = 'taxonomy';

function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[]): T | undefined {
  const v = stringOption(p, name, NAME);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${v}"`, NAME);
  return v as T;
}

function minImportance(p: Parsed): number | undefined {
  const v = stringOption(p, 'min-importance', NAME);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 1 || n > 5) throw new UsageError(`--min-importance must be a number from 1 to 5, got "${v}"`, NAME);
  return n;
}

/** Exactly one of --onet, --esco, --exposure, with the options that belong to it. */
export function taxonomyRequest(p: Parsed): TaxonomyRequest {
  const modes = (['onet', 'esco', 'exposure'] as const).filter((m) => p.values[m] !== undefined);
  if (modes.length !== 1) throw new UsageError('give exactly one of --onet DIR, --esco DIR or --exposure DATA', NAME);
  const abs = (v: string) => path.resolve(v);
  const nameClash = oneOf<NameClashPolicy>(p, 'name-clash', nameClashPolicies);
  const source = oneOf<ExposureSource>(p, 'source', exposureSources);
  const exposureOnly = ['source', 'crosswalk', 'measure', 'rater', 'prefer'].filter((o) => p.values[o] !== undefined);
  if (modes[0] !== 'exposure' && exposureOnly.length > 0) throw new UsageError(`--${exposureOnly[0]} goes with --exposure`, NAME);
  if (modes[0] !== 'onet' && p.values['min-importance'] !== undefined) throw new UsageError('--min-importance goes with --onet', NAME);
  switch (modes[0]) {
    case 'onet':
      return { kind: 'onet', dir: abs(stringOption(p, 'onet', NAME, true)), minImportance: minImportance(p), nameClash };
    case 'esco':
      return { kind: 'esco', dir: abs(stringOption(p, 'esco', NAME, true)), nameClash };
    case 'exposure': {
      if (!source) throw new UsageError(`--source is required with --exposure (one of ${exposureSources.join(', ')})`, NAME);
      if (nameClash) throw new UsageError('--name-clash goes with --onet or --esco', NAME);
      const measure = oneOf(p, 'measure', ['alpha', 'beta', 'gamma'] as const);
      const rater = oneOf(p, 'rater', ['human', 'model'] as const);
      if ((measure || rater) && source !== 'eloundou') throw new UsageError('--measure and --rater apply to --source eloundou only', NAME);
      const crosswalk = stringOption(p, 'crosswalk', NAME);
      return {
        kind: 'exposure',
        file: abs(stringOption(p, 'exposure', NAME, true)),
        source,
        crosswalk: crosswalk ? abs(crosswalk) : null,
        measure,
        rater,
        prefer: p.values.prefer === true,
      };
    }
  }
}

/** Progress on stderr: one redrawn line on a terminal, a line per tenth of each step otherwise. */
export function progressLines(io: CliIo, started: number, quietForMs = 1000) {
  let last = '';
  let lastTenth = -1;
  let redrawing = false;
  const finish = () => {
    if (redrawing) io.errRaw('\n');
    redrawing = false;
  };
  const report = (done: number, total: number, label: string) => {
    if (io.now() - started < quietForMs) return;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const line = `${label}: ${Math.floor(share * 100)}%`;
    if (io.errIsTty) {
      io.errRaw(`\r${line.padEnd(last.length)}`);
      redrawing = true;
    } else {
      const tenth = Math.floor(share * 10);
      if (label !== last.split(':')[0]) lastTenth = -1;
      if (tenth > lastTenth) io.err(line);
      lastTenth = tenth;
    }
    last = line;
  };
  return { report, finish };
}

export const taxonomyCommand: Command = {
  name: NAME,
  summary: 'Import O*NET or ESCO taxonomies, or a public automation-exposure index, into an engagement',
  usage: 'FILE (--onet DIR | --esco DIR | --exposure DATA --source eloundou|frey-osborne|aioe|microsoft [--crosswalk CSV]) [--json]',
  details: [
    'FILE                 the engagement file to import into (opened, backed up, changed in one transaction)',
    '--onet DIR           an O*NET database release folder (Skills.xlsx or Skills.txt, Occupation Data): the 35 O*NET',
    '                     skills and, for each role with an O*NET-SOC or SOC-6 code, its requirements',
    '                     (level = Level x 5/7, weight = (Importance - 1) / 4; Not Relevant / Recommend Suppress skipped)',
    '--min-importance N   with --onet: smallest O*NET importance (1-5) kept as a requirement (default 3, O*NET\u2019s "important")',
    '--esco DIR           an ESCO CSV export folder: occupations, ISCO groups, transversal/digital/green skills',
    '--name-clash P       with --onet/--esco: adopt (default; a same-named custom skill takes the reference) or rename',
    '--exposure DATA      an exposure index file (CSV, or the AIOE appendix XLSX) with --source:',
    '                     eloundou, frey-osborne, aioe or microsoft',
    '--crosswalk CSV      SOC 2010 to SOC 2018 crosswalk, to match codes across SOC vintages',
    '--measure M          with --source eloundou: alpha, beta (default) or gamma',
    '--rater R            with --source eloundou: human (default) or model (GPT-4) ratings',
    '--prefer             make this index the engagement\u2019s source of role exposure',
    '--json               print only the import report as JSON',
    'Exit codes: 0 imported, 1 nothing imported because of bad content, 2 unusable arguments or files.',
  ],
  async run(args, io) {
    const p = parseCommandArgs(
      NAME,
      args,
      {
        onet: { type: 'string' },
        esco: { type: 'string' },
        exposure: { type: 'string' },
        source: { type: 'string' },
        crosswalk: { type: 'string' },
        measure: { type: 'string' },
        rater: { type: 'string' },
        prefer: { type: 'boolean' },
        'min-importance': { type: 'string' },
        'name-clash': { type: 'string' },
        json: { type: 'boolean' },
      },
      1,
    );
    const file = requirePositional(p, 'FILE (the engagement file to import into)', NAME);
    const request = taxonomyRequest(p);
    const db = openEngagementDb(path.resolve(file), { mode: 'open' });
    const progress = progressLines(io, io.now());
    let report: TaxonomyImportReport;
    try {
      report = await importTaxonomy(db, request, progress.report);
    } catch (e) {
      progress.finish();
      // Bad rows only (the file itself was readable): nothing was imported, exit 1.
      if (e instanceof AppError && e.kind === 'validation') {
        io.err(`skillshift ${NAME}: ${messageFor(e)}`);
        return EXIT_FAILURE;
      }
      throw e;
    } finally {
      db.close();
    }
    progress.finish();
    if (p.values.json) io.out(JSON.stringify(report));
    else describeTaxonomyReport(report, file).forEach((l) => io.out(l));
    return EXIT_OK;
  },
};
