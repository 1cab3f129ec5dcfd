// A person's skills: what their role requires today and later, and what is known of them. A
// level can be set or cleared back to "not assessed", which is not the same as level 0.
import { useCallback, useEffect, useState } from 'react';
import type { PersonSkill, PersonSkills } from '../../../shared/edit-read-models';
import { proficiencySources, type ProficiencySource } from '../../../shared/domain/entities';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/use-format';
import { useUndoStore } from '../../lib/undo-store';
import { categoryLabel } from '../../labels';
import { AddSkillBar } from '../editing/AddSkillBar';

export const levelLabels = ['0 none', '1 awareness', '2 basic', '3 independent', '4 advanced', '5 expert'];
const sourceLabels: Record<ProficiencySource, string> = { self: 'Self', manager: 'Manager', assessment: 'Assessment', inferred: 'Inferred' };

export function PersonSkillsDialog({ employeeId, label, onClose }: { employeeId: number; label: string; onClose(): void }) {
  const format = useFormat();
  const [data, setData] = useState<PersonSkills | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(() => call('getPersonSkills', { employeeId }).then(setData, (e) => setError(asApiError(e))), [employeeId]);
  useEffect(() => void reload(), [reload]);

  async function run(outcome: Promise<{ ok: boolean; error?: ApiError }>) {
    const r = await outcome;
    setError(r.ok ? null : (r.error ?? null));
    await reload();
  }

  const apply = useUndoStore.getState().apply;
  const idOf = (s: { skillId: number }) => `${employeeId}:${s.skillId}`;

  function setLevel(s: PersonSkill, text: string) {
    if (text === '') {
      if (s.proficiency) void run(apply('deleteRecord', { entity: 'proficiency', id: idOf(s) }));
      return;
    }
    const level = Number(text);
    if (s.proficiency) void run(apply('updateRecord', { entity: 'proficiency', id: idOf(s), changes: { level } }));
    else void run(apply('createRecord', { entity: 'proficiency', values: { employeeId, skillId: s.skillId, level, source: 'assessment', assessedOn: data?.asOfDate ?? null } }));
  }

  function setField(s: PersonSkill, changes: { source?: ProficiencySource; assessedOn?: string | null }) {
    if (s.proficiency) void run(apply('updateRecord', { entity: 'proficiency', id: idOf(s), changes }));
  }

  const known = new Set(data?.skills.map((s) => s.skillId));
  return (
    <Dialog title={`Skills of ${label}`} description={data ? `${data.role ?? 'No role'} · requirements as of ${format.date(data.asOfDate)}` : undefined} width="wide" onClose={onClose}>
      {error && <ErrorNotice error={error} title="Not saved" />}
      {!data && !error && <Loading label="Loading the profile…" />}
      {data && (
        <>
          <table className="skill-grid skill-grid--profile" aria-label={`Skills of ${label}`} data-testid="person-skills">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Required now</th>
                <th scope="col">Required later</th>
                <th scope="col">Level</th>
                <th scope="col">Source</th>
                <th scope="col">Assessed on</th>
              </tr>
            </thead>
            <tbody>
              {data.skills.map((s) => (
                <tr key={s.skillId}>
                  <td className="skill-grid__skill">
                    {s.skill}
                    <span className="skill-grid__category">{categoryLabel(s.category)}</span>
                  </td>
                  <td className="num">{s.requiredNow === null ? '—' : format.decimal(s.requiredNow, 1)}</td>
                  <td className="num">{s.requiredLater ? `${format.decimal(s.requiredLater.level, 1)} from ${format.date(s.requiredLater.from)}` : '—'}</td>
                  <td>
                    <select className="select" aria-label={`Level in ${s.skill}`} value={s.proficiency ? String(s.proficiency.level) : ''} onChange={(e) => setLevel(s, e.target.value)}>
                      <option value="">Not assessed</option>
                      {levelLabels.map((l, i) => (
                        <option key={l} value={String(i)}>
                          {l}
                        </option>
                      ))}
                      {s.proficiency && !Number.isInteger(s.proficiency.level) && <option value={String(s.proficiency.level)}>{format.decimal(s.proficiency.level, 2)}</option>}
                    </select>
                    {!s.proficiency && <span className="sr-only">unknown</span>}
                  </td>
                  <td>
                    <select className="select" aria-label={`Source of ${s.skill}`} disabled={!s.proficiency} value={s.proficiency?.source ?? ''} onChange={(e) => setField(s, { source: e.target.value as ProficiencySource })}>
                      {!s.proficiency && <option value="">—</option>}
                      {proficiencySources.map((src) => (
                        <option key={src} value={src}>
                          {sourceLabels[src]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      key={`${s.skillId}-${s.proficiency?.assessedOn ?? ''}`}
                      className="input"
                      aria-label={`Assessed on (${s.skill})`}
                      placeholder="YYYY-MM-DD"
                      disabled={!s.proficiency}
                      defaultValue={s.proficiency?.assessedOn ?? ''}
                      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                      onBlur={(e) => {
                        const v = e.currentTarget.value.trim() || null;
                        if (s.proficiency && v !== s.proficiency.assessedOn) setField(s, { assessedOn: v });
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AddSkillBar
            id="add-skill"
            label="Assess another skill"
            button="Add at level 0"
            exclude={known}
            onAdd={(skillId) => setLevel({ skillId, skill: '', category: 'technical', requiredNow: null, requiredLater: null, proficiency: null }, '0')}
          />
        </>
      )}
    </Dialog>
  );
}
