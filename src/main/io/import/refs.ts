// References from one kind to another (an employee's role, a role's org unit, a requirement's
// skill), written in files as the client's id or as a name. Resolved by id first, then by name
// ignoring case; with createMissing an unknown one becomes a minimal record, listed in the
// report (in a dry run it gets a placeholder id and is listed as "would be created").
import type { CreatedRefs } from '../../../shared/import-types';
import type { WritableDB } from '../../db/types';

export type RefTarget = 'orgUnits' | 'locations' | 'roles' | 'skills';

const LOAD: Record<RefTarget, string> = {
  orgUnits: 'SELECT id, client_id AS clientId, name, NULL AS alias FROM org_units',
  locations: 'SELECT id, client_id AS clientId, name, NULL AS alias FROM locations',
  roles: 'SELECT id, client_id AS clientId, title AS name, NULL AS alias FROM roles',
  skills: 'SELECT id, NULL AS clientId, name, taxonomy_ref AS alias FROM skills',
};

const NOUN: Record<RefTarget, string> = { orgUnits: 'org unit', locations: 'location', roles: 'role', skills: 'skill' };

export type Resolution = { id: number } | { ambiguous: number[] } | null;

export interface CreateDefaults {
  currency: string;
  /** Level of roles created from an employee file's job level. */
  roleLevel?: number | null;
}

export class RefIndex {
  private readonly byClientId = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly names = new Map<number, string>();
  private nextPlaceholder = -1;
  private readonly planned: { id: number; name: string; hints: Partial<CreateDefaults> }[] = [];
  private readonly realIds = new Map<number, number>();
  readonly noun: string;

  constructor(
    private readonly db: WritableDB,
    readonly target: RefTarget,
    private readonly write: boolean,
    private readonly created: CreatedRefs,
  ) {
    this.noun = NOUN[target];
    for (const r of db.prepare(LOAD[target]).all() as { id: number; clientId: string | null; name: string; alias: string | null }[]) {
      this.register(r.id, r.name, r.clientId, r.alias);
    }
  }

  private register(id: number, name: string, clientId: string | null, alias: string | null = null): void {
    if (clientId !== null) this.byClientId.set(clientId.trim(), id);
    const key = name.trim().toLowerCase();
    const ids = this.byName.get(key);
    if (ids) ids.push(id);
    else this.byName.set(key, [id]);
    if (alias) this.byClientId.set(alias, id);
    this.names.set(id, name);
  }

  resolve(text: string): Resolution {
    const t = text.trim();
    const byId = this.byClientId.get(t);
    if (byId !== undefined) return { id: byId };
    const ids = this.byName.get(t.toLowerCase());
    if (!ids) return null;
    return ids.length === 1 ? { id: ids[0] } : { ambiguous: ids };
  }

  nameOf(id: number | null | undefined): string | null {
    return id === null || id === undefined ? null : (this.names.get(id) ?? `#${id}`);
  }

  /**
   * Plans a minimal record named by the reference text (createMissing): it gets a placeholder
   * id now, listed in the report, and a real one when `materialise` runs in a commit.
   */
  plan(text: string, hints: Partial<CreateDefaults> = {}): number {
    const name = text.trim();
    const id = this.nextPlaceholder--;
    this.planned.push({ id, name, hints });
    this.register(id, name, null);
    this.created[this.target].push(name);
    return id;
  }

  /** Inserts the planned records; afterwards `real` maps their placeholder ids. */
  materialise(d: CreateDefaults): void {
    if (!this.write) return;
    for (const p of this.planned) {
      const info =
        this.target === 'orgUnits'
          ? this.db.prepare('INSERT INTO org_units (name) VALUES (?)').run(p.name)
          : this.target === 'locations'
            ? this.db.prepare(`INSERT INTO locations (name, country, currency) VALUES (?, 'ZZ', ?)`).run(p.name, d.currency)
            : this.target === 'roles'
              ? this.db.prepare(`INSERT INTO roles (title, family, level) VALUES (?, 'Unclassified', ?)`).run(p.name, p.hints.roleLevel ?? null)
              : this.db.prepare(`INSERT INTO skills (name, category) VALUES (?, 'technical')`).run(p.name);
      this.realIds.set(p.id, Number(info.lastInsertRowid));
      this.names.set(Number(info.lastInsertRowid), p.name);
    }
    this.planned.length = 0;
  }

  /** The stored id for an id from `resolve` or `plan`. */
  real(id: number | null): number | null {
    return id !== null && id < 0 ? (this.realIds.get(id) ?? id) : id;
  }
}

/** What createMissing puts in the records it makes, for the report's notes. */
export const CREATED_NOTES: Record<RefTarget, string> = {
  orgUnits: 'Created org units have only a name: set their parent and cost centre in Org units.',
  locations: 'Created locations have country ZZ (unknown) and the engagement currency: set them in Locations.',
  roles: 'Created roles have job family "Unclassified" and no loaded cost: complete them in Roles.',
  skills: 'Created skills have the category "technical": change it in Skills where another fits.',
};
