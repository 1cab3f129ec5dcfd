// What every cell editor shares: its props, the check-then-save step and the error message.
import { checkField, type EditEntity } from '../../shared/edit-types';
import type { CellEdit } from './VirtualTableTypes';

export interface EditorProps<R> {
  entity: EditEntity;
  edit: CellEdit<R>;
  row: R;
  /** Text the editor starts with (the current value, or the key that started editing). */
  initial: string;
  /** True when editing started with a typed character (`initial` is that character). */
  typed: boolean;
  locale: string;
  label: string;
  save(value: unknown): Promise<string | null>;
  /** Leaves the editor; `move` says where the active cell goes next. */
  close(move?: 'next' | 'previous'): void;
}

/** Validates and saves a value; returns the message to show, or null once saved. */
export async function validateAndSave<R>(p: EditorProps<R>, value: unknown): Promise<string | null> {
  const problem = checkField(p.entity, p.edit.field, value);
  if (problem) return problem;
  return p.save(value);
}

export function EditorError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <span id={id} role="alert" className="vt__error" data-testid="cell-error">
      {message}
    </span>
  );
}

