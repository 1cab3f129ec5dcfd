// An engagement with people for the export tests: units, locations, roles, skills, employees
// (with names and client ids, and refs made as the importer makes them: a keyed HMAC of the
// client id with the engagement's secret), proficiencies, a program and an objective.
import { createHmac } from 'node:crypto';
import type { WritableDB } from '../../../../src/main/db/types';
import { getSecret } from '../../../../src/main/db/repos/engagement';
import { memoryEngagement } from '../../../helpers/engagement';

const pseudonym = (secret: Buffer, clientId: string) =>
  `P-${createHmac('sha256', secret).update(clientId.trim(), 'utf8').digest('hex').slice(0, 16)}`;

export interface Person {
  clientId: string;
  name: string;
  salary: number;
  hireDate: string | null;
}

export function engagementWithPeople(people: Person[]): WritableDB {
  const db = memoryEngagement();
  const secret = getSecret(db);
  const unit = Number(db.prepare(`INSERT INTO org_units (client_id, name) VALUES ('U1', 'Claims')`).run().lastInsertRowid);
  const small = Number(db.prepare(`INSERT INTO org_units (client_id, name, parent_id) VALUES ('U2', 'Legal', ?)`).run(unit).lastInsertRowid);
  const loc = Number(
    db.prepare(`INSERT INTO locations (client_id, name, country, currency, planned, launch_date) VALUES ('L1', 'Lyon', 'FR', 'EUR', 1, '2027-03-01')`).run()
      .lastInsertRowid,
  );
  const role = Number(
    db
      .prepare(`INSERT INTO roles (client_id, title, family, is_manager, org_unit_id, location_id, loaded_cost, occupation_code, occupation_system)
                VALUES ('R1', 'Claims handler', 'Operations', 1, ?, ?, 52000, '13-1031', 'soc')`)
      .run(unit, loc).lastInsertRowid,
  );
  db.prepare(`INSERT INTO tasks (role_id, name, time_share, exposure) VALUES (?, 'Triage claims', 0.6, 0.7)`).run(role);
  const skill = Number(db.prepare(`INSERT INTO skills (name, category) VALUES ('Claims law', 'regulatory')`).run().lastInsertRowid);
  const other = Number(db.prepare(`INSERT INTO skills (name, category) VALUES ('=HYPERLINK("x")', 'digital')`).run().lastInsertRowid);
  db.prepare(`INSERT INTO role_requirements (role_id, skill_id, level, weight, effective_date) VALUES (?, ?, 3, 0.75, NULL), (?, ?, 4, 1, '2027-01-01')`).run(
    role,
    skill,
    role,
    other,
  );
  const program = Number(
    db.prepare(`INSERT INTO learning_programs (name, delivery, duration_months, cost_per_person, seats_per_month) VALUES ('Claims academy', 'blended', 3, 1800, 20)`).run()
      .lastInsertRowid,
  );
  db.prepare('INSERT INTO program_skills (program_id, skill_id, uplift) VALUES (?, ?, 1.5)').run(program, skill);
  const objective = Number(
    db.prepare(`INSERT INTO objectives (name, metric, unit, baseline, target, target_date) VALUES ('Faster claims', 'Days to settle', 'days', 30, -5, '2027-06-30')`).run()
      .lastInsertRowid,
  );
  db.prepare('INSERT INTO objective_programs (objective_id, program_id) VALUES (?, ?)').run(objective, program);

  const insert = db.prepare(
    `INSERT INTO employees (ref, client_id, name, role_id, org_unit_id, location_id, manager_id, fte, salary, hire_date, birth_year)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1980)`,
  );
  const prof = db.prepare(`INSERT INTO proficiencies (employee_id, skill_id, level, source, assessed_on) VALUES (?, ?, ?, 'manager', '2025-11-30')`);
  let first: number | null = null;
  people.forEach((p, i) => {
    const id = Number(
      insert.run(pseudonym(secret, p.clientId), p.clientId, p.name, role, i % 7 === 6 ? small : unit, loc, first, p.salary, p.hireDate).lastInsertRowid,
    );
    first ??= id;
    prof.run(id, skill, (i % 6) as number);
  });
  return db;
}
