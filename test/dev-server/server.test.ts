import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { authorizeParams, getAuthorize, serviceTokens } from './helpers';

const running: DevServer[] = [];
async function launch(options: Parameters<typeof startWallboardServer>[0]) {
  const server = await startWallboardServer(options);
  running.push(server);
  return server;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('startWallboardServer', () => {
  it('listens on an ephemeral 127.0.0.1 port with the documented default settings', async () => {
    const server = await launch({ quiet: true });

    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.settings).toEqual({
      accessTokenSeconds: 1800,
      refreshTokenSeconds: 3600,
      kmsiRefreshTokenSeconds: 30 * 24 * 3600,
      rotateRefreshTokens: false,
      authorizationCodeSeconds: 60,
    });
  });

  it('applies settings from the options and from later changes', async () => {
    const server = await launch({ quiet: true, accessTokenSeconds: 5 });
    const before = await serviceTokens(server);
    server.settings.accessTokenSeconds = 7;
    const after = await serviceTokens(server);

    expect(before.body.expires_in).toBe(5);
    expect(after.body.expires_in).toBe(7);
  });

  it('keeps the tokens of parallel servers apart', async () => {
    const one = await launch({ quiet: true });
    const two = await launch({ quiet: true });
    const { body } = await serviceTokens(one);
    const me = await fetch(`${two.url}/api/me`, {
      headers: { authorization: `Bearer ${String(body.access_token)}` },
    });

    expect(one.url).not.toBe(two.url);
    expect(me.status).toBe(401);
  });

  it('registers extra clients beside the demo ones', async () => {
    const server = await launch({
      quiet: true,
      extraClients: [
        {
          clientId: 'team-app',
          redirectUris: ['http://127.0.0.1:7000/done'],
          grantTypes: ['authorization_code'],
        },
      ],
    });
    const params = authorizeParams({
      clientId: 'team-app',
      redirectUri: 'http://127.0.0.1:7000/done',
    });

    expect((await getAuthorize(server, params)).status).toBe(200);
  });

  it('logs method, path and status, never the query string or a secret', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => lines.push(String(line)));
    const server = await launch({});
    await getAuthorize(server, authorizeParams({ state: 'secret-state-value' }));
    const { body } = await serviceTokens(server);
    await server.close();

    expect(lines).toContain('GET /oauth/authorize 200');
    expect(lines).toContain('POST /oauth/token 200');
    const all = lines.join('\n');
    for (const secret of ['secret-state-value', 'service-password-1', String(body.access_token)]) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs nothing when quiet', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const server = await launch({ quiet: true });
    await fetch(`${server.url}/public-api/health`);
    await server.close();

    expect(log).not.toHaveBeenCalled();
  });
});
