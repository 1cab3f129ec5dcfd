// Resolving the roles and people a flows file names. A role is named by its client id or its
// title (case and spacing ignored); a title several roles share must be given as a client id.
// A person is named by the client's employee id: a current employee resolves to their stable
// ref (pseudonym) and row; a leaver, who has no row any more, gets the same keyed pseudonym the
// employee import would give them, so history and people line up without storing the raw id.
import type { ReadableDB } from '../../db/types';
import { isPseudonym, Pseudonymiser } from '../pseudonym';

export type Lookup = { id: number } | { problem: string };

export class RoleLookup {
  private readonly byClient = new Map<string, number>();
  private readonly byTitle = new Map<string, number[]>();
  readonly titleOf = new Map<number, string>();

  constructor(db: ReadableDB) {
    const rows = db.prepare('SELECT id, client_id, title FROM roles').all() as { id: number; client_id: string | null; title: string }[];
    for (const r of rows) {
      if (r.client_id) this.byClient.set(r.client_id.trim(), r.id);
      const key = r.title.trim().toLowerCase().replace(/\s+/g, ' ');
      this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), r.id]);
      this.titleOf.set(r.id, r.title);
    }
  }

  find(text: string): Lookup {
    const t = text.trim();
    const c = this.byClient.get(t);
    if (c !== undefined) return { id: c };
    const ids = this.byTitle.get(t.toLowerCase().replace(/\s+/g, ' ')) ?? [];
    if (ids.length === 1) return { id: ids[0] };
    if (ids.length > 1) return { problem: `${ids.length} roles are titled "${t}"; name the role by its client id` };
    return { problem: 'no role has this client id or title' };
  }
}

export class PersonLookup {
  private readonly byKey = new Map<string, { id: number; ref: string }>();
  private readonly pseudo: Pseudonymiser;

  constructor(db: ReadableDB) {
    this.pseudo = Pseudonymiser.forEngagement(db);
    const rows = db.prepare('SELECT id, ref, client_id FROM employees').all() as { id: number; ref: string; client_id: string | null }[];
    for (const r of rows) {
      this.byKey.set(r.ref, { id: r.id, ref: r.ref });
      if (r.client_id) this.byKey.set(r.client_id.trim(), { id: r.id, ref: r.ref });
    }
  }

  /** The person's ref and, when still employed, their row id. */
  find(text: string): { ref: string; employeeId: number | null } {
    const t = text.trim();
    const hit = this.byKey.get(t);
    if (hit) return { ref: hit.ref, employeeId: hit.id };
    const ref = isPseudonym(t) ? t : this.pseudo.refOf(t);
    const again = this.byKey.get(ref);
    return { ref, employeeId: again?.id ?? null };
  }
}
