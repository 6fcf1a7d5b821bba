import { describe, expect, it } from 'vitest';
import {
  canRefresh,
  needsRefresh,
  refreshDueAt,
  sessionStateOf,
} from '../../../core/session/refresh-policy';
import type { TokenSet } from '../../../core/session/token-set';

const t0 = Date.UTC(2026, 11, 3, 14, 0, 0);
const minute = 60_000;

function tokens(overrides: Partial<TokenSet> = {}): TokenSet {
  return {
    accessToken: 'fake-access',
    refreshToken: 'fake-refresh',
    readOnly: false,
    obtainedAt: t0,
    accessExpiresAt: t0 + 30 * minute,
    refreshIssuedAt: t0,
    refreshExpiresAt: t0 + 60 * minute,
    method: 'browser',
    ...overrides,
  };
}

describe('refreshDueAt', () => {
  it('falls due when a tenth of a 30-minute lifetime is left', () => {
    expect(refreshDueAt(tokens())).toBe(t0 + 27 * minute);
  });

  it('never leaves less than a minute for short lifetimes', () => {
    expect(refreshDueAt(tokens({ accessExpiresAt: t0 + 5 * minute }))).toBe(t0 + 4 * minute);
  });
});

describe('needsRefresh', () => {
  it('keeps a fresh token and refreshes once the lead time is reached', () => {
    expect(needsRefresh(tokens(), t0 + 26 * minute)).toBe(false);
    expect(needsRefresh(tokens(), t0 + 27 * minute)).toBe(true);
  });
});

describe('canRefresh', () => {
  it('needs a refresh token that has not expired', () => {
    expect(canRefresh(tokens(), t0 + 59 * minute)).toBe(true);
    expect(canRefresh(tokens(), t0 + 60 * minute)).toBe(false);
    expect(canRefresh(tokens({ refreshToken: undefined }), t0)).toBe(false);
  });
});

describe('sessionStateOf', () => {
  it('reads signed-out, signed-in, expiring and expired', () => {
    expect(sessionStateOf(undefined, t0)).toBe('signed-out');
    expect(sessionStateOf(tokens(), t0 + minute)).toBe('signed-in');
    expect(sessionStateOf(tokens(), t0 + 28 * minute)).toBe('expiring');
    expect(sessionStateOf(tokens(), t0 + 45 * minute)).toBe('expiring');
    expect(sessionStateOf(tokens(), t0 + 61 * minute)).toBe('expired');
  });
});
