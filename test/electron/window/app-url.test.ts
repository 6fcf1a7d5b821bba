import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appIndexUrl, resolveAppFile } from '../../../electron/window/app-url';

describe('resolveAppFile', () => {
  const root = path.resolve('/opt/wallboard/dist/renderer');

  it('maps the app page and its assets to files under the renderer folder', () => {
    expect(resolveAppFile(appIndexUrl, root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://wallboard/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://wallboard/assets/main-1a2b.js?v=1', root)).toBe(
      path.join(root, 'assets', 'main-1a2b.js'),
    );
  });

  it.each([
    'app://wallboard/%2e%2e/%2e%2e/secrets.json',
    'app://wallboard/../../secrets.json',
    'app://wallboard/..%2f..%2fconfig.json',
    'app://wallboard/..%5c..%5cconfig.json',
    'app://wallboard/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppFile(url, root);
    if (file !== undefined) expect(file.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses encoded NUL bytes and broken escapes', () => {
    expect(resolveAppFile('app://wallboard/assets/%00.js', root)).toBeUndefined();
    expect(resolveAppFile('app://wallboard/%E0%A4%A', root)).toBeUndefined();
  });

  it('refuses a decoded path that climbs out', () => {
    expect(resolveAppFile('app://wallboard/..%2f..%2fconfig.json', root)).toBeUndefined();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile('app://other/index.html', root)).toBeUndefined();
    expect(resolveAppFile('file:///opt/wallboard/dist/renderer/index.html', root)).toBeUndefined();
    expect(resolveAppFile('https://wallboard/index.html', root)).toBeUndefined();
  });
});
