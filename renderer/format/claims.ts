/**
 * JWT claims as rows for people: registered time claims (RFC 7519 §4.1) read as dates, other
 * values as text. The claims are decoded, not verified: for reading, never for deciding.
 */
import { formatAgo, formatFullTime, formatTimeLeft, type TimeFormatOptions } from './time';

/** RFC 7519 §4.1.4-4.1.6, plus OpenID's `auth_time`: seconds since the epoch. */
const timeClaims = new Set(['exp', 'nbf', 'iat', 'auth_time']);

/** True for a claim that holds a time. */
export function isTimeClaim(name: string): boolean {
  return timeClaims.has(name);
}

export interface ClaimRow {
  name: string;
  value: string;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return JSON.stringify(value);
}

/** One claim's value as text; time claims also say how far from now they are. */
export function formatClaim(
  name: string,
  value: unknown,
  now: number,
  options: TimeFormatOptions = {},
): string {
  if (!timeClaims.has(name) || typeof value !== 'number') return formatValue(value);
  const at = value * 1000;
  const relative = at > now ? `in ${formatTimeLeft(at - now)}` : formatAgo(now - at);
  return `${formatFullTime(at, options)} (${relative})`;
}

/** Every claim as a row, time claims first in a fixed order, then the rest by name. */
export function claimRows(
  claims: Record<string, unknown>,
  now: number,
  options: TimeFormatOptions = {},
): ClaimRow[] {
  const order = (name: string) => (name === 'sub' ? -2 : timeClaims.has(name) ? -1 : 0);
  return Object.keys(claims)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((name) => ({ name, value: formatClaim(name, claims[name], now, options) }));
}
