import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../../renderer/bridge/types';
import { stateAt, statusAt } from '../../../../renderer/components/status/state-at';

const minute = 60_000;
const t0 = Date.UTC(2025, 0, 1, 12, 0);

/** Signed in at t0: the access token lasts 30 min, the session an hour. */
const status = (overrides: Partial<SessionStatus> = {}): SessionStatus => ({
  profile: 'dev',
  state: 'signed-in',
  obtainedAt: t0,
  accessExpiresAt: t0 + 30 * minute,
  refreshIssuedAt: t0,
  refreshExpiresAt: t0 + 60 * minute,
  ...overrides,
});

describe('stateAt', () => {
  it('stays signed in while the access token is far from expiry', () => {
    expect(stateAt(status(), t0 + 10 * minute)).toBe('signed-in');
  });

  it('reads expiring within the refresh lead, as the core does', () => {
    // A tenth of 30 min is 3 min: due at 27 min.
    expect(stateAt(status(), t0 + 26 * minute)).toBe('signed-in');
    expect(stateAt(status(), t0 + 27 * minute)).toBe('expiring');
  });

  it('reads expiring once the access token passed but the session can still refresh', () => {
    expect(stateAt(status(), t0 + 31 * minute)).toBe('expiring');
  });

  it('reads ended once both the access token and the session have passed', () => {
    expect(stateAt(status(), t0 + 61 * minute)).toBe('expired');
    expect(stateAt(status({ state: 'expiring' }), t0 + 61 * minute)).toBe('expired');
    expect(stateAt(status({ state: 'error' }), t0 + 61 * minute)).toBe('expired');
  });

  it('ends with the access token when there is no refresh token', () => {
    const noRefresh = status({ refreshIssuedAt: undefined, refreshExpiresAt: undefined });
    expect(stateAt(noRefresh, t0 + 29 * minute)).toBe('expiring');
    expect(stateAt(noRefresh, t0 + 30 * minute)).toBe('expired');
  });

  it('keeps what time cannot tell: signed out, refreshing, a failure', () => {
    expect(stateAt({ profile: 'dev', state: 'signed-out' }, t0)).toBe('signed-out');
    expect(stateAt(status({ state: 'refreshing' }), t0 + 61 * minute)).toBe('refreshing');
    expect(stateAt(status({ state: 'error' }), t0 + 31 * minute)).toBe('error');
  });

  it('returns the same status object when nothing changed', () => {
    const current = status();
    expect(statusAt(current, t0)).toBe(current);
    expect(statusAt(current, t0 + 61 * minute)).toEqual({ ...current, state: 'expired' });
  });
});
