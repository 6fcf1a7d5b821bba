import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeCode, type CodeExchangeInput } from '../../../core/protocol/code-exchange';
import {
  json,
  startScriptedTokenServer,
  testProfile,
  type ScriptedTokenServer,
} from './scripted-token-server';

const redirectUri = 'http://127.0.0.1:53682/callback';
const verifier = 'fake-verifier-fake-verifier-fake-verifier-0001';

let server: ScriptedTokenServer;
beforeEach(async () => {
  server = await startScriptedTokenServer();
});
afterEach(() => server.close());

function callback(params: Record<string, string>): URL {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

function input(overrides: Partial<CodeExchangeInput> = {}): CodeExchangeInput {
  return {
    profile: testProfile(server.url, {
      method: 'browser',
      clientId: 'wallboard-token',
      clientType: 'public',
    }),
    callbackUrl: callback({ code: 'fake-code-1', state: 'fake-state-1' }),
    expectedState: 'fake-state-1',
    codeVerifier: verifier,
    redirectUri,
    fetch,
    clock: { now: () => 5_000 },
    ...overrides,
  };
}

describe('exchangeCode', () => {
  it('redeems the code with the verifier and redirect URI', async () => {
    const tokens = await exchangeCode(input());

    expect(Object.fromEntries(server.requests[0]!.form)).toEqual({
      grant_type: 'authorization_code',
      code: 'fake-code-1',
      code_verifier: verifier,
      redirect_uri: redirectUri,
      client_id: 'wallboard-token',
      kmsi: 'false',
    });
    expect(tokens).toMatchObject({ method: 'browser', obtainedAt: 5_000 });
    expect(tokens.username).toBeUndefined();
  });

  it('asks for keep-me-signed-in when the profile wants it', async () => {
    const base = input();
    await exchangeCode({ ...base, profile: { ...base.profile, kmsi: true } });
    expect(server.requests[0]!.form.get('kmsi')).toBe('true');
  });

  it('authenticates a confidential client with the Basic header', async () => {
    const profile = testProfile(server.url, { method: 'browser', clientId: 'confidential-app' });
    await exchangeCode(input({ profile, clientSecret: 'fake-confidential-secret' }));

    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from('confidential-app:fake-confidential-secret').toString('base64')}`,
    );
    expect(request.form.has('client_secret')).toBe(false);
  });

  it.each([
    ['another state', { code: 'fake-code-1', state: 'fake-state-2' }],
    ['no state', { code: 'fake-code-1' }],
    ['an error with another state', { error: 'access_denied', state: 'fake-state-2' }],
  ])('refuses a callback with %s without calling the server', async (_case, params) => {
    await expect(exchangeCode(input({ callbackUrl: callback(params) }))).rejects.toMatchObject({
      code: 'state_mismatch',
    });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['access_denied', 'access_denied'],
    ['login_required', 'access_denied'],
    ['invalid_scope', 'client_rejected'],
    ['unauthorized_client', 'client_rejected'],
    ['temporarily_unavailable', 'server_error'],
  ])('turns an %s callback into %s', async (oauthError, code) => {
    const callbackUrl = callback({
      error: oauthError,
      error_description: 'Fake description',
      state: 'fake-state-1',
    });
    await expect(exchangeCode(input({ callbackUrl }))).rejects.toMatchObject({
      code,
      oauthError,
      oauthDescription: 'Fake description',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a callback without a code', async () => {
    const callbackUrl = callback({ state: 'fake-state-1' });
    await expect(exchangeCode(input({ callbackUrl }))).rejects.toMatchObject({
      code: 'invalid_response',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('asks to sign in again when the server rejects the code', async () => {
    server.answer(json(400, { error: 'invalid_grant', error_description: 'Code expired' }));

    const error = await exchangeCode(input()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'credentials_rejected', oauthError: 'invalid_grant' });
    expect((error as Error).message).not.toContain('fake-code-1');
    expect((error as Error).message).not.toContain(verifier);
  });
});
