import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  autostartEntry,
  autostartFileName,
  LinuxAutostart,
  quoteExecArgument,
} from '../../../electron/os/linux-autostart';

describe('quoteExecArgument', () => {
  it.each([
    [
      '/opt/Wallboard Token/wallboard-token-desktop',
      '"/opt/Wallboard Token/wallboard-token-desktop"',
    ],
    ['--hidden', '"--hidden"'],
    ['a"b', '"a\\\\"b"'],
    ['$HOME`x`', '"\\\\$HOME\\\\`x\\\\`"'],
    ['C:\\x', '"C:\\\\\\\\x"'],
    ['100%', '"100%%"'],
  ])('quotes %j as %s', (arg, quoted) => {
    expect(quoteExecArgument(arg)).toBe(quoted);
  });
});

describe('autostartEntry', () => {
  it('starts the app hidden, with the path quoted', () => {
    const text = autostartEntry('/home/u/Apps/Wallboard Token.AppImage', ['--hidden']);
    expect(text).toContain('[Desktop Entry]\nType=Application\n');
    expect(text).toContain('Exec="/home/u/Apps/Wallboard Token.AppImage" "--hidden"\n');
    expect(text).toContain('Name=Wallboard Token\n');
  });

  it('refuses a command with a line break, which would add lines to the entry', () => {
    expect(() => autostartEntry('/opt/app\nExec=evil', [])).toThrow(RangeError);
  });
});

describe('LinuxAutostart', () => {
  let configHome: string;
  let autostart: LinuxAutostart;
  beforeEach(async () => {
    configHome = await mkdtemp(path.join(tmpdir(), 'wallboard-xdg-'));
    autostart = new LinuxAutostart({ configHome, exec: '/opt/wb/app', args: ['--hidden'] });
  });
  afterEach(() => rm(configHome, { recursive: true, force: true }));

  it('is off until enabled', async () => {
    expect(autostart.available).toBe(true);
    await expect(autostart.isEnabled()).resolves.toBe(false);
  });

  it('writes the entry under autostart/ when enabled and removes it when disabled', async () => {
    const file = path.join(configHome, 'autostart', autostartFileName);
    await autostart.setEnabled(true);

    expect(autostart.file).toBe(file);
    expect(await readFile(file, 'utf8')).toBe(autostartEntry('/opt/wb/app', ['--hidden']));
    expect((await stat(file)).mode & 0o777).toBe(0o644);
    await expect(autostart.isEnabled()).resolves.toBe(true);

    await autostart.setEnabled(false);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(autostart.isEnabled()).resolves.toBe(false);
  });

  it('counts an entry the desktop disabled in place as off', async () => {
    await autostart.setEnabled(true);
    const text = await readFile(autostart.file, 'utf8');
    await writeFile(
      autostart.file,
      text.replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'),
    );

    await expect(autostart.isEnabled()).resolves.toBe(false);
  });

  it('disabling when never enabled is fine', async () => {
    await expect(autostart.setEnabled(false)).resolves.toBeUndefined();
  });
});
