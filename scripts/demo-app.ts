/**
 * `npm run demo`: the app against a local Wallboard-compatible server. Starts the dev server,
 * prepares a demo profile in a throw-away config directory, and launches the app on it.
 * Where the Electron runtime cannot be had, runs the command-line demo instead, saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, stderrSink } from '../core/logging/logger';
import { openProfileStore } from '../core/store/profile-store';
import { startWallboardServer } from '../test/wallboard-server/server';
// @ts-expect-error: a plain .mjs script without type declarations
import { electronRuntime, runtimeMissingMessage } from './electron-runtime.mjs';

const electron = (electronRuntime as () => string | undefined)();
if (electron === undefined) {
  console.error(
    `note: ${runtimeMissingMessage as string}\nRunning the command-line demo instead.\n`,
  );
  const cli = spawnSync('npm', ['run', '--silent', 'demo:cli'], { stdio: 'inherit' });
  process.exit(cli.status ?? 1);
}

const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await startWallboardServer({ port: 0 });
const configDir = mkdtempSync(join(tmpdir(), 'wallboard-token-demo-app-'));
const profiles = openProfileStore({ configDir, logger: createLogger({ sink: stderrSink }) });
profiles.add({
  name: 'demo',
  serverUrl: server.url,
  method: 'browser',
  clientId: 'wallboard-token',
  clientType: 'public',
  allowHttp: true,
});
profiles.add({
  name: 'demo-service',
  serverUrl: server.url,
  method: 'service-account',
  allowHttp: true,
});
console.log(`Dev server at ${server.url}.`);
console.log('Browser sign-in: alice@example.com / alice-password-1.');
console.log('Service account: service@example.com / service-password-1.');

const app = spawn(electron, ['.'], {
  stdio: 'inherit',
  env: { ...process.env, WALLBOARD_TOKEN_CONFIG_DIR: configDir },
});
app.on('close', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
