// Roles (matched on the client's job code, else the title) and skills (matched on the name).
import { Role, Skill, skillCategories, type SkillCategory } from '../../../../shared/domain/entities';
import { indexRows, type EntityKind, type ExistingRow } from '../entity-kind';
import type { Scalar } from '../report';
import type { RowReader } from '../row-reader';
import { idKey, nameKey } from './keys';

function occupationSystem(r: RowReader, code: string | null | undefined): Scalar | undefined {
  const t = r.text('occupationSystem', 20);
  if (t) {
    const s = t.toLowerCase().replace(/[^a-z]/g, '');
    if (s === 'onet' || s === 'onetsoc') return 'onet-soc';
    if (s === 'soc' || s === 'isco') return s;
    return r.fail('occupationSystem', t, 'not an occupation system: use onet-soc, soc or isco', 'invalid');
  }
  if (!code) return code === null ? null : undefined;
  if (/^\d{2}-\d{4}\.\d{2}$/.test(code)) return 'onet-soc';
  if (/^\d{2}-\d{4}$/.test(code)) return 'soc';
  if (/^\d{1,4}$/.test(code)) return 'isco';
  return null;
}

export const roles: EntityKind = {
  kind: 'roles',
  entity: 'role',
  table: 'roles',
  columns: {
    clientId: 'client_id',
    title: 'title',
    family: 'family',
    level: 'level',
    isManager: 'is_manager',
    orgUnitId: 'org_unit_id',
    locationId: 'location_id',
    loadedCost: 'loaded_cost',
    occupationCode: 'occupation_code',
    occupationSystem: 'occupation_system',
  },
  refFields: [
    { field: 'orgUnitId', mappingField: 'orgUnit', target: 'orgUnits' },
    { field: 'locationId', mappingField: 'location', target: 'locations' },
  ],
  convertsOffline: true,
  schema: Role.pick({ clientId: true, title: true, family: true, level: true, isManager: true, loadedCost: true, occupationCode: true, occupationSystem: true }).partial(),
  sourceField: (field) => (field === 'clientId' ? 'id' : field),
  keyField: (ctx) => (ctx.cols.has('id') ? 'id' : 'title'),
  load(ctx) {
    const rows = (
      ctx.db
        .prepare(
          `SELECT id, client_id AS clientId, title, family, level, is_manager AS isManager, org_unit_id AS orgUnitId,
                  location_id AS locationId, loaded_cost AS loadedCost, occupation_code AS occupationCode,
                  occupation_system AS occupationSystem FROM roles`,
        )
        .all() as (Record<string, Scalar> & { id: number })[]
    ).map((r): ExistingRow => ({ id: r.id, label: (r.clientId as string | null) ?? (r.title as string), values: r }));
    return indexRows(rows, (r) => (r.values.clientId ? [idKey(r.values.clientId as string), nameKey(r.values.title as string)] : [nameKey(r.values.title as string)]));
  },
  convert(r) {
    const title = r.text('title');
    if (!title) {
      if (title === null) r.fail('title', null, 'the role title is missing', 'required');
      return null;
    }
    const id = r.has('id') ? r.text('id', 100) : undefined;
    const values: Record<string, Scalar> = { title };
    if (id) values.clientId = id;
    const family = r.text('family', 100);
    if (family) values.family = family;
    const level = r.number('level');
    if (level !== undefined) values.level = level;
    const mgr = r.bool('isManager');
    if (mgr !== undefined && mgr !== null) values.isManager = mgr;
    const cost = r.number('loadedCost');
    if (cost !== undefined && cost !== null) values.loadedCost = cost;
    const code = r.text('occupationCode', 20);
    if (code !== undefined) values.occupationCode = code;
    const system = occupationSystem(r, code);
    if (system !== undefined) values.occupationSystem = system;
    const refs: Record<string, string | null> = {};
    for (const rf of roles.refFields) {
      const t = r.text(rf.mappingField);
      if (t !== undefined) refs[rf.field] = t;
    }
    return id
      ? { key: idKey(id), aliases: [nameKey(title)], label: id, values, refs }
      : { key: nameKey(title), aliases: [], label: title, values, refs };
  },
  defaults: () => ({ family: 'Unclassified', loadedCost: 0, isManager: false }),
  notes: (ctx) => (ctx.cols.has('family') ? [] : ['Roles without a job family get "Unclassified".']),
};

const CATEGORY_WORDS: Record<string, SkillCategory> = {
  tech: 'technical',
  'hard skill': 'technical',
  it: 'digital',
  'soft skill': 'soft',
  interpersonal: 'soft',
  behavioural: 'soft',
  behavioral: 'soft',
  transversal: 'soft',
  management: 'leadership',
  leader: 'leadership',
  business: 'domain',
  functional: 'domain',
  industry: 'domain',
  knowledge: 'domain',
  languages: 'language',
  compliance: 'regulatory',
  regulation: 'regulatory',
  legal: 'regulatory',
};

function category(text: string): SkillCategory | null {
  const t = text.trim().toLowerCase().replace(/s$/, '');
  if ((skillCategories as readonly string[]).includes(t)) return t as SkillCategory;
  if ((skillCategories as readonly string[]).includes(`${t}s`)) return `${t}s` as SkillCategory;
  return CATEGORY_WORDS[t] ?? CATEGORY_WORDS[text.trim().toLowerCase()] ?? null;
}

function taxonomySource(text: string | null | undefined, ref: string | null | undefined): Scalar | undefined {
  if (text) {
    const s = text.toLowerCase().replace(/[^a-z]/g, '');
    return s === 'onet' ? 'onet' : s === 'esco' ? 'esco' : s === 'custom' || s === 'own' || s === 'internal' ? 'custom' : `?${text}`;
  }
  if (!ref) return ref === null ? 'custom' : undefined;
  if (/^https?:\/\/data\.europa\.eu\/esco\//.test(ref)) return 'esco';
  if (/^\d(\.[A-Za-z0-9]+)+$/.test(ref)) return 'onet';
  return 'custom';
}

export const skills: EntityKind = {
  kind: 'skills',
  entity: 'skill',
  table: 'skills',
  columns: { name: 'name', category: 'category', taxonomySource: 'taxonomy_source', taxonomyRef: 'taxonomy_ref', description: 'description' },
  refFields: [],
  convertsOffline: true,
  schema: Skill.pick({ name: true, category: true, taxonomySource: true, taxonomyRef: true, description: true }).partial(),
  sourceField: (field) => field,
  keyField: () => 'name',
  load(ctx) {
    const rows = (
      ctx.db
        .prepare('SELECT id, name, category, taxonomy_source AS taxonomySource, taxonomy_ref AS taxonomyRef, description FROM skills')
        .all() as (Record<string, Scalar> & { id: number; name: string })[]
    ).map((r): ExistingRow => ({ id: r.id, label: r.name, values: r }));
    return indexRows(rows, (r) => [nameKey(r.values.name as string)]);
  },
  convert(r) {
    const name = r.text('name');
    if (!name) {
      if (name === null) r.fail('name', null, 'the skill name is missing', 'required');
      return null;
    }
    const values: Record<string, Scalar> = { name };
    const cat = r.text('category', 60);
    if (cat) {
      const c = category(cat);
      if (c) values.category = c;
      else r.fail('category', cat, `not a skill category: use one of ${skillCategories.join(', ')}`, 'invalid');
    }
    const ref = r.text('taxonomyRef', 300);
    if (ref !== undefined) values.taxonomyRef = ref;
    const src = taxonomySource(r.text('taxonomySource', 20), ref);
    if (typeof src === 'string' && src.startsWith('?')) r.fail('taxonomySource', src.slice(1), 'not a taxonomy: use onet, esco or custom', 'invalid');
    else if (src !== undefined) values.taxonomySource = src;
    const description = r.text('description', 4000);
    if (description !== undefined) values.description = description;
    return { key: nameKey(name), aliases: [], label: name, values, refs: {} };
  },
  defaults: () => ({ taxonomySource: 'custom' }),
  requiredForNew: [{ field: 'category', mappingField: 'category', label: 'The category' }],
};
