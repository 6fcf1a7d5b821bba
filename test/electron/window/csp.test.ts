import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/window/csp';

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const production = contentSecurityPolicy();
  const parsed = directives(production);

  it('allows neither inline code nor eval', () => {
    expect(production).not.toContain('unsafe-inline');
    expect(production).not.toContain('unsafe-eval');
    expect(production).not.toContain('unsafe-hashes');
    expect(production).not.toContain('*');
  });

  it('loads scripts, styles and connections from the app only', () => {
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('style-src')).toEqual(["'self'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('refuses plugins, base changes, framing and form posts', () => {
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
  });

  it('adds the Vite dev server, its socket and inline code in development only', () => {
    const devPolicy = contentSecurityPolicy('http://127.0.0.1:5173/');
    const dev = directives(devPolicy);
    expect(dev.get('script-src')).toEqual(["'self'", 'http://127.0.0.1:5173', "'unsafe-inline'"]);
    expect(dev.get('style-src')).toEqual(["'self'", 'http://127.0.0.1:5173', "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:5173',
      'ws://127.0.0.1:5173',
    ]);
    expect(devPolicy).not.toContain('unsafe-eval');
    expect(dev.get('object-src')).toEqual(["'none'"]);
    expect(dev.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
