/**
 * The real app in the real Electron runtime, driven by Playwright: it starts locked down,
 * and signs a service account in against the dev server through the preload's bridge.
 * Where the Electron binary is missing (it cannot be downloaded here), the test skips.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WallboardBridge } from '../../electron/ipc/contract';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildElectron } from '../../scripts/build-electron.mjs';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';

const electronRuntimeMissing =
  'Electron runtime not installed (it cannot be downloaded on this machine)';

/** The Electron binary named by node_modules/electron/path.txt, if both exist. */
function electronBinary(): string | undefined {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

/**
 * The page's globals as seen from inside `page.evaluate` (the test is type-checked without
 * DOM types). Callbacks are serialised, so each one casts `globalThis` itself.
 */
type PageGlobals = {
  wallboard: WallboardBridge;
  require?: unknown;
  process?: unknown;
  open(url: string): unknown;
  location: { href: string };
};

describe('the desktop app', () => {
  let server: DevServer;
  let configDir: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (binary === undefined) return;
    await (buildElectron as () => Promise<unknown>)();
    await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build']);
    server = await startWallboardServer({ quiet: true });
    configDir = await mkdtemp(path.join(tmpdir(), 'wallboard-app-'));

    app = await _electron.launch({
      executablePath: binary,
      // basic_text makes protection weak on purpose, so the outcome does not depend on
      // whether this machine runs a keyring; root cannot use Chromium's sandbox helper.
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--password-store=basic',
        path.resolve('dist/electron/main.cjs'),
      ],
      env: { ...process.env, WALLBOARD_TOKEN_CONFIG_DIR: configDir, NODE_ENV: 'production' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await server?.close();
    if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
  });

  it('runs the page without Node, with the bridge and a strict CSP', async (ctx) => {
    if (binary === undefined) ctx.skip(electronRuntimeMissing);

    const globals = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return {
        require: typeof page.require,
        process: typeof page.process,
        bridge: Object.keys(page.wallboard).sort(),
        popup: page.open('https://example.com/') === null,
      };
    });
    expect(globals).toMatchObject({ require: 'undefined', process: 'undefined', popup: true });
    expect(globals.bridge).toContain('listProfiles');

    const csp = await page.evaluate(async () =>
      (await fetch((globalThis as unknown as PageGlobals).location.href)).headers.get(
        'content-security-policy',
      ),
    );
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');

    const window = await app.evaluate(({ BrowserWindow }) => {
      const [only, ...others] = BrowserWindow.getAllWindows();
      return { count: others.length + 1, minimum: only?.getMinimumSize() };
    });
    expect(window).toEqual({ count: 1, minimum: [800, 560] });
  });

  it('signs a service account in against the dev server and copies from main', async (ctx) => {
    if (binary === undefined) ctx.skip(electronRuntimeMissing);

    const environment = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).wallboard.getEnvironment(),
    );
    expect(environment).toMatchObject({ ok: true, value: { tokensInMemoryOnly: true } });

    const signedIn = await page.evaluate(async (serverUrl) => {
      const { wallboard } = globalThis as unknown as PageGlobals;
      const added = await wallboard.addProfile({
        profile: {
          name: 'svc',
          serverUrl,
          method: 'service-account',
          clientId: 'default-client',
          clientType: 'confidential',
          clientSecret: '76211db5d8ea',
          kmsi: false,
          allowHttp: true,
        },
      });
      if (!added.ok) return added;
      return wallboard.signInWithPassword({
        profile: 'svc',
        username: 'service@example.com',
        password: 'service-password-1',
        kmsi: false,
      });
    }, server.url);
    expect(signedIn).toMatchObject({ ok: true, value: { state: 'signed-in' } });

    const copied = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).wallboard.copy({ profile: 'svc', format: 'header' }),
    );
    expect(copied).toEqual({ ok: true, value: { format: 'header' } });
    const revealed = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).wallboard.revealToken({
        profile: 'svc',
        kind: 'access',
      }),
    );
    const clipboard = await app.evaluate(({ clipboard }) => clipboard.readText());
    expect(revealed.ok && clipboard).toBe(
      revealed.ok ? `Authorization: Bearer ${revealed.value.token}` : 'unreachable',
    );

    await page.reload();
    await page.getByText('svc').first().waitFor();
  });
});
