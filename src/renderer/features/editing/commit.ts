// Saving a cell or a form through the undo store, and finding the API's message for one field.
import type { EditEntity, RecordKey } from '../../../shared/edit-types';
import type { ApiError } from '../../../shared/result';
import type { TableEditing } from '../../components/VirtualTableTypes';
import { useUndoStore } from '../../lib/undo-store';

interface Detail {
  path: string;
  message: string;
}

/** The API's details name fields as "salary", "changes.salary" or "values.salary". */
export function fieldErrors(error: ApiError): Record<string, string> {
  const details = Array.isArray(error.details) ? (error.details as Detail[]) : [];
  const out: Record<string, string> = {};
  for (const d of details) {
    if (typeof d?.path !== 'string') continue;
    const field = d.path.replace(/^(changes|values)\./, '');
    out[field] ??= d.message;
  }
  return out;
}

export const messageFor = (error: ApiError, field: string): string => fieldErrors(error)[field] ?? error.message;

export function cellCommitter<R>(entity: EditEntity, idOf: (row: R) => RecordKey): TableEditing<R> {
  return {
    entity,
    async commit({ row, column, value }) {
      const field = column.edit!.field;
      const outcome = await useUndoStore.getState().apply('updateRecord', { entity, id: idOf(row), changes: { [field]: value } } as never);
      return outcome.ok ? null : messageFor(outcome.error, field);
    },
  };
}
