/**
 * `npm run demo:cli`: the command line's main job against a local Wallboard-compatible
 * server. Starts the dev server, adds a demo profile in a throw-away config directory,
 * signs in through the system browser, prints the token and calls the protected API with it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWallboardServer } from '../test/wallboard-server/server';

const cli = resolve(import.meta.dirname, '../dist/cli/wallboard-token.js');
const configDir = mkdtempSync(join(tmpdir(), 'wallboard-token-demo-'));

/** Runs `wallboard-token ARGS`, showing the command, its stderr, and returning its stdout. */
function wallboardToken(args: string[]): Promise<string> {
  console.log(`\n$ wallboard-token ${args.join(' ')}`);
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, WALLBOARD_TOKEN_CONFIG_DIR: configDir },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0 ? done(stdout.trim()) : fail(new Error(`wallboard-token exited with ${code}`)),
    ),
  );
}

const server = await startWallboardServer({ port: 0, quiet: true });
console.log(`Dev server at ${server.url}. Sign in as alice@example.com with alice-password-1.`);
try {
  await wallboardToken([
    'profile',
    'add',
    'demo',
    '--server',
    server.url,
    '--client-id',
    'wallboard-token',
    '--public',
    '--allow-http',
  ]);
  await wallboardToken(['login', '--timeout', '300']);
  const token = await wallboardToken(['token']);
  console.log(token);

  const me = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
  console.log(`\nGET ${server.url}/api/me -> ${me.status}`);
  console.log(JSON.stringify(await me.json(), null, 2));
  console.log(await wallboardToken(['status']));
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
  rmSync(configDir, { recursive: true, force: true });
}
