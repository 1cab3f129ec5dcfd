// Reports: export any table now (CSV, XLSX, pseudonymised by default); the PDF report and the
// PowerPoint deck are described with what they would contain today and said plainly to be
// not built yet.
import type { EntityCounts } from '../../../shared/api-types';
import { PageHeader } from '../../components/PageHeader';
import type { Formatter } from '../../format';
import { useAppStore } from '../../app/store';
import { useFormat } from '../../lib/use-format';
import { ExportPanel } from './ExportPanel';
import '../data-import/data-import.css';
import './reports.css';

interface Deliverable {
  id: string;
  title: string;
  format: string;
  built: boolean;
  contents: (c: EntityCounts, f: Formatter) => string[];
}

const deliverables: Deliverable[] = [
  {
    id: 'workbook',
    title: 'Data workbook',
    format: 'Excel (.xlsx) and CSV',
    built: true,
    contents: (c, f) => [
      `${f.integer(c.employees)} people (pseudonymised unless you choose otherwise)`,
      `${f.integer(c.roles)} roles with ${f.integer(c.roleRequirements)} skill requirements`,
      `${f.integer(c.skills)} skills and ${f.integer(c.proficiencies)} proficiency records`,
      `${f.integer(c.orgUnits)} org units, ${f.integer(c.locations)} locations`,
    ],
  },
  {
    id: 'report',
    title: 'Analysis report',
    format: 'PDF',
    built: false,
    contents: (c, f) => [
      'Workforce overview with cost by unit and location',
      'Skills gaps now and at the horizon, assessment coverage',
      `${f.integer(c.scenarios)} scenarios (${f.integer(c.scenarioVersions)} versions) with their results`,
      `Plan: ${f.integer(c.learningPrograms)} learning programs against ${f.integer(c.objectives)} objectives`,
    ],
  },
  {
    id: 'deck',
    title: 'Client deck',
    format: 'PowerPoint (.pptx)',
    built: false,
    contents: (c, f) => [
      'Headline findings and the recommended mix',
      `Scenario comparison across ${f.integer(c.scenarios)} scenarios`,
      'Assumptions appendix: every input and where it came from',
    ],
  },
];

export function ReportsPage() {
  const counts = useAppStore((s) => s.summary?.counts);
  const format = useFormat();
  return (
    <div className="page" data-testid="page-reports">
      <PageHeader title="Reports" description="Deliverables for the client, built from the engagement as it stands. Table exports are available now; the PDF report and the PowerPoint deck are not built yet." />
      <ExportPanel />
      {counts && (
        <ul className="deliverables" aria-label="Deliverables and what they would contain">
          {deliverables.map((d) => (
            <li key={d.id} className="card deliverable" data-testid={`deliverable-${d.id}`}>
              <header className="card__header">
                <h2 id={`deliverable-${d.id}`} className="card__title">
                  {d.title}
                </h2>
                <span className="tag">{d.format}</span>
              </header>
              <ul className="deliverable__list">
                {d.contents(counts, format).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {d.built ? (
                <p className="field__hint">Export each table above, as CSV or as an Excel workbook.</p>
              ) : (
                <>
                  <button type="button" className="button button--secondary" disabled aria-describedby={`deliverable-${d.id}-soon`}>
                    Export
                  </button>
                  <p id={`deliverable-${d.id}-soon`} className="field__hint">
                    Not built yet: this deliverable is planned, not available in this version.
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
