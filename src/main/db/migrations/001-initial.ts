// Version 1: every entity of DESIGN.md section 1, as STRICT tables.
// Conventions: `client_id` is the id in the client's own systems (nullable, unique), dates are
// ISO `YYYY-MM-DD` text, levels are REAL on the 0-5 scale, shares are REAL in [0, 1].
// A proficiency that was never assessed has no row: unknown is not zero.
import type { Migration } from './migration';

const categories = `'technical','digital','soft','leadership','domain','language','regulatory'`;

export const m001Initial: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE engagement (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        currency TEXT NOT NULL,
        locale TEXT NOT NULL,
        horizon_months INTEGER NOT NULL CHECK (horizon_months BETWEEN 1 AND 120),
        fiscal_start_month INTEGER NOT NULL CHECK (fiscal_start_month BETWEEN 1 AND 12),
        as_of_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- key for stable pseudonyms (HMAC); never exported
        secret BLOB NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE org_units (
        id INTEGER PRIMARY KEY,
        client_id TEXT UNIQUE,
        name TEXT NOT NULL,
        parent_id INTEGER REFERENCES org_units(id) ON DELETE SET NULL,
        cost_centre TEXT
      ) STRICT;
      CREATE INDEX org_units_parent ON org_units(parent_id);

      CREATE TABLE locations (
        id INTEGER PRIMARY KEY,
        client_id TEXT UNIQUE,
        name TEXT NOT NULL UNIQUE,
        country TEXT NOT NULL,
        currency TEXT NOT NULL,
        labour_cost_index REAL NOT NULL DEFAULT 1 CHECK (labour_cost_index > 0),
        planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1)),
        launch_date TEXT
      ) STRICT;

      CREATE TABLE location_time_to_fill (
        location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
        role_family TEXT NOT NULL,
        days REAL NOT NULL CHECK (days >= 0),
        PRIMARY KEY (location_id, role_family)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE roles (
        id INTEGER PRIMARY KEY,
        client_id TEXT UNIQUE,
        title TEXT NOT NULL,
        family TEXT NOT NULL,
        level INTEGER,
        is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1)),
        org_unit_id INTEGER REFERENCES org_units(id) ON DELETE SET NULL,
        location_id INTEGER REFERENCES locations(id) ON DELETE SET NULL,
        loaded_cost REAL NOT NULL DEFAULT 0 CHECK (loaded_cost >= 0),
        occupation_code TEXT,
        occupation_system TEXT CHECK (occupation_system IN ('onet-soc', 'soc', 'isco'))
      ) STRICT;
      CREATE INDEX roles_org_unit ON roles(org_unit_id);
      CREATE INDEX roles_location ON roles(location_id);

      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        time_share REAL NOT NULL CHECK (time_share BETWEEN 0 AND 1),
        exposure REAL NOT NULL CHECK (exposure BETWEEN 0 AND 1)
      ) STRICT;
      CREATE INDEX tasks_role ON tasks(role_id);

      CREATE TABLE skills (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        category TEXT NOT NULL CHECK (category IN (${categories})),
        taxonomy_source TEXT NOT NULL DEFAULT 'custom' CHECK (taxonomy_source IN ('onet', 'esco', 'custom')),
        taxonomy_ref TEXT,
        description TEXT
      ) STRICT;
      CREATE UNIQUE INDEX skills_taxonomy ON skills(taxonomy_source, taxonomy_ref)
        WHERE taxonomy_ref IS NOT NULL;

      CREATE TABLE role_requirements (
        id INTEGER PRIMARY KEY,
        role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        level REAL NOT NULL CHECK (level BETWEEN 0 AND 5),
        weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 1),
        -- NULL: in force now; a date: in force from that date (future profile)
        effective_date TEXT
      ) STRICT;
      CREATE UNIQUE INDEX role_requirements_key
        ON role_requirements(role_id, skill_id, ifnull(effective_date, ''));
      CREATE INDEX role_requirements_skill ON role_requirements(skill_id);

      CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        client_id TEXT UNIQUE,
        name TEXT,
        role_id INTEGER REFERENCES roles(id) ON DELETE SET NULL,
        org_unit_id INTEGER REFERENCES org_units(id) ON DELETE SET NULL,
        location_id INTEGER REFERENCES locations(id) ON DELETE SET NULL,
        manager_id INTEGER REFERENCES employees(id) ON DELETE SET NULL,
        fte REAL NOT NULL DEFAULT 1 CHECK (fte > 0 AND fte <= 1.5),
        salary REAL NOT NULL DEFAULT 0 CHECK (salary >= 0),
        hire_date TEXT,
        birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2100)
      ) STRICT;
      CREATE INDEX employees_role ON employees(role_id);
      CREATE INDEX employees_org_unit ON employees(org_unit_id);
      CREATE INDEX employees_location ON employees(location_id);
      CREATE INDEX employees_manager ON employees(manager_id);

      CREATE TABLE proficiencies (
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        level REAL NOT NULL CHECK (level BETWEEN 0 AND 5),
        source TEXT NOT NULL CHECK (source IN ('self', 'manager', 'assessment', 'inferred')),
        assessed_on TEXT,
        PRIMARY KEY (employee_id, skill_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX proficiencies_skill ON proficiencies(skill_id);

      CREATE TABLE learning_programs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        delivery TEXT NOT NULL CHECK (delivery IN ('classroom', 'online', 'blended', 'coaching', 'on-the-job')),
        duration_months REAL NOT NULL CHECK (duration_months > 0),
        cost_per_person REAL NOT NULL CHECK (cost_per_person >= 0),
        seats_per_period INTEGER CHECK (seats_per_period > 0)
      ) STRICT;

      CREATE TABLE program_skills (
        program_id INTEGER NOT NULL REFERENCES learning_programs(id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        uplift REAL NOT NULL CHECK (uplift > 0 AND uplift <= 5),
        PRIMARY KEY (program_id, skill_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX program_skills_skill ON program_skills(skill_id);

      CREATE TABLE objectives (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        metric TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        baseline REAL NOT NULL,
        target REAL NOT NULL,
        target_date TEXT NOT NULL
      ) STRICT;

      CREATE TABLE objective_programs (
        objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
        program_id INTEGER NOT NULL REFERENCES learning_programs(id) ON DELETE CASCADE,
        PRIMARY KEY (objective_id, program_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX objective_programs_program ON objective_programs(program_id);

      -- actual outcomes recorded after the plan, for plan vs actual
      CREATE TABLE objective_outcomes (
        id INTEGER PRIMARY KEY,
        objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
        recorded_on TEXT NOT NULL,
        value REAL NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX objective_outcomes_objective ON objective_outcomes(objective_id);

      CREATE TABLE scenarios (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('automation', 'new-market', 'custom')),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

      -- every save is a version; the scenario's current state is its highest version
      CREATE TABLE scenario_versions (
        scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL CHECK (json_valid(body)),
        PRIMARY KEY (scenario_id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        summary TEXT NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
    `);
  },
};
