// Merge keys shared by the kinds matched on "the client's id, else the name".
import type { RowReader } from '../row-reader';

export const idKey = (id: string): string => `id:${id.trim()}`;
export const nameKey = (name: string): string => `name:${name.trim().toLowerCase()}`;

/** Key, aliases and label of a record named by an optional id column and a required name column. */
export function idOrNameKey(r: RowReader, nameField: string, what: string): { key: string; aliases: string[]; label: string; id: string | null | undefined; name: string } | null {
  const name = r.text(nameField);
  const id = r.has('id') ? r.text('id', 100) : undefined;
  if (name === null || name === undefined) {
    if (name === null) r.fail(nameField, null, `the ${what} is missing`, 'required');
    return null;
  }
  if (id) return { key: idKey(id), aliases: [nameKey(name)], label: id, id, name };
  return { key: nameKey(name), aliases: [], label: name, id, name };
}

/** Keys an existing record answers to. */
export const storedKeys = (clientId: string | null, name: string): string[] =>
  clientId ? [idKey(clientId), nameKey(name)] : [nameKey(name)];
