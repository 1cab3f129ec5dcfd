// Settings: the engagement's identity and the assumptions every calculation starts from.
import type { FormEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { formatterFor } from '../../format';
import { useEngagementData } from '../../lib/use-engagement-data';
import { TaxonomyPanel } from '../data-import/taxonomy/TaxonomyPanel';
import { fields, groupTitles, type FieldGroup } from './fields';
import { fieldId, SettingsField } from './SettingsField';
import { isDirty, issuesOf, useSettingsStore } from './store';

const groups = Object.keys(groupTitles) as FieldGroup[];

export function SettingsPage() {
  useEngagementData(useSettingsStore);
  const s = useSettingsStore();
  const dirty = isDirty(s);
  // Preview formats with the locale and currency being edited, once they are valid.
  const format = formatterFor(String(s.draft?.['meta.locale'] ?? ''), String(s.draft?.['meta.currency'] ?? ''));
  const known = new Set(fields.map((f) => f.path));
  const otherIssues = s.saveError ? issuesOf(s.saveError).filter((i) => !known.has(i.path)) : [];
  const fieldIssues = s.saveError ? issuesOf(s.saveError).filter((i) => known.has(i.path)) : [];

  function submit(e: FormEvent) {
    e.preventDefault();
    void s.save();
  }

  return (
    <div className="page" data-testid="page-settings">
      <PageHeader
        title="Settings"
        description="The engagement’s identity and the assumptions every calculation starts from."
        actions={
          s.draft && (
            <div className="settings__bar">
              <p className="settings__status" role="status">
                {s.saving ? 'Saving…' : s.savedAt ? 'Saved.' : dirty ? 'Unsaved changes' : 'No changes'}
              </p>
              <button type="button" className="button button--ghost" onClick={s.restoreDefaults}>
                Restore default assumptions
              </button>
              <button type="button" className="button button--secondary" onClick={s.reset} disabled={!dirty || s.saving}>
                Reset
              </button>
              <button type="submit" form="settings-form" className="button button--primary" disabled={!dirty || s.saving}>
                Save settings
              </button>
            </div>
          )
        }
      />
      {s.loadError && <ErrorNotice error={s.loadError} onRetry={() => void s.load(s.revision ?? 0)} />}
      {!s.draft && s.status !== 'error' && <Loading label="Loading settings…" />}
      {s.draft && (
        <form id="settings-form" className="settings" onSubmit={submit} noValidate aria-label="Engagement settings">
          {s.saveError && (
            <div className="notice notice--error" role="alert" data-testid="settings-error">
              <div>
                <p className="notice__title">
                  {s.saveError.kind === 'validation' ? 'Not saved: please correct the highlighted values' : 'Not saved'}
                </p>
                {fieldIssues.length > 0 ? (
                  <ul className="notice__list">
                    {fieldIssues.map((i) => (
                      <li key={i.path}>
                        <a href={`#${fieldId(i.path)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(i.path))?.focus(); }}>
                          {fields.find((f) => f.path === i.path)?.label}
                        </a>
                        : {i.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="notice__message">{s.saveError.message}</p>
                )}
                {otherIssues.map((i) => (
                  <p key={i.path} className="notice__message">
                    {i.path}: {i.message}
                  </p>
                ))}
              </div>
            </div>
          )}
          {groups.map((g) => (
            <fieldset key={g} className="card settings__group">
              <legend className="settings__legend">{groupTitles[g].title}</legend>
              <p className="settings__description">{groupTitles[g].description}</p>
              <div className={`settings__fields settings__fields--${g}`}>
                {fields
                  .filter((f) => f.group === g)
                  .map((f) => (
                    <SettingsField key={f.path} spec={f} value={s.draft![f.path]} error={s.fieldErrors[f.path]} format={format} onChange={(v) => s.setField(f.path, v)} />
                  ))}
              </div>
            </fieldset>
          ))}
        </form>
      )}
      {/* Outside the settings form: these imports write at once and have their own buttons. */}
      <TaxonomyPanel />
    </div>
  );
}
