// The loader reads an engagement into the same model the engine builds from plain records.
import { loadGapModel } from '../../../src/main/db/repos/gap-inputs';
import { updateSettings } from '../../../src/main/db/repos/engagement';
import type { WritableDB } from '../../../src/main/db/types';
import { analyzeGaps, modelFromRecords, NO_DATE, type GapRecords } from '../../../src/main/engine/gaps';
import { memoryEngagement } from '../../helpers/engagement';
import { records } from '../engine/gaps/fixture';

function insert(db: WritableDB, r: GapRecords): void {
  const run = (sql: string, rows: unknown[][]) => {
    const st = db.prepare(sql);
    for (const row of rows) st.run(row);
  };
  db.transaction(() => {
    run('INSERT INTO org_units (id, name, parent_id) VALUES (?, ?, ?)', (r.orgUnits ?? []).map((u) => [u.id, u.name, u.parentId ?? null]));
    run("INSERT INTO locations (id, name, country, currency) VALUES (?, ?, 'DE', 'EUR')", (r.locations ?? []).map((l) => [l.id, l.name]));
    run('INSERT INTO skills (id, name, category) VALUES (?, ?, ?)', r.skills.map((s) => [s.id, s.name, s.category]));
    run('INSERT INTO roles (id, title, family, is_manager) VALUES (?, ?, ?, ?)', r.roles.map((x) => [x.id, x.title, x.family ?? '', x.isManager ? 1 : 0]));
    run(
      'INSERT INTO role_requirements (id, role_id, skill_id, level, weight, effective_date) VALUES (?, ?, ?, ?, ?, ?)',
      r.requirements.map((q) => [q.id, q.roleId, q.skillId, q.level, q.weight, q.effectiveDate ?? null]),
    );
    // Managers are set after every employee exists (foreign key).
    run(
      'INSERT INTO employees (id, ref, role_id, org_unit_id, location_id, fte) VALUES (?, ?, ?, ?, ?, ?)',
      r.employees.map((e) => [e.id, e.ref, e.roleId, e.orgUnitId ?? null, e.locationId ?? null, e.fte ?? 1]),
    );
    run('UPDATE employees SET manager_id = ? WHERE id = ?', r.employees.filter((e) => e.managerId).map((e) => [e.managerId, e.id]));
    run("INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (?, ?, ?, 'assessment')", r.proficiencies.map((p) => [p.employeeId, p.skillId, p.level]));
    for (const p of r.programs ?? []) {
      db.prepare("INSERT INTO learning_programs (id, name, delivery, duration_months, cost_per_person) VALUES (?, ?, 'online', ?, ?)").run(
        p.id,
        p.name,
        p.durationMonths ?? 1,
        p.costPerPerson ?? 0,
      );
      run('INSERT INTO program_skills (program_id, skill_id, uplift) VALUES (?, ?, ?)', p.skills.map((s) => [p.id, s.skillId, s.uplift]));
    }
  })();
}

describe('loading the gap model from an engagement', () => {
  it('matches the rows: dense indices, CSR proficiencies, undated requirements, managers, programs, settings', () => {
    const db = memoryEngagement();
    const r = records();
    insert(db, r);
    const m = loadGapModel(db);
    expect(m).toEqual(modelFromRecords(r));
    // Spot checks against the rows themselves.
    expect(m.asOfDate).toBe('2026-01-01');
    expect([...m.employees.id]).toEqual([101, 102, 103, 104, 105, 106]);
    expect([...m.employees.role]).toEqual([0, 0, 1, 2, 2, -1]);
    expect([...m.employees.manager]).toEqual([2, -1, -1, 2, 2, -1]);
    expect([...m.index.directReports]).toEqual([0, 0, 3, 0, 0, 0]);
    expect([...m.proficiencies.start]).toEqual([0, 2, 6, 10, 12, 12, 13]);
    expect([...m.proficiencies.skill.subarray(6, 10)]).toEqual([0, 1, 2, 3]); // E3's skills, ascending
    expect(m.requirements.effectiveDay[0]).toBe(NO_DATE);
    expect(m.skills.category[3]).toBe(3); // Coaching: leadership
    expect([...m.hoursPerLevel]).toEqual([40, 40, 60, 60, 40, 40, 40]);
    expect(m.learningHoursPerMonth).toBe(16);
    expect(m.programs.name).toEqual(['Python Bootcamp', 'Data Skills', 'Negotiation Lab']);
    expect([...m.index.skillProgramsStart]).toEqual([0, 2, 3, 4, 4, 4, 4]); // Python: 2 programs
    db.close();
  });

  it('reads the engagement settings', () => {
    const db = memoryEngagement();
    insert(db, records());
    updateSettings(db, { hoursPerLevel: { technical: 25 }, learningHoursPerMonth: 20 });
    const m = loadGapModel(db);
    expect(m.hoursPerLevel[0]).toBe(25);
    expect(m.learningHoursPerMonth).toBe(20);
    expect(analyzeGaps(m).employees.gapHours[0]).toBe(25); // E1: one Python level
    db.close();
  });

  it('handles many employees across read chunks, sparse ids and people without proficiencies', () => {
    const db = memoryEngagement();
    const n = 40_000; // more than two read chunks
    const r: GapRecords = {
      asOfDate: '2026-01-01',
      skills: [
        { id: 5, name: 'A', category: 'technical' },
        { id: 900, name: 'B', category: 'soft' },
      ],
      roles: [{ id: 3, title: 'Role', family: 'F' }],
      orgUnits: [],
      locations: [],
      requirements: [
        { id: 1, roleId: 3, skillId: 5, level: 3, weight: 1 },
        { id: 2, roleId: 3, skillId: 900, level: 2.5, weight: 0.3 },
      ],
      // Ids far apart, so the loader maps them by binary search rather than a table.
      employees: Array.from({ length: n }, (_, i) => ({ id: 1_000_000 + 97 * i, ref: `P${i}`, roleId: 3, fte: 1 })),
      proficiencies: Array.from({ length: n }, (_, i) => i)
        .filter((i) => i % 3 !== 0)
        .flatMap((i) => [
          { employeeId: 1_000_000 + 97 * i, skillId: 5, level: (i % 11) / 2 },
          ...(i % 2 ? [{ employeeId: 1_000_000 + 97 * i, skillId: 900, level: 0.1 * (i % 7) }] : []),
        ]),
      programs: [],
    };
    insert(db, r);
    const m = loadGapModel(db);
    expect(m).toEqual(modelFromRecords(r));
    expect(m.proficiencies.skill.length).toBe(r.proficiencies.length);
    db.close();
  });
});
