/**
 * The built main bundle, launched with --print-token while "the app is running": Electron's
 * `app` is replaced by a test double (the runtime cannot run here) whose single-instance lock
 * is held elsewhere and which hands the launch's additionalData to this test. The test then
 * answers as the running app would, with real services against the dev server, and checks
 * what the launch prints and how it exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TokenSet } from '../../../core/session/token-set';
import { answerLaunch } from '../../../electron/print-token/answer-launch';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildElectron } from '../../../scripts/build-electron.mjs';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import { createIpcTestServices, type IpcTestServices } from '../support/ipc-test-services';
import { signInServiceAccount } from '../support/signed-in';

/** Loads main.cjs with an `electron` double whose lock is taken; writes the lock's data to a file. */
const launcher = (mainPath: string) => `
  const Module = require('node:module');
  const fs = require('node:fs');
  const app = {
    requestSingleInstanceLock(data) {
      fs.writeFileSync(process.env.WBT_MESSAGE_FILE, JSON.stringify(data ?? null));
      return false;
    },
    quit() {},
    exit(code) { process.exit(code); },
    whenReady: () => new Promise(() => {}),
  };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'electron' ? { app } : load.call(this, request, ...rest);
  };
  require(${JSON.stringify(mainPath)});
`;

interface Launch {
  messageFile: string;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

describe('--print-token launch of the built app', () => {
  let outDir: string;
  let server: DevServer;
  let t: IpcTestServices;
  let tokens: TokenSet;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'wallboard-launch-'));
    await (buildElectron as (o: { outDir: string }) => Promise<unknown>)({ outDir });
    server = await startWallboardServer({ quiet: true });
    t = await createIpcTestServices();
    tokens = await signInServiceAccount(t, server);
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  function launch(args: string[]): Launch {
    const messageFile = path.join(outDir, `message-${Math.random().toString(16).slice(2)}.json`);
    const child = spawn(
      process.execPath,
      ['-e', launcher(path.join(outDir, 'main.cjs')), '--', ...args],
      {
        env: { ...process.env, WBT_MESSAGE_FILE: messageFile, WALLBOARD_TOKEN_CONFIG_DIR: '' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.on('close', (code) => resolve({ code, stdout, stderr })),
    );
    return { messageFile, done };
  }

  /** Answers the launch as the running app: reads what it sent with the lock, replies. */
  async function answerAsRunningApp(messageFile: string): Promise<void> {
    await vi.waitFor(() => expect(existsSync(messageFile)).toBe(true), { timeout: 20_000 });
    const data: unknown = JSON.parse(await readFile(messageFile, 'utf8'));
    const services = { sessions: t.sessions, profiles: t.profileStore, logger: t.services.logger };
    expect(await answerLaunch(data, services)).toBe(true);
  }

  it('prints the running app’s answer and exits 0', async () => {
    const run = launch(['--print-token', '--profile', 'svc', '--format', 'header']);
    await answerAsRunningApp(run.messageFile);

    await expect(run.done).resolves.toEqual({
      code: 0,
      stdout: `Authorization: Bearer ${tokens.accessToken}\n`,
      stderr: '',
    });
  });

  it('exits with the CLI’s code and an error line when the running app cannot answer', async () => {
    const run = launch(['--print-token', '--profile', 'missing']);
    await answerAsRunningApp(run.messageFile);

    const { code, stdout, stderr } = await run.done;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: Profile 'missing' does not exist/);
  });

  it('refuses bad arguments with exit 2 before asking anyone', async () => {
    const run = launch(['--print-token', '--format', 'xml']);

    const { code, stderr } = await run.done;
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of raw, header, json, jwt');
    expect(existsSync(run.messageFile)).toBe(false);
  });

  it('prints the usage for --help and exits 0', async () => {
    const { code, stdout } = await launch(['--print-token', '--help']).done;
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: <Wallboard Token executable> --print-token');
  });
});
