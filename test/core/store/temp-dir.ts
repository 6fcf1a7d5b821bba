/** Fresh directories under the OS temp dir, removed after each test, and file modes. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty directory, removed after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wallboard-token-test-'));
  made.push(dir);
  return dir;
}

/** The permission bits of a path, as an octal string such as '600'. */
export function modeOf(file: string): string {
  return (statSync(file).mode & 0o777).toString(8);
}
