/**
 * Turns a key press into an Electron accelerator ("CommandOrControl+Alt+T"), so the user sets
 * the global shortcut by pressing it. Reads `code`, the physical key, because `key` changes
 * with Alt and Shift (Alt+T gives "†" on a Mac).
 */
import { acceleratorProblem, electronKeyNames } from '../../electron/os/accelerator';

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

/** Modifier names as people type them, lower-cased, to Electron's spelling. */
const modifierNames: Readonly<Record<string, string>> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CmdOrCtrl',
  command: 'Command',
  cmd: 'Cmd',
  '⌘': 'Command',
  control: 'Control',
  ctrl: 'Ctrl',
  '⌃': 'Control',
  alt: 'Alt',
  option: 'Option',
  '⌥': 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  '⇧': 'Shift',
  super: 'Super',
  win: 'Super',
  meta: 'Meta',
};

const keyNames: Readonly<Record<string, string>> = {
  ...Object.fromEntries(electronKeyNames.map((word) => [word.toLowerCase(), word])),
  '↑': 'Up',
  '↓': 'Down',
  '←': 'Left',
  '→': 'Right',
  '↩': 'Return',
  '⎋': 'Escape',
};

function normalisedPart(part: string): string {
  const lower = part.toLowerCase();
  const name = modifierNames[lower] ?? keyNames[lower];
  if (name !== undefined) return name;
  if (/^f\d{1,2}$/.test(lower) || part.length === 1) return part.toUpperCase();
  return part;
}

/**
 * A typed shortcut in Electron's spelling: "ctrl+alt+t" and "Ctrl Alt T" give "Ctrl+Alt+T",
 * and the macOS symbols "⌘⌥T" give "Command+Alt+T". What is not a key name is left as typed,
 * for the check to name.
 */
export function normaliseAccelerator(text: string): string {
  const spaced = text.trim().replace(/[⌘⌃⌥⇧]/g, (symbol) => `${symbol}+`);
  if (spaced === '') return '';
  return spaced
    .split(/\s*\+\s*|\s+/)
    .map((part) => normalisedPart(part))
    .join('+');
}

const macSymbols: Readonly<Record<string, string>> = {
  CommandOrControl: '⌘',
  CmdOrCtrl: '⌘',
  Command: '⌘',
  Cmd: '⌘',
  Super: '⌘',
  Meta: '⌘',
  Control: '⌃',
  Ctrl: '⌃',
  Alt: '⌥',
  Option: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Return: '↩',
  Enter: '↩',
};
const otherNames: Readonly<Record<string, string>> = {
  CommandOrControl: 'Ctrl',
  CmdOrCtrl: 'Ctrl',
  Control: 'Ctrl',
  Command: 'Super',
  Cmd: 'Super',
  Meta: 'Super',
  Option: 'Alt',
  Return: 'Enter',
};
const arrows: Readonly<Record<string, string>> = { Up: '↑', Down: '↓', Left: '←', Right: '→' };
/** The order macOS menus list modifiers in. */
const macOrder = ['⌃', '⌥', '⇧', '⌘'];

/**
 * How a shortcut reads on `platform` (Node's names): "⌃⌥⇧⌘"-style symbols on macOS,
 * "Ctrl+Alt+T" elsewhere. The accelerator itself is what gets stored.
 */
export function displayAccelerator(accelerator: string, platform: string): string {
  if (accelerator === '') return '';
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const shownKey = key === 'Plus' ? '+' : (arrows[key] ?? key);
  const mods = parts.slice(0, -1);
  if (platform === 'darwin') {
    const symbols = mods.map((mod) => macSymbols[mod] ?? mod);
    symbols.sort((a, b) => macOrder.indexOf(a) - macOrder.indexOf(b));
    return [...symbols, macSymbols[key] ?? shownKey].join('');
  }
  const named = mods.map((mod) => {
    const name = otherNames[mod] ?? mod;
    // The key Electron calls Super is the Windows key on Windows.
    return name === 'Super' && platform === 'win32' ? 'Win' : name;
  });
  return [...named, otherNames[key] ?? shownKey].join('+');
}

/** The modifiers that make a key a shortcut rather than typing (Shift alone does not). */
const shortcutModifiers = new Set(Object.values(modifierNames).filter((name) => name !== 'Shift'));

/**
 * What is wrong with a typed or recorded shortcut, in plain words, or undefined when main
 * will take it: a missing modifier said for this platform, the rest by main's own rule.
 */
export function shortcutProblem(accelerator: string, platform: string): string | undefined {
  if (accelerator === '') return 'Press a key combination first, such as Ctrl+Alt+T.';
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const hasModifier = parts.slice(0, -1).some((part) => shortcutModifiers.has(part));
  if (key !== '' && !shortcutModifiers.has(key) && key !== 'Shift' && !hasModifier) {
    return platform === 'darwin'
      ? 'Add ⌘ Command, ⌥ Option or ⌃ Control: a key alone, or with only Shift, would take over normal typing.'
      : 'Add Ctrl or Alt: a key alone, or with only Shift, would take over normal typing.';
  }
  return acceleratorProblem(accelerator);
}
