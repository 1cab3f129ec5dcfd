// The import report as text lines for the terminal.
import type { ImportIssue, ImportReport, StagedImport } from '../../../shared/import-types';

const SHOWN = 50;

const quote = (v: string | null) => (v === null ? '' : `, value "${v.length > 60 ? `${v.slice(0, 60)}…` : v}"`);

export function describeImport(r: ImportReport, staged: StagedImport, errors: ImportIssue[], dryRun: boolean): string[] {
  const lines: string[] = [];
  const how = staged.format === 'xlsx' ? 'XLSX' : `CSV, ${staged.encoding}${staged.delimiter ? `, delimiter ${JSON.stringify(staged.delimiter)}` : ''}`;
  lines.push(`${staged.fileName} (${how}) -> ${r.kind}${r.shape ? ` (${r.shape})` : ''}`);
  lines.push(`Rows read: ${r.counts.rows}, invalid: ${r.counts.invalid}`);
  if (r.errorCount > 0) {
    lines.push(`Problems (${r.errorCount}):`);
    for (const e of errors.slice(0, SHOWN)) {
      lines.push(`  row ${e.row}${e.column ? `, column "${e.column}"` : ''}${quote(e.value)}: ${e.problem}`);
    }
    if (r.errorCount > SHOWN) lines.push(`  ... and ${r.errorCount - SHOWN} more (use --json to list them all)`);
  }
  const c = r.counts;
  lines.push(`${dryRun ? 'Would add' : 'Added'} ${c.added}, changed ${c.changed}, unchanged ${c.unchanged}, removed ${c.removed}, skipped ${c.skipped}`);
  for (const ch of r.diff.changed.slice(0, 10)) {
    lines.push(`  changed ${ch.key}: ${(ch.changes ?? []).map((x) => `${x.field} ${JSON.stringify(x.old)} -> ${JSON.stringify(x.new)}`).join(', ')}`);
  }
  if (r.removalsPending > 0) lines.push(`Not in the file any more (kept; --confirm-removals deletes them): ${r.removalsPending}`);
  const created = Object.entries(r.created).filter(([, names]) => names.length > 0);
  if (created.length) {
    lines.push(`${dryRun || !r.committed ? 'Would create' : 'Created'}: ${created.map(([k, names]) => `${k} ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` (+${names.length - 10})` : ''}`).join('; ')}`);
  }
  for (const n of r.notes) lines.push(`Note: ${n}`);
  if (dryRun) lines.push('Dry run: nothing was written.');
  else if (r.committed) lines.push(`Committed in ${(r.durationMs / 1000).toFixed(1)} s.`);
  else lines.push(`Nothing was committed: ${r.counts.invalid} invalid row(s). Fix the file, or use --skip-invalid to import the valid rows.`);
  return lines;
}
