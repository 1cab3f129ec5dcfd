// Column definitions of the virtualised, editable table: how a cell shows, how it sorts and,
// for editable cells, which domain field it edits and with what kind of editor.
import type { ReactNode } from 'react';
import type { EditEntity, OptionKind } from '../../shared/edit-types';

export type EditorKind = 'text' | 'number' | 'date' | 'enum' | 'boolean' | 'reference';

export interface CellEdit<R> {
  /** The domain field (entities.ts) the cell edits, e.g. "salary" or "roleId". */
  field: string;
  kind: EditorKind;
  /** The stored value behind the cell (an id for references). */
  value(row: R): unknown;
  nullable?: boolean;
  /** enum: the choices. */
  options?: { value: string; label: string }[];
  /** reference: which records to pick from, and the current label. */
  reference?: OptionKind;
  label?(row: R): string | null;
  /** Rows on which this cell is read-only (e.g. a taxonomy skill's name). */
  readOnly?(row: R): boolean;
}

export interface VirtualColumn<R> {
  id: string;
  header: string;
  /** Width in pixels: fixed widths keep header and rows aligned without measuring. */
  width: number;
  cell(row: R): ReactNode;
  /** Plain text for the hover title of long values. */
  text?(row: R): string | null;
  sortKey?: string;
  numeric?: boolean;
  edit?: CellEdit<R>;
}

export interface CellCommit<R> {
  row: R;
  column: VirtualColumn<R>;
  value: unknown;
}

export interface TableEditing<R> {
  entity: EditEntity;
  /** Saves one cell; resolves to an error message to show, or null when saved. */
  commit(c: CellCommit<R>): Promise<string | null>;
}
