// Per person recommendations: upskill in role, reskill to role X, no action or at risk, each with
// its reason in a sentence and the figures behind it (fit, hours, months, programs, start, cost).
// Filtered by recommendation, role and text, paged by the host (the plan is computed once);
// a person opens in a dialog with every figure explained.
import { useCallback, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { personActions, type PersonAction, type PlanPersonRow, type PlanQuery, type PlanResult } from '../../../../shared/plan-types';
import { DataTable, type Column } from '../../../components/DataTable';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { Pager } from '../../../components/Pager';
import { SearchBox } from '../../../components/SearchBox';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { actionLabels } from '../plan-labels';
import { ActionTag } from './ActionTag';
import { PEOPLE_PAGE_SIZES, usePlanPeople } from './people-store';
import { PersonDialog } from './PersonDialog';

const summaryKey: Record<PersonAction, keyof PlanResult['peopleSummary']> = { upskill: 'upskill', reskill: 'reskill', none: 'none', 'at-risk': 'atRisk' };

function columns(f: Formatter, open: (p: PlanPersonRow) => void): Column<PlanPersonRow>[] {
  return [
    {
      id: 'ref',
      header: 'Person',
      width: '7rem',
      cell: (p) => (
        <button type="button" className="link-button strong" onClick={() => open(p)} aria-label={`Open the recommendation for ${p.ref}`}>
          {p.ref}
        </button>
      ),
    },
    { id: 'role', header: 'Role today', truncate: true, text: (p) => p.role, cell: (p) => p.role },
    { id: 'action', header: 'Recommendation', width: '11rem', cell: (p) => <ActionTag action={p.action} /> },
    { id: 'target', header: 'Target role', truncate: true, text: (p) => p.targetRole, cell: (p) => p.targetRole ?? <span className="muted">—</span> },
    { id: 'fit', header: 'Fit', numeric: true, width: '4.5rem', cell: (p) => (p.fit === null ? '—' : f.percent(p.fit, 0)) },
    { id: 'programs', header: 'Programs', truncate: true, text: (p) => p.programs.map((x) => x.name).join(', '), cell: (p) => (p.programs.length ? p.programs.map((x) => x.name).join(', ') : <span className="muted">—</span>) },
    { id: 'start', header: 'Start', width: '7.5rem', cell: (p) => (p.startDate ? f.date(p.startDate) : p.release ? `release ${f.date(p.release.date)}` : '—') },
    { id: 'months', header: 'Months', numeric: true, width: '5rem', cell: (p) => (p.monthsToProficiency === null ? '—' : f.decimal(p.monthsToProficiency, 1)) },
    { id: 'cost', header: 'Cost', numeric: true, width: '6.5rem', cell: (p) => f.money(p.cost) },
    { id: 'reason', header: 'Why', truncate: true, text: (p) => p.reason, cell: (p) => p.reason },
  ];
}

export function PeoplePanel({ result, query, format: f }: { result: PlanResult; query: PlanQuery; format: Formatter }) {
  const roleSelect = useId();
  const s = usePlanPeople(useShallow((x) => ({ action: x.action, roleId: x.roleId, search: x.search, offset: x.offset, limit: x.limit, open: x.open })));
  const store = usePlanPeople.getState();
  const input = { ...query, offset: s.offset, limit: s.limit, ...(s.action ? { action: s.action } : {}), ...(s.roleId !== null ? { roleId: s.roleId } : {}), ...(s.search ? { search: s.search } : {}) };
  const page = useApiQuery('getPlanPeople', input);
  const onSearch = useCallback((v: string) => usePlanPeople.getState().setSearch(v), []);
  const roles = [...new Map(result.mix.map((r) => [r.roleId, r.role])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const total = result.solver.people;
  return (
    <div className="plan-panel" data-testid="plan-people">
      <div className="card">
        <div className="plan-filters">
          <div className="segmented" role="group" aria-label="Recommendation">
            <button type="button" className="segmented__option" aria-pressed={s.action === null} onClick={() => store.setAction(null)} data-testid="people-filter-all">
              All <span className="num">{f.integer(total)}</span>
            </button>
            {personActions.map((a) => (
              <button key={a} type="button" className="segmented__option" aria-pressed={s.action === a} onClick={() => store.setAction(a)} data-testid={`people-filter-${a}`}>
                {actionLabels[a]} <span className="num">{f.integer(result.peopleSummary[summaryKey[a]])}</span>
              </button>
            ))}
          </div>
          <div className="plan-filters__row">
            <div className="field plan-toolbar__field">
              <label htmlFor={roleSelect}>Role (today or target)</label>
              <select id={roleSelect} className="select" value={s.roleId ?? ''} onChange={(e) => store.setRole(e.target.value ? Number(e.target.value) : null)} data-testid="people-role">
                <option value="">All roles</option>
                {roles.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <SearchBox label="Search people by reference or role" placeholder="Search reference or role…" value={s.search} onSearch={onSearch} />
            {page.loading && page.data && <span className="toolbar__busy">Updating…</span>}
          </div>
        </div>
        {page.error && <ErrorNotice error={page.error} onRetry={page.reload} />}
        {!page.data && !page.error && <Loading label="Loading the recommendations…" />}
        {page.data && (
          <>
            <DataTable
              caption="Recommendations per person"
              columns={columns(f, store.openPerson)}
              rows={page.data.rows}
              rowKey={(p) => p.employeeId}
              busy={page.loading}
              singleLine
              scroll
              testId="people-table"
              empty="Nobody matches these filters."
            />
            <Pager
              total={page.data.total}
              offset={page.data.offset}
              limit={s.limit}
              shown={page.data.rows.length}
              pageSizes={PEOPLE_PAGE_SIZES}
              format={f}
              noun="people"
              onOffset={store.setOffset}
              onLimit={store.setLimit}
            />
          </>
        )}
      </div>
      {s.open && <PersonDialog person={s.open} format={f} onClose={() => store.openPerson(null)} />}
    </div>
  );
}
