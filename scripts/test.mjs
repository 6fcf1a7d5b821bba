// `npm test`: builds what the tests run (the CLI bundle, the renderer), runs every test
// with Vitest, and ends with one line `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.warn(
    `note: no Chromium at ${chromium}: the browser tests will be skipped. ` +
      'Install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH.',
  );
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const built = run('npm', ['run', '--silent', 'build']);
if (built.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const extra = process.argv.slice(2);
const tests = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let line = '0 passed, 1 failed';
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A failed suite, or an unhandled error (Vitest fails the run for it), counts as one failure.
  const runFailed = tests.status !== 0 || r.numFailedTestSuites > 0;
  const failed = r.numFailedTests + (runFailed && r.numFailedTests === 0 ? 1 : 0);
  line = `${r.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
}
console.log(line);
process.exit(tests.status ?? 1);
