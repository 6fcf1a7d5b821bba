import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../../renderer/bridge/types';
import { failureOvertaken } from '../../../../renderer/components/session/stale-failure';

const t0 = Date.UTC(2025, 0, 1, 12, 0);
const failed: SessionStatus = {
  profile: 'dev',
  state: 'error',
  obtainedAt: t0,
  accessExpiresAt: t0 + 1_800_000,
  lastError: { code: 'network_error', message: 'unreachable', at: t0 + 1_900_000 },
};

describe('failureOvertaken', () => {
  it('holds while nothing changed', () => {
    expect(failureOvertaken(failed, failed)).toBe(false);
  });

  it('clears once newer tokens arrive without a failure', () => {
    const refreshed = { ...failed, state: 'expiring' as const, lastError: undefined };
    expect(failureOvertaken(failed, { ...refreshed, obtainedAt: t0 })).toBe(false);
    expect(failureOvertaken(failed, { ...refreshed, obtainedAt: t0 + 1_950_000 })).toBe(true);
  });

  it('keeps a newer token set that came with a failure', () => {
    expect(failureOvertaken(failed, { ...failed, obtainedAt: t0 + 1 })).toBe(false);
  });

  it('clears when the session becomes signed in', () => {
    const healthy = { ...failed, state: 'signed-in' as const, lastError: undefined };
    expect(failureOvertaken(failed, healthy)).toBe(true);
    expect(failureOvertaken(failed, { ...failed, state: 'signed-in' })).toBe(false);
    const signedOut: SessionStatus = { profile: 'dev', state: 'signed-out' };
    expect(failureOvertaken(signedOut, { ...failed, lastError: undefined })).toBe(true);
  });

  it('does not clear a failure seen while already signed in until something new happens', () => {
    const signedIn = { ...failed, state: 'signed-in' as const, lastError: undefined };
    expect(failureOvertaken(signedIn, signedIn)).toBe(false);
  });
});
