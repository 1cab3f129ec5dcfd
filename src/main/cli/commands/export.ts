// `export FILE --what TABLE --format csv|xlsx --out PATH [--identified] [--delimiter D] [--json]`:
// one table of an engagement to CSV or XLSX, through the same code as the app (io/export).
// Pseudonymised unless --identified, which is recorded in the engagement's audit log. Like
// every command, it never overwrites a file.
import path from 'node:path';
import { csvDelimiters, exportFormats, type CsvDelimiter, type ExportFormat } from '../../../shared/export-types';
import { openEngagementDb } from '../../db/connection';
import { exportTableInfo, exportTableNames } from '../../io/export/registry';
import { exportToFile } from '../../io/export/run-export';
import { resolveExportPath } from '../../io/export/target';
import { parseCommandArgs, requirePositional, stringOption } from '../args';
import { EXIT_OK, UsageError } from '../errors';
import { refuseExisting } from '../files';
import { progressLines } from './taxonomy';
import type { Command } from './types';

const NAME = 'export';

/** Delimiters by name as well, since a literal tab or pipe is awkward in a shell. */
const delimiterNames: Record<string, CsvDelimiter> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };

function delimiterOf(v: string | undefined): CsvDelimiter {
  if (v === undefined) return ',';
  const d = delimiterNames[v.toLowerCase()] ?? v;
  if (!(csvDelimiters as readonly string[]).includes(d)) {
    throw new UsageError(`--delimiter must be comma, semicolon, tab or pipe (or , ; |), got "${v}"`, NAME);
  }
  return d as CsvDelimiter;
}

export const exportCommand: Command = {
  name: NAME,
  summary: 'Export a table of an engagement to CSV or XLSX, pseudonymised unless --identified',
  usage: 'FILE --what TABLE --format csv|xlsx --out PATH [--identified] [--delimiter D] [--json]',
  details: [
    'FILE             the engagement file to export from',
    `--what TABLE     one of: ${exportTableNames().join(', ')}`,
    '--format F       csv (UTF-8 with BOM, RFC 4180 quoting) or xlsx (typed cells, frozen header)',
    '--out PATH       the file to write; never overwritten; the extension is added when missing',
    '--identified     include names and client ids (recorded in the audit log); default: pseudonyms only',
    '--delimiter D    CSV field separator: comma (default), semicolon, tab or pipe',
    '--json           print only the export result as JSON',
    'Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading quote; numbers stay numbers.',
  ],
  async run(args, io) {
    const p = parseCommandArgs(
      NAME,
      args,
      {
        what: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        identified: { type: 'boolean' },
        delimiter: { type: 'string' },
        json: { type: 'boolean' },
      },
      1,
    );
    const file = requirePositional(p, 'FILE (the engagement file to export from)', NAME);
    const what = stringOption(p, 'what', NAME, true);
    if (!exportTableNames().includes(what)) throw new UsageError(`--what must be one of ${exportTableNames().join(', ')}, got "${what}"`, NAME);
    const format = stringOption(p, 'format', NAME, true).toLowerCase() as ExportFormat;
    if (!exportFormats.includes(format)) throw new UsageError(`--format must be csv or xlsx, got "${p.values.format}"`, NAME);
    const delimiter = delimiterOf(stringOption(p, 'delimiter', NAME));
    if (format !== 'csv' && p.values.delimiter !== undefined) throw new UsageError('--delimiter applies to --format csv only', NAME);
    const target = resolveExportPath(path.resolve(stringOption(p, 'out', NAME, true)), format);
    refuseExisting(target);
    const identified = p.values.identified === true;

    const db = openEngagementDb(path.resolve(file), { mode: 'open' });
    const progress = progressLines(io, io.now());
    const label = `Exporting ${what}`;
    try {
      const result = await exportToFile(db, { what, format, identified, delimiter }, target, (done, total) => progress.report(done, total, label));
      progress.finish();
      if (p.values.json) {
        io.out(JSON.stringify(result));
        return EXIT_OK;
      }
      const personal = exportTableInfo().find((t) => t.name === what)?.personal;
      const privacy = !personal ? '' : identified ? ' (identified: names and client ids included; recorded in the audit log)' : ' (pseudonymised)';
      io.out(
        `Wrote ${result.rows.toLocaleString('en')} rows of ${what}${privacy} to ${target}: ${format.toUpperCase()}, ${result.columns} columns${
          result.sheets > 1 ? `, ${result.sheets} sheets` : ''
        }, ${(result.bytes / 1024).toFixed(1)} KB.`,
      );
      return EXIT_OK;
    } finally {
      progress.finish();
      db.close();
    }
  },
};
