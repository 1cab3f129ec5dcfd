// Scenario JSON through the registry: export is self-describing, import round-trips in the same
// engagement, resolves references by key in another engagement whose ids differ, and refuses a
// file naming records it cannot resolve (naming them) or a file that is not a scenario export.
import type { ScenarioExportDoc } from '../../../src/main/scenarios/exchange';
import { collectRefs } from '../../../src/main/scenarios/refs';
import { demoApi } from '../scenarios/api';

type Doc = ScenarioExportDoc;
const OFFSET = 1000;
let files = 0;

/** A second engagement holding the records a file references, under other ids, roles without client ids. */
async function otherEngagement(api: Awaited<ReturnType<typeof demoApi>>, doc: Doc, leaveOut: { skill?: string } = {}) {
  await api.call('createEngagement', { file: `other-${++files}.skillshift`, name: 'Other Co' });
  const db = api.db();
  db.transaction(() => {
    // Reverse order, shifted ids: nothing lines up with the source by id.
    for (const l of [...doc.references.locations].reverse()) db.prepare(`INSERT INTO locations (id, client_id, name, country, currency) VALUES (?, ?, ?, 'PL', 'PLN')`).run(l.id + OFFSET, l.clientId, l.name);
    for (const r of [...doc.references.roles].reverse()) db.prepare('INSERT INTO roles (id, title, family) VALUES (?, ?, ?)').run(r.id + OFFSET, r.title.toUpperCase(), r.family ?? 'General');
    for (const s of [...doc.references.skills].reverse()) if (s.name !== leaveOut.skill) db.prepare('INSERT INTO skills (id, name, category) VALUES (?, ?, ?)').run(s.id + OFFSET, s.name, s.category ?? 'technical');
    for (const o of doc.references.objectives) db.prepare(`INSERT INTO objectives (id, name, metric, baseline, target, target_date) VALUES (?, ?, 'm', 0, 1, '2027-12-31')`).run(o.id + OFFSET, o.name);
  })();
}

describe('scenario JSON export and import', () => {
  it('exports a self-describing document: format, version, body as stored, every reference by stable keys', async () => {
    const api = await demoApi();
    const exported = await api.call('scenarioExport', { scenarioId: api.automationId });
    expect(exported.fileName).toBe('ai-assisted-claims-and-back-office-v1.scenario.json');
    const doc = JSON.parse(exported.json) as Doc;
    expect(doc).toMatchObject({ format: 'skillshift-scenario', formatVersion: 1, source: { engagement: 'Meridian Mutual (demo)', scenarioId: api.automationId, version: 1 }, scenario: { name: 'AI-assisted claims and back office', kind: 'automation' } });
    expect(doc.body).toEqual((await api.call('scenarioGet', { scenarioId: api.automationId })).body);
    const used = collectRefs(doc.body);
    const described = (kind: string, id: number) => {
      const list = { role: doc.references.roles, skill: doc.references.skills, objective: doc.references.objectives, location: doc.references.locations, orgUnit: doc.references.orgUnits, task: doc.references.tasks }[kind]!;
      return list.find((r) => r.id === id);
    };
    for (const u of used) expect(described(u.kind, u.id), `${u.kind} ${u.id}`).toBeDefined();
    const role = api.db().prepare('SELECT client_id AS clientId, title, family FROM roles WHERE id = ?').get(doc.references.roles[0].id);
    expect(doc.references.roles[0]).toEqual({ id: doc.references.roles[0].id, ...(role as object) });
    expect(doc.references.skills.length).toBeGreaterThan(0);
    expect(doc.references.objectives.length).toBeGreaterThan(0);
  });

  it('round-trips in the same engagement: the imported body equals the exported one', async () => {
    const api = await demoApi();
    for (const id of [api.automationId, api.marketId]) {
      const { json } = await api.call('scenarioExport', { scenarioId: id });
      const source = JSON.parse(json) as Doc;
      const imported = await api.call('scenarioImport', { json, name: `${source.scenario.name} (copy)` });
      expect(imported.document.body).toEqual(source.body);
      expect(imported.document.scenario).toMatchObject({ kind: source.scenario.kind, latestVersion: 1 });
      expect(imported.document.scenario.versions[0].note).toMatch(/^Imported from Meridian Mutual \(demo\)/);
      expect(imported.references.every((r) => r.id === r.sourceId)).toBe(true);
      expect(imported.references.filter((r) => r.kind === 'role').every((r) => r.by === 'clientId')).toBe(true);
      expect(imported.warnings).toEqual([]);
    }
    // The file's own name is taken: importing it again under that name is a conflict.
    const { json } = await api.call('scenarioExport', { scenarioId: api.automationId });
    expect(await api.fail('scenarioImport', { json })).toMatchObject({ kind: 'conflict' });
  });

  it('imports into another engagement, resolving roles by title, locations by client id, skills and objectives by name', async () => {
    const api = await demoApi();
    for (const id of [api.automationId, api.marketId]) {
      const doc = JSON.parse((await api.call('scenarioExport', { scenarioId: id })).json) as Doc;
      await otherEngagement(api, doc);
      const result = await api.call('scenarioImport', { json: JSON.stringify(doc) });
      const expected = collectRefs(doc.body).map((u) => `${u.kind}:${u.id + OFFSET}`).sort();
      expect(collectRefs(result.document.body).map((u) => `${u.kind}:${u.id}`).sort()).toEqual(expected);
      for (const r of result.references) {
        expect(r.id).toBe(r.sourceId + OFFSET);
        expect(r.by).toBe({ role: 'title', location: 'clientId', skill: 'name', objective: 'name', orgUnit: 'name', task: 'name' }[r.kind]);
      }
      // The other engagement is dated today, the demo earlier: the import says so and keeps the dates.
      const asOf = (await api.call('currentEngagement'))!.asOfDate;
      expect(result.warnings).toEqual(asOf === doc.source.asOfDate ? [] : [expect.stringContaining(`as of ${doc.source.asOfDate}; this one is as of ${asOf}`)]);
      expect(result.document.body.startDate).toBe(doc.body.startDate);
      // It runs in its new home.
      const run = await api.call('scenarioRun', { scenarioId: result.document.scenario.id, view: { include: ['total'] } });
      expect(run.dates).toHaveLength(doc.body.periods + 1);
      await api.call('createDemoEngagement', { file: `demo-${id}.skillshift`, employees: 200, seed: 7 });
    }
  });

  it('refuses a file whose references cannot all be resolved, naming each one, and changes nothing', async () => {
    const api = await demoApi();
    const doc = JSON.parse((await api.call('scenarioExport', { scenarioId: api.marketId })).json) as Doc;
    const skill = doc.references.skills[0].name;
    await otherEngagement(api, doc, { skill });
    const err = await api.fail('scenarioImport', { json: JSON.stringify(doc) });
    expect(err.kind).toBe('validation');
    expect(err.message).toContain(`skill "${skill}" (id ${doc.references.skills[0].id} in the file): not found`);
    expect(err.details).toEqual([expect.objectContaining({ kind: 'skill', sourceId: doc.references.skills[0].id, paths: [expect.stringMatching(/^changes\[0\]\.extraRequirements\[\d\]\.skillId$/)] })]);
    expect(await api.call('scenarioList')).toHaveLength(1);
  });

  it('says clearly what is wrong with a file that is not a usable scenario export', async () => {
    const api = await demoApi();
    const doc = JSON.parse((await api.call('scenarioExport', { scenarioId: api.automationId })).json) as Doc;
    const bad = async (json: string) => (await api.fail('scenarioImport', { json, name: 'x' })).message;
    expect(await bad('{ not json')).toMatch(/not valid JSON/);
    expect(await bad(JSON.stringify({ hello: 1 }))).toMatch(/not a Skillshift scenario file/);
    expect(await bad(JSON.stringify({ ...doc, formatVersion: 2 }))).toMatch(/format version 2, newer than this Skillshift reads/);
    expect(await bad(JSON.stringify({ ...doc, body: { ...doc.body, periods: 'many' } }))).toMatch(/invalid at body\.periods/);
    expect(await bad(JSON.stringify({ ...doc, references: { ...doc.references, skills: [] } }))).toMatch(/incomplete: its body names skill \d+ at changes\[0\]\.newRequirements\[0\]\.skillId/);
  });
});
