// A searchable, sortable, server-paged table over a paged feature store (People, Roles, Skills).
import { useCallback } from 'react';
import { useStore, type StoreApi, type UseBoundStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { PAGE_SIZES, type PagedState } from '../lib/paged-store';
import { useEngagementData } from '../lib/use-engagement-data';
import { useFormat } from '../lib/use-format';
import { DataTable, type Column } from './DataTable';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';
import { Pager } from './Pager';
import { SearchBox } from './SearchBox';

interface PagedTableProps<R> {
  store: UseBoundStore<StoreApi<PagedState<R>>>;
  columns: Column<R>[];
  rowKey(row: R): string | number;
  caption: string;
  noun: string;
  searchLabel: string;
  searchPlaceholder: string;
  testId: string;
}

export function PagedTable<R>({ store, columns, rowKey, caption, noun, searchLabel, searchPlaceholder, testId }: PagedTableProps<R>) {
  useEngagementData(store);
  const format = useFormat();
  const { query, page, status, error } = useStore(
    store,
    useShallow((s) => ({ query: s.query, page: s.page, status: s.status, error: s.error })),
  );
  const actions = store.getState();
  const onSearch = useCallback((v: string) => void store.getState().setSearch(v), [store]);

  return (
    <div className="paged-table card" data-testid={testId}>
      <div className="toolbar">
        <SearchBox label={searchLabel} placeholder={searchPlaceholder} value={query.search} onSearch={onSearch} />
        {status === 'loading' && page && <span className="toolbar__busy" aria-hidden="true">Updating…</span>}
      </div>
      {error && <ErrorNotice error={error} onRetry={() => void actions.load()} />}
      {!page && status !== 'error' && <Loading label={`Loading ${noun}…`} />}
      {page && (
        <>
          <DataTable
            caption={caption}
            columns={columns}
            rows={page.rows}
            rowKey={rowKey}
            sort={{ by: query.sortBy, dir: query.sortDir }}
            onSort={(k) => void actions.toggleSort(k)}
            busy={status === 'loading'}
            singleLine
            scroll
            empty={query.search ? `No ${noun} match “${query.search}”.` : `No ${noun} in this engagement yet.`}
          />
          <Pager
            total={page.total}
            offset={page.offset}
            limit={query.limit}
            shown={page.rows.length}
            pageSizes={PAGE_SIZES}
            format={format}
            noun={noun}
            onOffset={(o) => void actions.setOffset(o)}
            onLimit={(l) => void actions.setLimit(l)}
          />
        </>
      )}
    </div>
  );
}
