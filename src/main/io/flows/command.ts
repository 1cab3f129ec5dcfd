// `import FILE --kind transitions|moves --from DATA [--sheet NAME] [--dry-run] [--json]`: the
// import command hands these two kinds here (they fill the scenario model's own tables rather
// than going through the entity merge). Same exit codes as the other kinds: 0 committed (or a
// clean dry run), 1 nothing committed because of invalid rows, 2 unusable arguments or files.
import path from 'node:path';
import type { FlowsImportReport } from '../../../shared/scenario-types';
import { stringOption, type Parsed } from '../../cli/args';
import { UsageError } from '../../cli/errors';
import { openEngagementDb } from '../../db/connection';
import { importFlows } from './run-import';

export const FLOW_KINDS = ['transitions', 'moves'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];
export const isFlowKind = (k: unknown): k is FlowKind => (FLOW_KINDS as readonly unknown[]).includes(k);

interface Io {
  out(text: string): void;
}

/** Options of the import command that apply to these kinds; any other option is refused. */
const FLOW_OPTIONS = ['kind', 'from', 'sheet', 'dry-run', 'json', 'help'];

export function describeFlowsReport(r: FlowsImportReport, dryRun: boolean): string[] {
  const lines = [
    `${r.file}: ${r.counts.rows.toLocaleString('en')} ${r.kind} rows, ${r.counts.valid.toLocaleString('en')} valid, ${r.counts.invalid.toLocaleString('en')} invalid.`,
  ];
  const cols = Object.entries(r.columns)
    .filter(([, c]) => c !== null)
    .map(([f, c]) => `${f} <- "${c}"`);
  lines.push(`Columns: ${cols.join(', ')}`);
  if (r.errorCount > 0) {
    lines.push(`Problems (${r.errorCount}):`);
    for (const e of r.errors.slice(0, 50)) lines.push(`  row ${e.row}${e.column ? `, column "${e.column}"` : ''}${e.value !== '' ? `, value "${e.value}"` : ''}: ${e.problem}`);
    if (r.errorCount > 50) lines.push(`  ... and ${r.errorCount - 50} more (use --json for all of them)`);
  }
  if (r.committed) {
    lines.push(
      r.kind === 'transitions'
        ? `Imported ${r.counts.added} transition rate(s), replacing ${r.counts.replaced} stored for the same roles.`
        : `Imported ${r.counts.added} move(s); ${r.counts.unchanged} were already stored.`,
    );
  } else if (dryRun) lines.push(r.counts.invalid === 0 ? 'Dry run: the file is valid; nothing was written.' : 'Dry run: nothing was written.');
  else lines.push('Nothing was imported: fix the rows listed (the import is all or nothing).');
  for (const n of r.notes) if (!/^Nothing was imported/.test(n)) lines.push(`Note: ${n}`);
  return lines;
}

/** The import command's parsed arguments for --kind transitions|moves. */
export function runFlowsImportCommand(file: string, p: Parsed, io: Io): number {
  const kind = p.values.kind as FlowKind;
  const stray = Object.keys(p.values).find((k) => p.values[k] !== undefined && !FLOW_OPTIONS.includes(k));
  if (stray) throw new UsageError(`--${stray} does not apply to --kind ${kind}`, 'import');
  const o = {
    kind,
    from: path.resolve(stringOption(p, 'from', 'import', true)),
    sheet: stringOption(p, 'sheet', 'import'),
    dryRun: p.values['dry-run'] === true,
    json: p.values.json === true,
  };
  const db = openEngagementDb(file, { mode: 'open' });
  try {
    const report = importFlows(db, { kind: o.kind, source: { path: o.from }, sheet: o.sheet, mode: o.dryRun ? 'validate' : 'commit' });
    if (o.json) io.out(JSON.stringify(report));
    else describeFlowsReport(report, o.dryRun).forEach((l) => io.out(l));
    const ok = o.dryRun ? report.counts.invalid === 0 : report.committed;
    return ok ? 0 : 1;
  } finally {
    db.close();
  }
}
