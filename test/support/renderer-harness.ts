/**
 * Runs the built renderer in Chromium with `window.wallboard` routed to the real IPC handlers
 * in this process: the core's SessionService against the dev server, an encrypted-file vault
 * (with the safeStorage test double), a temporary config folder and a recording clipboard.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { silentLogger } from '../../core/logging/logger';
import type { SecretStore } from '../../core/ports';
import { EncryptedFileSecretStore } from '../../core/store/encrypted-file-secret-store';
import type { CallName, EventName, ProfileInput } from '../../electron/ipc/contract';
import { contentSecurityPolicy } from '../../electron/window/csp';
import {
  createIpcTestServices,
  invoke,
  MovableClock,
  valueOf,
  WeakDiskVaultDouble,
  type IpcTestServices,
} from '../electron/support/ipc-test-services';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { AesCipherTestDouble } from './aes-cipher-test-double';
import { launchChromium } from './chromium';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The built renderer, served on loopback, and the script that stands in for the preload. */
export interface BuiltRenderer {
  url: string;
  bridgeScript: string;
  close(): Promise<void>;
}

/** Serves `root` with the CSP the app's window gets, so a policy violation shows in tests. */
function serveStatic(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // The browser asks for one on its own; the app has none and Electron never asks.
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = path.join(root, pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
    if (!file.startsWith(root + path.sep)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': contentSecurityPolicy(),
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Builds the renderer with Vite into a temporary folder and serves it on 127.0.0.1. */
export async function buildAndServeRenderer(): Promise<BuiltRenderer> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'wallboard-renderer-'));
  // Vite's JavaScript API, not its command line: the command line refuses to run beside
  // another build of the project (a parallel test file, or `npm run build`).
  await viteBuild({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });

  const bundle = await build({
    entryPoints: [path.join(repoRoot, 'test', 'support', 'renderer-harness-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const server = await serveStatic(outDir);
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    bridgeScript: bundle.outputFiles[0]!.text,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

export interface AppOptions {
  /** Profiles added through the addProfile handler before the window opens. */
  profiles?: (serverUrl: string) => ProfileInput[];
  /** A vault whose protection is weak, so the app keeps sessions in memory until told. */
  weakDisk?: boolean;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  server: DevServer;
  /** The core's and the dev server's clock; `advance` moves the page's clock with it. */
  clock: MovableClock;
  ipc: IpcTestServices;
  /** Where the encrypted vault keeps its file, unless `weakDisk`. */
  secretsFile?: string;
  /** Console errors and uncaught exceptions of the app's page, CSP violations included. */
  pageErrors: string[];
  /** Moves time forward for the core, the dev server and the page at once. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

function vaultFor(options: AppOptions, dir: string): { vault: SecretStore; file?: string } {
  if (options.weakDisk) return { vault: new WeakDiskVaultDouble() };
  const vault = new EncryptedFileSecretStore({
    dir,
    cipher: new AesCipherTestDouble(),
    logger: silentLogger,
  });
  return { vault, file: vault.path };
}

/**
 * Opens the app in a fresh browser context at 800x560. The session's "system browser" opens
 * authorization URLs in a second page of the same context, where a test signs in.
 */
export async function openApp(
  browser: Browser,
  renderer: BuiltRenderer,
  options: AppOptions = {},
): Promise<OpenedApp> {
  const clock = new MovableClock();
  const server = await startWallboardServer({ clock: () => clock.now(), quiet: true });
  const context = await browser.newContext({
    viewport: { width: 800, height: 560 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    colorScheme: 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // A step that cannot happen fails with what it waited for, well before the test's timeout.
  context.setDefaultTimeout(10_000);
  const secretsDir = await mkdtemp(path.join(tmpdir(), 'wallboard-vault-'));
  const { vault, file } = vaultFor(options, secretsDir);
  const ipc = await createIpcTestServices({
    clock,
    durableSecrets: vault,
    openBrowser: async (url) => {
      const browserPage = await context.newPage();
      await browserPage.goto(url);
    },
  });
  const close = async () => {
    await context.close();
    await server.close();
    await ipc.dispose();
    await rm(secretsDir, { recursive: true, force: true });
  };

  try {
    for (const profile of options.profiles?.(server.url) ?? []) {
      valueOf(await invoke(ipc.handlers, 'addProfile', { profile }));
    }
    const { page, pageErrors } = await openWindow(context, renderer, ipc);
    let clockInstalled = false;

    return {
      page,
      context,
      server,
      clock,
      ipc,
      secretsFile: file,
      pageErrors,
      advance: async (ms) => {
        clock.advance(ms);
        // The page keeps the real clock, in step with the core's, until a test moves time.
        if (clockInstalled) await page.clock.setSystemTime(clock.now());
        else await page.clock.install({ time: clock.now() });
        clockInstalled = true;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The app's page: the bridge routed to the handlers, events forwarded, errors collected. */
async function openWindow(context: BrowserContext, renderer: BuiltRenderer, ipc: IpcTestServices) {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.exposeBinding('__wallboardInvoke', (_source, call: string, input: unknown) =>
    Object.hasOwn(ipc.handlers, call)
      ? ipc.handlers[call as CallName](input)
      : { ok: false, error: { code: 'forbidden', message: `No call named ${call}.` } },
  );
  forwardEvents(ipc, page);
  await page.addInitScript({ content: renderer.bridgeScript });
  await page.goto(renderer.url);
  return { page, pageErrors };
}

/**
 * The test services record each event the handlers emit in `events`; each one is also sent
 * to the page, where the bridge hands it to the renderer's subscribers.
 */
function forwardEvents(ipc: IpcTestServices, page: Page): void {
  const record = ipc.events.push.bind(ipc.events);
  ipc.events.push = (...items) => {
    for (const { event, payload } of items) {
      page
        .evaluate(
          ([name, body]) =>
            (
              globalThis as unknown as {
                __wallboardDispatch(event: EventName, payload: unknown): void;
              }
            ).__wallboardDispatch(name, body),
          [event, payload] as const,
        )
        .catch(() => {
          // The page closed while an event was on its way: nobody is left to tell.
        });
    }
    return record(...items);
  };
}

const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');
const docsDir = path.join(repoRoot, 'docs', 'screenshots');

/**
 * Saves the page in light and dark as test artefacts, and into docs/screenshots for the
 * README when UPDATE_SCREENSHOTS=1 (so ordinary runs leave the work tree alone).
 */
export async function screenshot(page: Page, name: string, forDocs = false): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const file = `${name}-${colorScheme}.png`;
    await page.screenshot({ path: path.join(screenshotDir, file), animations: 'disabled' });
    if (forDocs && process.env['UPDATE_SCREENSHOTS'] === '1') {
      await mkdir(docsDir, { recursive: true });
      await copyFile(path.join(screenshotDir, file), path.join(docsDir, file));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Registers a browser suite's hooks: one built renderer and one Chromium for the file, and a
 * fresh app for each test, closed after it, whose page must have logged no error.
 */
export function appSuite(): { open(options?: AppOptions): Promise<OpenedApp> } {
  let renderer: BuiltRenderer | undefined;
  let browser: Browser | undefined;
  let app: OpenedApp | undefined;

  beforeAll(async () => {
    [renderer, browser] = await Promise.all([buildAndServeRenderer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await renderer?.close();
  });
  afterEach(async () => {
    const errors = app?.pageErrors ?? [];
    await app?.close();
    app = undefined;
    expect(errors).toEqual([]);
  });

  return {
    open: async (options) => {
      if (renderer === undefined || browser === undefined) throw new Error('suite not started');
      app = await openApp(browser, renderer, options);
      return app;
    },
  };
}
