// Saved mapping presets for this kind: load one (its columns this file has, and its options),
// save the current mapping under a name (the same name replaces it), delete one.
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyPreset, deletePreset, savePreset } from './actions';
import { useImportStore } from './store';

export function Presets() {
  const { presets, busy } = useImportStore(useShallow((s) => ({ presets: s.presets, busy: s.busy })));
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const loadId = useId();
  const nameId = useId();
  const preset = presets.find((p) => String(p.id) === chosen) ?? null;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (name.trim() && (await savePreset(name.trim()))) setName('');
  }

  return (
    <section className="presets" aria-label="Saved mappings">
      <div className="presets__load">
        <div className="field">
          <label htmlFor={loadId}>Mapping preset</label>
          <select id={loadId} className="select select--small" value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={presets.length === 0}>
            <option value="">{presets.length === 0 ? 'No presets saved for this kind yet' : 'Choose a preset…'}</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary button--small" disabled={!preset || busy !== null} onClick={() => preset && applyPreset(preset)}>
          Apply preset
        </button>
        <button type="button" className="button button--ghost button--small" disabled={!preset || busy !== null} onClick={() => preset && void deletePreset(preset).then(() => setChosen(''))}>
          Delete preset
        </button>
      </div>
      <form className="presets__save" onSubmit={(e) => void save(e)}>
        <div className="field">
          <label htmlFor={nameId}>Save this mapping as</label>
          <input id={nameId} className="input input--small" value={name} maxLength={100} placeholder="e.g. Workday export" onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="button button--secondary button--small" disabled={!name.trim() || busy !== null}>
          Save preset
        </button>
      </form>
    </section>
  );
}
