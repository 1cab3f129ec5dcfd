// The three taxonomy imports: an O*NET release folder (with the importance threshold for
// requirements), an ESCO CSV export folder, and an automation exposure index file (with its
// source, the Eloundou measure and rater, an optional crosswalk, and whether to prefer it).
import { useId, useState } from 'react';
import { exposureSources, nameClashPolicies, type ExposureSource } from '../../../../shared/taxonomy-types';
import { exposureFileHints, exposureLabels } from './attribution';
import { PathField } from './PathField';
import { useTaxonomyStore } from './taxonomy-store';

const clashNames: Record<(typeof nameClashPolicies)[number], string> = {
  adopt: 'Adopt: a custom skill with the same name becomes the taxonomy skill',
  rename: 'Rename: always create the taxonomy skill under a suffixed name',
};

function NameClash({ value, onChange }: { value: (typeof nameClashPolicies)[number]; onChange(v: (typeof nameClashPolicies)[number]): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Skills with the same name</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as (typeof nameClashPolicies)[number])}>
        {nameClashPolicies.map((p) => (
          <option key={p} value={p}>
            {clashNames[p]}
          </option>
        ))}
      </select>
    </div>
  );
}

function Submit({ label, ready }: { label: string; ready: boolean }) {
  const running = useTaxonomyStore((s) => s.running !== null);
  return (
    <button type="submit" className="button button--primary" disabled={!ready || running}>
      {running ? 'Importing…' : label}
    </button>
  );
}

export function OnetForm() {
  const [dir, setDir] = useState('');
  const [minImportance, setMin] = useState('3');
  const [nameClash, setClash] = useState<(typeof nameClashPolicies)[number]>('adopt');
  const minId = useId();
  const n = Number(minImportance);
  const valid = dir.trim() !== '' && Number.isFinite(n) && n >= 1 && n <= 5;
  return (
    <form className="taxonomy-form" onSubmit={(e) => (e.preventDefault(), void useTaxonomyStore.getState().run('onet', { dir: dir.trim(), minImportance: n, nameClash }))} aria-label="Import O*NET">
      <PathField label="O*NET database folder" purpose="taxonomy-folder" value={dir} onChange={setDir} dialogTitle="Choose the O*NET database folder" hint="The unzipped O*NET release (Excel or text): it holds Skills.xlsx or Skills.txt and Occupation Data." testId="onet-dir" />
      <div className="field">
        <label htmlFor={minId}>Minimum importance for a requirement</label>
        <input id={minId} className="input input--number" inputMode="decimal" value={minImportance} onChange={(e) => setMin(e.target.value)} aria-invalid={!(n >= 1 && n <= 5) || undefined} aria-describedby={`${minId}-h`} />
        <p id={`${minId}-h`} className="field__hint">O*NET Importance 1-5; 3 is O*NET's “important”. Skills below it are not made requirements.</p>
      </div>
      <NameClash value={nameClash} onChange={setClash} />
      <ul className="taxonomy-rules" aria-label="Rules applied">
        <li>Creates the O*NET skills and, for each role with an O*NET-SOC code, its requirements.</li>
        <li>Level 0-7 becomes 0-5 by × 5/7; Importance 1-5 becomes a weight by (IM − 1) / 4.</li>
        <li>Rows flagged Not Relevant or Recommend Suppress are skipped; your own requirements are kept.</li>
        <li>Roles whose code has no O*NET data are listed in the report.</li>
      </ul>
      <Submit label="Import O*NET" ready={valid} />
    </form>
  );
}

export function EscoForm() {
  const [dir, setDir] = useState('');
  const [nameClash, setClash] = useState<(typeof nameClashPolicies)[number]>('adopt');
  return (
    <form className="taxonomy-form" onSubmit={(e) => (e.preventDefault(), void useTaxonomyStore.getState().run('esco', { dir: dir.trim(), nameClash }))} aria-label="Import ESCO">
      <PathField label="ESCO CSV export folder" purpose="taxonomy-folder" value={dir} onChange={setDir} dialogTitle="Choose the ESCO CSV folder" hint="The unzipped ESCO CSV download (English): occupations_en.csv, ISCOGroups_en.csv and the transversal, digital and green skills collections." testId="esco-dir" />
      <NameClash value={nameClash} onChange={setClash} />
      <ul className="taxonomy-rules" aria-label="Rules applied">
        <li>Imports occupations with their ISCO-08 group, and the transversal, digital and green skill collections as skills.</li>
        <li>Transversal skills become soft or leadership skills; a concept in several collections is imported once.</li>
      </ul>
      <Submit label="Import ESCO" ready={dir.trim() !== ''} />
    </form>
  );
}

export function ExposureForm() {
  const [file, setFile] = useState('');
  const [source, setSource] = useState<ExposureSource>('eloundou');
  const [measure, setMeasure] = useState<'alpha' | 'beta' | 'gamma'>('beta');
  const [rater, setRater] = useState<'human' | 'model'>('human');
  const [crosswalk, setCrosswalk] = useState('');
  const [prefer, setPrefer] = useState(false);
  const sourceId = useId();
  const measureId = useId();
  const raterId = useId();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void useTaxonomyStore.getState().run('exposure', {
      file: file.trim(),
      source,
      prefer,
      ...(crosswalk.trim() ? { crosswalk: crosswalk.trim() } : {}),
      ...(source === 'eloundou' ? { measure, rater } : {}),
    });
  }

  return (
    <form className="taxonomy-form" onSubmit={submit} aria-label="Import an exposure index">
      <div className="field">
        <label htmlFor={sourceId}>Index</label>
        <select id={sourceId} className="select" value={source} onChange={(e) => setSource(e.target.value as ExposureSource)} data-testid="exposure-source">
          {exposureSources.map((s) => (
            <option key={s} value={s}>
              {exposureLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <PathField label="Index file" purpose="taxonomy-file" value={file} onChange={setFile} dialogTitle="Choose the exposure index file" hint={exposureFileHints[source]} testId="exposure-file" />
      {source === 'eloundou' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={measureId}>Measure</label>
            <select id={measureId} className="select" value={measure} onChange={(e) => setMeasure(e.target.value as typeof measure)}>
              <option value="alpha">alpha: directly exposed tasks (E1)</option>
              <option value="beta">beta: E1 + half of E2 (the paper's primary measure)</option>
              <option value="gamma">gamma: E1 + E2</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={raterId}>Ratings by</label>
            <select id={raterId} className="select" value={rater} onChange={(e) => setRater(e.target.value as typeof rater)}>
              <option value="human">Human annotators</option>
              <option value="model">GPT-4</option>
            </select>
          </div>
        </div>
      )}
      <PathField label="SOC 2010 to 2018 crosswalk" purpose="taxonomy-file" value={crosswalk} onChange={setCrosswalk} dialogTitle="Choose the SOC crosswalk" hint="Matches an index in SOC 2010 codes (Frey & Osborne) to roles coded in SOC 2018 / O*NET-SOC 2019." required={false} />
      <label className="field--check">
        <input type="checkbox" className="checkbox" checked={prefer} onChange={(e) => setPrefer(e.target.checked)} />
        <span>Make this index the engagement's preferred source of role exposure</span>
      </label>
      <ul className="taxonomy-rules" aria-label="Rules applied">
        <li>Stored per role with its source; a new import of the same index replaces the earlier one.</li>
        <li>Codes are matched exactly, then by SOC-6 code, through the crosswalk, and by SOC group; unmatched rows and roles are reported.</li>
      </ul>
      <Submit label="Import exposure index" ready={file.trim() !== ''} />
    </form>
  );
}
