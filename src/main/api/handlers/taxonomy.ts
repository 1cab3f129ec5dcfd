// Official taxonomies (O*NET, ESCO) and public exposure indices. Reading the publishers' files
// takes seconds (the O*NET Skills sheet has 61,000 rows), so each import reports progress.
import type { WritableDB } from '../../db/types';
import { exposureOverview, setPreferredExposureSource } from '../../io/taxonomy/exposure-preference';
import { importEsco, importExposure, importOnet } from '../../io/taxonomy/import-taxonomy';
import type { Progress } from '../../io/taxonomy/onet-read';
import type { ApiContext } from '../context';
import type { Handlers } from '../registry';

/** Runs an import on the open engagement, relaying its progress as one task. */
async function withProgress<T>(ctx: ApiContext, kind: string, label: string, fn: (db: WritableDB, onProgress: Progress) => Promise<T>): Promise<T> {
  const { db } = ctx.session.require();
  const taskId = `taxonomy:${kind}:${Date.now()}`;
  try {
    return await fn(db, (done, total, step) => ctx.emit('progress', { taskId, label: `${label}: ${step}`, done, total }));
  } finally {
    ctx.emit('progress', { taskId, label, done: 1, total: 1, finished: true });
  }
}

export const taxonomyHandlers = {
  importOnet: ({ dir, minImportance, nameClash }, ctx) =>
    withProgress(ctx, 'onet', 'Importing O*NET', (db, p) => importOnet(db, { kind: 'onet', dir, minImportance, nameClash }, p)),

  importEsco: ({ dir, nameClash }, ctx) =>
    withProgress(ctx, 'esco', 'Importing ESCO', (db, p) => importEsco(db, { kind: 'esco', dir, nameClash }, p)),

  importExposureIndex: ({ file, source, crosswalk, measure, rater, prefer }, ctx) =>
    withProgress(ctx, 'exposure', `Importing the ${source} exposure index`, (db, p) =>
      importExposure(db, { kind: 'exposure', file, source, crosswalk: crosswalk ?? null, measure, rater, prefer }, p),
    ),

  getExposureSources: (_input, ctx) => exposureOverview(ctx.session.require().db),

  setPreferredExposureSource: ({ source }, ctx) => {
    const { db } = ctx.session.require();
    setPreferredExposureSource(db, source);
    return exposureOverview(db);
  },
} satisfies Partial<Handlers>;
