// Converting one row of an entity kind: the kind's own conversion, then the zod schema of its
// entity over the values. Shared by the importing thread and the reader thread.
import type { Converted, ConvertContext, EntityKind } from './entity-kind';
import type { RowReader } from './row-reader';
import { zodIssues } from './zod-issues';

export function convertRow(k: EntityKind, ctx: ConvertContext, reader: RowReader): Converted | null {
  const c = k.convert(reader, ctx);
  if (c && !reader.bad) {
    for (const i of zodIssues(k.schema, c.values)) reader.fail(k.sourceField(i.field, ctx), c.values[i.field], i.problem, i.code);
  }
  return c;
}
