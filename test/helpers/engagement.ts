// Test helpers: an in-memory engagement with the real migrations, and an API context over it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiContext, HostServices } from '../../src/main/api/context';
import { createRegistry } from '../../src/main/api/registry';
import { handlers } from '../../src/main/api/handlers';
import { Session } from '../../src/main/api/session';
import { openMemoryDb } from '../../src/main/db/connection';
import { initEngagement } from '../../src/main/db/repos/engagement';
import type { EventMap, EventName } from '../../src/shared/events';

export function memoryEngagement(name = 'Test Co') {
  const db = openMemoryDb();
  initEngagement(db, {
    name,
    currency: 'EUR',
    locale: 'en-GB',
    horizonMonths: 18,
    fiscalStartMonth: 1,
    asOfDate: '2026-01-01',
  });
  return db;
}

export function tempDir(prefix = 'skillshift-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A registry over a host that resolves file names inside `dir`, recording pushed events. */
export function testApi(dir = tempDir()) {
  const events: { name: EventName; payload: EventMap[EventName] }[] = [];
  const host: HostServices = {
    transport: 'in-process',
    dataDir: dir,
    resolveFile: (file) => (path.isAbsolute(file) ? file : path.join(dir, file)),
    listFiles: () => [],
  };
  const ctx: ApiContext = {
    session: new Session(),
    host,
    emit: (name, payload) => events.push({ name, payload }),
  };
  return { registry: createRegistry(handlers, ctx), ctx, events, dir };
}
