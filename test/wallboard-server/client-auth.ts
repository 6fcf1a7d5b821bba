/**
 * Client authentication at the token endpoint (RFC 6749 §2.3.1): HTTP Basic or form fields,
 * never both; public clients name themselves with `client_id` and prove nothing else.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ClientFixture } from './fixtures';
import { param } from './http-io';

export type ClientAuthResult =
  | { ok: true; client: ClientFixture }
  | {
      ok: false;
      status: 400 | 401;
      error: 'invalid_client' | 'invalid_request';
      description: string;
    };

interface Credentials {
  id: string;
  secret: string;
}

const rejected = (description: string): ClientAuthResult => ({
  ok: false,
  status: 401,
  error: 'invalid_client',
  description,
});

/** Identifies and authenticates the client of a token request (RFC 6749 §2.3.1, §3.2.1). */
export function authenticateClient(
  authorization: string | undefined,
  params: URLSearchParams,
  clients: ReadonlyMap<string, ClientFixture>,
): ClientAuthResult {
  const formId = param(params, 'client_id');
  const formSecret = param(params, 'client_secret');

  if (authorization !== undefined) {
    if (formSecret !== undefined) {
      return {
        ok: false,
        status: 400,
        error: 'invalid_request',
        description: 'Use one client authentication method: HTTP Basic or client_secret, not both',
      };
    }
    const candidates = basicCredentials(authorization);
    if (candidates === undefined) return rejected('The Authorization header is not valid Basic');
    // RFC 6749 §2.3.1 form-encodes id and secret before Basic; many clients do not. Accept both.
    const results = candidates
      .filter((c) => (formId ?? c.id) === c.id)
      .map((c) => verify(clients.get(c.id), c.secret));
    return (
      results.find((r) => r.ok) ??
      results[0] ??
      rejected('client_id does not match the client in the Authorization header')
    );
  }

  if (formId === undefined) return rejected('Client authentication is required');
  return verify(clients.get(formId), formSecret);
}

function verify(client: ClientFixture | undefined, secret: string | undefined): ClientAuthResult {
  if (client === undefined) return rejected('Unknown client');
  if (client.clientSecret === undefined) {
    return secret === undefined || secret === ''
      ? { ok: true, client }
      : rejected('This is a public client: it has no secret');
  }
  if (secret === undefined) return rejected('This client must authenticate with its secret');
  return sameSecret(secret, client.clientSecret)
    ? { ok: true, client }
    : rejected('Client authentication failed');
}

/** Compares secrets in constant time; hashing first makes the lengths equal. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The id/secret pairs a Basic header may mean: as sent, and form-decoded when that differs. */
function basicCredentials(header: string): Credentials[] | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;

  const raw: Credentials = { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  const id = formDecode(raw.id);
  const secret = formDecode(raw.secret);
  if (id === undefined || secret === undefined) return [raw];
  if (id === raw.id && secret === raw.secret) return [raw];
  return [raw, { id, secret }];
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
