import { describe, expect, it } from 'vitest';
import {
  healthOf,
  isLive,
  readStatuses,
  sessionEndsAt,
  timeUntil,
  worse,
} from '../../../electron/services/session-outlook';
import { minutes, now, signedIn, signedOut } from '../support/statuses';

describe('sessionEndsAt', () => {
  it('is the refresh token’s expiry when it outlives the access token', () => {
    expect(sessionEndsAt(signedIn('p', 30, 60))).toBe(now + minutes(60));
  });

  it('is the access token’s expiry without a refresh token, or when that outlives it', () => {
    const noRefresh = { ...signedIn('p', 30, 60), refreshExpiresAt: undefined };
    expect(sessionEndsAt(noRefresh)).toBe(now + minutes(30));
    expect(sessionEndsAt(signedIn('p', 30, 10))).toBe(now + minutes(30));
  });

  it('is unknown when signed out', () => {
    expect(sessionEndsAt(signedOut('p'))).toBeUndefined();
  });
});

describe('healthOf', () => {
  it.each([
    ['a session with an hour left', signedIn('p', 30, 60), 'fine'],
    ['a session with five minutes left', signedIn('p', 3, 5), 'ending'],
    ['a session with six minutes left', signedIn('p', 3, 6), 'fine'],
    ['a session that ended', signedIn('p', -10, -1), 'attention'],
    ['a signed-out profile', signedOut('p'), 'attention'],
    ['a failing refresh', { ...signedIn('p', 10, 60), state: 'error' as const }, 'attention'],
    ['a refresh under way', { ...signedIn('p', 1, 60), state: 'refreshing' as const }, 'fine'],
    [
      'an access token due for refresh',
      { ...signedIn('p', 1, 60), state: 'expiring' as const },
      'fine',
    ],
  ])('calls %s %s', (_what, status, health) => {
    expect(healthOf(status, now)).toBe(health);
  });

  it('orders fine < ending < attention', () => {
    expect(worse('fine', 'ending')).toBe('ending');
    expect(worse('attention', 'ending')).toBe('attention');
    expect(worse('fine', 'fine')).toBe('fine');
  });
});

describe('isLive', () => {
  it('is true while a token can still be had', () => {
    expect(isLive(signedIn('p', 1, 60), now)).toBe(true);
    expect(isLive({ ...signedIn('p', 10, 60), state: 'error' }, now)).toBe(true);
    expect(isLive(signedIn('p', -10, -1), now)).toBe(false);
    expect(isLive(signedOut('p'), now)).toBe(false);
  });
});

describe('timeUntil', () => {
  it.each([
    [30_000, 'in under a minute'],
    [minutes(4), 'in 4 min'],
    [minutes(59), 'in 59 min'],
    [minutes(125), 'in 2 h'],
    [minutes(60 * 72), 'in 3 days'],
  ])('says %i ms as %s', (ms, text) => {
    expect(timeUntil(now + ms, now)).toBe(text);
  });
});

describe('readStatuses', () => {
  it('reads every profile sorted by name; a failing read counts as signed out', async () => {
    const sessions = {
      status: async (profile: string) => {
        if (profile === 'broken') throw new Error('vault locked');
        return signedIn(profile, 30, 60);
      },
    };
    const statuses = await readStatuses(() => ['zeta', 'broken', 'alpha'], sessions);
    expect(statuses.map((s) => [s.profile, s.state])).toEqual([
      ['alpha', 'signed-in'],
      ['broken', 'signed-out'],
      ['zeta', 'signed-in'],
    ]);
  });
});
