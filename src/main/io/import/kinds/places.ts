// Org units (a tree: each may name its parent, possibly further down the file) and locations.
// Both match existing records on the client's id when the file has one, else on the name.
import { Location, OrgUnit } from '../../../../shared/domain/entities';
import { indexRows, type EntityKind, type ExistingRow } from '../entity-kind';
import type { Scalar } from '../report';
import { idKey, idOrNameKey, nameKey, storedKeys } from './keys';

function load(sql: string, ctx: Parameters<EntityKind['load']>[0]) {
  const rows = (ctx.db.prepare(sql).all() as (Record<string, Scalar> & { id: number })[]).map(
    (r): ExistingRow => ({ id: r.id, label: (r.clientId as string | null) ?? (r.name as string), values: r }),
  );
  return indexRows(rows, (r) => storedKeys(r.values.clientId as string | null, r.values.name as string));
}

export const orgUnits: EntityKind = {
  kind: 'orgUnits',
  entity: 'org unit',
  table: 'org_units',
  columns: { clientId: 'client_id', name: 'name', parentId: 'parent_id', costCentre: 'cost_centre' },
  refFields: [],
  convertsOffline: true,
  self: {
    field: 'parentId',
    mappingField: 'parent',
    noun: 'parent unit',
    primaryKey: (text) => idKey(text),
    otherKeys: (text) => [nameKey(text)],
  },
  schema: OrgUnit.pick({ clientId: true, name: true, costCentre: true }).partial(),
  sourceField: (field) => (field === 'clientId' ? 'id' : field),
  keyField: (ctx) => (ctx.cols.has('id') ? 'id' : 'name'),
  load: (ctx) => load('SELECT id, client_id AS clientId, name, parent_id AS parentId, cost_centre AS costCentre FROM org_units', ctx),
  convert(r) {
    const k = idOrNameKey(r, 'name', 'unit name');
    if (!k) return null;
    const values: Record<string, Scalar> = { name: k.name };
    if (k.id) values.clientId = k.id;
    const cc = r.text('costCentre', 50);
    if (cc !== undefined) values.costCentre = cc;
    const parent = r.has('parent') ? (r.text('parent') ?? null) : undefined;
    return { key: k.key, aliases: k.aliases, label: k.label, values, refs: {}, ...(parent !== undefined ? { self: parent } : {}) };
  },
  defaults: () => ({}),
  stub(text, ctx) {
    ctx.report.created.orgUnits.push(text.trim());
    return { key: nameKey(text), aliases: [], label: text.trim(), values: { name: text.trim() }, refs: {} };
  },
};

// Country names as people write them ("Ireland", "United Kingdom") to ISO codes.
let countryNames: Map<string, string> | null = null;
function countryCode(text: string): string | null {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  if (!countryNames) {
    countryNames = new Map([['uk', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['usa', 'US'], ['united states of america', 'US']]);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        try {
          const name = names.of(code);
          if (name && name !== code) countryNames.set(name.toLowerCase(), code);
        } catch {
          // not a region code
        }
      }
    }
  }
  return countryNames.get(t.toLowerCase()) ?? null;
}

export const locations: EntityKind = {
  kind: 'locations',
  entity: 'location',
  table: 'locations',
  columns: {
    clientId: 'client_id',
    name: 'name',
    country: 'country',
    currency: 'currency',
    labourCostIndex: 'labour_cost_index',
    planned: 'planned',
    launchDate: 'launch_date',
  },
  refFields: [],
  convertsOffline: true,
  schema: Location.pick({ clientId: true, name: true, country: true, currency: true, labourCostIndex: true, planned: true, launchDate: true }).partial(),
  sourceField: (field) => (field === 'clientId' ? 'id' : field),
  keyField: (ctx) => (ctx.cols.has('id') ? 'id' : 'name'),
  load: (ctx) =>
    load(
      `SELECT id, client_id AS clientId, name, country, currency, labour_cost_index AS labourCostIndex,
              planned, launch_date AS launchDate FROM locations`,
      ctx,
    ),
  convert(r) {
    const k = idOrNameKey(r, 'name', 'location name');
    if (!k) return null;
    const values: Record<string, Scalar> = { name: k.name };
    if (k.id) values.clientId = k.id;
    const country = r.text('country', 60);
    if (country) {
      const code = countryCode(country);
      if (code) values.country = code;
      else r.fail('country', country, 'not a country: use a two-letter ISO code such as IE or an English country name', 'invalid');
    }
    const currency = r.text('currency', 10);
    if (currency) values.currency = currency.toUpperCase();
    const lci = r.number('labourCostIndex');
    if (lci !== undefined && lci !== null) values.labourCostIndex = lci;
    const planned = r.bool('planned');
    if (planned !== undefined && planned !== null) values.planned = planned;
    const launch = r.date('launchDate');
    if (launch !== undefined) values.launchDate = launch;
    return { key: k.key, aliases: k.aliases, label: k.label, values, refs: {} };
  },
  defaults: (ctx) => ({ currency: ctx.currency, labourCostIndex: 1, planned: false }),
  requiredForNew: [{ field: 'country', mappingField: 'country', label: 'The country' }],
};
