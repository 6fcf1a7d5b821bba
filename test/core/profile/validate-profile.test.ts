import { describe, expect, it } from 'vitest';
import { WallboardTokenError } from '../../../core/errors';
import { parseProfileInput, profileJsonSchema } from '../../../core/profile/validate-profile';

const browser = {
  name: 'prod',
  serverUrl: 'https://wallboard.example.com',
  method: 'browser',
  clientId: 'wallboard-token-desktop',
};

/** The invalid_profile error `input` causes; fails the test when it parses. */
function rejectionOf(input: unknown): WallboardTokenError {
  try {
    parseProfileInput(input);
  } catch (error) {
    if (error instanceof WallboardTokenError) return error;
    throw error;
  }
  throw new Error('expected the profile to be rejected');
}

describe('parseProfileInput', () => {
  it('fills the defaults of a browser profile', () => {
    expect(parseProfileInput(browser)).toEqual({
      name: 'prod',
      serverUrl: 'https://wallboard.example.com',
      method: 'browser',
      clientId: 'wallboard-token-desktop',
      clientType: 'public',
      authorizePath: '/oauth/authorize',
      tokenPath: '/oauth/token',
      kmsi: false,
      allowHttp: false,
    });
  });

  it("gives a service account Wallboard's default confidential client", () => {
    const profile = parseProfileInput({
      name: 'robot',
      serverUrl: 'https://wallboard.example.com',
      method: 'service-account',
    });

    expect(profile.clientId).toBe('default-client');
    expect(profile.clientType).toBe('confidential');
  });

  it('normalises the server URL to origin and path without trailing slash, query or fragment', () => {
    const profile = parseProfileInput({
      ...browser,
      serverUrl: '  HTTPS://Wallboard.Example.com:443/tenant/a//?next=/x#top ',
    });

    expect(profile.serverUrl).toBe('https://wallboard.example.com/tenant/a');
  });

  it('keeps an explicit non-default port', () => {
    const profile = parseProfileInput({ ...browser, serverUrl: 'https://wb.example.com:8443/' });

    expect(profile.serverUrl).toBe('https://wb.example.com:8443');
  });

  it('refuses plain http unless allowed, saying how to allow it', () => {
    const error = rejectionOf({ ...browser, serverUrl: 'http://wallboard.lan' });

    expect(error.code).toBe('invalid_profile');
    expect(error.message).toContain('"serverUrl"');
    expect(error.message).toContain('--allow-http');
    expect(error.message).toContain('Allow plain http');
    expect(
      parseProfileInput({ ...browser, serverUrl: 'http://wallboard.lan', allowHttp: true }),
    ).toMatchObject({ serverUrl: 'http://wallboard.lan', allowHttp: true });
  });

  it('refuses credentials in the server URL without echoing them', () => {
    const error = rejectionOf({
      ...browser,
      serverUrl: 'https://someone:fake-pass@wb.example.com',
    });

    expect(error.code).toBe('invalid_profile');
    expect(error.message).toContain('user name or password');
    expect(error.message).not.toContain('fake-pass');
  });

  it.each([
    ['not a url', 'full address'],
    ['ftp://wb.example.com', 'must start with https://'],
    ['wb.example.com', 'full address'],
  ])('refuses the server URL %j', (serverUrl, phrase) => {
    const error = rejectionOf({ ...browser, serverUrl });

    expect(error.code).toBe('invalid_profile');
    expect(error.message).toContain(phrase);
  });

  it.each(['', 'has space', 'a/b', 'x'.repeat(65), 'naïve'])('refuses the name %j', (name) => {
    const error = rejectionOf({ ...browser, name });

    expect(error.code).toBe('invalid_profile');
    expect(error.message).toContain('"name" must be 1-64 letters');
  });

  it('accepts names of letters, digits, dots, underscores and dashes up to 64 long', () => {
    expect(parseProfileInput({ ...browser, name: 'Prod_EU-2.v1' }).name).toBe('Prod_EU-2.v1');
    expect(parseProfileInput({ ...browser, name: 'x'.repeat(64) }).name).toHaveLength(64);
  });

  it('requires a client ID for browser sign-in', () => {
    const error = rejectionOf({ ...browser, clientId: undefined });

    expect(error.code).toBe('invalid_profile');
    expect(error.message).toContain('"clientId" is required for browser sign-in');
  });

  it('refuses an unknown sign-in method', () => {
    expect(rejectionOf({ ...browser, method: 'magic' }).message).toContain(
      '"method" must be "browser" or "service-account"',
    );
  });

  it('names every bad field in one message', () => {
    const error = rejectionOf({ ...browser, kmsi: 'yes', allowHttp: 1, tokenPath: 'oauth/token' });

    expect(error.message).toContain('"kmsi" must be true or false');
    expect(error.message).toContain('"allowHttp" must be true or false');
    expect(error.message).toContain('"tokenPath" must be a path starting with "/"');
  });

  it('refuses something that is not an object', () => {
    expect(rejectionOf('prod').message).toContain('must be an object');
    expect(rejectionOf(null).code).toBe('invalid_profile');
  });

  it.each(['//evil.example/token', '/\\evil.example/token', '/oauth/token?x=1', '/oauth//token'])(
    'refuses the endpoint path %j, which could leave the server',
    (tokenPath) => {
      expect(rejectionOf({ ...browser, tokenPath }).message).toContain('"tokenPath"');
    },
  );

  it('accepts custom endpoint paths', () => {
    const profile = parseProfileInput({
      ...browser,
      authorizePath: '/api/oauth2/authorize',
      tokenPath: '/api/oauth2/token',
    });

    expect(profile).toMatchObject({
      authorizePath: '/api/oauth2/authorize',
      tokenPath: '/api/oauth2/token',
    });
  });

  it.each([
    'http://127.0.0.1:8123/callback',
    'http://[::1]:8123/callback',
    'http://localhost:65535/wb/cb',
    'http://127.0.0.1:1024/',
  ])('accepts the loopback redirect URI %j as given', (redirectUri) => {
    expect(parseProfileInput({ ...browser, redirectUri }).redirectUri).toBe(redirectUri);
  });

  it.each([
    ['https://127.0.0.1:8123/callback', 'an http address on this computer'],
    ['http://192.168.1.2:8123/callback', 'an http address on this computer'],
    ['http://127.0.0.1/callback', 'explicit port from 1024 to 65535'],
    ['http://127.0.0.1:80/callback', 'explicit port from 1024 to 65535'],
    ['http://127.0.0.1:1023/callback', 'explicit port from 1024 to 65535'],
    ['http://127.0.0.1:8123/callback?x=1', 'without a query or fragment'],
    ['http://127.0.0.1:8123/callback#frag', 'without a query or fragment'],
    ['http://127.0.0.1:8123/callback?', 'without a query or fragment'],
    ['callback', 'must look like http://127.0.0.1:PORT/PATH'],
  ])('refuses the redirect URI %j', (redirectUri, phrase) => {
    const error = rejectionOf({ ...browser, redirectUri });

    expect(error.code).toBe('invalid_profile');
    expect(error.message).toContain('"redirectUri"');
    expect(error.message).toContain(phrase);
  });

  it('drops unknown fields, so a stray secret never reaches the config file', () => {
    const profile = parseProfileInput({ ...browser, clientSecret: 'fake-secret' });

    expect(profile).not.toHaveProperty('clientSecret');
  });

  it('names the profile in the error when the name is valid', () => {
    expect(rejectionOf({ ...browser, serverUrl: 'nope' }).profile).toBe('prod');
  });
});

describe('profileJsonSchema', () => {
  it('describes the stored fields without a nested dialect', () => {
    const schema = profileJsonSchema();

    expect(schema).not.toHaveProperty('$schema');
    expect(schema).toMatchObject({
      type: 'object',
      required: ['name', 'serverUrl', 'method'],
    });
  });
});
