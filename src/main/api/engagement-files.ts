// Opening, creating and switching engagement files: shared by the API handlers and the CLI.
import path from 'node:path';
import type { EngagementSummary } from '../../shared/api-types';
import type { EngagementMeta } from '../../shared/domain/settings';
import { openEngagementDb, removeEngagementFiles } from '../db/connection';
import { schemaVersion } from '../db/migrations';
import { entityCounts } from '../db/repos/counts';
import { getMeta, initEngagement } from '../db/repos/engagement';
import { inTransaction, type ReadableDB, type WritableDB } from '../db/types';
import { createDemo, type DemoOptions } from '../demo';

export function summarize(file: string, db: ReadableDB): EngagementSummary {
  return {
    ...getMeta(db),
    file,
    fileName: path.basename(file),
    schemaVersion: schemaVersion(db),
    counts: entityCounts(db),
  };
}

/** A new engagement dated today, with defaults a consultant can change in Settings. */
export function defaultMeta(name: string, currency = 'EUR', locale = 'en-GB'): EngagementMeta {
  return {
    name,
    currency,
    locale,
    horizonMonths: 18,
    fiscalStartMonth: 1,
    asOfDate: new Date().toISOString().slice(0, 10),
  };
}

/** Creates a file and fills it in one transaction; on any failure no file is left behind. */
function createWith(file: string, fill: (db: WritableDB) => void): WritableDB {
  const db = openEngagementDb(file, { mode: 'create' });
  try {
    inTransaction(db, () => fill(db));
    return db;
  } catch (e) {
    db.close();
    removeEngagementFiles(file);
    throw e;
  }
}

export function createEngagementFile(file: string, meta: EngagementMeta): WritableDB {
  return createWith(file, (db) => initEngagement(db, meta));
}

export function createDemoFile(
  file: string,
  options: DemoOptions,
  onProgress?: (done: number, total: number) => void,
): WritableDB {
  return createWith(file, (db) => createDemo(db, options, onProgress));
}
