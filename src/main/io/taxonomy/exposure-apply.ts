// Storing an exposure index per role: every role with a matching code gets one row in
// role_exposures for the index's source (value 0-1, raw as published, the codes used). A
// re-import of the same source replaces that source's rows only, in one transaction.
// Both sides of the match are reported: roles that found no row (with the reason) and index
// rows that no role used (most of them, for a client with a few dozen roles: counted, sampled).
import type { ExposureImportReport } from '../../../shared/taxonomy-types';
import { audit } from '../../db/repos/audit';
import { inTransaction, nowIso, type WritableDB } from '../../db/types';
import type { Crosswalk } from './codes';
import { IndexLookup, matchRole } from './exposure-match';
import { getPreferredSource, setPreferredExposureSource, sourceLabels } from './exposure-preference';
import type { ExposureIndex, IndexRow } from './exposure-read';
import { loadRoles, unmatched } from './roles';

export interface ExposureApplyOptions {
  crosswalk?: { file: string; crosswalk: Crosswalk } | null;
  /** Make this index the engagement's preferred source of role exposure. */
  prefer?: boolean;
}

const SAMPLE = 25;

export function applyExposure(db: WritableDB, index: ExposureIndex, options: ExposureApplyOptions = {}): ExposureImportReport {
  const lookup = new IndexLookup(index);
  const crosswalk = options.crosswalk?.crosswalk ?? null;
  return inTransaction(db, () => {
    const replaced = db.prepare('DELETE FROM role_exposures WHERE source = ?').run(index.source).changes;
    const insert = db.prepare(
      `INSERT INTO role_exposures (role_id, source, measure, value, raw, matched_code, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const at = nowIso();
    const used = new Set<IndexRow>();
    const report: ExposureImportReport = {
      kind: 'exposure',
      source: index.source,
      measure: index.measure,
      file: index.file,
      crosswalk: options.crosswalk?.file ?? null,
      indexRows: index.rows.length,
      rejectedRows: index.rejected,
      replaced,
      matched: [],
      rolesUnmatched: [],
      rolesWithoutCode: 0,
      indexRowsUnmatched: 0,
      indexRowsUnmatchedSample: [],
      preferredSource: null,
      notes: [],
    };
    for (const role of loadRoles(db)) {
      if (role.occupationCode === null) {
        report.rolesWithoutCode++;
        continue;
      }
      const outcome = matchRole(role, lookup, crosswalk);
      if (!outcome.ok) {
        report.rolesUnmatched.push(unmatched(role, outcome.reason));
        continue;
      }
      const m = outcome.match;
      outcome.rows.forEach((r) => used.add(r));
      const vintage = index.vintage === 'soc2010' ? 'SOC 2010' : 'SOC 2018';
      const how = m.via === 'crosswalk' ? ` (${vintage} via crosswalk)` : m.via === 'group' ? ' (SOC group)' : '';
      const matchedCode = `${m.matchedCodes.join(', ')}${how}`;
      insert.run(m.roleId, index.source, index.measure, m.value, m.raw, matchedCode, at);
      report.matched.push(m);
    }
    const unused = index.rows.filter((r) => !used.has(r));
    report.indexRowsUnmatched = unused.length;
    report.indexRowsUnmatchedSample = unused.slice(0, SAMPLE).map((r) => r.code);

    if (options.prefer) setPreferredExposureSource(db, index.source);
    report.preferredSource = getPreferredSource(db);
    report.notes.push(
      `${index.description}.`,
      'Codes match exactly, then by six-digit SOC code, then through the SOC 2010/2018 crosswalk (a code the crosswalk splits gets the unweighted mean of the index values of every code it maps to), then by the SOC group the index publishes (a code ending in 0).',
    );
    if (index.source === 'aioe') {
      report.notes.push('AIOE is z-scored; value is its percentile rank within Appendix A (0 least, 1 most exposed), raw keeps the z-score.');
    }
    audit(db, {
      action: 'import',
      entity: 'role_exposures',
      entityId: index.source,
      summary: `Imported ${sourceLabels[index.source]} (${index.measure}) for ${report.matched.length} roles; ${report.rolesUnmatched.length} roles unmatched`,
      after: { source: index.source, measure: index.measure, matched: report.matched.length, replaced },
    });
    return report;
  });
}
