// Version 5: what the scenario model's supply side reads (issue 5, DESIGN.md section 2).
// - role_transitions: annual rates from a role to another role or out of the organisation
//   (`import --kind transitions`). A row from a role to itself is an explicit stay rate: optional,
//   and when present the loader checks the row adds up to 1.
// - workforce_moves: the history of hires, moves and exits (`import --kind moves`), from which
//   rates are calibrated for roles without imported ones. Leavers no longer have an employees row,
//   so a move names the person by `employee_ref` (the stable pseudonym), with the employee id
//   when the person is still employed.
// - family_attrition: default annual attrition and retirement per role family, used for roles
//   with neither imported rates nor enough history (else settings.costs.defaultAttritionRate).
// - location_hiring_capacity: how many hires recruiting can start per month at a location.
import type { Migration } from './migration';

export const m003WorkforceFlows: Migration = {
  version: 3,
  name: 'workforce transitions, moves history, family attrition, hiring capacity',
  up(db) {
    db.exec(`
      CREATE TABLE role_transitions (
        id INTEGER PRIMARY KEY,
        from_role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        -- NULL: the person leaves the organisation
        to_role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'move' CHECK (kind IN ('move', 'attrition', 'retirement')),
        annual_rate REAL NOT NULL CHECK (annual_rate BETWEEN 0 AND 1),
        source TEXT NOT NULL DEFAULT 'import' CHECK (source IN ('import', 'manual', 'calibrated')),
        CHECK ((to_role_id IS NULL) = (kind <> 'move'))
      ) STRICT;
      CREATE UNIQUE INDEX role_transitions_key ON role_transitions(from_role_id, ifnull(to_role_id, 0), kind);
      CREATE INDEX role_transitions_to ON role_transitions(to_role_id);

      CREATE TABLE workforce_moves (
        id INTEGER PRIMARY KEY,
        employee_ref TEXT NOT NULL,
        employee_id INTEGER REFERENCES employees(id) ON DELETE SET NULL,
        -- NULL: a hire into to_role_id
        from_role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
        -- NULL: an exit
        to_role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('hire', 'move', 'attrition', 'retirement')),
        move_date TEXT NOT NULL CHECK (move_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        CHECK ((from_role_id IS NULL) = (kind = 'hire')),
        CHECK ((to_role_id IS NULL) = (kind IN ('attrition', 'retirement'))),
        CHECK (from_role_id IS NULL OR to_role_id IS NULL OR from_role_id <> to_role_id)
      ) STRICT;
      -- Re-importing the same history does not duplicate it.
      CREATE UNIQUE INDEX workforce_moves_key
        ON workforce_moves(employee_ref, move_date, kind, ifnull(from_role_id, 0), ifnull(to_role_id, 0));
      CREATE INDEX workforce_moves_employee ON workforce_moves(employee_id);
      CREATE INDEX workforce_moves_from ON workforce_moves(from_role_id);
      CREATE INDEX workforce_moves_to ON workforce_moves(to_role_id);

      CREATE TABLE family_attrition (
        role_family TEXT PRIMARY KEY,
        annual_rate REAL NOT NULL CHECK (annual_rate BETWEEN 0 AND 1),
        retirement_rate REAL NOT NULL DEFAULT 0 CHECK (retirement_rate BETWEEN 0 AND 1),
        CHECK (annual_rate + retirement_rate <= 1)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE location_hiring_capacity (
        location_id INTEGER PRIMARY KEY REFERENCES locations(id) ON DELETE CASCADE,
        hires_per_month REAL NOT NULL CHECK (hires_per_month >= 0)
      ) STRICT;
    `);
  },
};
