import { describe, expect, it } from 'vitest';
import { hiddenSwitch, startsHidden } from '../../../electron/os/launch-args';

describe('startsHidden', () => {
  it('starts in the tray when the login item passed --hidden or macOS opened it at login', () => {
    expect(startsHidden([hiddenSwitch])).toBe(true);
    expect(startsHidden(['--no-sandbox', '--hidden'])).toBe(true);
    expect(startsHidden([], true)).toBe(true);
  });

  it('opens the window when the user started the app', () => {
    expect(startsHidden([])).toBe(false);
    expect(startsHidden(['--hiddenx'])).toBe(false);
  });
});
