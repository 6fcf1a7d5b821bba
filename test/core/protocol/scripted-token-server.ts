/**
 * A tiny scripted HTTP server on 127.0.0.1 for protocol unit tests: it records every request
 * exactly as it arrived (raw headers, raw body) and answers with whatever the test scripts.
 * The Wallboard-compatible dev server covers real server behaviour; this one covers the bytes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Profile } from '../../../core/profile/profile';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Header values as sent, by lowercase name (the first one when repeated). */
  headers: Record<string, string>;
  body: string;
  form: URLSearchParams;
}

export type Script = (request: RecordedRequest, response: ServerResponse) => void;

export interface ScriptedTokenServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the answer for the next requests. */
  answer(script: Script): void;
  close(): Promise<void>;
}

/** Answers with a JSON body and the given status. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Script {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
}

/** Answers with a raw body and content type. */
export function raw(status: number, contentType: string | undefined, body: string): Script {
  return (_request, response) => {
    response.writeHead(status, contentType === undefined ? {} : { 'content-type': contentType });
    response.end(body);
  };
}

/** A Wallboard-style success body; override fields per test. */
export function tokenBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    access_token: 'fake-access-0001',
    token_type: 'bearer',
    expires_in: 1800,
    refresh_token: 'fake-refresh-0001',
    refresh_total_validity_seconds: 3600,
    jwt_access_token: 'fake.jwt.value',
    customerId: 4711,
    readOnly: false,
    ...overrides,
  };
}

export async function startScriptedTokenServer(): Promise<ScriptedTokenServer> {
  let script: Script = json(200, tokenBody());
  const requests: RecordedRequest[] = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i]!.toLowerCase();
        headers[name] ??= req.rawHeaders[i + 1]!;
      }
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers,
        body,
        form: new URLSearchParams(body),
      };
      requests.push(recorded);
      script(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      script = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A profile pointing at a scripted server; http is allowed because the server is loopback. */
export function testProfile(serverUrl: string, overrides: Partial<Profile> = {}): Profile {
  return {
    name: 'test',
    serverUrl,
    method: 'service-account',
    clientId: 'default-client',
    clientType: 'confidential',
    authorizePath: '/oauth/authorize',
    tokenPath: '/oauth/token',
    kmsi: false,
    allowHttp: true,
    ...overrides,
  };
}
