// `import FILE --kind KIND --from DATA [...]`: brings a client's CSV or XLSX into an engagement
// through the same import service as the app (stage, guessed or preset mapping, validate,
// commit in one transaction). Exit codes: 0 committed (or a clean dry run), 1 nothing
// committed because of invalid rows, 2 unusable arguments or files.
import fs from 'node:fs';
import path from 'node:path';
import { importKinds, MappingPreset, type ImportKind, type ImportOptions, type ImportReport } from '../../../shared/import-types';
import { AppError } from '../../../shared/result';
import { openEngagementDb } from '../../db/connection';
import type { WritableDB } from '../../db/types';
import { listPresets } from '../../io/import/presets';
import { checkpointAfterImport } from '../../io/import/pipeline';
import { importService } from '../../io/import/service';
import { isFlowKind, runFlowsImportCommand } from '../../io/flows/command';
import { integerOption, parseCommandArgs, requirePositional, stringOption, type Parsed } from '../args';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../errors';
import type { CliIo } from '../io';
import { describeImport } from './import-report';
import { progressLines } from './taxonomy';
import type { Command } from './types';

const NAME = 'import';

const KIND_NAMES: Record<string, { kind: ImportKind; shape?: 'long' | 'wide' }> = {
  ...Object.fromEntries(importKinds.map((k) => [k, { kind: k }])),
  'org-units': { kind: 'orgUnits' },
  'role-requirements': { kind: 'roleRequirements' },
  requirements: { kind: 'roleRequirements' },
  'skills-matrix': { kind: 'proficiencies', shape: 'wide' },
};

function choice<T>(p: Parsed, name: string, allowed: Record<string, T>): T | undefined {
  const v = stringOption(p, name, NAME);
  if (v === undefined) return undefined;
  if (!(v in allowed)) throw new UsageError(`--${name} must be one of ${Object.keys(allowed).join(', ')}, got "${v}"`, NAME);
  return allowed[v];
}

/** The mapping: guessed (auto), from a preset file, or from a preset saved in the engagement. */
function loadMapping(db: WritableDB, value: string | undefined, kind: ImportKind): MappingPreset | null {
  if (value === undefined || value === 'auto') return null;
  if (value.toLowerCase().endsWith('.json') || fs.existsSync(value)) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(value, 'utf8'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new AppError(code === 'ENOENT' ? 'not-found' : 'bad-file', code === 'ENOENT' ? `${value} does not exist.` : `${value} is not a JSON mapping preset: ${(e as Error).message}`);
    }
    const parsed = MappingPreset.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new AppError('bad-file', `${value} is not a mapping preset: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    }
    if (parsed.data.kind && parsed.data.kind !== kind) throw new UsageError(`${value} is a preset for ${parsed.data.kind}, not ${kind}`, NAME);
    return parsed.data;
  }
  const saved = listPresets(db, kind).find((x) => x.name.toLowerCase() === value.toLowerCase());
  if (!saved) throw new UsageError(`--mapping must be auto, a preset .json file, or the name of a saved ${kind} preset; "${value}" is none of these`, NAME);
  return { mapping: saved.mapping, ...(saved.options ? { options: saved.options } : {}) };
}

function readOptions(p: Parsed, shape: 'long' | 'wide' | undefined, preset: MappingPreset | null): ImportOptions {
  const o: ImportOptions = { ...(preset?.options ?? {}) };
  const sheet = stringOption(p, 'sheet', NAME);
  if (sheet) o.sheet = sheet;
  const s = choice(p, 'shape', { long: 'long', wide: 'wide' } as const) ?? shape;
  if (s) o.shape = s;
  const d = choice(p, 'delimiter', { ',': ',', ';': ';', tab: '\t', '\t': '\t', '|': '|', pipe: '|', comma: ',', semicolon: ';' } as const);
  if (d) o.delimiter = d;
  const e = choice(p, 'encoding', { 'utf-8': 'utf-8', utf8: 'utf-8', 'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be' } as const);
  if (e) o.encoding = e;
  const df = choice(p, 'date-format', { auto: 'auto', iso: 'iso', dmy: 'dmy', mdy: 'mdy' } as const);
  if (df) o.dateFormat = df;
  const dec = choice(p, 'decimal', { '.': '.', ',': ',', dot: '.', comma: ',' } as const);
  if (dec) o.decimalSeparator = dec;
  if (p.values['header-row'] !== undefined) o.headerRow = integerOption(p, 'header-row', NAME, 1, 1, 1000);
  return o;
}

export const importCommand: Command = {
  name: NAME,
  summary: "Import a client's CSV or XLSX (people, roles, skills, requirements, proficiencies...) into an engagement",
  usage: 'FILE --kind KIND --from DATA [--sheet NAME] [--mapping auto|PRESET.json] [--create-missing] [--skip-invalid] [--dry-run] [--json]',
  details: [
    'FILE                 the engagement file to import into (changed in one transaction: all or nothing)',
    `--kind KIND          ${Object.keys(KIND_NAMES).join(', ')}, transitions, moves`,
    '--from DATA          the CSV (any of , ; tab | delimiters, UTF-8/UTF-16/Windows-1252) or XLSX file',
    '--sheet NAME         the XLSX sheet (default: the first)',
    '--mapping M          auto (default: guessed from the headers), a PRESET.json file, or a saved preset name',
    '--create-missing     create roles, org units, locations, skills and managers the file names but the engagement lacks',
    '--skip-invalid       import the valid rows and leave out the invalid ones',
    '--confirm-removals   delete records in the file\u2019s scope that the file no longer has (listed otherwise)',
    '--dry-run            check and show the changes without writing anything',
    '--shape long|wide    proficiencies: one row per skill (long) or a skills matrix (wide); detected by default',
    '--delimiter D        , ; tab or | (detected by default); --encoding E utf-8, windows-1252, utf-16le, utf-16be',
    '--date-format F      auto (default), iso, dmy (31/12/2024) or mdy (12/31/2024)',
    '--decimal C          . or , (detected by default); --header-row N: the row holding the headers (default 1)',
    '--json               print one JSON object: {committed, counts, errors, created, ...}',
    'Exit codes: 0 committed (or a clean dry run), 1 nothing committed because of invalid rows, 2 unusable arguments or files.',
  ],
  async run(args, io: CliIo) {
    const p = parseCommandArgs(
      NAME,
      args,
      {
        kind: { type: 'string' },
        from: { type: 'string' },
        sheet: { type: 'string' },
        mapping: { type: 'string' },
        shape: { type: 'string' },
        delimiter: { type: 'string' },
        encoding: { type: 'string' },
        'date-format': { type: 'string' },
        decimal: { type: 'string' },
        'header-row': { type: 'string' },
        'create-missing': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        'confirm-removals': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      1,
    );
    const file = path.resolve(requirePositional(p, 'FILE (the engagement file to import into)', NAME));
    if (p.values.kind === undefined) throw new UsageError(`--kind is required (one of ${Object.keys(KIND_NAMES).join(', ')})`, NAME);
    // Scenario flows (issue 5) fill their own tables: handled in io/flows.
    if (isFlowKind(p.values.kind)) return runFlowsImportCommand(file, p, io);
    const kindName = choice(p, 'kind', KIND_NAMES)!;
    const from = path.resolve(stringOption(p, 'from', NAME, true));
    const db = openEngagementDb(file, { mode: 'open' });
    let stagingId: string | null = null;
    try {
      const preset = loadMapping(db, stringOption(p, 'mapping', NAME), kindName.kind);
      const options = readOptions(p, kindName.shape, preset);
      // Read once, in place: the copy a wizard needs to see the same bytes three times is not needed here.
      const staged = importService.stagePath(from, false);
      stagingId = staged.stagingId;
      const dryRun = p.values['dry-run'] === true;
      const progress = progressLines(io, io.now());
      let report: ImportReport;
      try {
        // The CLI process has no window to keep responsive: the run stays on this thread.
        report = await importService.run(
          { db, inline: true, progress: (e) => (e.finished ? progress.finish() : progress.report(e.done, e.total, e.label)) },
          {
            stagingId,
            kind: kindName.kind,
            options,
            ...(preset ? { mapping: preset.mapping } : {}),
            skipInvalid: p.values['skip-invalid'] === true,
            createMissing: p.values['create-missing'] === true,
            confirmRemovals: p.values['confirm-removals'] === true,
          },
          dryRun ? 'validate' : 'commit',
        );
      } finally {
        progress.finish();
      }
      const errors = importService.reportPage({ stagingId, section: 'errors', offset: 0, limit: 10_000 }).rows as ImportReport['errors'];
      if (p.values.json) {
        io.out(
          JSON.stringify({
            committed: report.committed,
            dryRun,
            counts: report.counts,
            errors: errors.map(({ row, column, value, problem }) => ({ row, column, value, problem })),
            errorCount: report.errorCount,
            created: report.created,
            removalsPending: report.removalsPending,
            notes: report.notes,
          }),
        );
      } else {
        describeImport(report, staged, errors, dryRun).forEach((l) => io.out(l));
      }
      // The report is out; now fold the commit's WAL into the file (the process may stay open in tests).
      if (report.committed) checkpointAfterImport(db);
      const clean = report.counts.invalid === 0 || report.counts.skipped > 0;
      return (dryRun ? clean : report.committed) ? EXIT_OK : EXIT_FAILURE;
    } finally {
      if (stagingId) importService.discard(stagingId);
      db.close();
    }
  },
};
