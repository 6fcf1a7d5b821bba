import { describe, expect, it } from 'vitest';
import { acceleratorProblem } from '../../../electron/os/accelerator';
import {
  acceleratorOf,
  isShortcutPress,
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
