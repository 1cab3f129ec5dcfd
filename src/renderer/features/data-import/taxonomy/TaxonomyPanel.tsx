// Settings › Taxonomies and exposure: import the official O*NET and ESCO releases and the
// public automation exposure indices the user downloaded, read each import's report, and
// choose which index role exposure uses. Attribution lines stay visible.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../app/store';
import { ImportError } from '../ImportError';
import { escoAttribution, onetAttribution } from './attribution';
import { ExposureSources } from './ExposureSources';
import { EscoForm, ExposureForm, OnetForm } from './TaxonomyForms';
import { TaxonomyReport } from './TaxonomyReport';
import { useTaxonomyStore, type TaxonomyKind } from './taxonomy-store';
import '../data-import.css';
import './taxonomy.css';

const tabs: { id: TaxonomyKind; label: string }[] = [
  { id: 'onet', label: 'O*NET' },
  { id: 'esco', label: 'ESCO' },
  { id: 'exposure', label: 'Exposure index' },
];

function Progress() {
  const task = useAppStore((s) => Object.values(s.progress).find((p) => p.taskId.startsWith('taxonomy:')));
  const running = useTaxonomyStore((s) => s.running);
  if (!running) return null;
  const pct = task && task.total > 0 ? Math.round((task.done / task.total) * 100) : null;
  return (
    <div className="task-progress" data-testid="taxonomy-progress">
      <span className="task-progress__label">{task?.label ?? 'Reading the files…'}</span>
      <div className={`progress${pct === null ? ' progress--indeterminate' : ''}`} role="progressbar" aria-label="Taxonomy import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct ?? undefined}>
        <div className="progress__fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function TaxonomyPanel() {
  const [tab, setTab] = useState<TaxonomyKind>('onet');
  const { report, error } = useTaxonomyStore(useShallow((s) => ({ report: s.report, error: s.error })));
  const revision = useAppStore((s) => s.revision);
  useEffect(() => {
    void useTaxonomyStore.getState().loadOverview();
  }, [revision]);

  return (
    <section id="taxonomies" className="card taxonomy-panel" aria-labelledby="taxonomies-title" data-testid="taxonomy-panel">
      <header className="card__header">
        <h2 id="taxonomies-title" className="card__title">
          Taxonomies and exposure indices
        </h2>
      </header>
      <p className="settings__description">
        Official skills taxonomies and published automation exposure indices, from files you download from their publishers. Each import reads the files first and writes in one transaction: a file problem changes nothing.
      </p>
      <div className="segmented taxonomy-panel__tabs" role="group" aria-label="What to import">
        {tabs.map((t) => (
          <button key={t.id} type="button" className="segmented__option" aria-pressed={tab === t.id} onClick={() => setTab(t.id)} data-testid={`taxonomy-tab-${t.id}`}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'onet' && <OnetForm />}
      {tab === 'esco' && <EscoForm />}
      {tab === 'exposure' && <ExposureForm />}
      <Progress />
      {error && <ImportError error={error} />}
      {report && <TaxonomyReport report={report} />}
      <ExposureSources />
      <footer className="taxonomy-panel__attribution">
        <p className="attribution">{onetAttribution(null)}</p>
        <p className="attribution">{escoAttribution}</p>
      </footer>
    </section>
  );
}
