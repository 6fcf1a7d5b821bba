/**
 * `npm run bench`: whole-process time of `wallboard-token token` on a fresh cached token and
 * on one that must be refreshed first, with the HTTP requests each run makes. Targets are
 * checked here, never in tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWallboardServer, type DevServer } from '../test/wallboard-server/server';

const cli = resolve(import.meta.dirname, '../dist/cli/wallboard-token.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const targets = { cachedMedianMs: 500, refreshMedianMs: 800 };

/** Runs the CLI to the end and returns its wall-clock time. The dev server shares this
 * process, so the child must run asynchronously for the server to answer it. */
function wallboardToken(configDir: string, args: string[], input = ''): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, WALLBOARD_TOKEN_CONFIG_DIR: configDir },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.stdin.end(input);
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0
        ? done(performance.now() - started)
        : fail(new Error(`wallboard-token ${args[0]} exited ${code}`)),
    ),
  );
}

async function scenario(name: string, accessTokenSeconds: number) {
  const server: DevServer = await startWallboardServer({ quiet: true, accessTokenSeconds });
  const configDir = mkdtempSync(join(tmpdir(), 'wallboard-token-bench-'));
  try {
    await wallboardToken(configDir, [
      'profile',
      'add',
      'b',
      '--server',
      server.url,
      '--method',
      'service-account',
      '--allow-http',
    ]);
    await wallboardToken(
      configDir,
      ['service-login', '--username', 'service@example.com', '--password-stdin'],
      'service-password-1\n',
    );
    await wallboardToken(configDir, ['token']); // warm the file cache

    const before = server.stats.tokenRequests;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await wallboardToken(configDir, ['token']));
    const requests = (server.stats.tokenRequests - before) / runs;
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
    return { name, medianMs: at(0.5), p90Ms: at(0.9), requestsPerRun: requests };
  } finally {
    await server.close();
  }
}

// A 30-second token is always inside the one-minute refresh lead, so each run refreshes.
const cached = await scenario('cached token', 1800);
const expired = await scenario('token due for refresh', 30);
console.table(
  [cached, expired].map((r) => ({
    ...r,
    medianMs: Math.round(r.medianMs),
    p90Ms: Math.round(r.p90Ms),
  })),
);

const verdicts = [
  [`cached median under ${targets.cachedMedianMs} ms`, cached.medianMs < targets.cachedMedianMs],
  ['cached makes no HTTP request', cached.requestsPerRun === 0],
  [
    `refresh median under ${targets.refreshMedianMs} ms`,
    expired.medianMs < targets.refreshMedianMs,
  ],
  ['refresh makes exactly one HTTP request', expired.requestsPerRun === 1],
] as const;
for (const [target, met] of verdicts) console.log(`${met ? 'met   ' : 'MISSED'} ${target}`);
process.exitCode = verdicts.every(([, met]) => met) ? 0 : 1;
