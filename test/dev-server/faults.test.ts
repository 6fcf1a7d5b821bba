import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DevServer } from '../wallboard-server/server';
import { serviceHeader, serviceTokens, startTestServer } from './helpers';

let server: DevServer;

beforeEach(async () => {
  ({ server } = await startTestServer());
});
afterEach(() => server.close());

/** A password grant as a raw fetch, so tests can see bodies that are not JSON. */
function rawTokenRequest() {
  return fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { authorization: serviceHeader },
    body: new URLSearchParams({
      grant_type: 'password',
      username: 'service@example.com',
      password: 'service-password-1',
    }),
  });
}

describe('injected faults on POST /oauth/token', () => {
  it('answers an HTML 502 page like a proxy, or the status asked for', async () => {
    server.injectFault({ kind: 'html-5xx' }, 1);
    server.injectFault({ kind: 'html-5xx', status: 503 }, 1);
    const first = await rawTokenRequest();
    const second = await rawTokenRequest();

    expect(first.status).toBe(502);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await first.text()).toContain('<html>');
    expect(second.status).toBe(503);
    expect(await second.text()).toContain('503 Service Unavailable');
  });

  it('answers 200 with a body that is not JSON', async () => {
    server.injectFault({ kind: 'non-json' }, 1);
    const response = await rawTokenRequest();
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('answers correctly after the delay of a slow fault', async () => {
    server.injectFault({ kind: 'slow', delayMs: 20 }, 1);
    const { status, body } = await serviceTokens(server);

    expect(status).toBe(200);
    expect(body.token_type).toBe('bearer');
  });

  it('drops the connection without an answer', async () => {
    server.injectFault({ kind: 'drop' }, 1);

    await expect(rawTokenRequest()).rejects.toThrow(TypeError);
  });

  it('applies a fault `times` times, then answers normally again', async () => {
    server.injectFault({ kind: 'html-5xx' }, 2);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await rawTokenRequest()).status);

    expect(statuses).toEqual([502, 502, 200]);
    expect(server.stats.tokenRequests).toBe(3);
    expect(server.stats.grants.password).toBe(1);
  });

  it('keeps a fault without `times` until clearFaults()', async () => {
    server.injectFault({ kind: 'non-json' });
    const during = [await rawTokenRequest(), await rawTokenRequest()].map((r) => r.status);
    server.clearFaults();
    const after = await serviceTokens(server);

    expect(during).toEqual([200, 200]);
    expect(after.body.access_token).toEqual(expect.any(String));
  });

  it('leaves the other endpoints alone', async () => {
    server.injectFault({ kind: 'html-5xx' });
    const health = await fetch(`${server.url}/public-api/health`);

    expect(health.status).toBe(200);
  });

  it('closes promptly while a slow answer is still pending', async () => {
    server.injectFault({ kind: 'slow', delayMs: 60_000 });
    const pending = rawTokenRequest().catch((error: unknown) => error);
    await vi.waitFor(() => expect(server.stats.tokenRequests).toBe(1));
    await server.close();

    expect(await pending).toBeInstanceOf(TypeError);
  });
});
