import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WallboardTokenError } from '../../../core/errors';
import { passwordGrant, type PasswordGrantInput } from '../../../core/protocol/password-grant';
import {
  json,
  raw,
  startScriptedTokenServer,
  testProfile,
  tokenBody,
  type ScriptedTokenServer,
} from './scripted-token-server';

const secrets = [
  'fake-password-7',
  '123456',
  '76211db5d8ea',
  'fake-access-0001',
  'fake-refresh-0001',
];

let server: ScriptedTokenServer;
beforeEach(async () => {
  server = await startScriptedTokenServer();
});
afterEach(() => server.close());

function input(overrides: Partial<PasswordGrantInput> = {}): PasswordGrantInput {
  return {
    profile: testProfile(server.url),
    clientSecret: '76211db5d8ea',
    username: 'robot@example.com',
    password: 'fake-password-7',
    totp: '123456',
    kmsi: true,
    fetch,
    clock: { now: () => 1_000_000 },
    ...overrides,
  };
}

/** The failure of a grant, checked to carry no secret outside its cause. */
async function failure(promise: Promise<unknown>): Promise<WallboardTokenError> {
  const error = await promise.then(
    () => expect.unreachable('the grant succeeded'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WallboardTokenError);
  const visible = JSON.stringify({ ...(error as object), message: (error as Error).message });
  for (const secret of secrets) expect(visible).not.toContain(secret);
  return error as WallboardTokenError;
}

describe('passwordGrant', () => {
  it('posts the password grant with username, password, totp and kmsi', async () => {
    await passwordGrant(input());

    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/oauth/token');
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(request.form)).toEqual({
      grant_type: 'password',
      username: 'robot@example.com',
      password: 'fake-password-7',
      totp: '123456',
      kmsi: 'true',
    });
  });

  it('sends the request through the injected fetch with an abort signal', async () => {
    const seen: { url: string; signal: AbortSignal | null | undefined }[] = [];
    const recordingFetch: typeof fetch = (url, init) => {
      seen.push({ url: String(url), signal: init?.signal });
      return fetch(url, init);
    };
    await passwordGrant(input({ fetch: recordingFetch }));

    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${server.url}/oauth/token`);
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends kmsi=false and no totp when none is given', async () => {
    await passwordGrant(input({ kmsi: false, totp: undefined }));

    const form = server.requests[0]!.form;
    expect(form.get('kmsi')).toBe('false');
    expect(form.has('totp')).toBe(false);
  });

  it('returns a service-account token set with absolute expiry times', async () => {
    const tokens = await passwordGrant(input());

    expect(tokens).toEqual({
      accessToken: 'fake-access-0001',
      refreshToken: 'fake-refresh-0001',
      jwt: 'fake.jwt.value',
      customerId: 4711,
      readOnly: false,
      obtainedAt: 1_000_000,
      accessExpiresAt: 1_000_000 + 1800 * 1000,
      refreshIssuedAt: 1_000_000,
      refreshExpiresAt: 1_000_000 + 3600 * 1000,
      method: 'service-account',
      username: 'robot@example.com',
    });
  });

  it('accepts numbers and booleans sent as strings and token_type in any case', async () => {
    for (const tokenType of ['Bearer', 'BEARER', 'bearer']) {
      server.answer(
        json(
          200,
          tokenBody({
            token_type: tokenType,
            expires_in: '1800',
            refresh_total_validity_seconds: '2592000',
            customerId: '4711',
            readOnly: 'true',
          }),
        ),
      );
      const tokens = await passwordGrant(input());

      expect(tokens.accessExpiresAt).toBe(1_000_000 + 1800 * 1000);
      expect(tokens.refreshExpiresAt).toBe(1_000_000 + 2_592_000 * 1000);
      expect(tokens.customerId).toBe(4711);
      expect(tokens.readOnly).toBe(true);
    }
  });

  it('accepts a JSON body labelled with another content type', async () => {
    server.answer(raw(200, 'text/plain', JSON.stringify(tokenBody())));
    await expect(passwordGrant(input())).resolves.toMatchObject({
      accessToken: 'fake-access-0001',
    });
  });
});

describe('passwordGrant failures', () => {
  it.each([
    ['invalid_grant', 400, 'credentials_rejected'],
    ['totp_required', 400, 'totp_required'],
    ['invalid_totp', 400, 'totp_rejected'],
    ['unauthorized_user', 400, 'not_service_account'],
    ['invalid_client', 401, 'client_rejected'],
    ['unauthorized_client', 400, 'client_rejected'],
    ['unsupported_grant_type', 400, 'client_rejected'],
    ['access_denied', 403, 'access_denied'],
    ['invalid_request', 400, 'credentials_rejected'],
  ])('maps %s to %s', async (oauthError, status, code) => {
    server.answer(json(status, { error: oauthError, error_description: 'Fake description' }));

    const error = await failure(passwordGrant(input()));
    expect(error.code).toBe(code);
    expect(error.oauthError).toBe(oauthError);
    expect(error.oauthDescription).toBe('Fake description');
    expect(error.httpStatus).toBe(status);
    expect(error.profile).toBe('test');
  });

  it('says what to do when the credentials are wrong', async () => {
    server.answer(json(400, { error: 'invalid_grant', error_description: 'Bad credentials' }));

    const error = await failure(passwordGrant(input()));
    expect(error.message).toBe(
      'The server rejected the e-mail address or password of the service account. ' +
        'Check them and try again.',
    );
  });

  it('reads the JSON error body of a 401 that also sends a Basic challenge', async () => {
    server.answer(
      json(401, { error: 'invalid_client' }, { 'www-authenticate': 'Basic realm="oauth2/client"' }),
    );
    const error = await failure(passwordGrant(input()));
    expect(error).toMatchObject({ code: 'client_rejected', oauthError: 'invalid_client' });
  });

  it('treats a bare 401 challenge as a rejected client', async () => {
    server.answer((_request, response) => {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="oauth2/client"' });
      response.end();
    });
    const error = await failure(passwordGrant(input()));
    expect(error).toMatchObject({ code: 'client_rejected', httpStatus: 401 });
  });

  it('reports an HTML 502 page as a server error with its status', async () => {
    server.answer(raw(502, 'text/html', '<html><body>Bad Gateway</body></html>'));
    const error = await failure(passwordGrant(input()));
    expect(error).toMatchObject({ code: 'server_error', httpStatus: 502 });
  });

  it('reports a JSON 500 as a server error', async () => {
    server.answer(json(500, { error: 'server_error' }));
    const error = await failure(passwordGrant(input()));
    expect(error).toMatchObject({ code: 'server_error', httpStatus: 500 });
  });

  it.each([
    ['an HTML 200', raw(200, 'text/html', '<html>login</html>')],
    ['an empty 200', raw(200, 'application/json', '')],
    ['a JSON array', json(200, [tokenBody()])],
    ['no access_token', json(200, tokenBody({ access_token: undefined }))],
    ['an empty access_token', json(200, tokenBody({ access_token: '' }))],
    ['a mac token_type', json(200, tokenBody({ token_type: 'mac' }))],
    ['a DPoP token_type', json(200, tokenBody({ token_type: 'DPoP' }))],
    ['no token_type', json(200, tokenBody({ token_type: undefined }))],
    ['an unparseable expires_in', json(200, tokenBody({ expires_in: 'soon' }))],
    ['an HTML 400', raw(400, 'text/html', '<html>Bad request</html>')],
  ])('reports %s as an invalid response', async (_case, script) => {
    server.answer(script);
    const error = await failure(passwordGrant(input()));
    expect(error.code).toBe('invalid_response');
  });

  it('names the status and the token path for a 404', async () => {
    server.answer(raw(404, 'text/html', '<html>Not Found</html>'));
    const error = await failure(passwordGrant(input()));
    expect(error).toMatchObject({ code: 'invalid_response', httpStatus: 404 });
    expect(error.message).toContain('/oauth/token');
  });

  it('does not follow a redirect from the token endpoint', async () => {
    server.answer((_request, response) => {
      response.writeHead(302, { location: `${server.url}/elsewhere` });
      response.end();
    });
    const error = await failure(passwordGrant(input()));
    expect(error).toMatchObject({ code: 'invalid_response', httpStatus: 302 });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused connection as a network error', async () => {
    const port = await closedPort();
    const profile = testProfile(`http://127.0.0.1:${port}`);
    const error = await failure(passwordGrant(input({ profile })));
    expect(error.code).toBe('network_error');
    expect(error.message).toContain(`http://127.0.0.1:${port}`);
  });

  it('reports a reset connection as a network error', async () => {
    server.answer((_request, response) => response.socket?.destroy());
    const error = await failure(passwordGrant(input()));
    expect(error.code).toBe('network_error');
  });

  it('reports a server that does not answer in time as a timeout', async () => {
    server.answer(() => undefined);
    const error = await failure(passwordGrant(input({ timeoutMs: 100 })));
    expect(error.code).toBe('server_timeout');
  });

  it('reports a body that stalls after the headers as a timeout', async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"access_token":');
    });
    const error = await failure(passwordGrant(input({ timeoutMs: 100 })));
    expect(error.code).toBe('server_timeout');
  });

  it('reports an aborted request as cancelled', async () => {
    server.answer(() => undefined);
    const controller = new AbortController();
    const pending = passwordGrant(input({ signal: controller.signal }));
    setImmediate(() => controller.abort());
    const error = await failure(pending);
    expect(error.code).toBe('login_cancelled');
  });

  it('refuses plain http unless the profile allows it, before sending anything', async () => {
    const profile = testProfile(server.url, { allowHttp: false });
    const error = await failure(passwordGrant(input({ profile })));
    expect(error.code).toBe('invalid_profile');
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the oauth4webapi error only as the cause', async () => {
    server.answer(json(400, { error: 'invalid_grant' }));
    const error = await failure(passwordGrant(input()));
    expect(error.cause).toBeInstanceOf(Error);
    const others = Object.getOwnPropertyNames(error).filter((key) => key !== 'cause');
    for (const key of others) {
      expect(typeof (error as unknown as Record<string, unknown>)[key]).not.toBe('object');
    }
  });
});

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
