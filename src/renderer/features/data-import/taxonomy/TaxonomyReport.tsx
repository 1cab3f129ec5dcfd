// The report of a taxonomy import: what was created, updated and left unchanged, the rules as
// they were applied, the roles (and index rows) that matched nothing, rejected rows, and the
// attribution of the source.
import type { EscoImportReport, ExposureImportReport, OnetImportReport, TaxonomyImportReport, UnmatchedRole, UpsertCounts } from '../../../../shared/taxonomy-types';
import type { Formatter } from '../../../format';
import { useFormat } from '../../../lib/use-format';
import { escoAttribution, exposureCitations, exposureLabels, onetAttribution } from './attribution';

const upsert = (f: Formatter, c: UpsertCounts) => `${f.integer(c.created)} created, ${f.integer(c.updated)} updated, ${f.integer(c.unchanged)} unchanged`;

function Lines({ items }: { items: [string, string][] }) {
  return (
    <dl className="taxonomy-report__counts">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Unmatched({ title, roles }: { title: string; roles: UnmatchedRole[] }) {
  if (roles.length === 0) return null;
  return (
    <details className="taxonomy-report__list" open={roles.length <= 10}>
      <summary>
        {title} ({roles.length})
      </summary>
      <ul>
        {roles.map((r) => (
          <li key={r.roleId}>
            <strong>{r.title}</strong>
            {r.occupationCode ? ` [${r.occupationCode}]` : ''}: {r.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Onet({ r }: { r: OnetImportReport }) {
  const f = useFormat();
  const q = r.requirements;
  return (
    <>
      <Lines
        items={[
          ['Skills', `${upsert(f, r.skills)}; ${f.integer(r.skills.adopted)} adopted`],
          ['Occupations (O*NET-SOC)', upsert(f, r.occupations)],
          ['Requirements', `${f.integer(q.created)} created for ${f.integer(r.rolesMatched)} roles; ${f.integer(q.replaced)} earlier O*NET requirements replaced`],
          ['Skipped', `${f.integer(q.skippedNotRelevant)} not relevant, ${f.integer(q.skippedSuppress)} suppressed, ${f.integer(q.skippedLowImportance)} below importance ${r.minImportance}, ${f.integer(q.keptExisting)} kept (your own requirement)`],
          ['Roles without an occupation code', f.integer(r.rolesWithoutCode)],
        ]}
      />
      <p className="field__hint">Rules applied: Level × 5/7 → 0-5; weight = (Importance − 1) / 4; requirements from Importance {r.minImportance} up.</p>
      <Unmatched title="Roles without O*NET data" roles={r.rolesUnmatched} />
      <p className="attribution">{onetAttribution(r.release)}</p>
    </>
  );
}

function Esco({ r }: { r: EscoImportReport }) {
  const f = useFormat();
  return (
    <>
      <Lines
        items={[
          ['Occupations (ESCO)', upsert(f, r.occupations)],
          ['ISCO-08 groups', upsert(f, r.iscoGroups)],
          ['Skills', `${upsert(f, r.skills)}; ${Object.entries(r.skills.byCategory).map(([k, v]) => `${f.integer(v)} ${k}`).join(', ')}`],
          ['Collections', `${f.integer(r.skills.byCollection.transversal)} transversal, ${f.integer(r.skills.byCollection.digital)} digital, ${f.integer(r.skills.byCollection.green)} green rows; ${f.integer(r.skills.inSeveralCollections)} in several`],
          ['Rejected rows', f.integer(r.rejectedRows.length)],
        ]}
      />
      {r.rejectedRows.length > 0 && (
        <details className="taxonomy-report__list">
          <summary>Rejected rows ({r.rejectedRows.length})</summary>
          <ul>
            {r.rejectedRows.slice(0, 50).map((x) => (
              <li key={`${x.file}:${x.row}`}>
                {x.file} row {x.row}: {x.problem}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="attribution">{escoAttribution}</p>
    </>
  );
}

function Exposure({ r }: { r: ExposureImportReport }) {
  const f = useFormat();
  const by = (via: string) => r.matched.filter((m) => m.via === via).length;
  return (
    <>
      <Lines
        items={[
          ['Index', `${exposureLabels[r.source]}, measure ${r.measure}`],
          ['Index rows', `${f.integer(r.indexRows)} read, ${f.integer(r.rejectedRows.length)} rejected, ${f.integer(r.indexRowsUnmatched)} matched no role`],
          ['Roles matched', `${f.integer(r.matched.length)}: ${by('exact')} exact, ${by('soc6')} by SOC code, ${by('crosswalk')} through the crosswalk, ${by('group')} by SOC group`],
          ['Replaced', `${f.integer(r.replaced)} earlier rows of this index`],
          ['Preferred index', r.preferredSource ? exposureLabels[r.preferredSource] : 'none set (the first imported in the default order is used)'],
        ]}
      />
      {r.indexRowsUnmatchedSample.length > 0 && <p className="field__hint">Index codes no role uses, for example: {r.indexRowsUnmatchedSample.slice(0, 8).join(', ')}.</p>}
      <Unmatched title="Roles not matched" roles={r.rolesUnmatched} />
      <p className="attribution">{exposureCitations[r.source]}</p>
    </>
  );
}

export function TaxonomyReport({ report }: { report: TaxonomyImportReport }) {
  const title = report.kind === 'onet' ? `Imported ${report.release ?? 'O*NET'}` : report.kind === 'esco' ? 'Imported ESCO' : `Imported ${exposureLabels[report.source]}`;
  return (
    <section className="taxonomy-report" aria-labelledby="taxonomy-report-title" data-testid="taxonomy-report">
      <h3 id="taxonomy-report-title" className="taxonomy-report__title">
        {title}
      </h3>
      {report.kind === 'onet' && <Onet r={report} />}
      {report.kind === 'esco' && <Esco r={report} />}
      {report.kind === 'exposure' && <Exposure r={report} />}
      {report.notes.length > 0 && (
        <ul className="wizard-notes" aria-label="Notes">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
