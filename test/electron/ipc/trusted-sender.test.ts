import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderInfo } from '../../../electron/ipc/trusted-sender';

const window = { webContentsId: 7, appUrl: 'app://wallboard/index.html' };
const ours: SenderInfo = {
  webContentsId: 7,
  frameUrl: 'app://wallboard/index.html',
  isMainFrame: true,
};

describe('isTrustedSender', () => {
  it("answers our window's main frame showing the app", () => {
    expect(isTrustedSender(ours, window)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://wallboard/index.html#/x' }, window)).toBe(
      true,
    );
  });

  it('refuses another web contents', () => {
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, window)).toBe(false);
  });

  it('refuses a sub-frame, even one showing the app page', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, window)).toBe(false);
  });

  it('refuses our window after it navigated elsewhere', () => {
    expect(isTrustedSender({ ...ours, frameUrl: 'https://evil.example/' }, window)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'file:///tmp/index.html' }, window)).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isTrustedSender({ ...ours, frameUrl: undefined }, window)).toBe(false);
  });

  it('refuses everyone while there is no window', () => {
    expect(isTrustedSender(ours, undefined)).toBe(false);
  });
});
