import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../renderer/bridge/types';
import {
  draftMovesSession,
  draftOf,
  draftProblems,
  emptyDraft,
  profileInputOf,
  suggestName,
  withMethod,
  type ProfileDraft,
} from '../../../renderer/forms/profile-draft';

const context = { existingNames: ['prod'], hasStoredSecret: false };
const valid: ProfileDraft = {
  ...emptyDraft(),
  name: 'staging',
  serverUrl: 'https://editor.example.com',
  clientId: 'wallboard-token',
  redirectUri: 'http://127.0.0.1:53682/callback',
};

describe('draftProblems', () => {
  it('finds nothing wrong with a complete browser profile', () => {
    expect(draftProblems(valid, context)).toEqual({});
  });

  it('asks for every required field of an empty form', () => {
    expect(Object.keys(draftProblems(emptyDraft(), context)).sort()).toEqual([
      'clientId',
      'name',
      'serverUrl',
    ]);
  });

  it('names what is wrong with the profile name', () => {
    expect(draftProblems({ ...valid, name: 'my prod' }, context).name).toBe(
      'Use up to 64 letters, digits, dots, dashes or underscores, without spaces.',
    );
    expect(draftProblems({ ...valid, name: 'prod' }, context).name).toBe(
      'A profile named prod already exists.',
    );
  });

  it('names what is wrong with the server URL', () => {
    const problem = (serverUrl: string) =>
      draftProblems({ ...valid, serverUrl }, context).serverUrl;
    expect(problem('editor.example.com')).toMatch(/^Enter a full address starting with https:\/\//);
    expect(problem('ftp://editor.example.com')).toMatch(/^Enter a full address/);
    expect(problem('https://me:pw@editor.example.com')).toMatch(
      /^Remove the user name and password/,
    );
    expect(problem('https://editor.example.com/?tenant=1')).toBe(
      'Remove the part after ? or # from the address.',
    );
  });

  it('asks at the checkbox to allow plain http rather than under the address', () => {
    const http = { ...valid, serverUrl: 'http://wallboard.lan' };
    expect(draftProblems(http, context)).toEqual({
      allowHttp:
        'This address uses plain http. Tick the box to allow it, or use an https:// address.',
    });
    expect(draftProblems({ ...http, allowHttp: true }, context)).toEqual({});
  });

  it('asks for a confidential client’s secret unless one is stored', () => {
    const confidential = { ...valid, clientType: 'confidential' as const };
    expect(draftProblems(confidential, context).clientSecret).toMatch(/^Enter the client secret/);
    expect(draftProblems(confidential, { ...context, hasStoredSecret: true })).toEqual({});
  });

  it('accepts only a loopback redirect URI with a port, or none', () => {
    const problem = (redirectUri: string) =>
      draftProblems({ ...valid, redirectUri }, context).redirectUri;
    expect(problem('')).toBeUndefined();
    expect(problem('http://[::1]:8400/cb')).toBeUndefined();
    expect(problem('https://127.0.0.1:8400/callback')).toMatch(
      /^Enter it as http:\/\/127\.0\.0\.1/,
    );
    expect(problem('http://example.com:8400/callback')).toMatch(/^Enter it as/);
    expect(problem('http://127.0.0.1/callback')).toMatch(/^Add a port from 1024 to 65535/);
    expect(problem('http://127.0.0.1:8400/callback?x=1')).toMatch(/^Remove the part after \?/);
  });

  it('ignores the redirect URI of a service account, which has none', () => {
    const account = { ...valid, method: 'service-account' as const, redirectUri: 'nonsense' };
    expect(draftProblems(account, context)).toEqual({});
  });

  it('asks for paths that start with a single slash', () => {
    expect(draftProblems({ ...valid, tokenPath: 'oauth/token' }, context).tokenPath).toBe(
      'Start the path with a single /, such as /oauth/token.',
    );
    expect(draftProblems({ ...valid, authorizePath: '//evil/x' }, context).authorizePath).toMatch(
      /^Start the path with a single \//,
    );
  });
});

describe('withMethod', () => {
  it('fills in Wallboard’s default client for service accounts', () => {
    expect(withMethod(emptyDraft(), 'service-account')).toMatchObject({
      method: 'service-account',
      clientId: 'default-client',
      clientType: 'confidential',
      clientSecret: '76211db5d8ea',
    });
  });

  it('takes the default client away again for browser sign-in', () => {
    const back = withMethod(withMethod(emptyDraft(), 'service-account'), 'browser');
    expect(back).toMatchObject({ clientId: '', clientType: 'public', clientSecret: '' });
  });

  it('keeps a confidential client the user entered', () => {
    const own = { ...valid, clientId: 'own-app', clientType: 'confidential' as const };
    expect(withMethod(own, 'service-account')).toMatchObject({ clientId: 'own-app' });
  });
});

describe('suggestName', () => {
  it('takes the first label of the host', () => {
    expect(suggestName('https://editor.example.com')).toBe('editor');
    expect(suggestName('https://www.wallboard.example.com/app')).toBe('wallboard');
    expect(suggestName('not a url')).toBe('');
  });
});

describe('profileInputOf', () => {
  it('trims the fields and leaves out what is empty', () => {
    const input = profileInputOf({ ...valid, name: ' staging ', redirectUri: '  ' });
    expect(input).toEqual({
      name: 'staging',
      serverUrl: 'https://editor.example.com',
      method: 'browser',
      clientId: 'wallboard-token',
      clientType: 'public',
      authorizePath: '/oauth/authorize',
      tokenPath: '/oauth/token',
      kmsi: false,
      allowHttp: false,
    });
  });

  it('sends a secret only for a confidential client', () => {
    expect(profileInputOf({ ...valid, clientSecret: 'x' })).not.toHaveProperty('clientSecret');
    expect(
      profileInputOf({ ...valid, clientType: 'confidential', clientSecret: 'x' }).clientSecret,
    ).toBe('x');
  });
});

describe('draftOf', () => {
  it('fills the form from a stored profile, without its secret', () => {
    const draft = draftOf({
      profile: { ...valid, clientType: 'confidential', redirectUri: undefined },
      hasClientSecret: true,
      status: { profile: 'staging', state: 'signed-out' },
    });
    expect(draft).toMatchObject({ name: 'staging', clientSecret: '', redirectUri: '' });
  });
});

describe('draftMovesSession', () => {
  const profile: Profile = {
    ...profileInputOf(valid),
    authorizePath: '/oauth/authorize',
    tokenPath: '/oauth/token',
  };
  const stored = draftOf({
    profile,
    hasClientSecret: false,
    status: { profile: 'staging', state: 'signed-in' },
  });

  it('is false for changes that keep the server and client, such as keep-me-signed-in', () => {
    expect(draftMovesSession(profile, stored)).toBe(false);
    expect(draftMovesSession(profile, { ...stored, kmsi: true, allowHttp: true })).toBe(false);
    expect(
      draftMovesSession(profile, { ...stored, serverUrl: ' https://editor.example.com ' }),
    ).toBe(false);
  });

  it('is true when the server, the client or an endpoint changes', () => {
    expect(draftMovesSession(profile, { ...stored, serverUrl: 'https://other.example.com' })).toBe(
      true,
    );
    expect(draftMovesSession(profile, { ...stored, clientId: 'another' })).toBe(true);
    expect(draftMovesSession(profile, { ...stored, clientType: 'confidential' })).toBe(true);
    expect(draftMovesSession(profile, { ...stored, authorizePath: '/auth' })).toBe(true);
    expect(draftMovesSession(profile, { ...stored, tokenPath: '/token' })).toBe(true);
  });
});
