/**
 * Makes a token endpoint response from a lenient server strict enough for oauth4webapi, which
 * validates RFC 6749 §5.1 types exactly: numbers and booleans sent as strings become numbers and
 * booleans, `token_type` becomes lowercase, and a JSON error body wins over a bare challenge.
 */

/** Fields Wallboard sends as numbers, sometimes quoted by proxies or older servers. */
const numberFields = ['expires_in', 'refresh_total_validity_seconds', 'customerId'] as const;

/** Fields Wallboard sends as booleans. */
const booleanFields = ['readOnly'] as const;

/** Statuses whose responses cannot carry a body (Fetch standard "null body status"). */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/**
 * Reads the body once and returns an equivalent Response with the known fields coerced
 * (RFC 6749 §5.1, §5.2). A body that is not a JSON object passes through unchanged, so
 * oauth4webapi still reports it as not JSON.
 */
export async function normaliseTokenResponse(response: Response): Promise<Response> {
  if (nullBodyStatuses.has(response.status)) return response;

  const text = await response.text();
  const headers = new Headers(response.headers);
  // The body below is the decoded text, so the transfer headers no longer describe it.
  headers.delete('content-length');
  headers.delete('content-encoding');
  const init = { status: response.status, statusText: response.statusText, headers };

  const body = parseJsonObject(text);
  if (body === undefined) return new Response(text, init);

  coerceFields(body);
  // A JSON object is JSON whatever the label; oauth4webapi only reads error bodies labelled so.
  headers.set('content-type', 'application/json');
  if (typeof body.error === 'string' && body.error !== '') {
    // oauth4webapi reports a WWW-Authenticate challenge before the body; the body says more.
    headers.delete('www-authenticate');
  }
  return new Response(JSON.stringify(body), init);
}

/** Coerces the known fields of a parsed token response in place. Exported for tests. */
export function coerceFields(body: Record<string, unknown>): void {
  for (const field of numberFields) {
    const value = body[field];
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      body[field] = Number(value);
    }
  }
  for (const field of booleanFields) {
    const value = body[field];
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
      body[field] = value.trim().toLowerCase() === 'true';
    }
  }
  if (typeof body.token_type === 'string') body.token_type = body.token_type.toLowerCase();
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}
