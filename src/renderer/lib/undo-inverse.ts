// The inverse of a change, as an API call: undo and redo go through the same validated,
// audited methods as the edit itself. An update is reversed by an update guarded with the
// values it set (so an undo never overwrites someone else's later change), an insert or a
// restore by a delete, and a delete by restoring the snapshot its audit row keeps.
import type { Input } from '../../shared/contract';
import { editableFields, type ChangeRecord } from '../../shared/edit-types';

export type InverseCall =
  | { method: 'updateRecord'; input: Input<'updateRecord'> }
  | { method: 'deleteRecord'; input: Input<'deleteRecord'> }
  | { method: 'restoreRecord'; input: Input<'restoreRecord'> };

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export function inverseOf(change: ChangeRecord): InverseCall {
  switch (change.action) {
    case 'insert':
    case 'restore':
      return { method: 'deleteRecord', input: { entity: change.entity, id: change.id } };
    case 'delete':
      return { method: 'restoreRecord', input: { auditId: change.auditId } };
    case 'update': {
      const before = change.before ?? {};
      const after = change.after ?? {};
      const editable = Object.keys(editableFields[change.entity].shape);
      const fields = editable.filter((f) => !same(before[f], after[f]));
      const pick = (r: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null]));
      return {
        method: 'updateRecord',
        input: { entity: change.entity, id: change.id, changes: pick(before), expected: pick(after) } as Input<'updateRecord'>,
      };
    }
  }
}

/** Words for the undo/redo buttons: "Undo: Changed salary of …". */
export const describeChange = (change: ChangeRecord): string => change.summary;
