/**
 * A Wallboard-compatible OAuth server on 127.0.0.1 for integration tests, end-to-end tests and
 * demos: the authorization page, the token endpoint, /api/me and injectable faults.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi, handleHealth } from './api-routes';
import { handleAuthorize } from './authorize-routes';
import {
  defaultSettings,
  type DevServerSettings,
  type DevServerStats,
  type ServerContext,
} from './context';
import { FaultQueue, type DevServerFault } from './faults';
import { fixtures, type ClientFixture } from './fixtures';
import { GrantStore } from './grant-store';
import { sendJson } from './http-io';
import { LoginTickets } from './login-tickets';
import { handleToken } from './token-routes';

export type { DevServerSettings, DevServerStats } from './context';
export type { DevServerFault } from './faults';
export type { ClientFixture, UserFixture } from './fixtures';
export { fixtures, totpFor } from './fixtures';

export interface StartOptions extends Partial<DevServerSettings> {
  /** Default 0 (ephemeral). The host is always 127.0.0.1. */
  port?: number;
  /** Epoch milliseconds, default Date.now; every expiry check uses it. */
  clock?: () => number;
  /** No request log. */
  quiet?: boolean;
  /** Clients registered beside the demo ones; an id already taken replaces the demo client. */
  extraClients?: ClientFixture[];
}

export interface DevServer {
  /** e.g. http://127.0.0.1:43123 (no trailing slash). */
  readonly url: string;
  /** Mutable at run time; read on every request. */
  readonly settings: DevServerSettings;
  /** Faults apply to POST /oauth/token only; `times` defaults to Infinity. */
  injectFault(fault: DevServerFault, times?: number): void;
  /** Removes all pending faults. */
  clearFaults(): void;
  /** Counters for tests and benchmarks. */
  readonly stats: DevServerStats;
  /** Revokes every token of a user (simulates an admin revoking the session). */
  revokeUser(email: string): void;
  close(): Promise<void>;
}

type Route = (ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

const routes: Record<string, Route> = {
  '/oauth/authorize': (ctx, req, res, url) => handleAuthorize(ctx, req, res, url.searchParams),
  '/oauth/token': (ctx, req, res) => handleToken(ctx, req, res),
  '/public-api/health': (_ctx, _req, res) => handleHealth(res),
};
const apiRoute: Route = (ctx, req, res, url) => handleApi(ctx, req, res, url.pathname);

function route(path: string): Route | undefined {
  if (Object.hasOwn(routes, path)) return routes[path];
  return path.startsWith('/api/') ? apiRoute : undefined;
}

/** Starts a dev server on 127.0.0.1 and resolves once it listens. */
export async function startWallboardServer(options: StartOptions = {}): Promise<DevServer> {
  const clock = options.clock ?? Date.now;
  const d = defaultSettings;
  const settings: DevServerSettings = {
    accessTokenSeconds: options.accessTokenSeconds ?? d.accessTokenSeconds,
    refreshTokenSeconds: options.refreshTokenSeconds ?? d.refreshTokenSeconds,
    kmsiRefreshTokenSeconds: options.kmsiRefreshTokenSeconds ?? d.kmsiRefreshTokenSeconds,
    rotateRefreshTokens: options.rotateRefreshTokens ?? d.rotateRefreshTokens,
    authorizationCodeSeconds: options.authorizationCodeSeconds ?? d.authorizationCodeSeconds,
  };
  const clients = new Map<string, ClientFixture>();
  for (const client of [...fixtures.clients, ...(options.extraClients ?? [])]) {
    clients.set(client.clientId, client);
  }
  const closing = new AbortController();
  const ctx: ServerContext = {
    settings,
    clock,
    users: fixtures.users,
    clients,
    store: new GrantStore(clock),
    tickets: new LoginTickets(clock),
    faults: new FaultQueue(),
    stats: {
      tokenRequests: 0,
      grants: { authorization_code: 0, refresh_token: 0, password: 0 },
      apiRequests: 0,
    },
    jwtKey: new Uint8Array(randomBytes(32)),
    closing: closing.signal,
  };
  const log = options.quiet === true ? () => {} : (line: string) => console.log(line);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only method, path and status: query strings and bodies may hold codes and secrets.
    res.on('close', () => {
      log(`${req.method} ${url.pathname} ${res.headersSent ? res.statusCode : 'dropped'}`);
    });
    const handler = route(url.pathname);
    if (handler === undefined) {
      return sendJson(res, 404, { error: 'not_found', message: 'No such endpoint' });
    }
    Promise.resolve(handler(ctx, req, res, url)).catch((error: unknown) => {
      log(`internal error: ${error instanceof Error ? error.name : 'unknown'}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      closing.abort();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });

  return {
    url: `http://127.0.0.1:${port}`,
    settings,
    stats: ctx.stats,
    injectFault: (fault, times) => ctx.faults.inject(fault, times),
    clearFaults: () => ctx.faults.clear(),
    revokeUser: (email) => ctx.store.revokeUser(email),
    close: () => (closed ??= stop()),
  };
}
