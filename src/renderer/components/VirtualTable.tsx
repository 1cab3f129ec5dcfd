// A virtualised, editable grid for tables of any length: only the rows in view (plus a margin)
// are in the DOM, each at a fixed height, inside a spacer as tall as all rows, and the rows
// themselves arrive in pages from a window store as the user scrolls. Keyboard model of a
// spreadsheet: arrows move the active cell, Enter or F2 (or typing, or a double-click) edits,
// Enter/Tab saves, Escape cancels, Delete asks to delete the row.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useStore, type StoreApi, type UseBoundStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { rowAt, type WindowState } from '../lib/window-store';
import { useFormat } from '../lib/use-format';
import { ErrorNotice } from './ErrorNotice';
import { VirtualTableEditor } from './VirtualTableEditor';
import type { TableEditing, VirtualColumn } from './VirtualTableTypes';
import { draftOf } from './VirtualTableValues';
import '../styles/editing.css';

export interface VirtualTableProps<R, F> {
  caption: string;
  store: UseBoundStore<StoreApi<WindowState<R, F>>>;
  columns: VirtualColumn<R>[];
  rowKey(row: R): string | number;
  /** What the rows are, for the count: "people". */
  noun: string;
  editing?: TableEditing<R>;
  /** Buttons at the end of each row (profile, delete). */
  actions?: { width: number; render(row: R): ReactNode };
  onDeleteRow?(row: R): void;
  rowHeight?: number;
  /** Height used where the viewport cannot be measured (tests without layout). */
  fallbackHeight?: number;
  empty?: ReactNode;
  testId?: string;
}

const OVERSCAN = 12;
const ariaSort = (active: boolean, dir: 'asc' | 'desc') => (active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');

interface Cell {
  row: number;
  col: number;
}

export function VirtualTable<R, F>(props: VirtualTableProps<R, F>) {
  const { store, columns, rowKey, editing, actions, rowHeight = 36, fallbackHeight = 540 } = props;
  const format = useFormat();
  const { total, pages, queryVersion, query, status, error } = useStore(
    store,
    useShallow((s) => ({ total: s.total, pages: s.pages, queryVersion: s.queryVersion, query: s.query, status: s.status, error: s.error })),
  );
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [edit, setEdit] = useState<(Cell & { initial: string; typed: boolean }) | null>(null);
  const gridId = useId();
  const count = total ?? 0;
  const colCount = columns.length + (actions ? 1 : 0);
  const template = [...columns.map((c, i) => (i === columns.length - 1 && !actions ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)), ...(actions ? [`minmax(${actions.width}px, 1fr)`] : [])].join(' ');

  // Measure the viewport; jsdom has no layout, so tests fall back to a fixed height.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || fallbackHeight);
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, [fallbackHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  const visible = Math.ceil(height / rowHeight);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(count - 1, first + visible + OVERSCAN);

  useEffect(() => {
    store.getState().ensureRange(from, Math.max(from, first + visible + OVERSCAN));
  }, [store, from, first, visible, queryVersion]);

  // A new search, sort or filter starts at the top.
  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
    setActive((a) => ({ row: 0, col: a.col }));
    setEdit(null);
  }, [queryVersion]);

  const scrollIntoView = useCallback(
    (row: number) => {
      const el = viewport.current;
      if (!el) return;
      const top = row * rowHeight;
      const view = (el.clientHeight || fallbackHeight) - rowHeight; // minus the pinned header
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + view) el.scrollTop = top + rowHeight - view;
      setScrollTop(el.scrollTop);
    },
    [rowHeight, fallbackHeight],
  );

  function moveTo(row: number, col: number) {
    const r = Math.max(0, Math.min(count - 1, row));
    const c = Math.max(0, Math.min(colCount - 1, col));
    setActive({ row: r, col: c });
    scrollIntoView(r);
  }

  function canEdit(rowIndex: number, col: number): boolean {
    const column = columns[col];
    const row = rowAt(pages, rowIndex);
    return Boolean(editing && column?.edit && row !== undefined && !column.edit.readOnly?.(row));
  }

  function startEdit(initial?: string) {
    if (!canEdit(active.row, active.col)) return;
    const column = columns[active.col];
    const row = rowAt(pages, active.row) as R;
    setEdit({ ...active, initial: initial ?? draftOf(column.edit!.kind, column.edit!.value(row), format.locale), typed: initial !== undefined });
  }

  function closeEdit(move?: 'next' | 'previous') {
    setEdit(null);
    if (move) {
      const step = move === 'next' ? 1 : -1;
      let c = active.col + step;
      while (c >= 0 && c < columns.length && !canEdit(active.row, c)) c += step;
      if (c >= 0 && c < columns.length) setActive({ row: active.row, col: c });
    }
    viewport.current?.focus({ preventScroll: true });
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (edit || e.target !== e.currentTarget) return;
    const page = Math.max(1, visible - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active.row + 1, active.col),
      ArrowUp: () => moveTo(active.row - 1, active.col),
      ArrowRight: () => moveTo(active.row, active.col + 1),
      ArrowLeft: () => moveTo(active.row, active.col - 1),
      PageDown: () => moveTo(active.row + page, active.col),
      PageUp: () => moveTo(active.row - page, active.col),
      Home: () => moveTo(e.ctrlKey || e.metaKey ? 0 : active.row, 0),
      End: () => moveTo(e.ctrlKey || e.metaKey ? count - 1 : active.row, colCount - 1),
      Enter: () => startEdit(),
      F2: () => startEdit(),
      Delete: () => {
        const row = rowAt(pages, active.row);
        if (row !== undefined) props.onDeleteRow?.(row);
      },
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ' && canEdit(active.row, active.col) && columns[active.col].edit!.kind !== 'enum' && columns[active.col].edit!.kind !== 'boolean') {
      e.preventDefault();
      startEdit(e.key);
    }
  }

  const cellId = (row: number, col: number) => `${gridId}-r${row}-c${col}`;
  const filtered = Boolean(query.search.trim()) || Object.values(query.filters as object).some((v) => v !== undefined && v !== null && v !== '');
  const rows: ReactNode[] = [];
  for (let i = from; i <= to; i++) {
    const row = rowAt(pages, i);
    rows.push(
      <div
        key={row === undefined ? `placeholder-${i}` : rowKey(row)}
        role="row"
        aria-rowindex={i + 2}
        aria-busy={row === undefined || undefined}
        className={`vt__row${i === active.row ? ' is-active-row' : ''}`}
        style={{ top: i * rowHeight, height: rowHeight }}
        data-row-index={i}
      >
        {columns.map((c, ci) => {
          const isActive = i === active.row && ci === active.col;
          const isEditing = edit !== null && edit.row === i && edit.col === ci && row !== undefined;
          const editable = Boolean(editing && c.edit && row !== undefined && !c.edit.readOnly?.(row));
          return (
            <div
              key={c.id}
              id={cellId(i, ci)}
              role="gridcell"
              aria-colindex={ci + 1}
              aria-readonly={editing && !editable ? true : undefined}
              className={['vt__cell', c.numeric ? 'num' : '', isActive ? 'is-active' : '', editable ? 'is-editable' : '', isEditing ? 'is-editing' : ''].join(' ').trim()}
              title={!isEditing && row !== undefined ? (c.text?.(row) ?? undefined) : undefined}
              onMouseDown={() => setActive({ row: i, col: ci })}
              onDoubleClick={() => {
                setActive({ row: i, col: ci });
                if (editable && row !== undefined) setEdit({ row: i, col: ci, initial: draftOf(c.edit!.kind, c.edit!.value(row), format.locale), typed: false });
              }}
            >
              {row === undefined ? (
                <span className="vt__placeholder" aria-hidden="true" />
              ) : isEditing ? (
                <VirtualTableEditor
                  entity={editing!.entity}
                  edit={c.edit!}
                  row={row}
                  initial={edit.initial}
                  typed={edit.typed}
                  locale={format.locale}
                  label={`${c.header}, editing`}
                  save={(value) => editing!.commit({ row, column: c, value })}
                  close={closeEdit}
                />
              ) : (
                c.cell(row)
              )}
            </div>
          );
        })}
        {actions && (
          <div role="gridcell" aria-colindex={colCount} id={cellId(i, columns.length)} className={`vt__cell vt__cell--actions${i === active.row && active.col === columns.length ? ' is-active' : ''}`}>
            {row !== undefined && actions.render(row)}
          </div>
        )}
      </div>,
    );
  }

  return (
    <div className="vt" data-testid={props.testId}>
      {error && <ErrorNotice error={error} onRetry={() => void store.getState().refresh()} />}
      <div
        ref={viewport}
        className="vt__viewport"
        role="grid"
        tabIndex={0}
        aria-label={props.caption}
        aria-rowcount={count + 1}
        aria-colcount={colCount}
        aria-busy={status === 'loading' || undefined}
        aria-activedescendant={count > 0 && active.row >= from && active.row <= to && rowAt(pages, active.row) !== undefined ? cellId(active.row, active.col) : undefined}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        onMouseUp={(e) => {
          if (!edit && !(e.target as HTMLElement).closest('button, a, input, select')) viewport.current?.focus({ preventScroll: true });
        }}
        style={{ ['--vt-cols' as string]: template }}
      >
        <div role="rowgroup" className="vt__head">
          <div role="row" aria-rowindex={1} className="vt__row vt__row--head">
            {columns.map((c, ci) => {
              const sorted = query.sortBy === c.sortKey;
              return (
                <div key={c.id} role="columnheader" aria-colindex={ci + 1} className={`vt__header${c.numeric ? ' num' : ''}`} aria-sort={c.sortKey ? ariaSort(sorted, query.sortDir) : undefined}>
                  {c.sortKey ? (
                    <button type="button" className="table__sort" onClick={() => store.getState().toggleSort(c.sortKey!)}>
                      <span>{c.header}</span>
                      <span className={`table__sort-icon${sorted ? ' is-active' : ''}`} aria-hidden="true">
                        {sorted ? (query.sortDir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </div>
              );
            })}
            {actions && (
              <div role="columnheader" aria-colindex={colCount} className="vt__header">
                <span className="sr-only">Actions</span>
              </div>
            )}
          </div>
        </div>
        <div role="rowgroup" className="vt__body" style={{ height: Math.max(count, 1) * rowHeight }}>
          {total === 0 && <div className="vt__empty">{props.empty ?? `No ${props.noun}.`}</div>}
          {rows}
        </div>
      </div>
      <p className="vt__count num" role="status" data-testid="row-count">
        {total === null ? `Loading ${props.noun}…` : `${format.integer(total)} ${props.noun}${filtered ? ' match' : ''}`}
        {status === 'loading' && total !== null && <span className="toolbar__busy"> · updating…</span>}
      </p>
    </div>
  );
}
