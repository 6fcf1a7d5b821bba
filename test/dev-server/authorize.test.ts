import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpFor } from '../wallboard-server/fixtures';
import type { DevServer } from '../wallboard-server/server';
import {
  authorizeParams,
  confidentialRedirect,
  getAuthorize,
  location,
  postAuthorize,
  startTestServer,
  type TestClock,
} from './helpers';

let server: DevServer;
let clock: TestClock;

beforeEach(async () => {
  ({ server, clock } = await startTestServer());
});
afterEach(() => server.close());

const ticketOf = (html: string) => /name="login_ticket" value="([^"]+)"/.exec(html)?.[1];

describe('GET /oauth/authorize, before anything is trusted', () => {
  it('shows an error page and never redirects for an unknown client', async () => {
    const response = await getAuthorize(server, authorizeParams({ clientId: 'no-such-client' }));
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<title>Wallboard sign-in</title>');
    expect(html).toContain('client_id');
  });

  it('shows an error page for a redirect URI the client did not register', async () => {
    const params = authorizeParams({
      clientId: 'confidential-app',
      redirectUri: 'http://127.0.0.1:9999/callback',
      challenge: '',
    });
    const response = await getAuthorize(server, params);

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('redirect_uri');
  });

  it('accepts any loopback port for a client that allows it, but not another path', async () => {
    const anyPort = await getAuthorize(
      server,
      authorizeParams({ redirectUri: 'http://localhost:40111/callback' }),
    );
    const otherPath = await getAuthorize(
      server,
      authorizeParams({ redirectUri: 'http://127.0.0.1:40111/elsewhere' }),
    );
    const notLoopback = await getAuthorize(
      server,
      authorizeParams({ redirectUri: 'http://example.com:40111/callback' }),
    );

    expect(anyPort.status).toBe(200);
    expect(otherPath.status).toBe(400);
    expect(notLoopback.status).toBe(400);
  });

  it('redirects invalid_request when a public client leaves out PKCE', async () => {
    const response = await getAuthorize(server, authorizeParams({ challenge: '' }));
    const query = location(response);

    expect(response.status).toBe(302);
    expect(query.get('error')).toBe('invalid_request');
    expect(query.get('state')).toBe('state-123');
  });

  it('refuses the plain PKCE method and other response types', async () => {
    const plain = authorizeParams();
    plain.set('code_challenge_method', 'plain');
    const implicit = authorizeParams();
    implicit.set('response_type', 'token');

    expect(location(await getAuthorize(server, plain)).get('error')).toBe('invalid_request');
    expect(location(await getAuthorize(server, implicit)).get('error')).toBe(
      'unsupported_response_type',
    );
  });
});

describe('the sign-in page', () => {
  it('has the form fields, buttons and CSP that browser tests rely on', async () => {
    const response = await getAuthorize(server, authorizeParams());
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('<title>Wallboard sign-in</title>');
    expect(html).toMatch(/<input id="email" name="email"/);
    expect(html).toMatch(/<input id="password" name="password"/);
    expect(html).toContain('<button type="submit" name="action" value="approve">');
    expect(html).toMatch(/<button type="submit" name="action" value="deny"/);
    expect(html).not.toContain('id="totp"');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' http://127.0.0.1:53682");
  });

  it('escapes what the request echoes back', async () => {
    const html = await (
      await getAuthorize(server, authorizeParams({ state: '"><script>alert(1)</script>' }))
    ).text();

    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('redirects with a code and the state after a correct password', async () => {
    const response = await postAuthorize(server, authorizeParams(), {
      email: 'alice@example.com',
      password: 'alice-password-1',
      action: 'approve',
    });
    const query = location(response);

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:53682\/callback\?/);
    expect(query.get('code')).toMatch(/^[0-9a-f-]{36}$/);
    expect(query.get('state')).toBe('state-123');
  });

  it('shows the page again with #login-error after a wrong password', async () => {
    const response = await postAuthorize(server, authorizeParams(), {
      email: 'alice@example.com',
      password: 'wrong-password',
      action: 'approve',
    });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(html).toMatch(/<p id="login-error"[^>]*>Wrong e-mail or password/);
    expect(html).toContain('value="alice@example.com"');
  });

  it('redirects access_denied with the state when the user declines', async () => {
    const response = await postAuthorize(server, authorizeParams(), { action: 'deny' });
    const query = location(response);

    expect(query.get('error')).toBe('access_denied');
    expect(query.get('state')).toBe('state-123');
    expect(query.get('code')).toBeNull();
  });

  it('asks a 2FA account for its code, then signs in without the password again', async () => {
    const params = authorizeParams();
    const first = await postAuthorize(server, params, {
      email: 'bob@example.com',
      password: 'bob-password-1',
      action: 'approve',
    });
    const html = await first.text();
    const ticket = ticketOf(html);
    expect(html).toContain('<p id="login-error"');
    expect(html).toMatch(/<input id="totp" name="totp"/);
    expect(ticket).toBeDefined();

    const second = await postAuthorize(server, params, {
      email: 'bob@example.com',
      totp: totpFor('bob@example.com', clock.now()),
      login_ticket: ticket ?? '',
      action: 'approve',
    });
    expect(location(second).get('code')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps asking for the code after a wrong one', async () => {
    const params = authorizeParams();
    const first = await postAuthorize(server, params, {
      email: 'bob@example.com',
      password: 'bob-password-1',
      action: 'approve',
    });
    const ticket = ticketOf(await first.text()) ?? '';

    const wrong = await postAuthorize(server, params, {
      email: 'bob@example.com',
      totp: '000000', // not valid at the fixed test time, so deterministic
      login_ticket: ticket,
      action: 'approve',
    });
    const html = await wrong.text();

    expect(wrong.status).toBe(200);
    expect(html).toContain('That code is wrong or expired');
    expect(ticketOf(html)).toBe(ticket);
  });

  it('refuses a ticket presented for a different authorization request', async () => {
    const first = await postAuthorize(server, authorizeParams({ state: 'one' }), {
      email: 'bob@example.com',
      password: 'bob-password-1',
      action: 'approve',
    });
    const ticket = ticketOf(await first.text()) ?? '';

    const other = await postAuthorize(server, authorizeParams({ state: 'two' }), {
      email: 'bob@example.com',
      totp: totpFor('bob@example.com', clock.now()),
      login_ticket: ticket,
      action: 'approve',
    });

    expect(other.headers.get('location')).toBeNull();
    expect(await other.text()).toContain('Wrong e-mail or password');
  });

  it('re-checks the hidden fields on submit and never redirects to a forged URI', async () => {
    const forged = authorizeParams({
      clientId: 'confidential-app',
      redirectUri: 'http://attacker.example/callback',
      challenge: '',
    });
    const response = await postAuthorize(server, forged, {
      email: 'alice@example.com',
      password: 'alice-password-1',
      action: 'approve',
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('uses the only registered redirect URI when the request names none', async () => {
    const params = authorizeParams({ clientId: 'confidential-app', challenge: '' });
    params.delete('redirect_uri');
    const response = await postAuthorize(server, params, {
      email: 'alice@example.com',
      password: 'alice-password-1',
      action: 'approve',
    });

    expect(response.headers.get('location')).toMatch(
      new RegExp(`^${confidentialRedirect.replace(/\./g, '\\.')}\\?code=`),
    );
  });
});
