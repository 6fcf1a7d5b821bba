/**
 * Removes secrets from anything about to be logged. Runs on every message and field before a
 * sink sees it, so a careless log call cannot leak a token, code, verifier, password or TOTP.
 */

const redacted = '[redacted]';

/**
 * Field names whose values are secrets. Deliberately broad: `statusCode` or `tokenPath` lose
 * their value too, which costs a little clarity and never a secret.
 */
const secretKey = /token|secret|passw|totp|code|verifier|authori[sz]ation|cookie|jwt/i;

/** Names that match `secretKey` but describe a secret's metadata (when, where, what type). */
const metadataKey = /(?:Path|Url|Uri|Endpoint|At|Type|Count|Length)$/;

/** Wallboard's access and refresh tokens are UUIDs. */
const uuid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** A JWS or JWE: its header is base64url JSON, so it starts with `eyJ` (`{"`). */
const jwt = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_.-]*/g;

const authScheme = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;
const authHeader = /\b(authorization|cookie|set-cookie)(\s*:\s*)[^\r\n]*/gi;

/** Any http(s) URL: its query and fragment are cut, as they carry codes, states and tokens. */
const url = /\bhttps?:\/\/[^\s"'<>`]+/gi;

/** Form or query parameters that carry secrets, wherever they appear (bodies, headers, text). */
const secretParam =
  /\b(code|state|access_token|refresh_token|id_token|jwt_access_token|code_verifier|client_secret|password|totp)=[^&\s"']*/gi;

/** A JSON member with a secret-looking name inside text, such as a token response body. */
const jsonSecretMember =
  /"([A-Za-z_]*(?:token|secret|passw|totp|code|verifier|authori[sz]ation|cookie|jwt)[A-Za-z_]*)"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[0-9]+)/gi;

const maxDepth = 6;

/** True when a field of this name holds a secret and its value must not be logged. */
export function isSecretKey(key: string): boolean {
  return secretKey.test(key) && !metadataKey.test(key);
}

/** Removes secrets from free text: header values, JWTs, URL queries, secret parameters, UUIDs. */
export function redactText(text: string): string {
  return text
    .replace(authHeader, `$1$2${redacted}`)
    .replace(authScheme, `$1 ${redacted}`)
    .replace(jwt, '[redacted-jwt]')
    .replace(url, stripQuery)
    .replace(secretParam, `$1=${redacted}`)
    .replace(jsonSecretMember, `"$1":"${redacted}"`)
    .replace(uuid, '[redacted-uuid]');
}

function stripQuery(found: string): string {
  const cut = found.search(/[?#]/);
  return cut === -1 ? found : `${found.slice(0, cut)}?${redacted}`;
}

/** An error as a log field: name, code and message only. `cause` may hold a token response. */
export function describeError(error: Error): { name: string; code?: string; message: string } {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    message: redactText(error.message),
  };
}

/** A copy of `value` safe to log: secret fields emptied, errors reduced, strings redacted. */
export function redact(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return redactScalar(value);
  if (value instanceof Error) return describeError(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return redactText(value.href);
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (seen.has(value)) return '[circular]';
  if (depth >= maxDepth) return '[truncated]';

  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = redactField(key, item, depth, seen);
  }
  return out;
}

function redactField(key: string, item: unknown, depth: number, seen: WeakSet<object>): unknown {
  // A flag such as `hasRefreshToken: true` says whether a secret exists, not what it is.
  const harmless = item === undefined || item === null || typeof item === 'boolean';
  if (isSecretKey(key) && !harmless) return redacted;
  return redactValue(item, depth + 1, seen);
}

function redactScalar(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function') return '[function]';
  if (typeof value === 'symbol') return value.toString();
  return value;
}
