import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildElectron } from '../../../scripts/build-electron.mjs';

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
}

/** The modules a bundle leaves for run time, from esbuild's metafile. */
function externalModules(metafile: Metafile): string[] {
  const names = Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((i) => i.external).map((i) => i.path),
  );
  return [...new Set(names)].sort();
}

describe('build-electron', () => {
  let outDir: string;
  let metafiles: { main: Metafile; preload: Metafile };
  let preload: string;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'wallboard-build-'));
    const build = buildElectron as (options: { outDir: string }) => Promise<typeof metafiles>;
    metafiles = await build({ outDir });
    preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
  }, 60_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('bundles the preload into one file that requires only electron, as the sandbox demands', () => {
    expect(externalModules(metafiles.preload)).toEqual(['electron']);
  });

  it('bundles every dependency of main except Electron, native modules and Node built-ins', () => {
    const allowed = new Set(['electron', '@napi-rs/keyring', ...builtinModules]);
    const outside = externalModules(metafiles.main).filter(
      (name) => !allowed.has(name) && !allowed.has(name.replace(/^node:/, '')),
    );
    expect(outside).toEqual([]);
  });

  it('loads as CommonJS and quits when another instance holds the lock', async () => {
    // Test double for the `electron` module, which cannot run here: records app calls and
    // reports that another instance is running, so main must quit without doing anything else.
    const script = `
      const Module = require('node:module');
      const calls = [];
      const app = new Proxy({}, { get: (_, name) => (...args) => {
        calls.push(String(name));
        return name === 'requestSingleInstanceLock' ? false : undefined;
      } });
      const electronDouble = { app };
      const load = Module._load;
      Module._load = function (request, ...rest) {
        return request === 'electron' ? electronDouble : load.call(this, request, ...rest);
      };
      require(${JSON.stringify(path.join(outDir, 'main.cjs'))});
      process.stdout.write(JSON.stringify(calls));
    `;
    const env = { ...process.env, WALLBOARD_TOKEN_CONFIG_DIR: '' };
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { env });
    expect(JSON.parse(stdout)).toEqual(['requestSingleInstanceLock', 'quit']);
  });

  it('exposes the bridge under window.wallboard and no ipcRenderer', () => {
    expect(preload).toContain('"wallboard"');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
