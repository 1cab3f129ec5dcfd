// The skills a program teaches and by how many levels (uplift): add, change and remove, each an
// audited, undoable edit.
import { useCallback, useEffect, useState } from 'react';
import type { ProgramSkillRow } from '../../../shared/edit-read-models';
import { checkField } from '../../../shared/edit-types';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { parseNumber } from '../../components/VirtualTableValues';
import { categoryLabel } from '../../labels';
import { useFormat } from '../../lib/use-format';
import { useUndoStore } from '../../lib/undo-store';
import { AddSkillBar } from '../editing/AddSkillBar';

export function ProgramSkillsDialog({ programId, name, onClose }: { programId: number; name: string; onClose(): void }) {
  const format = useFormat();
  const [rows, setRows] = useState<ProgramSkillRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = useCallback(() => call('listProgramSkills', { programId }).then(setRows, (e) => setError(asApiError(e))), [programId]);
  useEffect(() => void reload(), [reload]);
  const apply = useUndoStore.getState().apply;

  async function run(p: ReturnType<typeof apply>) {
    const r = await p;
    setError(r.ok ? null : r.error);
    await reload();
  }

  function setUplift(row: ProgramSkillRow, text: string) {
    const uplift = parseNumber(text, format.locale);
    const message = uplift === null ? 'expected a number' : checkField('programSkill', 'uplift', uplift);
    setProblem(message ? `${row.skill}: ${message}` : null);
    if (!message && uplift !== row.uplift) void run(apply('updateRecord', { entity: 'programSkill', id: `${programId}:${row.skillId}`, changes: { uplift: uplift! } }));
  }

  const taught = new Set(rows?.map((r) => r.skillId));
  return (
    <Dialog title={`Skills taught by ${name}`} width="wide" onClose={onClose}>
      {error && <ErrorNotice error={error} title="Not saved" />}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {rows && (
        <table className="skill-grid" aria-label={`Skills taught by ${name}`}>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Uplift (levels)</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={3} className="muted">
                  Teaches no skill yet.
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.skillId}>
                <td>
                  {r.skill} <span className="muted">· {categoryLabel(r.category)}</span>
                </td>
                <td>
                  <input
                    key={`${r.skillId}-${r.uplift}`}
                    className="input input--number"
                    aria-label={`Uplift in ${r.skill}`}
                    defaultValue={String(r.uplift)}
                    onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                    onBlur={(e) => setUplift(r, e.currentTarget.value)}
                  />
                </td>
                <td>
                  <button type="button" className="row-button row-button--danger" aria-label={`Stop teaching ${r.skill}`} onClick={() => void run(apply('deleteRecord', { entity: 'programSkill', id: `${programId}:${r.skillId}` }))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddSkillBar
        id="program-add-skill"
        label="Teach another skill"
        button="Add with uplift 1"
        exclude={taught}
        onAdd={(skillId) => void run(apply('createRecord', { entity: 'programSkill', values: { programId, skillId, uplift: 1 } }))}
      />
    </Dialog>
  );
}
