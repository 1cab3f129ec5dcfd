// Numbered migrations recorded in `PRAGMA user_version`, each in its own transaction so a
// crash between two leaves the file at the last complete version.
import { AppError } from '../../../shared/result';
import type { ReadableDB, WritableDB } from '../types';
import { m001Initial } from './001-initial';
import { m002TaxonomiesAndImport } from './002-taxonomies-and-import';
import { m003WorkforceFlows } from './003-workforce-flows';
import { m004PlanCostOverrides } from './004-plan-cost-overrides';
import { m005SeatsPerMonth } from './005-seats-per-month';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [m001Initial, m002TaxonomiesAndImport, m003WorkforceFlows, m004PlanCostOverrides, m005SeatsPerMonth];
/** Versions are 1..n in order; a test checks it, so the last one is the latest. */
export const LATEST_VERSION = migrations[migrations.length - 1].version;

export function schemaVersion(db: ReadableDB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Fails with `newer-version` before touching anything when the file is from a newer app. */
export function assertNotNewer(db: ReadableDB, file: string): void {
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    throw new AppError(
      'newer-version',
      `${file} was saved by a newer version of Skillshift (file format ${version}, this app reads up to ${LATEST_VERSION}). Update Skillshift to open it; the file was not changed.`,
      { fileVersion: version, supportedVersion: LATEST_VERSION },
    );
  }
}

/** Applies pending migrations up to `target` (default: all). Returns the versions applied. */
export function migrate(db: WritableDB, target = LATEST_VERSION): number[] {
  assertNotNewer(db, 'The engagement file');
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db) || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
