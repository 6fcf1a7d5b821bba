import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../electron/window/permissions';

const app = 'app://wallboard/index.html';
const ask = { permission: 'clipboard-sanitized-write', requesting: app, isMainFrame: true };

describe('isPermissionAllowed', () => {
  it("lets the app's main frame write text to the clipboard", () => {
    expect(isPermissionAllowed(ask, app)).toBe(true);
    expect(isPermissionAllowed({ ...ask, requesting: 'app://wallboard' }, app)).toBe(true);
  });

  it.each(['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'hid'])(
    'refuses %s',
    (permission) => {
      expect(isPermissionAllowed({ ...ask, permission }, app)).toBe(false);
    },
  );

  it('refuses clipboard writes from sub-frames and other origins', () => {
    expect(isPermissionAllowed({ ...ask, isMainFrame: false }, app)).toBe(false);
    expect(isPermissionAllowed({ ...ask, requesting: 'https://evil.example/' }, app)).toBe(false);
    expect(isPermissionAllowed({ ...ask, requesting: 'not a url' }, app)).toBe(false);
  });
});
