/**
 * The redirect listener of a native app (RFC 8252 §7.3): binds one loopback address and port,
 * answers one GET on the exact callback path, checks `state`, and closes on success, failure,
 * cancel or timeout. Everything else gets a 404; the browser never sees a token or code.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WallboardTokenError } from '../errors';
import {
  authorizationCallbackError,
  missingCodeError,
  stateMismatchError,
} from '../protocol/error-mapping';
import { failurePage, pageHeaders, signedInPage } from './callback-page';
import type { LoopbackHost } from './redirect-uri';

export interface LoopbackListenerOptions {
  /** `localhost` binds 127.0.0.1 only; the redirect URI keeps the name the user registered. */
  host: LoopbackHost;
  /** 0 for a free port chosen by the system. */
  port: number;
  /** The exact callback path, e.g. `/callback`. */
  path: string;
  /** The `state` of the authorization request (RFC 6749 §10.12). */
  expectedState: string;
  /** Give up after this long: `login_timeout`. */
  timeoutMs: number;
  /** Abort to cancel: `login_cancelled`. */
  signal?: AbortSignal;
}

export interface LoopbackListener {
  /** The redirect URI to send with the authorization request, with the bound port. */
  redirectUri: string;
  /** The callback URL, code included, once the browser arrives; else a WallboardTokenError. */
  callback: Promise<URL>;
  /** Stops listening; a callback still pending rejects with `login_cancelled`. */
  close(): Promise<void>;
}

const bindAddresses: Record<LoopbackHost, string> = {
  '127.0.0.1': '127.0.0.1',
  '::1': '::1',
  localhost: '127.0.0.1',
};

/** RFC 8252 §7.3: listens on the loopback redirect URI until one callback arrives. */
export async function startLoopbackListener(
  options: LoopbackListenerOptions,
): Promise<LoopbackListener> {
  if (options.signal?.aborted) throw cancelledError();

  const server = createServer();
  const port = await listen(server, options);
  if (options.signal?.aborted) {
    await new Promise((resolve) => server.close(resolve));
    throw cancelledError();
  }
  const authority = `${options.host === '::1' ? '[::1]' : options.host}:${port}`;
  const redirectUri = `http://${authority}${options.path}`;

  let settle!: (outcome: { url: URL } | { error: WallboardTokenError }) => void;
  const callback = new Promise<URL>((resolve, reject) => {
    settle = (outcome) => ('url' in outcome ? resolve(outcome.url) : reject(outcome.error));
  });
  // The caller may close without awaiting the callback; that rejection is expected.
  callback.catch(() => undefined);

  let settled = false;
  let closing: Promise<void> | undefined;
  const finish = (outcome: { url: URL } | { error: WallboardTokenError }) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    settle(outcome);
  };
  const close = () => {
    finish({ error: cancelledError() });
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  const timer = setTimeout(() => {
    finish({ error: timeoutError(options.timeoutMs) });
    void close();
  }, options.timeoutMs);
  const onAbort = () => void close();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const target = callbackTarget(request, authority, options.path);
    if (settled || target === undefined) {
      response.writeHead(404, { ...pageHeaders, 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const received = new URL(redirectUri);
    received.search = target.search;
    const outcome = judgeCallback(received, options.expectedState);
    finish(outcome);

    const [status, body] =
      'url' in outcome ? [200, signedInPage()] : [400, failurePage(outcome.error.message)];
    response.writeHead(status, pageHeaders);
    response.end(body, () => void close());
  });

  return { redirectUri, callback, close };
}

function listen(
  server: ReturnType<typeof createServer>,
  options: LoopbackListenerOptions,
): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(bindError(error, options)));
    server.listen({ host: bindAddresses[options.host], port: options.port, exclusive: true }, () =>
      resolve((server.address() as AddressInfo).port),
    );
  });
}

/** The request's URL when it is a GET of the callback path on our own host, else undefined. */
function callbackTarget(
  request: IncomingMessage,
  authority: string,
  path: string,
): URL | undefined {
  if (request.method !== 'GET') return undefined;
  // A browser sends the host it navigated to; anything else is another site's request
  // arriving through DNS rebinding, or a stray client.
  if (request.headers.host?.toLowerCase() !== authority) return undefined;
  const url = URL.parse(request.url ?? '', `http://${authority}`);
  if (url === null || url.pathname !== path) return undefined;
  return url;
}

/** RFC 6749 §4.1.2 and §10.12: the callback's outcome, `state` first. */
function judgeCallback(
  received: URL,
  expectedState: string,
): { url: URL } | { error: WallboardTokenError } {
  const params = received.searchParams;
  if (params.get('state') !== expectedState) return { error: stateMismatchError() };
  const oauthError = params.get('error');
  if (oauthError !== null) {
    const description = params.get('error_description') ?? undefined;
    return { error: authorizationCallbackError(oauthError, description) };
  }
  if (!params.get('code')) return { error: missingCodeError() };
  return { url: received };
}

function bindError(error: NodeJS.ErrnoException, options: LoopbackListenerOptions) {
  const address = `${options.host}:${options.port}`;
  if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
    return new WallboardTokenError(
      'redirect_port_in_use',
      `Cannot listen for the sign-in redirect on ${address}: ` +
        (error.code === 'EADDRINUSE'
          ? 'another program is using that port. '
          : 'this user may not open that port. ') +
        'Close the other program, or register another redirect URI in Wallboard and the profile.',
      { cause: error },
    );
  }
  return new WallboardTokenError(
    'internal',
    `Cannot listen for the sign-in redirect on ${address}. Use another redirect URI.`,
    { cause: error },
  );
}

function timeoutError(timeoutMs: number): WallboardTokenError {
  const minutes = Math.round(timeoutMs / 60_000);
  const span = minutes >= 1 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : 'the time allowed';
  return new WallboardTokenError(
    'login_timeout',
    `The sign-in was not completed in the browser within ${span}. Start it again.`,
  );
}

function cancelledError(): WallboardTokenError {
  return new WallboardTokenError('login_cancelled', 'The sign-in was cancelled.');
}
