import { describe, expect, it } from 'vitest';
import { claimRows, formatClaim } from '../../../renderer/format/claims';

const utc = { locale: 'en-GB', timeZone: 'UTC' };
const now = Date.UTC(2026, 2, 10, 14, 2, 0);
const seconds = (ms: number) => ms / 1000;

describe('formatClaim', () => {
  it('reads a time claim as a date with how far it is from now', () => {
    const value = formatClaim('exp', seconds(now + 30 * 60_000), now, utc);
    expect(value).toMatch(/10 March 2026.*14:32:00 \(in 30:00\)$/);
  });

  it('says how long ago a past time claim was', () => {
    expect(formatClaim('iat', seconds(now - 5 * 60_000), now, utc)).toMatch(/\(5 min ago\)$/);
  });

  it('shows text as it is and other values as JSON', () => {
    expect(formatClaim('sub', 'alice@example.com', now)).toBe('alice@example.com');
    expect(formatClaim('customerId', 4711, now)).toBe('4711');
    expect(formatClaim('roles', ['admin', 'editor'], now)).toBe('["admin","editor"]');
  });

  it('leaves a time claim that is not a number alone', () => {
    expect(formatClaim('exp', 'soon', now)).toBe('soon');
  });
});

describe('claimRows', () => {
  it('puts the subject first, then time claims, then the rest by name', () => {
    const rows = claimRows(
      { customerId: 1, iat: seconds(now), sub: 'alice', exp: seconds(now), aud: 'x' },
      now,
      utc,
    );
    expect(rows.map((row) => row.name)).toEqual(['sub', 'exp', 'iat', 'aud', 'customerId']);
  });
});
