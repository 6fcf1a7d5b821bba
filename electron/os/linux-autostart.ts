/**
 * Start at login on Linux: an XDG autostart entry (`~/.config/autostart/NAME.desktop`), which
 * GNOME, KDE, Xfce and most other desktops run at login. Electron's setLoginItemSettings
 * covers macOS and Windows only. Plain Node, tested in a temporary folder.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoginItem } from './ports';

/** The autostart file's name; the entry it holds names the app and how to start it. */
export const autostartFileName = 'wallboard-token-desktop.desktop';

export interface AutostartOptions {
  /** `$XDG_CONFIG_HOME`, else `~/.config`. */
  configHome: string;
  /** The program to run: the AppImage (`$APPIMAGE`) or the installed executable. */
  exec: string;
  args: readonly string[];
}

/**
 * One Exec argument, quoted as the Desktop Entry spec asks: in double quotes with `"`, `` ` ``,
 * `$` and `\` escaped, then every `\` doubled again because Exec is a string value; `%` is
 * written `%%` so it is not read as a field code.
 */
export function quoteExecArgument(arg: string): string {
  const quoted = `"${arg.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
  return quoted.replaceAll('\\', '\\\\').replaceAll('%', '%%');
}

/** The autostart entry's text. */
export function autostartEntry(exec: string, args: readonly string[]): string {
  if (/[\r\n]/.test([exec, ...args].join(''))) {
    throw new RangeError('an autostart command cannot contain a line break');
  }
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Wallboard Token',
    'Comment=Keeps Wallboard tokens fresh from the tray',
    `Exec=${[exec, ...args].map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** The app's autostart entry as a LoginItem: enabled while the file exists and is ours. */
export class LinuxAutostart implements LoginItem {
  readonly available = true;
  readonly #file: string;

  constructor(private readonly options: AutostartOptions) {
    this.#file = path.join(options.configHome, 'autostart', autostartFileName);
  }

  get file(): string {
    return this.#file;
  }

  async isEnabled(): Promise<boolean> {
    const text = await readFile(this.#file, 'utf8').catch(() => undefined);
    // A desktop may disable an entry in place instead of deleting it.
    return text !== undefined && !/^(?:Hidden=true|X-GNOME-Autostart-enabled=false)$/m.test(text);
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (!enabled) {
      await rm(this.#file, { force: true });
      return;
    }
    await mkdir(path.dirname(this.#file), { recursive: true, mode: 0o700 });
    await writeFile(this.#file, autostartEntry(this.options.exec, this.options.args), {
      mode: 0o644,
    });
  }
}
