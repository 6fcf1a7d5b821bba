/**
 * Scripts behind a proxy: with HTTP_PROXY set, the command line sends its token requests
 * through it (a real forwarding proxy on loopback); without, it connects directly.
 */
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { proxyConfigured } from '../../cli/adapters/proxy-fetch';
import { addServiceProfile, serviceLogin } from '../support/cli-process';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';

let server: DevServer | undefined;
let proxy: Server | undefined;
afterEach(async () => {
  await server?.close();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  proxy = undefined;
});

/** A forwarding HTTP proxy (absolute-form requests and CONNECT tunnels) that records its targets. */
async function startProxy(seen: string[]): Promise<string> {
  proxy = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const target = new URL(incoming.url ?? '');
    const forwarded = request(
      target,
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(forwarded);
  });
  proxy.on('connect', (incoming, socket, head) => {
    seen.push(`CONNECT ${incoming.url}`);
    const [host, port] = (incoming.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

describe('proxy support', () => {
  it('reads the proxy from the usual variables', () => {
    expect(proxyConfigured({})).toBe(false);
    expect(proxyConfigured({ HTTPS_PROXY: '' })).toBe(false);
    expect(proxyConfigured({ https_proxy: 'http://proxy.example:3128' })).toBe(true);
    expect(proxyConfigured({ HTTP_PROXY: 'http://proxy.example:3128' })).toBe(true);
  });

  it('sends token requests through HTTP_PROXY', async () => {
    server = await startWallboardServer({ quiet: true });
    const seen: string[] = [];
    const proxyUrl = await startProxy(seen);
    const configDir = await addServiceProfile(server.url);

    const login = await serviceLogin(configDir, { HTTP_PROXY: proxyUrl, NO_PROXY: '' });

    expect(login.code).toBe(0);
    const target = new URL(server.url);
    expect(seen).toHaveLength(1);
    expect([`POST ${server.url}/oauth/token`, `CONNECT ${target.host}`]).toContain(seen[0]);
  });
});
