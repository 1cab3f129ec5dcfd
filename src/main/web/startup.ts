// What the app shows first: the most recently used engagement, or the demo on the first start.
import type { ApiContext } from '../api/context';
import type { Registry } from '../api/registry';

export const DEMO_FILE = 'Demo.skillshift';

/** Opens the newest readable engagement in the data folder, or creates the demo. Returns a log line. */
export async function openInitialEngagement(registry: Registry, ctx: ApiContext): Promise<string> {
  for (const f of ctx.host.listFiles()) {
    const r = await registry.call('openEngagement', { file: f.file });
    if (r.ok) return `Opened ${f.fileName}`;
    console.warn(`Skipped ${f.fileName}: ${r.error.message}`);
  }
  const r = await registry.call('createDemoEngagement', { file: DEMO_FILE });
  if (!r.ok) throw new Error(`could not create the demo engagement: ${r.error.message}`);
  return `Created the demo engagement ${DEMO_FILE}`;
}
