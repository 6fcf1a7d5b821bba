// Bundles the Electron main process and the preload with esbuild. The main bundle carries
// its ESM-only dependencies (require() cannot load them); the sandboxed preload may only
// require('electron'), so it is one self-contained file.
import { build } from 'esbuild';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Native modules, and Electron itself, load at run time instead of being bundled. */
export const electronExternals = ['electron', '@napi-rs/keyring'];

/** The tray icons (made by scripts/make-tray-icons.mjs), copied beside main.cjs. */
export const trayIconSource = 'electron/tray/assets';
export const trayIconDir = 'tray-icons';

/**
 * Builds dist/electron/main.cjs and dist/electron/preload.cjs (or into `outDir`) and copies the
 * tray icons to `outDir/tray-icons`; resolves with esbuild's metafiles `{ main, preload }`,
 * which list what each bundle left external.
 */
export async function buildElectron({ outDir = 'dist/electron' } = {}) {
  const common = {
    bundle: true,
    format: 'cjs',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  };
  const [main, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      external: electronExternals,
      // conf and electron-store ship ESM only: take their ESM entry and convert it.
      mainFields: ['module', 'main'],
    }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
      minify: true,
    }),
    cp(trayIconSource, path.join(outDir, trayIconDir), { recursive: true }),
  ]);
  return { main: main.metafile, preload: preload.metafile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildElectron();
