// "Add another skill" under a person's or a program's skills: a select of the engagement's skills
// not listed yet and a button that adds the chosen one.
import { useState } from 'react';
import { useOptions } from './use-options';

export function AddSkillBar({ id, label, button, exclude, onAdd }: { id: string; label: string; button: string; exclude: Set<number>; onAdd(skillId: number): void }) {
  const skills = useOptions('skills');
  const [adding, setAdding] = useState('');
  return (
    <div className="edit-toolbar" style={{ marginTop: 'var(--space-3)' }}>
      <span className="filter">
        <label htmlFor={id}>{label}</label>
        <select id={id} className="select select--small" value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">Choose a skill…</option>
          {skills
            .filter((o) => !exclude.has(Number(o.value)))
            .map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.label}
              </option>
            ))}
        </select>
      </span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!adding}
        onClick={() => {
          onAdd(Number(adding));
          setAdding('');
        }}
      >
        {button}
      </button>
    </div>
  );
}
