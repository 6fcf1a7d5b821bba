/**
 * The protected API (`/api/...`, Bearer tokens per RFC 6750) and the public health check.
 * Only /api/me exists; other API paths answer 404 once the token is accepted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, jwtVerify } from 'jose';
import type { ServerContext } from './context';
import { findUser } from './fixtures';
import type { AccessRecord } from './grant-store';
import { sendJson } from './http-io';

/** What GET /api/me answers. */
export interface MeResponse {
  email: string;
  name: string;
  customerId: number;
  readOnly: boolean;
  serviceAccount: boolean;
}

type Authentication = { ok: true; record: AccessRecord } | { ok: false; description: string };

/** Accepts the opaque access token or its JWT twin, unexpired by the server's clock and unrevoked. */
async function authenticate(
  ctx: ServerContext,
  header: string | undefined,
): Promise<Authentication> {
  const token = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header ?? '')?.[1];
  if (token === undefined) return { ok: false, description: 'A Bearer access token is required' };

  let record: AccessRecord | undefined;
  if (token.split('.').length === 3) {
    try {
      const { payload } = await jwtVerify(token, ctx.jwtKey, {
        algorithms: ['HS256'],
        currentDate: new Date(ctx.clock()),
      });
      if (typeof payload.jti === 'string') record = ctx.store.liveAccess({ jti: payload.jti });
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        return { ok: false, description: 'The access token expired' };
      }
      if (!(error instanceof errors.JOSEError)) throw error;
    }
  } else {
    record = ctx.store.liveAccess({ token });
  }
  return record === undefined
    ? { ok: false, description: 'The access token is invalid, expired or revoked' }
    : { ok: true, record };
}

/** Handles every request under /api/. */
export async function handleApi(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  ctx.stats.apiRequests += 1;
  const auth = await authenticate(ctx, req.headers.authorization);
  if (!auth.ok) {
    const challenge = `Bearer realm="wallboard", error="invalid_token", error_description="${auth.description}"`;
    return sendJson(
      res,
      401,
      { error: 'invalid_token', error_description: auth.description },
      { 'WWW-Authenticate': challenge },
    );
  }

  const user = findUser(auth.record.grant.email, ctx.users);
  if (path !== '/api/me' || user === undefined) {
    return sendJson(res, 404, { error: 'not_found', message: 'No such API endpoint' });
  }
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return sendJson(res, 405, { error: 'method_not_allowed', message: 'Use GET' });
  }
  const me: MeResponse = {
    email: user.email,
    name: user.name,
    customerId: user.customerId,
    readOnly: user.readOnly,
    serviceAccount: user.serviceAccount,
  };
  sendJson(res, 200, me);
}

/** GET /public-api/health: no authentication, like Wallboard's public API. */
export function handleHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'UP' });
}
