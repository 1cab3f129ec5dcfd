// Version 2: what bringing in a client's data needs: saved column-mapping presets, official
// occupation taxonomies (O*NET, ESCO/ISCO), automation exposure per role from public indices,
// and the origin of each role requirement so a taxonomy re-import replaces only its own rows.
import type { Migration } from './migration';

export const m002TaxonomiesAndImport: Migration = {
  version: 2,
  name: 'taxonomies, exposure indices and import presets',
  up(db) {
    db.exec(`
      CREATE TABLE import_presets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        kind TEXT NOT NULL,
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE occupations (
        system TEXT NOT NULL CHECK (system IN ('onet-soc', 'esco', 'isco')),
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT,
        -- ESCO occupations carry their ISCO-08 group
        isco_group TEXT,
        uri TEXT,
        PRIMARY KEY (system, code)
      ) STRICT, WITHOUT ROWID;

      -- One exposure figure per role and public index. value is normalised to 0-1 (share of task
      -- time technology can absorb, or a percentile for z-scored indices); raw keeps the source's figure.
      CREATE TABLE role_exposures (
        role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        source TEXT NOT NULL CHECK (source IN ('eloundou', 'frey-osborne', 'aioe', 'microsoft', 'manual')),
        measure TEXT NOT NULL,
        value REAL NOT NULL CHECK (value BETWEEN 0 AND 1),
        raw REAL NOT NULL,
        matched_code TEXT,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (role_id, source)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE role_requirements ADD COLUMN source TEXT NOT NULL DEFAULT 'custom'
        CHECK (source IN ('custom', 'onet', 'esco', 'import', 'scenario'));
    `);
  },
};
