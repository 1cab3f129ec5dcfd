// Exporting a table to CSV or XLSX. Where the bytes go depends on the host:
// - desktop (and the command line, in-process): `destination: { kind: 'path' }` with the path the
//   host's save dialog returned; the file is written atomically there;
// - browser page: `destination: { kind: 'download' }` returns the bytes base64 with a file name,
//   up to MAX_DOWNLOAD_BYTES, and the page saves them. A page may not name a path on the machine.
// Pseudonymised unless `identified`; identified exports are recorded in the audit log.
import { MAX_DOWNLOAD_BYTES } from '../../../shared/export-types';
import { AppError } from '../../../shared/result';
import { exportTableInfo } from '../../io/export/registry';
import { exportToBytes, exportToFile, type ExportRequest } from '../../io/export/run-export';
import { resolveExportPath } from '../../io/export/target';
import type { Handlers } from '../registry';

export const exportHandlers = {
  listExportTables: () => exportTableInfo(),

  exportTable: async ({ what, format, identified, delimiter, destination }, ctx) => {
    const { db } = ctx.session.require();
    const req: ExportRequest = { what, format, identified, delimiter };
    const taskId = `export:${what}:${Date.now()}`;
    const label = `Exporting ${what} (${format.toUpperCase()})`;
    const onProgress = (done: number, total: number) => ctx.emit('progress', { taskId, label, done, total });
    try {
      if (destination.kind === 'path') {
        if (ctx.host.transport === 'web') {
          throw new AppError('unsupported', 'A browser page cannot write to a path on this computer; export with destination "download" instead.');
        }
        return await exportToFile(db, req, resolveExportPath(destination.path, format), onProgress);
      }
      const { data, ...result } = await exportToBytes(db, req, MAX_DOWNLOAD_BYTES, onProgress);
      return { ...result, base64: data.toString('base64') };
    } finally {
      ctx.emit('progress', { taskId, label, done: 1, total: 1, finished: true });
    }
  },
} satisfies Partial<Handlers>;
