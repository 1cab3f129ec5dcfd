import { getMeta, getSettings, updateMeta, updateSettings } from '../../db/repos/engagement';
import { inTransaction } from '../../db/types';
import { summarize } from '../engagement-files';
import type { Handlers } from '../registry';

export const settingsHandlers = {
  getSettings: (_input, ctx) => {
    const { db } = ctx.session.require();
    const { createdAt: _created, ...meta } = getMeta(db);
    return { meta, settings: getSettings(db) };
  },

  updateSettings: ({ meta, settings }, ctx) => {
    const { db, file } = ctx.session.require();
    inTransaction(db, () => {
      if (meta && Object.keys(meta).length > 0) updateMeta(db, meta);
      if (settings && Object.keys(settings).length > 0) updateSettings(db, settings);
    });
    // The name, currency or locale shown in the frame may have changed.
    if (meta) ctx.emit('engagementChanged', { summary: summarize(file, db) });
    const { createdAt: _created, ...next } = getMeta(db);
    return { meta: next, settings: getSettings(db) };
  },
} satisfies Partial<Handlers>;
