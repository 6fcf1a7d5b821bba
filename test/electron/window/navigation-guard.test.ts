import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isExternalUrlAllowed,
  navigationDecision,
  windowOpenDecision,
} from '../../../electron/window/navigation-guard';

describe('isExternalUrlAllowed', () => {
  it('allows http and https links', () => {
    expect(isExternalUrlAllowed('https://wallboard.example.com/settings')).toBe(true);
    expect(isExternalUrlAllowed('http://192.168.1.20:8080/')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'data:text/html,<script>1</script>',
    'app://wallboard/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isExternalUrlAllowed(url)).toBe(false);
  });
});

describe('navigationDecision', () => {
  const app = 'app://wallboard/index.html';

  it('allows reloading the app page and changing its hash', () => {
    expect(navigationDecision('app://wallboard/index.html', app)).toBe('allow');
    expect(navigationDecision('app://wallboard/index.html#/profiles', app)).toBe('allow');
  });

  it('refuses any other page, scheme or host', () => {
    expect(navigationDecision('https://evil.example/', app)).toBe('deny');
    expect(navigationDecision('app://wallboard/other.html', app)).toBe('deny');
    expect(navigationDecision('app://elsewhere/index.html', app)).toBe('deny');
    expect(navigationDecision('file:///index.html', app)).toBe('deny');
    expect(navigationDecision('garbage', app)).toBe('deny');
  });

  it('follows the dev server in development, by origin and path', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('windowOpenDecision', () => {
  it('always denies the new window', () => {
    expect(windowOpenDecision('https://example.com').action).toBe('deny');
    expect(windowOpenDecision('file:///etc/passwd').action).toBe('deny');
  });

  it('hands http(s) links to the system browser and nothing else', () => {
    expect(windowOpenDecision('https://example.com').openExternally).toBe(true);
    expect(windowOpenDecision('file:///etc/passwd').openExternally).toBe(false);
    expect(windowOpenDecision('javascript:void(0)').openExternally).toBe(false);
  });
});
