// End-to-end support: starts the real local browser host (`npm run web`) in a child process on
// a random port with a fresh data folder, and drives Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');
export const artifactsDir = path.join(projectRoot, 'test-artifacts', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningHost {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startHost(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillshift-e2e-data-'))): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/web/cli-entry.ts', '--port', '0', '--data', dataDir],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
  );
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web host did not start in time:\n${out}`)), 240_000);
    const check = () => {
      const m = out.match(/running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
  /** Full-page screenshot from the top of the page, kept under test-artifacts/e2e/SUITE/NAME.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowser(suite: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skillshift-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  const dir = path.join(artifactsDir, suite);
  fs.mkdirSync(dir, { recursive: true });
  return {
    context,
    page,
    errors,
    async screenshot(name) {
      const file = path.join(dir, `${name}.png`);
      // From the top: a full-page screenshot of a scrolled page draws the sticky header mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
