// A taxonomy import report in plain lines, for the command line: what was created, updated and
// skipped, every role left unmatched with its reason, and the rules that were applied.
import type { EscoImportReport, ExposureImportReport, OnetImportReport, TaxonomyImportReport, UnmatchedRole, UpsertCounts } from '../../../shared/taxonomy-types';

const n = (x: number) => x.toLocaleString('en');
const counts = (c: UpsertCounts) => `${n(c.created)} created, ${n(c.updated)} updated, ${n(c.unchanged)} unchanged`;

function unmatchedLines(title: string, roles: UnmatchedRole[]): string[] {
  if (roles.length === 0) return [];
  return [`  ${title} (${roles.length}):`, ...roles.map((r) => `    ${r.title}${r.occupationCode ? ` [${r.occupationCode}]` : ''}: ${r.reason}`)];
}

function clashLines(report: OnetImportReport | EscoImportReport): string[] {
  const clashes = report.skills.clashes;
  if (clashes.length === 0) return [];
  return [
    `  Skill name clashes (${clashes.length}):`,
    ...clashes.map((c) => `    "${c.name}": ${c.action}${c.createdAs ? ` as "${c.createdAs}"` : ''} (${c.reason})`),
  ];
}

function onet(r: OnetImportReport, file: string): string[] {
  const q = r.requirements;
  return [
    `Imported ${r.release ?? 'O*NET'} into ${file}`,
    `  Skills: ${counts(r.skills)}, ${n(r.skills.adopted)} adopted, ${n(r.skills.namesKept)} keep the engagement's own name`,
    `  Occupations (O*NET-SOC): ${counts(r.occupations)}`,
    `  Requirements: ${n(q.created)} created for ${n(r.rolesMatched)} roles, ${n(q.replaced)} earlier O*NET requirements replaced`,
    `  Skipped: ${n(q.skippedNotRelevant)} not relevant, ${n(q.skippedSuppress)} suppressed, ${n(q.skippedLowImportance)} below importance ${r.minImportance}, ${n(q.keptExisting)} kept (the engagement's own requirement)`,
    ...clashLines(r),
    ...unmatchedLines('Roles without O*NET data', r.rolesUnmatched),
    ...(r.rolesWithoutCode > 0 ? [`  Roles without an occupation code: ${n(r.rolesWithoutCode)}`] : []),
    ...r.notes.map((x) => `  Note: ${x}`),
  ];
}

function esco(r: EscoImportReport, file: string): string[] {
  return [
    `Imported ESCO into ${file}`,
    `  Occupations (ESCO): ${counts(r.occupations)}`,
    `  ISCO-08 groups: ${counts(r.iscoGroups)}`,
    `  Skills: ${counts(r.skills)}, ${n(r.skills.adopted)} adopted, ${n(r.skills.namesKept)} keep the engagement's own name (${Object.entries(r.skills.byCategory).map(([k, v]) => `${n(v)} ${k}`).join(', ')})`,
    `  Collections: ${n(r.skills.byCollection.transversal)} transversal, ${n(r.skills.byCollection.digital)} digital, ${n(r.skills.byCollection.green)} green rows; ${n(r.skills.inSeveralCollections)} concepts in several`,
    ...clashLines(r),
    ...(r.rejectedRows.length > 0 ? [`  Rejected rows: ${n(r.rejectedRows.length)}`, ...r.rejectedRows.slice(0, 20).map((x) => `    ${x.file} row ${x.row}: ${x.problem}`)] : []),
    ...r.notes.map((x) => `  Note: ${x}`),
  ];
}

function exposure(r: ExposureImportReport, file: string): string[] {
  const by = (via: string) => r.matched.filter((m) => m.via === via).length;
  return [
    `Imported the ${r.source} exposure index (${r.measure}) into ${file}`,
    `  Index rows: ${n(r.indexRows)} read, ${n(r.rejectedRows.length)} rejected, ${n(r.indexRowsUnmatched)} matched no role${
      r.indexRowsUnmatchedSample.length > 0 ? ` (e.g. ${r.indexRowsUnmatchedSample.slice(0, 8).join(', ')})` : ''
    }`,
    `  Roles matched: ${n(r.matched.length)} (${by('exact')} exact, ${by('soc6')} by SOC code, ${by('crosswalk')} through the crosswalk, ${by('group')} by SOC group); ${n(r.replaced)} earlier rows replaced`,
    ...r.rejectedRows.slice(0, 20).map((x) => `    ${x.file} row ${x.row}: ${x.problem}`),
    ...unmatchedLines('Roles not matched', r.rolesUnmatched),
    ...(r.rolesWithoutCode > 0 ? [`  Roles without an occupation code: ${n(r.rolesWithoutCode)}`] : []),
    `  Preferred exposure index: ${r.preferredSource ?? 'none set (the first imported in the default order is used)'}`,
    ...r.notes.map((x) => `  Note: ${x}`),
  ];
}

export function describeTaxonomyReport(report: TaxonomyImportReport, file: string): string[] {
  switch (report.kind) {
    case 'onet':
      return onet(report, file);
    case 'esco':
      return esco(report, file);
    case 'exposure':
      return exposure(report, file);
  }
}
