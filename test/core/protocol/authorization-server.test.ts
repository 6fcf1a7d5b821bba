import { describe, expect, it } from 'vitest';
import { authorizationServerFor, clientFor } from '../../../core/protocol/authorization-server';
import { testProfile } from './scripted-token-server';

describe('authorizationServerFor', () => {
  it('builds the metadata from the server URL and paths', () => {
    const profile = testProfile('https://wallboard.example/base', {
      allowHttp: false,
      tokenPath: '/api/token',
    });
    expect(authorizationServerFor(profile)).toEqual({
      issuer: 'https://wallboard.example/base',
      authorization_endpoint: 'https://wallboard.example/base/oauth/authorize',
      token_endpoint: 'https://wallboard.example/base/api/token',
    });
    expect(clientFor(profile)).toEqual({ client_id: 'default-client' });
  });

  it('refuses plain http without allowHttp and says how to fix it', () => {
    const profile = testProfile('http://wallboard.lan', { allowHttp: false });
    expect(() => authorizationServerFor(profile)).toThrow(
      expect.objectContaining({
        code: 'invalid_profile',
        message: expect.stringContaining('allow plain http for this profile'),
      }),
    );
  });

  it('refuses a path that does not start with a slash', () => {
    const profile = testProfile('https://wallboard.example', { tokenPath: 'oauth/token' });
    expect(() => authorizationServerFor(profile)).toThrow(
      expect.objectContaining({ code: 'invalid_profile' }),
    );
  });
});
