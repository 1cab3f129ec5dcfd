// `npm run web -- [--port N] [--data DIR]`: the app in a browser, on 127.0.0.1 only.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EventSink } from '../../shared/events';
import type { ApiContext } from '../api/context';
import { handlers } from '../api/handlers';
import { createRegistry } from '../api/registry';
import { Session } from '../api/session';
import { dataFolderHost } from './data-folder-host';
import { buildRenderer, rendererIsStale, rendererOutDir } from './renderer-build';
import { startWebHost, type WebHost } from './server';
import { openInitialEngagement } from './startup';

const usage = `Usage: npm run web -- [--port N] [--data DIR] [--no-build]
  --port N     port on 127.0.0.1 (default: a random free port)
  --data DIR   folder holding engagement files (default: ~/Skillshift)`;

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(usage);
    return;
  }
  const port = args.port === undefined ? 0 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${args.port}".\n${usage}`);
    process.exit(2);
  }
  const dataDir = path.resolve(args.data ?? path.join(os.homedir(), 'Skillshift'));

  if (!args['no-build'] && rendererIsStale()) buildRenderer((l) => console.log(l));

  let host: WebHost | undefined;
  const emit: EventSink = (name, payload) => host?.emit(name, payload);
  const ctx: ApiContext = { session: new Session(), host: dataFolderHost(dataDir), emit };
  const registry = createRegistry(handlers, ctx);
  const opened = await openInitialEngagement(registry, ctx);
  host = await startWebHost({ registry, rendererDir: rendererOutDir, port });

  console.log(`Data folder: ${dataDir}`);
  console.log(opened);
  console.log(`Skillshift is running at ${host.url}`);
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await host?.close();
    ctx.session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`Skillshift could not start: ${(e as Error).message}`);
  process.exit(1);
});
