import { describe, expect, it } from 'vitest';
import { acceleratorProblem } from '../../../electron/os/accelerator';
import {
  acceleratorOf,
  displayAccelerator,
  isShortcutPress,
  normaliseAccelerator,
  shortcutProblem,
  type KeyPress,
} from '../../../renderer/forms/shortcut-keys';

const press = (code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('acceleratorOf', () => {
  it('names the modifiers in Electron’s order, then the key', () => {
    expect(acceleratorOf(press('KeyT', { ctrlKey: true, altKey: true }))).toBe(
      'CommandOrControl+Alt+T',
    );
    expect(acceleratorOf(press('Digit5', { metaKey: true, shiftKey: true }))).toBe(
      'CommandOrControl+Shift+5',
    );
  });

  it('names function keys, arrows, the keypad and punctuation as Electron does', () => {
    expect(acceleratorOf(press('F12', { altKey: true }))).toBe('Alt+F12');
    expect(acceleratorOf(press('ArrowUp', { ctrlKey: true }))).toBe('CommandOrControl+Up');
    expect(acceleratorOf(press('Numpad7', { ctrlKey: true }))).toBe('CommandOrControl+num7');
    expect(acceleratorOf(press('Slash', { ctrlKey: true }))).toBe('CommandOrControl+/');
  });

  it('waits while only modifiers are down', () => {
    expect(acceleratorOf(press('ControlLeft', { ctrlKey: true }))).toBeUndefined();
    expect(acceleratorOf(press('ShiftRight', { shiftKey: true }))).toBeUndefined();
  });

  it('gives accelerators the main process accepts', () => {
    for (const code of ['KeyA', 'Digit0', 'F1', 'Space', 'ArrowLeft', 'Numpad0', 'Period']) {
      expect(
        acceleratorProblem(acceleratorOf(press(code, { ctrlKey: true }))!),
        code,
      ).toBeUndefined();
    }
  });
});

describe('isShortcutPress', () => {
  it('tells a shortcut from typing, Shift included', () => {
    expect(isShortcutPress(press('KeyT', { altKey: true }))).toBe(true);
    expect(isShortcutPress(press('KeyT', { shiftKey: true }))).toBe(false);
    expect(isShortcutPress(press('KeyT'))).toBe(false);
  });
});

describe('normaliseAccelerator', () => {
  it('spells typed modifiers and keys the way Electron does', () => {
    expect(normaliseAccelerator('ctrl+alt+t')).toBe('Ctrl+Alt+T');
    expect(normaliseAccelerator(' Ctrl Shift f5 ')).toBe('Ctrl+Shift+F5');
    expect(normaliseAccelerator('commandorcontrol + space')).toBe('CommandOrControl+Space');
    expect(normaliseAccelerator('alt+pageup')).toBe('Alt+PageUp');
  });

  it('reads the macOS symbols as modifiers', () => {
    expect(normaliseAccelerator('⌘⌥T')).toBe('Command+Alt+T');
    expect(normaliseAccelerator('⌃⇧↑')).toBe('Control+Shift+Up');
  });

  it('leaves what is not a key name for the check to name', () => {
    expect(normaliseAccelerator('ctrl+hyper')).toBe('Ctrl+hyper');
    expect(normaliseAccelerator('')).toBe('');
  });

  it('gives accelerators main accepts from lowercase input', () => {
    expect(acceleratorProblem(normaliseAccelerator('ctrl+alt+t'))).toBeUndefined();
    expect(acceleratorProblem(normaliseAccelerator('cmd+shift+2'))).toBeUndefined();
  });
});

describe('displayAccelerator', () => {
  it('reads as Ctrl+Alt+T on Linux and Windows', () => {
    expect(displayAccelerator('CommandOrControl+Alt+T', 'linux')).toBe('Ctrl+Alt+T');
    expect(displayAccelerator('CommandOrControl+Shift+Up', 'win32')).toBe('Ctrl+Shift+↑');
    expect(displayAccelerator('Super+Return', 'win32')).toBe('Win+Enter');
  });

  it('reads as symbols in the macOS order on a Mac', () => {
    expect(displayAccelerator('CommandOrControl+Alt+T', 'darwin')).toBe('⌥⌘T');
    expect(displayAccelerator('Shift+Control+Plus', 'darwin')).toBe('⌃⇧+');
  });
});

describe('shortcutProblem', () => {
  it('asks for a key combination when there is none', () => {
    expect(shortcutProblem('', 'linux')).toBe('Press a key combination first, such as Ctrl+Alt+T.');
  });

  it('says plainly that a modifier is missing', () => {
    expect(shortcutProblem('T', 'linux')).toBe(
      'Add Ctrl or Alt: a key alone, or with only Shift, would take over normal typing.',
    );
    expect(shortcutProblem('Shift+T', 'darwin')).toMatch(/^Add ⌘ Command, ⌥ Option or ⌃ Control/);
  });

  it('passes the rest to main’s rule', () => {
    expect(shortcutProblem('Ctrl+Alt+T', 'linux')).toBeUndefined();
    expect(shortcutProblem('Ctrl+hyper', 'linux')).toBe(acceleratorProblem('Ctrl+hyper'));
  });
});
