/**
 * Which redirect URIs a client may use: exact string matches of its registered URIs, plus,
 * for native apps that asked for it, any port on a loopback host (RFC 8252 §7.3).
 */
import type { ClientFixture } from './fixtures';

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * The redirect URI an authorization request resolves to, or undefined when the client may not
 * use it. Without one, a client with exactly one registered URI gets that (RFC 6749 §3.1.2.3).
 */
export function resolveRedirectUri(
  client: ClientFixture,
  requested: string | undefined,
): string | undefined {
  if (requested === undefined) {
    return client.redirectUris.length === 1 ? client.redirectUris[0] : undefined;
  }
  if (client.redirectUris.includes(requested)) return requested;
  if (client.allowAnyLoopbackPort === true && anyPortMatch(client.redirectUris, requested)) {
    return requested;
  }
  return undefined;
}

/** Swaps the registered URI's host and port for the requested ones; the rest must match as text. */
function anyPortMatch(registered: readonly string[], requested: string): boolean {
  const wanted = parseLoopback(requested);
  if (wanted === undefined) return false;
  return registered.some((uri) => {
    const candidate = parseLoopback(uri);
    if (candidate === undefined) return false;
    candidate.host = wanted.host;
    return candidate.href === requested;
  });
}

/** A plain-http loopback URL without credentials or fragment, else undefined. */
function parseLoopback(uri: string): URL | undefined {
  if (!URL.canParse(uri)) return undefined;
  const url = new URL(uri);
  const plain = url.protocol === 'http:' && url.username === '' && url.password === '';
  return plain && !uri.includes('#') && loopbackHosts.has(url.hostname) ? url : undefined;
}
