// The audit log as a history: every change with when, what and the fields it changed, newest
// first. A deletion made by an edit can be restored from here, even after the undo stack is gone.
import { useCallback } from 'react';
import type { AuditRow } from '../../../shared/edit-read-models';
import { call } from '../../api/client';
import { SearchBox } from '../../components/SearchBox';
import { VirtualTable } from '../../components/VirtualTable';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import type { Formatter } from '../../format';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useFormat } from '../../lib/use-format';
import { useUndoStore } from '../../lib/undo-store';
import { createWindowStore } from '../../lib/window-store';
import { FilterSelect } from './Filters';

interface HistoryFilters {
  entity?: string;
}

export const useHistoryStore = createWindowStore<AuditRow, HistoryFilters>((q, offset, limit) =>
  call('listAuditLog', { offset, limit, ...(q.search.trim() ? { search: q.search.trim() } : {}), ...(q.filters.entity ? { entity: q.filters.entity } : {}) }),
);

const entities = [
  { value: 'employee', label: 'People' },
  { value: 'role', label: 'Roles' },
  { value: 'requirement', label: 'Requirements' },
  { value: 'skill', label: 'Skills' },
  { value: 'proficiency', label: 'Proficiencies' },
  { value: 'program', label: 'Programs' },
  { value: 'programSkill', label: 'Program skills' },
  { value: 'settings', label: 'Settings' },
];

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function columns(f: Formatter): VirtualColumn<AuditRow>[] {
  return [
    { id: 'at', header: 'When', width: 170, cell: (r) => f.dateTime(r.at) },
    { id: 'action', header: 'Action', width: 90, cell: (r) => <span className="tag">{r.action}</span> },
    { id: 'entity', header: 'Record', width: 150, cell: (r) => `${r.entity}${r.entityId ? ` ${r.entityId}` : ''}` },
    { id: 'summary', header: 'Change', width: 420, cell: (r) => r.summary, text: (r) => r.summary },
    {
      id: 'fields',
      header: 'Fields',
      width: 260,
      cell: (r) => r.changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join('; ') || '—',
      text: (r) => r.changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join('\n') || null,
    },
  ];
}

export function HistoryPanel() {
  useEngagementData(useHistoryStore);
  const format = useFormat();
  const query = useHistoryStore((s) => s.query);
  const onSearch = useCallback((v: string) => useHistoryStore.getState().setSearch(v), []);
  return (
    <div className="card page" data-testid="history">
      <div className="edit-toolbar">
        <SearchBox label="Search the history" placeholder="Search changes" value={query.search} onSearch={onSearch} />
        <FilterSelect label="Record" options={entities} value={query.filters.entity} onChange={(v) => useHistoryStore.getState().setFilter('entity', v)} />
      </div>
      <VirtualTable
        caption="History of changes"
        store={useHistoryStore}
        columns={columns(format)}
        rowKey={(r) => r.id}
        noun="changes"
        actions={{
          width: 90,
          render: (r) =>
            r.restorable ? (
              <button type="button" className="row-button" aria-label={`Restore: ${r.summary}`} onClick={() => void useUndoStore.getState().apply('restoreRecord', { auditId: r.id })}>
                Restore
              </button>
            ) : null,
        }}
      />
    </div>
  );
}
