import { describe, expect, it } from 'vitest';
import { acceleratorProblem, isGlobalShortcut } from '../../../electron/os/accelerator';

describe('global shortcut accelerators', () => {
  it.each([
    'CommandOrControl+Shift+T',
    'Ctrl+Alt+Space',
    'Alt+F12',
    'Super+num5',
    'CmdOrCtrl+Plus',
    'Control+Shift+/',
    'Option+F24',
  ])('accepts %s', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeUndefined();
    expect(isGlobalShortcut(accelerator)).toBe(true);
  });

  it.each([
    ['T', 'Add Ctrl, Alt or Command'],
    ['Shift+T', 'Add Ctrl, Alt or Command'],
    ['Ctrl+Shift', 'End the shortcut with a key'],
    ['Ctrl+Hyper+T', "'Hyper' is not a modifier"],
    ['Ctrl+Alt+F25', "'F25' is not a key Electron knows"],
    ['Ctrl+Alt+t', "'t' is not a key Electron knows"],
    ['Ctrl+Ctrl+T', 'Name each modifier once'],
    ['Ctrl++', 'use Plus for the + key'],
    ['', 'Write each key once'],
    ['Ctrl+T+Y', "'T' is not a modifier"],
  ])('refuses %j, saying why', (accelerator, reason) => {
    expect(acceleratorProblem(accelerator)).toContain(reason);
    expect(isGlobalShortcut(accelerator)).toBe(false);
  });
});
