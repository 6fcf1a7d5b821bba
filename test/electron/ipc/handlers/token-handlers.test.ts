import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TokenSet } from '../../../../core/session/token-set';
import { startWallboardServer, type DevServer } from '../../../wallboard-server/server';
import {
  createIpcTestServices,
  invoke,
  MovableClock,
  valueOf,
  type IpcTestServices,
} from '../../support/ipc-test-services';
import { signInServiceAccount } from '../../support/signed-in';

describe('token handlers against the dev server', () => {
  let server: DevServer;
  let t: IpcTestServices;
  let clock: MovableClock;
  let tokens: TokenSet;

  beforeAll(async () => {
    clock = new MovableClock();
    server = await startWallboardServer({ quiet: true, clock: () => clock.now() });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    clock.offsetMs = 0;
    t = await createIpcTestServices({ clock });
    tokens = await signInServiceAccount(t, server);
  });
  afterEach(() => t.dispose());

  describe('copy', () => {
    it.each([
      ['token', () => tokens.accessToken],
      ['header', () => `Authorization: Bearer ${tokens.accessToken}`],
      [
        'curl',
        () => `curl -H 'Authorization: Bearer ${tokens.accessToken}' '${server.url}/api/me'`,
      ],
      ['env', () => `export WALLBOARD_TOKEN='${tokens.accessToken}'`],
      ['jwt', () => tokens.jwt],
    ] as const)(
      'writes the %s format to the clipboard and returns only the format',
      async (format, text) => {
        const result = await invoke(t.handlers, 'copy', { profile: 'svc', format });

        expect(result).toEqual({ ok: true, value: { format } });
        expect(t.clipboard.writes).toEqual([text()]);
      },
    );

    it('refreshes an expired access token before copying it', async () => {
      clock.advance(31 * 60_000);
      valueOf(await invoke(t.handlers, 'copy', { profile: 'svc', format: 'token' }));

      const fresh = await t.services.tokens.load('svc');
      expect(fresh?.accessToken).not.toBe(tokens.accessToken);
      expect(t.clipboard.last).toBe(fresh?.accessToken);
      expect(server.stats.grants.refresh_token).toBeGreaterThan(0);
    });

    it('writes nothing and answers not_signed_in after sign-out', async () => {
      valueOf(await invoke(t.handlers, 'signOut', { profile: 'svc' }));
      const result = await invoke(t.handlers, 'copy', { profile: 'svc', format: 'header' });

      expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
      expect(t.clipboard.writes).toEqual([]);
    });

    it('writes nothing and answers session_expired once the session cannot be refreshed', async () => {
      clock.advance(2 * 60 * 60_000);
      const result = await invoke(t.handlers, 'copy', { profile: 'svc', format: 'token' });

      expect(result).toMatchObject({ ok: false, error: { code: 'session_expired' } });
      expect(t.clipboard.writes).toEqual([]);
    });
  });

  describe('getSession', () => {
    it('shows masked previews and decoded claims, never a token', async () => {
      const view = valueOf(await invoke(t.handlers, 'getSession', { profile: 'svc' }));

      const [first, , , , last] = tokens.accessToken.split('-');
      expect(view.accessTokenPreview).toBe(`${first}-••••-••••-••••-${last}`);
      expect(view.refreshTokenPreview).toMatch(/^[0-9a-f]{8}-••••-••••-••••-[0-9a-f]{12}$/);
      expect(view.hasJwt).toBe(true);
      expect(view.jwtClaims).toMatchObject({ exp: expect.any(Number) });
      expect(view.status).toMatchObject({ profile: 'svc', state: 'signed-in', customerId: 4711 });

      const text = JSON.stringify(view);
      for (const secret of [tokens.accessToken, tokens.refreshToken, tokens.jwt]) {
        expect(secret).toBeDefined();
        expect(text).not.toContain(secret);
      }
    });

    it('shows a signed-out profile without previews', async () => {
      valueOf(await invoke(t.handlers, 'signOut', { profile: 'svc' }));
      const view = valueOf(await invoke(t.handlers, 'getSession', { profile: 'svc' }));
      expect(view).toEqual({
        status: expect.objectContaining({ state: 'signed-out' }),
        hasJwt: false,
      });
    });
  });

  describe('revealToken', () => {
    it('returns the asked-for token on explicit request', async () => {
      const access = valueOf(
        await invoke(t.handlers, 'revealToken', { profile: 'svc', kind: 'access' }),
      );
      const refresh = valueOf(
        await invoke(t.handlers, 'revealToken', { profile: 'svc', kind: 'refresh' }),
      );
      const jwt = valueOf(await invoke(t.handlers, 'revealToken', { profile: 'svc', kind: 'jwt' }));

      expect(access).toEqual({ kind: 'access', token: tokens.accessToken });
      expect(refresh).toEqual({ kind: 'refresh', token: tokens.refreshToken });
      expect(jwt).toEqual({ kind: 'jwt', token: tokens.jwt });
    });

    it('logs that a token was revealed, without the token', async () => {
      valueOf(await invoke(t.handlers, 'revealToken', { profile: 'svc', kind: 'access' }));

      expect(t.logSink.messages('info')).toContain('revealed a token to the user');
      expect(JSON.stringify(t.logSink.records)).not.toContain(tokens.accessToken);
    });

    it('refuses an unknown token kind with invalid_input naming the field', async () => {
      const result = await invoke(t.handlers, 'revealToken', { profile: 'svc', kind: 'password' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'kind' } });
    });
  });
});
