// Engagement files: create, open, switch, close, restore from backup.
import { basename } from 'node:path';
import pkg from '../../../../package.json';
import { AppError } from '../../../shared/result';
import { openEngagementDb, restoreFromBackup } from '../../db/connection';
import type { WritableDB } from '../../db/types';
import type { ApiContext } from '../context';
import { createDemoFile, createEngagementFile, defaultMeta, summarize } from '../engagement-files';
import { withProgress } from '../progress';
import type { Handlers } from '../registry';

function switchTo(ctx: ApiContext, file: string, db: WritableDB) {
  ctx.session.replace({ file, db });
  ctx.host.onOpened?.(file);
  const summary = summarize(file, db);
  ctx.emit('engagementChanged', { summary });
  return summary;
}

export const engagementHandlers = {
  appInfo: (_input, ctx) => ({
    version: pkg.version,
    transport: ctx.host.transport,
    canPickFiles: Boolean(ctx.host.pickFile),
    dataDir: ctx.host.dataDir,
    platform: process.platform,
  }),

  listEngagementFiles: (_input, ctx) => ctx.host.listFiles(),

  pickEngagementFile: async ({ mode, suggestedName }, ctx) => {
    if (!ctx.host.pickFile) {
      throw new AppError('unsupported', 'This window has no file dialog; choose a file from the data folder instead.');
    }
    return ctx.host.pickFile(mode, suggestedName);
  },

  pickPath: async (request, ctx) => {
    if (request.purpose === 'engagement' && !ctx.host.pickPath && ctx.host.pickFile) return ctx.host.pickFile(request.mode ?? 'open', request.suggestedName);
    if (!ctx.host.pickPath) {
      throw new AppError('unsupported', 'This window has no file dialog: upload the file, download the export, or type the path instead.');
    }
    return ctx.host.pickPath(request);
  },

  createEngagement: ({ file, name, currency, locale }, ctx) => {
    const path = ctx.host.resolveFile(file);
    return switchTo(ctx, path, createEngagementFile(path, defaultMeta(name, currency, locale)));
  },

  createDemoEngagement: ({ file, employees, seed }, ctx) => {
    const path = ctx.host.resolveFile(file);
    const taskId = `demo:${path}`;
    const label = `Generating demo engagement (${employees.toLocaleString('en')} employees)`;
    const db = createDemoFile(path, { employees, seed }, (done, total) =>
      ctx.emit('progress', { taskId, label, done, total }),
    );
    ctx.emit('progress', { taskId, label, done: 1, total: 1, finished: true });
    return switchTo(ctx, path, db);
  },

  openEngagement: async ({ file }, ctx) => {
    const path = ctx.host.resolveFile(file);
    if (ctx.session.open?.file === path) return summarize(path, ctx.session.open.db);
    const db = await withProgress(ctx, `open:${path}`, `Opening and checking ${basename(path)}`, () =>
      openEngagementDb(path, { mode: 'open' }),
    );
    return switchTo(ctx, path, db);
  },

  restoreBackup: async ({ file }, ctx) => {
    const path = ctx.host.resolveFile(file);
    if (ctx.session.open?.file === path) ctx.session.close();
    const db = await withProgress(ctx, `restore:${path}`, `Restoring ${basename(path)} from its backup`, () => {
      restoreFromBackup(path);
      return openEngagementDb(path, { mode: 'open' });
    });
    return switchTo(ctx, path, db);
  },

  closeEngagement: (_input, ctx) => {
    ctx.session.close();
    ctx.emit('engagementChanged', { summary: null });
    return null;
  },

  currentEngagement: (_input, ctx) => {
    const open = ctx.session.open;
    return open ? summarize(open.file, open.db) : null;
  },
} satisfies Partial<Handlers>;
