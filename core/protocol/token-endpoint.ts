/**
 * The transport under every token request: the injected fetch with a timeout and the caller's
 * cancel signal, failures of the connection tagged as such, and responses normalised before
 * oauth4webapi validates them. Nothing here decides what a failure means; error-mapping does.
 */
import {
  allowInsecureRequests,
  customFetch,
  type CustomFetchOptions,
  type TokenEndpointRequestOptions,
} from 'oauth4webapi';
import type { FetchLike } from '../ports';
import type { Profile } from '../profile/profile';
import { enforcesHttps } from './authorization-server';
import { normaliseTokenResponse } from './response-normaliser';

/** How long a token request may take before it counts as a server timeout. */
export const defaultTimeoutMs = 30_000;

/** The HTTP options every grant accepts. */
export interface TransportOptions {
  /** The host's fetch: Electron's `net.fetch` in the app, undici in the CLI. */
  fetch: FetchLike;
  /** Give up on the server after this long (default 30 s): `server_timeout`. */
  timeoutMs?: number;
  /** Abort to cancel the request: `login_cancelled`. */
  signal?: AbortSignal;
}

/** Why the connection, not the server's answer, failed. */
export type TransportFailureKind = 'network' | 'timeout' | 'cancelled';

/** A request that got no complete response: refused, reset, timed out or cancelled. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  readonly kind: TransportFailureKind;

  constructor(kind: TransportFailureKind, cause: unknown) {
    super(`token request failed: ${kind}`, { cause });
    this.kind = kind;
  }
}

/** One token request's oauth4webapi options, and the HTTP status it received, for errors. */
export interface TokenEndpointCall {
  readonly options: TokenEndpointRequestOptions;
  /** The status of the response, once one arrived. */
  readonly httpStatus: number | undefined;
}

/** Options for oauth4webapi's token requests (RFC 6749 §3.2) over the injected fetch. */
export function tokenEndpointCall(
  profile: Profile,
  transport: TransportOptions,
): TokenEndpointCall {
  const timeoutMs = transport.timeoutMs ?? defaultTimeoutMs;
  let httpStatus: number | undefined;

  const send = async (url: string, init: CustomFetchOptions<'POST', URLSearchParams>) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = transport.signal ? AbortSignal.any([timeout, transport.signal]) : timeout;
    try {
      const response = await transport.fetch(url, { ...init, signal });
      httpStatus = response.status;
      // Reading the body stays under the same signal, so a stalled body also times out.
      return await normaliseTokenResponse(response);
    } catch (error) {
      throw new TransportFailure(failureKind(timeout, transport.signal), error);
    }
  };

  return {
    options: { [customFetch]: send, [allowInsecureRequests]: !enforcesHttps(profile) },
    get httpStatus() {
      return httpStatus;
    },
  };
}

function failureKind(timeout: AbortSignal, caller: AbortSignal | undefined): TransportFailureKind {
  if (caller?.aborted) return 'cancelled';
  if (timeout.aborted) return 'timeout';
  return 'network';
}
