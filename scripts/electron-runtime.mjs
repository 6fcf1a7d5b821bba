// Finds the Electron runtime, downloading it once where the network allows. Where it cannot
// be had (this project's CI machines reach only the npm registry), says so plainly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronDir = resolve(import.meta.dirname, '../node_modules/electron');

/** The Electron executable, if its runtime is installed. */
export function installedElectron() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** The Electron executable, downloading the runtime first when it is missing. */
export function electronRuntime() {
  const installed = installedElectron();
  if (installed) return installed;
  console.error('Downloading the Electron runtime (once)...');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return installedElectron();
}

export const runtimeMissingMessage =
  'The Electron runtime is not installed and could not be downloaded from this machine. ' +
  'On a machine with internet access, `npm install` (or `npx install-electron`) fetches it; ' +
  'everything else, including `npm run demo:cli` and `npm test`, works without it.';
