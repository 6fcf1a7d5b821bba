import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveAside } from '../../../core/store/move-aside';
import { tempDir } from './temp-dir';

describe('moveAside', () => {
  it('renames a file with a file-system-safe timestamp and never overwrites an earlier copy', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    const now = Date.UTC(2025, 5, 6, 7, 8, 9, 10);

    writeFileSync(file, 'one');
    const first = moveAside(file, now);
    writeFileSync(file, 'two');
    const second = moveAside(file, now);

    expect(path.basename(first)).toBe('config.json.broken-2025-06-06T07-08-09-010Z');
    expect(path.basename(second)).toBe('config.json.broken-2025-06-06T07-08-09-010Z-2');
    expect(readFileSync(first, 'utf8')).toBe('one');
    expect(readFileSync(second, 'utf8')).toBe('two');
    expect(readdirSync(dir).sort()).toEqual([path.basename(first), path.basename(second)]);
  });
});
