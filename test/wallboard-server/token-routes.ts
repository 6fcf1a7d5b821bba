/**
 * POST /oauth/token: faults first, then the form body, client authentication and the grant.
 * Errors are RFC 6749 §5.2 JSON, status 400, or 401 with a Basic challenge for invalid_client.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateClient } from './client-auth';
import type { ServerContext } from './context';
import { applyFault } from './faults';
import type { GrantType } from './fixtures';
import { grantHandlers, type TokenErrorCode } from './grants';
import { param, readForm, repeatedParam, sendJson } from './http-io';

/** RFC 6749 §5.2 error body; invalid_client answers 401 with `WWW-Authenticate: Basic`. */
function sendTokenError(
  res: ServerResponse,
  error: TokenErrorCode,
  description: string,
  status: number = error === 'invalid_client' ? 401 : 400,
): void {
  const headers = status === 401 ? { 'WWW-Authenticate': 'Basic realm="oauth2/client"' } : {};
  sendJson(res, status, { error, error_description: description }, headers);
}

const isGrantType = (value: string): value is GrantType => Object.hasOwn(grantHandlers, value);

/** Handles one request to /oauth/token (RFC 6749 §3.2). */
export async function handleToken(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendTokenError(res, 'invalid_request', 'Use POST', 405);
  }
  ctx.stats.tokenRequests += 1;
  const fault = ctx.faults.take();
  if (fault !== undefined && (await applyFault(fault, req, res, ctx.closing))) return;

  const form = await readForm(req);
  if (!form.ok) {
    // RFC 6749 §5.2 answers bad requests with 400; only an oversized body keeps its own status.
    const status = form.status === 413 ? 413 : 400;
    return sendTokenError(res, 'invalid_request', form.description, status);
  }
  const { params } = form;
  const repeated = repeatedParam(params);
  if (repeated !== undefined) {
    return sendTokenError(res, 'invalid_request', `${repeated} must not be repeated`);
  }

  const auth = authenticateClient(req.headers.authorization, params, ctx.clients);
  if (!auth.ok) return sendTokenError(res, auth.error, auth.description, auth.status);
  const grantType = param(params, 'grant_type');
  if (grantType === undefined)
    return sendTokenError(res, 'invalid_request', 'grant_type is required');
  if (!isGrantType(grantType)) {
    return sendTokenError(
      res,
      'unsupported_grant_type',
      'Use authorization_code, refresh_token or password',
    );
  }
  if (!auth.client.grantTypes.includes(grantType)) {
    return sendTokenError(res, 'unauthorized_client', `This client may not use ${grantType}`);
  }

  ctx.stats.grants[grantType] += 1;
  const outcome = await grantHandlers[grantType](ctx, auth.client, params);
  if (!outcome.ok) return sendTokenError(res, outcome.error, outcome.description);
  sendJson(res, 200, outcome.body);
}
