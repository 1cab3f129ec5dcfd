// The engagement's identity row and its settings document.
import { randomBytes } from 'node:crypto';
import {
  EngagementMeta,
  SettingsPatch,
  applySettingsPatch,
  defaultSettings,
  type EngagementSettings,
} from '../../../shared/domain/settings';
import { AppError } from '../../../shared/result';
import type { ReadableDB, WritableDB } from '../types';
import { nowIso } from '../types';
import { audit } from './audit';

interface MetaRow {
  name: string;
  currency: string;
  locale: string;
  horizon_months: number;
  fiscal_start_month: number;
  as_of_date: string;
  created_at: string;
}

export function initEngagement(db: WritableDB, meta: EngagementMeta, settings = defaultSettings()): void {
  const m = EngagementMeta.parse(meta);
  db.prepare(
    `INSERT INTO engagement (id, name, currency, locale, horizon_months, fiscal_start_month, as_of_date, created_at, secret)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(m.name, m.currency, m.locale, m.horizonMonths, m.fiscalStartMonth, m.asOfDate, nowIso(), randomBytes(32));
  writeSettings(db, settings);
  audit(db, { action: 'create', entity: 'engagement', entityId: '1', summary: `Created engagement ${m.name}` });
}

export function getMeta(db: ReadableDB): EngagementMeta & { createdAt: string } {
  const row = db.prepare('SELECT * FROM engagement WHERE id = 1').get() as MetaRow | undefined;
  if (!row) throw new AppError('bad-file', 'The engagement file has no engagement record.');
  return {
    name: row.name,
    currency: row.currency,
    locale: row.locale,
    horizonMonths: row.horizon_months,
    fiscalStartMonth: row.fiscal_start_month,
    asOfDate: row.as_of_date,
    createdAt: row.created_at,
  };
}

export function updateMeta(db: WritableDB, patch: Partial<EngagementMeta>): void {
  const before = getMeta(db);
  const { createdAt: _c, ...current } = before;
  const next = EngagementMeta.parse({ ...current, ...patch });
  db.prepare(
    `UPDATE engagement SET name = ?, currency = ?, locale = ?, horizon_months = ?, fiscal_start_month = ?, as_of_date = ? WHERE id = 1`,
  ).run(next.name, next.currency, next.locale, next.horizonMonths, next.fiscalStartMonth, next.asOfDate);
  audit(db, { action: 'update', entity: 'engagement', entityId: '1', summary: 'Updated engagement details', before: current, after: next });
}

/** The key behind stable pseudonyms. Never leaves the file. */
export function getSecret(db: ReadableDB): Buffer {
  const row = db.prepare('SELECT secret FROM engagement WHERE id = 1').get() as { secret: Buffer } | undefined;
  if (!row) throw new AppError('bad-file', 'The engagement file has no engagement record.');
  return row.secret;
}

export function getSettings(db: ReadableDB): EngagementSettings {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'engagement'`).get() as { value: string } | undefined;
  // Defaults fill keys added after the file was written; unknown keys are dropped.
  const stored = row ? SettingsPatch.safeParse(stripUnknown(JSON.parse(row.value))) : null;
  if (stored && !stored.success) {
    throw new AppError('bad-file', `The engagement settings are invalid: ${stored.error.issues[0].message}`);
  }
  return applySettingsPatch(defaultSettings(), stored?.data ?? {});
}

function stripUnknown(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return {};
  const known = SettingsPatch.keyof().options as string[];
  return Object.fromEntries(Object.entries(value).filter(([k]) => known.includes(k)));
}

function writeSettings(db: WritableDB, settings: EngagementSettings): void {
  db.prepare(`INSERT INTO settings (key, value) VALUES ('engagement', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
    JSON.stringify(settings),
  );
}

export function updateSettings(db: WritableDB, patch: SettingsPatch): EngagementSettings {
  const before = getSettings(db);
  const next = applySettingsPatch(before, patch);
  writeSettings(db, next);
  audit(db, { action: 'update', entity: 'settings', entityId: 'engagement', summary: 'Updated settings', before, after: next });
  return next;
}
