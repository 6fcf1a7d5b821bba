import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import envPaths from 'env-paths';
import { describe, expect, it } from 'vitest';
import type { WallboardTokenError } from '../../../core/errors';
import { resolveConfigDir } from '../../../core/store/config-dir';
import { modeOf, tempDir } from './temp-dir';

describe('resolveConfigDir', () => {
  it('prefers the flag over the environment and creates the directory with mode 0700', () => {
    const base = tempDir();
    const flag = path.join(base, 'from-flag', 'nested');

    const dir = resolveConfigDir({
      flag,
      env: { WALLBOARD_TOKEN_CONFIG_DIR: path.join(base, 'from-env') },
    });

    expect(dir).toBe(flag);
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(path.join(base, 'from-flag'))).toBe('700');
    expect(existsSync(path.join(base, 'from-env'))).toBe(false);
  });

  it('uses WALLBOARD_TOKEN_CONFIG_DIR without a flag, as an absolute path', () => {
    const base = tempDir();
    const relative = path.relative(process.cwd(), path.join(base, 'env-dir'));

    const dir = resolveConfigDir({ env: { WALLBOARD_TOKEN_CONFIG_DIR: relative } });

    expect(dir).toBe(path.join(base, 'env-dir'));
    expect(modeOf(dir)).toBe('700');
  });

  it("falls back to the OS config directory named for the app, without env-paths' suffix", () => {
    const base = tempDir();
    const xdg = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = base;
    try {
      const dir = resolveConfigDir({ env: { WALLBOARD_TOKEN_CONFIG_DIR: '  ' } });

      expect(dir).toBe(envPaths('wallboard-token', { suffix: '' }).config);
      expect(path.basename(dir)).toBe('wallboard-token');
      expect(existsSync(dir)).toBe(true);
    } finally {
      if (xdg === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = xdg;
    }
  });

  it('leaves the mode of an existing directory alone', () => {
    const dir = path.join(tempDir(), 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o750);

    expect(resolveConfigDir({ flag: dir, env: {} })).toBe(dir);
    expect(modeOf(dir)).toBe('750');
  });

  it('refuses an empty flag with a usage error', () => {
    expect(() => resolveConfigDir({ flag: '', env: {} })).toThrow(
      expect.objectContaining({ code: 'usage' }) as WallboardTokenError,
    );
  });

  it('reports a directory it cannot create as config_unreadable', () => {
    // A regular file where a directory is needed makes mkdir fail with ENOTDIR, even as root.
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, '');

    expect(() => resolveConfigDir({ flag: path.join(file, 'sub'), env: {} })).toThrow(
      expect.objectContaining({ code: 'config_unreadable' }) as WallboardTokenError,
    );
  });
});
