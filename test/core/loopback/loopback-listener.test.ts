import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startLoopbackListener,
  type LoopbackListener,
  type LoopbackListenerOptions,
} from '../../../core/loopback/loopback-listener';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTP request, so tests can set the method and Host header freely. */
function send(url: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        hostname: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'GET',
        headers: options.host === undefined ? {} : { host: options.host },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function hasIpv6Loopback(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    addresses?.some((address) => address.address === '::1'),
  );
}

const listeners: LoopbackListener[] = [];
const blockers: Server[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
  await Promise.all(blockers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(overrides: Partial<LoopbackListenerOptions> = {}) {
  const listener = await startLoopbackListener({
    host: '127.0.0.1',
    port: 0,
    path: '/callback',
    expectedState: 'fake-state-1',
    timeoutMs: 60_000,
    ...overrides,
  });
  listeners.push(listener);
  return listener;
}

describe('startLoopbackListener', () => {
  it('resolves with the callback URL and shows the signed-in page', async () => {
    const listener = await listen();
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    const answer = await send(`${listener.redirectUri}?code=fake-code-1&state=fake-state-1`);
    const url = await listener.callback;

    expect(url.href).toBe(`${listener.redirectUri}?code=fake-code-1&state=fake-state-1`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(
      'You are signed in to Wallboard Token. You can close this tab and return to the app.',
    );
    expect(answer.body).not.toContain('fake-code-1');
    expect(answer.body).not.toContain('fake-state-1');
  });

  it('serves the page with a strict CSP and no caching', async () => {
    const listener = await listen();
    const answer = await send(`${listener.redirectUri}?code=fake-code-1&state=fake-state-1`);

    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'sha256-/,
    );
    expect(answer.headers['content-security-policy']).not.toContain('unsafe');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.body).not.toContain('<script');
  });

  it('answers once and then stops listening', async () => {
    const listener = await listen();
    await send(`${listener.redirectUri}?code=fake-code-1&state=fake-state-1`);
    await listener.callback;
    await listener.close();

    await expect(
      send(`${listener.redirectUri}?code=fake-code-2&state=fake-state-1`),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuses a callback with another state and says so in the browser', async () => {
    const listener = await listen();
    const answer = await send(`${listener.redirectUri}?code=fake-code-1&state=fake-state-2`);

    await expect(listener.callback).rejects.toMatchObject({ code: 'state_mismatch' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('did not belong to the sign-in this app started');
    expect(answer.body).not.toContain('fake-code-1');
  });

  it('turns an error callback into an error', async () => {
    const listener = await listen();
    const answer = await send(
      `${listener.redirectUri}?error=access_denied&error_description=Declined&state=fake-state-1`,
    );

    await expect(listener.callback).rejects.toMatchObject({
      code: 'access_denied',
      oauthError: 'access_denied',
      oauthDescription: 'Declined',
    });
    expect(answer.body).toContain('Sign-in failed');
  });

  it('escapes what it shows of an error callback', async () => {
    const listener = await listen();
    const answer = await send(
      `${listener.redirectUri}?error=${encodeURIComponent('<b>x</b>')}&state=fake-state-1`,
    );
    await expect(listener.callback).rejects.toMatchObject({ code: 'access_denied' });
    expect(answer.body).not.toContain('<b>');
  });

  it('refuses a callback without a code', async () => {
    const listener = await listen();
    await send(`${listener.redirectUri}?state=fake-state-1`);
    await expect(listener.callback).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('answers 404 to other paths, methods and hosts and keeps waiting', async () => {
    const listener = await listen();
    const base = new URL(listener.redirectUri);
    const query = '?code=fake-code-1&state=fake-state-1';

    const answers = await Promise.all([
      send(`${base.origin}/favicon.ico`),
      send(`${base.origin}/callback/extra${query}`),
      send(`${listener.redirectUri}${query}`, { method: 'POST' }),
      send(`${listener.redirectUri}${query}`, { host: `evil.example:${base.port}` }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);

    await send(`${listener.redirectUri}${query}`);
    await expect(listener.callback).resolves.toBeInstanceOf(URL);
  });

  it('reports a port in use with the port and what to do', async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;

    const error = await listen({ port }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'redirect_port_in_use' });
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).toContain('Close the other program');
  });

  it('listens on the fixed port it is given', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));

    const listener = await listen({ port, path: '/oauth/done' });
    expect(listener.redirectUri).toBe(`http://127.0.0.1:${port}/oauth/done`);
  });

  it('keeps the name localhost in the redirect URI and binds 127.0.0.1 only', async () => {
    const listener = await listen({ host: 'localhost' });
    const { port } = new URL(listener.redirectUri);
    expect(listener.redirectUri).toBe(`http://localhost:${port}/callback`);

    // Refused where IPv6 exists, unreachable where it does not: never answered.
    await expect(send(`http://[::1]:${port}/callback`)).rejects.toThrow();
    await send(`http://127.0.0.1:${port}/callback?code=fake-code-1&state=fake-state-1`, {
      host: `localhost:${port}`,
    });
    await expect(listener.callback).resolves.toBeInstanceOf(URL);
  });

  it.skipIf(!hasIpv6Loopback())('listens on [::1] for an IPv6 redirect URI', async () => {
    const listener = await listen({ host: '::1' });
    expect(listener.redirectUri).toMatch(/^http:\/\/\[::1\]:\d+\/callback$/);

    await send(`${listener.redirectUri}?code=fake-code-1&state=fake-state-1`);
    await expect(listener.callback).resolves.toMatchObject({ hostname: '[::1]' });
  });

  it('gives up with login_timeout', async () => {
    const listener = await listen({ timeoutMs: 20 });
    await expect(listener.callback).rejects.toMatchObject({ code: 'login_timeout' });
  });

  it('stops with login_cancelled when the signal aborts, freeing the port', async () => {
    const controller = new AbortController();
    const listener = await listen({ signal: controller.signal });
    controller.abort();

    await expect(listener.callback).rejects.toMatchObject({ code: 'login_cancelled' });
    await listener.close();
    await expect(send(listener.redirectUri)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('does not start when the signal has already aborted', async () => {
    await expect(listen({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'login_cancelled',
    });
  });

  it('rejects a pending callback with login_cancelled when closed', async () => {
    const listener = await listen();
    await listener.close();
    await expect(listener.callback).rejects.toMatchObject({ code: 'login_cancelled' });
  });
});
