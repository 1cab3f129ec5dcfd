// Cost overrides: a cost parameter (recruiting share, contractor premium and cap, severance ...)
// set for a scenario, a role and/or a location instead of the engagement's settings. Setting or
// removing one re-runs the plan on screen.
import { useId, useState } from 'react';
import { costOverrideFields, type CostOverrideField, type CostOverrideRow, type PlanResult } from '../../../../shared/plan-types';
import type { ApiError } from '../../../../shared/result';
import { asApiError, call } from '../../../api/client';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { costFields, costFieldValue } from '../plan-labels';
import { usePlanRun } from '../run-store';

const toNumberOrNull = (v: string) => (v === '' ? null : Number(v));

export function OverridesEditor({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const ids = { scenario: useId(), role: useId(), location: useId(), field: useId(), value: useId() };
  const list = useApiQuery('listPlanCostOverrides', {});
  const scenarios = useApiQuery('scenarioList', {});
  const saved = (scenarios.data ?? []).filter((s): s is typeof s & { id: number } => typeof s.id === 'number');
  const roles = [...new Map(result.costs.map((c) => [c.roleId, c.role])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const locations = [...new Map(result.costs.filter((c) => c.locationId !== null).map((c) => [c.locationId!, c.location])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const [scenarioId, setScenarioId] = useState<string>(result.scenario.id === null ? '' : String(result.scenario.id));
  const [roleId, setRoleId] = useState('');
  const [locationId, setLocationId] = useState('');
  const [field, setField] = useState<CostOverrideField>('contractorCapShare');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const share = costFields[field].unit === 'share';
  const typed = Number(value.replace(',', '.'));
  const scoped = scenarioId !== '' || roleId !== '' || locationId !== '';
  const valid = scoped && value.trim() !== '' && Number.isFinite(typed) && typed >= 0;

  const name = {
    scenario: (id: number | null) => (id === null ? null : (saved.find((s) => s.id === id)?.name ?? `scenario ${id}`)),
    role: (id: number | null) => (id === null ? null : (roles.find(([r]) => r === id)?.[1] ?? `role ${id}`)),
    location: (id: number | null) => (id === null ? null : (locations.find(([l]) => l === id)?.[1] ?? `location ${id}`)),
  };
  const scopeText = (o: CostOverrideRow) => [name.scenario(o.scenarioId), name.role(o.roleId), name.location(o.locationId)].filter(Boolean).join(' · ');

  async function set(scope: { scenarioId: number | null; roleId: number | null; locationId: number | null }, fieldName: CostOverrideField, v: number | null) {
    setBusy(true);
    setError(null);
    try {
      await call('setPlanCostOverride', { scope, field: fieldName, value: v });
      list.reload();
      await usePlanRun.getState().refresh();
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!valid) return;
    const ok = await set(
      { scenarioId: toNumberOrNull(scenarioId), roleId: toNumberOrNull(roleId), locationId: toNumberOrNull(locationId) },
      field,
      share ? typed / 100 : typed,
    );
    if (ok) setValue('');
  }

  return (
    <section className="card" aria-labelledby="plan-overrides-title" data-testid="cost-overrides">
      <header className="card__header">
        <h2 id="plan-overrides-title" className="card__title">
          Cost overrides
        </h2>
        <span className="muted">Replace an engagement setting for a scenario, a role or a location.</span>
      </header>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading label="Loading the overrides…" />}
      {list.data && (
        <table className="table plan-overrides" data-testid="overrides-table">
          <caption className="sr-only">Cost overrides in force</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">For</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.length === 0 ? (
              <tr>
                <td colSpan={4} className="table__empty">
                  No overrides: every cost comes from the engagement settings.
                </td>
              </tr>
            ) : (
              list.data.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{costFields[o.field].label}</th>
                  <td>{scopeText(o)}</td>
                  <td className="num">{costFieldValue(o.field, o.value, f)}</td>
                  <td>
                    <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void set({ scenarioId: o.scenarioId, roleId: o.roleId, locationId: o.locationId }, o.field, null)}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
      <form className="plan-override-form" onSubmit={(e) => void submit(e)} aria-label="Set a cost override">
        <div className="field">
          <label htmlFor={ids.field}>Parameter</label>
          <select id={ids.field} className="select" value={field} onChange={(e) => setField(e.target.value as CostOverrideField)} data-testid="override-field">
            {costOverrideFields.map((k) => (
              <option key={k} value={k}>
                {costFields[k].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.value}>Value</label>
          <div className="field__control">
            <input id={ids.value} className="input input--number" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} data-testid="override-value" aria-describedby={`${ids.value}-hint`} />
            <span className="field__unit">{share ? '%' : costFields[field].unit}</span>
          </div>
          <p id={`${ids.value}-hint`} className="field__hint">
            {costFields[field].hint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.scenario}>Scenario</label>
          <select id={ids.scenario} className="select" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} data-testid="override-scenario">
            <option value="">Any scenario</option>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.role}>Role</label>
          <select id={ids.role} className="select" value={roleId} onChange={(e) => setRoleId(e.target.value)} data-testid="override-role">
            <option value="">Any role</option>
            {roles.map(([id, r]) => (
              <option key={id} value={id}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.location}>Location</label>
          <select id={ids.location} className="select" value={locationId} onChange={(e) => setLocationId(e.target.value)} data-testid="override-location">
            <option value="">Any location</option>
            {locations.map(([id, l]) => (
              <option key={id} value={id}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={!valid || busy} data-testid="override-save">
          {busy ? 'Saving…' : 'Set override'}
        </button>
        {!scoped && <p className="field__hint">Name a scenario, a role or a location: the engagement-wide value is in Settings.</p>}
      </form>
      {error && <ErrorNotice error={error} title="Could not change the override" />}
    </section>
  );
}
