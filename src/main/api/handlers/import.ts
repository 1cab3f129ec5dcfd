// Import handlers: thin bindings of the contract's import methods to the import service.
// Staging takes a path (desktop, command line) or uploaded content (browser host); a browser
// page may only name files inside the data folder, never arbitrary paths on the machine.
import path from 'node:path';
import type { ProgressEvent } from '../../../shared/events';
import { AppError } from '../../../shared/result';
import { importService } from '../../io/import/service';
import { deletePreset, listPresets, savePreset } from '../../io/import/presets';
import type { ApiContext } from '../context';
import { summarize } from '../engagement-files';
import type { Handlers } from '../registry';

function stagedPath(file: string, ctx: ApiContext): string {
  if (ctx.host.transport !== 'web') return path.resolve(file);
  const dir = ctx.host.dataDir;
  const resolved = dir ? path.resolve(dir, file) : null;
  if (!dir || !resolved || path.relative(dir, resolved).startsWith('..') || path.isAbsolute(path.relative(dir, resolved))) {
    throw new AppError('unsupported', 'In the browser, upload the file (fileName and contentBase64) instead of giving a path.');
  }
  return resolved;
}

const env = (ctx: ApiContext) => ({
  db: ctx.session.require().db,
  progress: (e: ProgressEvent) => ctx.emit('progress', e),
});

export const importHandlers = {
  importStage: ({ path: file, fileName, contentBase64 }, ctx) =>
    file !== undefined ? importService.stagePath(stagedPath(file, ctx)) : importService.stageContent(fileName!, contentBase64!),

  importPreview: (input, ctx) => importService.preview(ctx.session.require().db, input),

  importValidate: (input, ctx) => importService.run(env(ctx), input, 'validate'),

  importCommit: async (input, ctx) => {
    const report = await importService.run(env(ctx), input, 'commit');
    // Counts shown in the frame changed.
    const open = ctx.session.open;
    if (report.committed && open) ctx.emit('engagementChanged', { summary: summarize(open.file, open.db) });
    return report;
  },

  importCancel: ({ taskId }) => ({ cancelled: importService.cancel(taskId) }),

  importReportPage: (input) => importService.reportPage(input),

  importDiscard: ({ stagingId }) => {
    importService.discard(stagingId);
    return null;
  },

  listImportPresets: ({ kind }, ctx) => listPresets(ctx.session.require().db, kind),
  saveImportPreset: (input, ctx) => savePreset(ctx.session.require().db, input),
  deleteImportPreset: ({ id }, ctx) => {
    deletePreset(ctx.session.require().db, id);
    return null;
  },
} satisfies Partial<Handlers>;
