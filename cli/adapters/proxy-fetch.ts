/**
 * Node's fetch, honouring HTTP_PROXY, HTTPS_PROXY and NO_PROXY as command-line tools are
 * expected to (Node 20's built-in fetch ignores them). undici's proxy agent loads only when
 * a proxy is configured, so the common case starts faster.
 */
import type { FetchLike } from '../../core/ports';

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** True when the environment names a proxy for fetch to go through. */
export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return proxyVariables.some((name) => (env[name] ?? '') !== '');
}

/** A fetch that goes through the proxy the environment names, if any. */
export function createProxyFetch(env: NodeJS.ProcessEnv = process.env): FetchLike {
  if (!proxyConfigured(env)) return globalThis.fetch;

  let proxied: Promise<FetchLike> | undefined;
  const load = async (): Promise<FetchLike> => {
    const { EnvHttpProxyAgent, fetch } = await import('undici');
    const dispatcher = new EnvHttpProxyAgent();
    // undici's fetch types differ from the DOM lib's in details only (RequestInit extras).
    return ((input: Parameters<FetchLike>[0], init?: Parameters<FetchLike>[1]) =>
      fetch(input as never, { ...(init as object), dispatcher })) as unknown as FetchLike;
  };
  return (async (input, init) => (await (proxied ??= load()))(input, init)) as FetchLike;
}
