// Skills matrix options: which columns are skills (and under which name), the level labels in
// force (built in plus the user's own, e.g. "Expert" = 5), and the source and date applied to
// every level read. Blank cells are not assessed, never level 0.
import { useId, useState } from 'react';
import type { ImportPreview } from '../../../shared/import-types';
import { proficiencySources } from '../../../shared/domain/entities';
import { setOptions, setSkillColumn } from './actions';
import { useImportStore } from './store';

/** One shared empty object: a selector returning a fresh {} would re-render forever. */
const NONE: Record<string, never> = {};

const BLANKS = new Set(['', 'n/a', 'na', 'n.a.', '-', '--', '?', 'not assessed', 'unknown', 'not rated', 'null']);

/** Values in the skill columns of the first rows that are neither numbers nor known labels. */
function unknownLabels(preview: ImportPreview, skillHeaders: string[]): string[] {
  const labels = new Set(Object.keys(preview.options.levelLabels).map((l) => l.toLowerCase()));
  const out = new Set<string>();
  for (const h of skillHeaders) {
    const i = preview.headers.indexOf(h);
    for (const r of preview.rows) {
      const v = (r[i] ?? '').trim();
      const low = v.toLowerCase();
      if (BLANKS.has(low) || labels.has(low) || /^(l|level\s*)?\d([.,]\d+)?\b/i.test(v) || labels.has(low.split(/\s+/)[0])) continue;
      out.add(v);
    }
  }
  return [...out];
}

function SkillColumns({ preview }: { preview: ImportPreview }) {
  const mapping = useImportStore((s) => s.mapping);
  const used = new Set(Object.values(mapping?.fields ?? {}));
  const skillColumns = mapping?.skillColumns ?? {};
  const candidates = preview.headers.filter((h) => !used.has(h));
  return (
    <fieldset className="wizard-fieldset">
      <legend className="wizard-legend">Skill columns ({Object.keys(skillColumns).length})</legend>
      <p className="field__hint">Each ticked column is one skill; its cells are levels. Skills not in the engagement yet are created when you allow creating missing references, else reported.</p>
      <ul className="skill-columns" data-testid="skill-columns">
        {candidates.map((h) => {
          const on = h in skillColumns;
          const guess = preview.guesses.find((g) => g.field === 'skillColumn' && g.column === h);
          return (
            <li key={h} className="skill-columns__item">
              <label className="skill-columns__toggle">
                <input type="checkbox" className="checkbox" checked={on} onChange={(e) => setSkillColumn(h, e.target.checked ? h.trim() : null)} />
                <span>{h}</span>
              </label>
              {on && (
                <input
                  className="input input--small"
                  aria-label={`Skill name for column ${h}`}
                  defaultValue={skillColumns[h]}
                  onBlur={(e) => e.target.value.trim() && setSkillColumn(h, e.target.value.trim())}
                />
              )}
              {guess && <span className="skill-columns__reason">{guess.reason}</span>}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function LevelLabels({ preview }: { preview: ImportPreview }) {
  const custom = useImportStore((s) => s.options.levelLabels) ?? NONE;
  const labelId = useId();
  const levelId = useId();
  const [label, setLabel] = useState('');
  const [level, setLevel] = useState('3');
  const unknown = unknownLabels(preview, Object.keys(useImportStore.getState().mapping?.skillColumns ?? {}));
  const entries = Object.entries(preview.options.levelLabels).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));

  function add(e: React.FormEvent) {
    e.preventDefault();
    const text = label.trim();
    if (!text) return;
    setOptions({ levelLabels: { ...custom, [text]: Number(level) } });
    setLabel('');
  }
  function remove(key: string) {
    const { [key]: _gone, ...rest } = custom;
    setOptions({ levelLabels: Object.keys(rest).length > 0 ? rest : undefined });
  }

  return (
    <fieldset className="wizard-fieldset">
      <legend className="wizard-legend">Level labels</legend>
      <p className="field__hint">Cells may hold 0-5 or a label. Blank, “n/a” or “-” means not assessed (no level is stored, never 0).</p>
      {unknown.length > 0 && (
        <p className="field__error" role="alert" data-testid="unknown-labels">
          Not recognised in the first rows: {unknown.map((u) => `“${u}”`).join(', ')}. Add them below, or those cells are reported as invalid.
        </p>
      )}
      <ul className="level-labels" data-testid="level-labels">
        {entries.map(([k, v]) => {
          const own = Object.keys(custom).some((c) => c.toLowerCase() === k);
          return (
            <li key={k} className={`level-labels__item${own ? ' is-custom' : ''}`}>
              <span className="level-labels__label">{k}</span>
              <span className="level-labels__level num">= {v}</span>
              {own && (
                <button type="button" className="button button--ghost button--small" aria-label={`Remove label ${k}`} onClick={() => remove(Object.keys(custom).find((c) => c.toLowerCase() === k)!)}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form className="level-labels__add" onSubmit={add}>
        <div className="field">
          <label htmlFor={labelId}>New label</label>
          <input id={labelId} className="input input--small" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Master" />
        </div>
        <div className="field">
          <label htmlFor={levelId}>Its level</label>
          <select id={levelId} className="select select--small" value={level} onChange={(e) => setLevel(e.target.value)}>
            {[0, 1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary button--small" disabled={!label.trim()}>
          Add label
        </button>
      </form>
    </fieldset>
  );
}

function AssessmentDefaults({ preview }: { preview: ImportPreview }) {
  const sourceId = useId();
  const dateId = useId();
  const mapped = useImportStore((s) => s.mapping?.fields) ?? NONE;
  return (
    <div className="format-grid">
      {!mapped.source && (
        <div className="field">
          <label htmlFor={sourceId}>Source of these levels</label>
          <select id={sourceId} className="select" value={preview.options.defaultSource} onChange={(e) => setOptions({ defaultSource: e.target.value as (typeof proficiencySources)[number] })}>
            {proficiencySources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      )}
      {!mapped.assessedOn && (
        <div className="field">
          <label htmlFor={dateId}>Assessed on</label>
          <input id={dateId} type="date" className="input" value={preview.options.assessedOn ?? ''} aria-describedby={`${dateId}-h`} onChange={(e) => setOptions({ assessedOn: e.target.value || null })} />
          <p id={`${dateId}-h`} className="field__hint">The file has no date column; leave empty if unknown.</p>
        </div>
      )}
    </div>
  );
}

export function MatrixOptions({ preview }: { preview: ImportPreview }) {
  return (
    <div className="matrix-options">
      {preview.options.shape === 'wide' && <SkillColumns preview={preview} />}
      <LevelLabels preview={preview} />
      <AssessmentDefaults preview={preview} />
    </div>
  );
}
