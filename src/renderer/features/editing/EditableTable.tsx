// An editable table screen: search, filters, the add button, the virtualised grid with inline
// editing, and the delete confirmation. People, Roles, Requirements, Skills and Programs are all
// this component with their own columns, filters and forms.
import { useCallback, useState, type ReactNode } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { EditEntity, RecordKey } from '../../../shared/edit-types';
import { SearchBox } from '../../components/SearchBox';
import { VirtualTable } from '../../components/VirtualTable';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import { useEngagementData } from '../../lib/use-engagement-data';
import type { WindowState } from '../../lib/window-store';
import { cellCommitter } from './commit';
import { DeleteDialog, type DeleteTarget } from './DeleteDialog';
import '../../styles/editing-panels.css';

export interface EditableTableProps<R, F> {
  entity: EditEntity;
  store: UseBoundStore<StoreApi<WindowState<R, F>>>;
  columns: VirtualColumn<R>[];
  idOf(row: R): RecordKey;
  labelOf(row: R): string;
  caption: string;
  noun: string;
  /** Singular noun for dialogs: "person". */
  singular: string;
  searchLabel: string;
  searchPlaceholder: string;
  filters?: ReactNode;
  addLabel?: string;
  onAdd?(): void;
  /** Buttons before Delete in each row. */
  rowButtons?(row: R): ReactNode;
  testId: string;
}

export function EditableTable<R, F>(p: EditableTableProps<R, F>) {
  useEngagementData(p.store);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const query = p.store((s) => s.query);
  const onSearch = useCallback((v: string) => p.store.getState().setSearch(v), [p.store]);
  const askDelete = (row: R) => setDeleting({ entity: p.entity, id: p.idOf(row), noun: `${p.singular} ${p.labelOf(row)}` });

  return (
    <div className="card page" data-testid={p.testId}>
      <div className="edit-toolbar">
        <SearchBox label={p.searchLabel} placeholder={p.searchPlaceholder} value={query.search} onSearch={onSearch} />
        {p.filters}
        {p.onAdd && (
          <span className="edit-toolbar__end">
            <button type="button" className="button button--primary button--small" onClick={p.onAdd}>
              {p.addLabel ?? `Add ${p.singular}`}
            </button>
          </span>
        )}
      </div>
      <VirtualTable
        caption={p.caption}
        store={p.store}
        columns={p.columns}
        rowKey={(r) => p.idOf(r)}
        noun={p.noun}
        editing={cellCommitter(p.entity, p.idOf)}
        onDeleteRow={askDelete}
        actions={{
          width: p.rowButtons ? 150 : 80,
          render: (row) => (
            <>
              {p.rowButtons?.(row)}
              <button type="button" className="row-button row-button--danger" tabIndex={-1} aria-label={`Delete ${p.labelOf(row)}`} onClick={() => askDelete(row)}>
                Delete
              </button>
            </>
          ),
        }}
        empty={query.search ? `No ${p.noun} match “${query.search}”.` : `No ${p.noun} here yet.`}
      />
      {deleting && <DeleteDialog target={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}
