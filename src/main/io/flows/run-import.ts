// One transitions or moves import, validate or commit: read the file, check every row (each
// problem named by row, column, value), and in a commit write ALL the valid rows in one
// transaction only when no row is invalid - a file with any invalid row changes nothing.
import type { SourceSpec } from '../import/source';
import type { FlowsImportReport } from '../../../shared/scenario-types';
import { audit } from '../../db/repos/audit';
import { getMeta } from '../../db/repos/engagement';
import { inTransaction, type WritableDB } from '../../db/types';
import { detectDateOrder, detectDecimal, localeDateOrder, localeDecimal } from '../import/values';
import { MOVE_FIELDS, TRANSITION_FIELDS } from './columns';
import { PersonLookup, RoleLookup } from './lookup';
import { checkMoves, writeMoves } from './moves';
import { readFlowsTable } from './rows';
import { checkTransitions, writeTransitions } from './transitions';

export interface FlowsRequest {
  kind: 'transitions' | 'moves';
  source: SourceSpec | { path: string };
  sheet?: string;
  mode: 'validate' | 'commit';
}

/** Errors kept in the report; the count says how many there were in all. */
const KEEP_ERRORS = 1000;
const SAMPLE = 500;

export function importFlows(db: WritableDB, req: FlowsRequest): FlowsImportReport {
  const fields = req.kind === 'transitions' ? TRANSITION_FIELDS : MOVE_FIELDS;
  const table = readFlowsTable(req.source, req.sheet, fields, req.kind);
  const meta = getMeta(db);
  const roles = new RoleLookup(db);
  const notes: string[] = [];
  const sample = (field: string) => table.rows.slice(0, SAMPLE).map((r) => table.cols.cell(r, field));
  const checked =
    req.kind === 'transitions'
      ? checkTransitions(table.rows, table.cols, roles, detectDecimal(sample('rate'), localeDecimal(meta.locale)))
      : (() => {
          const order = detectDateOrder(sample('date'), localeDateOrder(meta.locale));
          if (order.ambiguous) notes.push(`Dates such as 03/04 could be either order; read as ${order.order === 'dmy' ? 'day/month' : 'month/day'} (the engagement's locale ${meta.locale}).`);
          return checkMoves(table.rows, table.cols, { roles, people: new PersonLookup(db), dateOrder: order.order, asOfDate: meta.asOfDate });
        })();
  const invalidRows = new Set(checked.issues.map((i) => i.row)).size;
  const errors = [...checked.issues].sort((a, b) => a.row - b.row);
  const report: FlowsImportReport = {
    kind: req.kind,
    mode: req.mode,
    committed: false,
    file: table.file,
    columns: table.columns,
    counts: { rows: table.rows.length, valid: table.rows.length - invalidRows, invalid: invalidRows, added: 0, replaced: 0, unchanged: 0 },
    errors: errors.slice(0, KEEP_ERRORS),
    errorCount: errors.length,
    notes,
  };
  if (req.kind === 'transitions') {
    notes.push('A transitions file replaces every stored transition out of the roles it lists; other roles keep theirs.');
  }
  if (req.mode === 'validate' || invalidRows > 0) {
    if (req.mode === 'commit') notes.push('Nothing was imported: fix the rows listed (the import is all or nothing).');
    return report;
  }
  inTransaction(db, () => {
    if (req.kind === 'transitions') {
      const w = writeTransitions(db, checked.records as Parameters<typeof writeTransitions>[1]);
      report.counts.added = w.added;
      report.counts.replaced = w.replaced;
    } else {
      const w = writeMoves(db, checked.records as Parameters<typeof writeMoves>[1]);
      report.counts.added = w.added;
      report.counts.unchanged = w.unchanged;
    }
    audit(db, {
      action: 'import',
      entity: req.kind === 'transitions' ? 'roleTransitions' : 'workforceMoves',
      summary: `Imported ${table.file}: ${report.counts.added} ${req.kind} added${req.kind === 'transitions' ? `, ${report.counts.replaced} replaced` : `, ${report.counts.unchanged} already stored`}`,
      after: { file: table.file, kind: req.kind, counts: report.counts },
    });
  });
  report.committed = true;
  return report;
}
