/**
 * Which global shortcuts the user may set: an Electron accelerator of one or more modifiers
 * and one key, with at least one modifier besides Shift, so a shortcut never swallows plain
 * typing. Pure and free of Node: the IPC contract validates with it.
 */

/** Electron's modifier names (docs: Accelerator). */
const modifiers = new Set([
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'CommandOrControl',
  'CmdOrCtrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
]);

/** Electron's named keys; single letters, digits and F1-F24 are matched by pattern. */
export const electronKeyNames: readonly string[] = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const namedKeys = new Set(electronKeyNames);

/** A letter, a digit, F1-F24, or one of Electron's punctuation keys. */
const patternKey = /^(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|[)!@#$%^&*(:;<=>?_,\-./`~{}|[\]\\'"])$/;

/** Why `accelerator` cannot be a global shortcut, or undefined when it can. */
export function acceleratorProblem(accelerator: string): string | undefined {
  const parts = accelerator.split('+');
  // "Ctrl++" means Ctrl and the plus key; Electron spells that key "Plus".
  if (parts.some((part) => part === '')) {
    return 'Write each key once, joined with +, for example CommandOrControl+Shift+T (use Plus for the + key).';
  }
  const key = parts.at(-1) ?? '';
  const mods = parts.slice(0, -1);

  if (modifiers.has(key))
    return 'End the shortcut with a key, for example CommandOrControl+Shift+T.';
  if (!patternKey.test(key) && !namedKeys.has(key)) return `'${key}' is not a key Electron knows.`;
  const unknown = mods.find((mod) => !modifiers.has(mod));
  if (unknown !== undefined)
    return `'${unknown}' is not a modifier (Ctrl, Alt, Shift, Command...).`;
  if (new Set(mods).size !== mods.length) return 'Name each modifier once.';
  if (!mods.some((mod) => mod !== 'Shift')) {
    return 'Add Ctrl, Alt or Command: a shortcut without one would take over normal typing.';
  }
  return undefined;
}

/** True when `accelerator` can be a global shortcut. */
export function isGlobalShortcut(accelerator: string): boolean {
  return acceleratorProblem(accelerator) === undefined;
}
