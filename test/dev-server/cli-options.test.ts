import { describe, expect, it } from 'vitest';
import { banner, parseDevServerArgs } from '../wallboard-server/cli-options';
import { totpFor } from '../wallboard-server/fixtures';
import { start } from './helpers';

describe('parseDevServerArgs', () => {
  it('defaults to port 8765 without rotation', () => {
    expect(parseDevServerArgs([])).toEqual({
      kind: 'start',
      options: { port: 8765, rotateRefreshTokens: false, quiet: false },
    });
  });

  it('reads port, lifetimes and rotation', () => {
    const parsed = parseDevServerArgs([
      '--port',
      '0',
      '--access-seconds',
      '30',
      '--refresh-seconds=90',
      '--rotate',
    ]);

    expect(parsed).toEqual({
      kind: 'start',
      options: {
        port: 0,
        accessTokenSeconds: 30,
        refreshTokenSeconds: 90,
        rotateRefreshTokens: true,
        quiet: false,
      },
    });
  });

  it('explains a bad number, an unknown option and a port out of range', () => {
    const results = [
      parseDevServerArgs(['--access-seconds', 'soon']),
      parseDevServerArgs(['--refresh-seconds', '0']),
      parseDevServerArgs(['--colour']),
      parseDevServerArgs(['--port', '70000']),
    ];

    expect(results.map((r) => r.kind)).toEqual(['error', 'error', 'error', 'error']);
    expect(results[0]).toMatchObject({ message: expect.stringContaining('--access-seconds') });
    expect(results[3]).toMatchObject({ message: expect.stringContaining('65535') });
  });

  it('recognises --help', () => {
    expect(parseDevServerArgs(['-h'])).toEqual({ kind: 'help' });
  });
});

describe('banner', () => {
  it('shows the URL, the demo accounts, the clients and the current 2FA codes', () => {
    const text = banner('http://127.0.0.1:8765', start);

    expect(text).toContain('http://127.0.0.1:8765/oauth/authorize');
    expect(text).toContain('alice@example.com');
    expect(text).toContain('alice-password-1');
    expect(text).toContain('wallboard-token');
    expect(text).toContain(totpFor('bob@example.com', start));
    expect(text).toContain(totpFor('robot@example.com', start));
  });
});
