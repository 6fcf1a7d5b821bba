import { processGenericTokenEndpointResponse } from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { WallboardTokenError } from '../../../core/errors';
import {
  authorizationCallbackError,
  tokenRequestError,
  type TokenGrant,
} from '../../../core/protocol/error-mapping';
import { TransportFailure } from '../../../core/protocol/token-endpoint';
import { testProfile } from './scripted-token-server';

const profile = testProfile('https://wallboard.example');
const as = { issuer: profile.serverUrl, token_endpoint: `${profile.serverUrl}/oauth/token` };
const client = { client_id: profile.clientId };

/** What a real oauth4webapi validation of `response` throws, mapped for `grant`. */
async function mapped(response: Response, grant: TokenGrant): Promise<WallboardTokenError> {
  try {
    await processGenericTokenEndpointResponse(as, client, response);
  } catch (error) {
    return tokenRequestError(error, { profile, grant, httpStatus: response.status });
  }
  throw new Error('the response was accepted');
}

function oauthError(error: string, status = 400): Response {
  return Response.json({ error }, { status });
}

describe('tokenRequestError', () => {
  it.each([
    ['refresh_token', 'session_expired'],
    ['password', 'credentials_rejected'],
    ['authorization_code', 'credentials_rejected'],
  ] as const)('maps invalid_grant on a %s request to %s', async (grant, code) => {
    const error = await mapped(oauthError('invalid_grant'), grant);
    expect(error.code).toBe(code);
  });

  it.each([
    ['refresh_token', 'server_error'],
    ['password', 'credentials_rejected'],
    ['authorization_code', 'credentials_rejected'],
  ] as const)('maps an unknown OAuth error on a %s request to %s', async (grant, code) => {
    const error = await mapped(oauthError('fake_new_error'), grant);
    expect(error).toMatchObject({ code, oauthError: 'fake_new_error' });
  });

  it('reads the OAuth error from a Bearer challenge header', async () => {
    const response = new Response(null, {
      status: 401,
      headers: { 'www-authenticate': 'Bearer error="invalid_client"' },
    });
    const error = await mapped(response, 'refresh_token');
    expect(error).toMatchObject({
      code: 'client_rejected',
      oauthError: 'invalid_client',
      httpStatus: 401,
    });
  });

  it('leaves an OAuth error that is not a plain code out of the message', async () => {
    const error = await mapped(oauthError('<script>fake</script>'), 'password');
    expect(error.message).not.toContain('<script>');
    expect(error.oauthError).toBe('<script>fake</script>');
  });

  it.each([
    ['network', 'network_error'],
    ['timeout', 'server_timeout'],
    ['cancelled', 'login_cancelled'],
  ] as const)('maps a %s transport failure to %s', (kind, code) => {
    const error = tokenRequestError(new TransportFailure(kind, new TypeError('fetch failed')), {
      profile,
      grant: 'refresh_token',
      timeoutMs: 5_000,
    });
    expect(error.code).toBe(code);
    if (kind === 'timeout') expect(error.message).toContain('within 5 seconds');
  });

  it('passes a WallboardTokenError through unchanged', () => {
    const original = new WallboardTokenError('invalid_profile', 'Fake message.');
    expect(tokenRequestError(original, { profile, grant: 'password' })).toBe(original);
  });

  it('reports anything else as internal, keeping it as the cause', () => {
    const bug = new RangeError('fake bug');
    const error = tokenRequestError(bug, { profile, grant: 'password' });
    expect(error).toMatchObject({ code: 'internal', cause: bug });
  });
});

describe('authorizationCallbackError', () => {
  it.each([
    ['access_denied', 'access_denied'],
    ['consent_required', 'access_denied'],
    ['invalid_request', 'client_rejected'],
    ['unsupported_response_type', 'client_rejected'],
    ['server_error', 'server_error'],
  ])('maps %s to %s', (oauthError, code) => {
    expect(authorizationCallbackError(oauthError, undefined, 'test')).toMatchObject({
      code,
      oauthError,
      profile: 'test',
    });
  });
});
