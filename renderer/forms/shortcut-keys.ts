/**
 * Turns a key press into an Electron accelerator ("CommandOrControl+Alt+T"), so the user sets
 * the global shortcut by pressing it. Reads `code`, the physical key, because `key` changes
 * with Alt and Shift (Alt+T gives "†" on a Mac).
 */

/** What the shortcut recorder reads of a KeyboardEvent. */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Physical keys Electron names by a word or a character of their own. */
const namedKeys: Readonly<Record<string, string>> = {
  Space: 'Space',
  Tab: 'Tab',
  Enter: 'Return',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Escape',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
};

function keyName(code: string): string | undefined {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  if (/^F(?:[1-9]|1\d|2[0-4])$/.test(code)) return code;
  if (/^Numpad\d$/.test(code)) return `num${code.slice(6)}`;
  return namedKeys[code];
}

/**
 * The accelerator for a press, or undefined while only modifiers are down. Ctrl and the
 * Command/Windows key both read as CommandOrControl: the shortcut then works the same on
 * every system.
 */
export function acceleratorOf(press: KeyPress): string | undefined {
  const key = keyName(press.code);
  if (key === undefined) return undefined;
  const modifiers = [
    press.ctrlKey || press.metaKey ? 'CommandOrControl' : undefined,
    press.altKey ? 'Alt' : undefined,
    press.shiftKey ? 'Shift' : undefined,
  ].filter((modifier) => modifier !== undefined);
  return [...modifiers, key].join('+');
}

/** True when a press has a modifier other than Shift: typing, not a shortcut, otherwise. */
export function isShortcutPress(press: KeyPress): boolean {
  return press.ctrlKey || press.metaKey || press.altKey;
}
