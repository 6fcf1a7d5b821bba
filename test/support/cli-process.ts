/**
 * Runs the built `wallboard-token` command as a real child process, the way scripts do,
 * with its own config directory.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const cliPath = resolve(import.meta.dirname, '../../dist/cli/wallboard-token.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh, empty config directory for one test. */
export function tempConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'wallboard-token-test-'));
}

/** Starts the CLI; the caller reads its streams and waits for it. */
export function startCli(args: string[], configDir: string, env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [cliPath, ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      WALLBOARD_TOKEN_CONFIG_DIR: configDir,
      ...env,
    },
  });
}

/** Collects a started CLI's output until it exits. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** Runs the CLI to the end, feeding `input` (e.g. a password line) to its stdin. */
export function runCli(
  args: string[],
  configDir: string,
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const child = startCli(args, configDir, options.env);
  const result = finished(child);
  child.stdin.end(options.input ?? '');
  return result;
}

/** `profile add svc` for a service account on `serverUrl` (plain http allowed); the config dir. */
export async function addServiceProfile(serverUrl: string, configDir = tempConfigDir()) {
  const added = await runCli(
    ['profile', 'add', 'svc', '--server', serverUrl, '--method', 'service-account', '--allow-http'],
    configDir,
  );
  if (added.code !== 0) throw new Error(`profile add failed: ${added.stderr}`);
  return configDir;
}

/** `service-login` as the dev server's demo service account, password on stdin. */
export function serviceLogin(configDir: string, env: NodeJS.ProcessEnv = {}, extra: string[] = []) {
  return runCli(
    ['service-login', '--username', 'service@example.com', '--password-stdin', ...extra],
    configDir,
    { input: 'service-password-1\n', env },
  );
}
