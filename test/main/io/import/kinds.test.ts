import { memoryEngagement } from '../../../helpers/engagement';
import { count, csv, run, writeFile } from './helpers';

describe('catalogue and organisation imports', () => {
  it('imports an org unit tree whose parents may come later in the file, keyed by the client id', () => {
    const db = memoryEngagement();
    const file = writeFile(
      'units.csv',
      csv([
        ['Dept ID', 'Department Name', 'Parent ID', 'Cost Center'],
        ['D2', 'Claims', 'D1', 'CC-200'],
        ['D3', 'Motor Claims', 'D2', 'CC-210'],
        ['D1', 'Group', '', 'CC-100'],
      ]),
    );
    const r = run(db, file, 'orgUnits', 'commit');
    expect(r).toMatchObject({ committed: true, counts: { added: 3 } });
    const tree = db.prepare('SELECT u.name, p.name AS parent, u.cost_centre FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id ORDER BY u.name').all();
    expect(tree).toEqual([
      { name: 'Claims', parent: 'Group', cost_centre: 'CC-200' },
      { name: 'Group', parent: null, cost_centre: 'CC-100' },
      { name: 'Motor Claims', parent: 'Claims', cost_centre: 'CC-210' },
    ]);
    // A newer export moves Motor Claims under Group and renames Claims.
    const v2 = writeFile('units2.csv', csv([['Dept ID', 'Department Name', 'Parent ID'], ['D1', 'Group', ''], ['D2', 'Claims & Service', 'D1'], ['D3', 'Motor Claims', 'D1']]));
    const dry = run(db, v2, 'orgUnits', 'validate');
    expect(dry.diff.changed).toEqual([
      { key: 'D2', row: 3, changes: [{ field: 'name', old: 'Claims', new: 'Claims & Service' }] },
      { key: 'D3', row: 4, changes: [{ field: 'parentId', old: 'D2', new: 'D1' }] },
    ]);
    expect(run(db, v2, 'orgUnits', 'commit').committed).toBe(true);
    expect(db.prepare(`SELECT p.client_id FROM org_units u JOIN org_units p ON p.id = u.parent_id WHERE u.client_id = 'D3'`).pluck().get()).toBe('D1');
  });

  it('refuses a unit that is its own parent', () => {
    const db = memoryEngagement();
    const r = run(db, writeFile('u.csv', csv([['Unit ID', 'Name', 'Parent'], ['U1', 'A', 'U1']])), 'orgUnits', 'validate');
    expect(r.errors[0]).toMatchObject({ row: 2, column: 'Parent', code: 'invalid' });
  });

  it('imports locations with country names or codes, requires a country for new ones, defaults the currency', () => {
    const db = memoryEngagement();
    const file = writeFile(
      'loc.csv',
      csv([
        ['Site', 'Country', 'Labour Cost Index', 'Planned', 'Launch Date'],
        ['Dublin', 'Ireland', '1', 'no', ''],
        ['Warsaw', 'pl', '0,52', 'yes', '2027-07-01'],
        ['Atlantis', '', '1', 'no', ''],
        ['Oz', 'Neverland', '1', 'no', ''],
      ]),
    );
    const r = run(db, file, 'locations', 'commit', { skipInvalid: true, options: { decimalSeparator: ',' } });
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, 'Country', 'required'],
      [5, 'Country', 'invalid'],
    ]);
    expect(db.prepare('SELECT name, country, currency, labour_cost_index AS lci, planned, launch_date AS launch FROM locations ORDER BY name').all()).toEqual([
      { name: 'Dublin', country: 'IE', currency: 'EUR', lci: 1, planned: 0, launch: null },
      { name: 'Warsaw', country: 'PL', currency: 'EUR', lci: 0.52, planned: 1, launch: '2027-07-01' },
    ]);
  });

  it('imports roles with references to units and locations, infers the occupation system, and reports ambiguity', () => {
    const db = memoryEngagement();
    run(db, writeFile('u.csv', csv([['Name'], ['Claims'], ['IT']])), 'orgUnits', 'commit');
    run(db, writeFile('l.csv', csv([['Name', 'Country'], ['Dublin', 'IE']])), 'locations', 'commit');
    const file = writeFile(
      'roles.csv',
      csv([
        ['Job Code', 'Job Title', 'Job Family', 'Grade', 'People Manager', 'Department', 'Location', 'Loaded Cost', 'O*NET-SOC Code'],
        ['J1', 'Claims Handler', 'Claims', '3', 'N', 'Claims', 'Dublin', '52000', '13-1031.01'],
        ['J2', 'Data Engineer', 'Technology', '4', 'N', 'IT', 'Dublin', '95000', '15-1252'],
        ['J3', 'Claims Manager', 'Claims', '6', 'Y', 'Claims', 'Cork', '90000', '1211'],
      ]),
    );
    const r = run(db, file, 'roles', 'commit', { skipInvalid: true });
    expect(r.errors).toEqual([expect.objectContaining({ row: 4, column: 'Location', value: 'Cork', code: 'unknown-reference' })]);
    expect(db.prepare('SELECT client_id, title, family, level, is_manager, occupation_code, occupation_system FROM roles ORDER BY client_id').all()).toEqual([
      { client_id: 'J1', title: 'Claims Handler', family: 'Claims', level: 3, is_manager: 0, occupation_code: '13-1031.01', occupation_system: 'onet-soc' },
      { client_id: 'J2', title: 'Data Engineer', family: 'Technology', level: 4, is_manager: 0, occupation_code: '15-1252', occupation_system: 'soc' },
    ]);
  });

  it('imports skills with category words and taxonomy references, and requirements with importance as weight', () => {
    const db = memoryEngagement();
    const skills = writeFile(
      's.csv',
      csv([
        ['Skill Name', 'Skill Type', 'URI', 'Description'],
        ['Python', 'Tech', 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'Coding'],
        ['Critical Thinking', 'soft skills', '2.A.2.a', ''],
        ['Basket weaving', 'craft', '', ''],
      ]),
    );
    const r = run(db, skills, 'skills', 'commit', { skipInvalid: true });
    expect(r.errors).toEqual([expect.objectContaining({ row: 4, column: 'Skill Type', value: 'craft', code: 'invalid' })]);
    expect(db.prepare('SELECT name, category, taxonomy_source FROM skills ORDER BY name').all()).toEqual([
      { name: 'Critical Thinking', category: 'soft', taxonomy_source: 'onet' },
      { name: 'Python', category: 'technical', taxonomy_source: 'esco' },
    ]);
    run(db, writeFile('r.csv', csv([['Job Title'], ['Analyst']])), 'roles', 'commit');
    const reqs = writeFile(
      'q.csv',
      csv([
        ['Role', 'Skill', 'Required Level', 'Importance', 'Effective Date'],
        ['Analyst', 'Python', 'advanced', '5', ''],
        ['Analyst', 'Python', '5', '3', '2027-10-01'],
        ['Analyst', 'critical thinking', '3', '1', ''],
      ]),
    );
    const q = run(db, reqs, 'roleRequirements', 'commit');
    expect(q).toMatchObject({ committed: true, counts: { added: 3 } });
    expect(db.prepare('SELECT level, weight, effective_date AS eff, source FROM role_requirements ORDER BY level, eff').all()).toEqual([
      { level: 3, weight: 0, eff: null, source: 'import' },
      { level: 4, weight: 1, eff: null, source: 'import' },
      { level: 5, weight: 0.5, eff: '2027-10-01', source: 'import' },
    ]);
    // Re-import: one requirement dropped; only rows this import owns, of the roles in the file, are in scope.
    db.prepare(`INSERT INTO role_requirements (role_id, skill_id, level, weight, effective_date, source) SELECT r.id, s.id, 2, 1, '2028-01-01', 'onet' FROM roles r, skills s WHERE s.name = 'Python'`).run();
    const v2 = writeFile('q2.csv', csv([['Role', 'Skill', 'Required Level', 'Importance'], ['Analyst', 'Python', 'advanced', '5']]));
    const dry = run(db, v2, 'roleRequirements', 'commit', { confirmRemovals: true });
    expect(dry.counts).toMatchObject({ unchanged: 1, removed: 2 });
    expect(db.prepare('SELECT source, count(*) AS n FROM role_requirements GROUP BY source ORDER BY source').all()).toEqual([
      { source: 'import', n: 1 },
      { source: 'onet', n: 1 },
    ]);
    expect(count(db, 'skills')).toBe(2);
  });
});
