/**
 * The session's state at the time the page shows, not only at the last event: tokens expire
 * between events, and the badge and the sidebar must agree with the countdowns beside them.
 */
import { sessionStateOf } from '../../../core/session/refresh-policy';
import type { TokenSet } from '../../../core/session/token-set';
import type { SessionStatus } from '../../bridge/types';

type SessionState = SessionStatus['state'];

/**
 * The status's times as the token set the core's rule reads. The rule looks only at times and
 * at whether a refresh token exists; a refresh token always arrives with its expiry
 * (core/protocol/token-response.ts), so the expiry stands for it.
 */
function timesOf(status: SessionStatus, accessExpiresAt: number, obtainedAt: number): TokenSet {
  const { refreshExpiresAt } = status;
  return {
    accessToken: '',
    readOnly: false,
    method: status.method ?? 'browser',
    obtainedAt,
    accessExpiresAt,
    ...(refreshExpiresAt === undefined ? {} : { refreshToken: 'present', refreshExpiresAt }),
  };
}

/**
 * The state to show at `now`: the core's `sessionStateOf` applied to the status's times. The
 * event's own word stands for what time cannot tell (signed out, refreshing, a failure), except
 * that a session whose tokens have all expired has ended whatever the last event said.
 */
export function stateAt(status: SessionStatus, now: number): SessionState {
  const { state, accessExpiresAt, obtainedAt } = status;
  if (state === 'signed-out' || state === 'refreshing') return state;
  if (accessExpiresAt === undefined || obtainedAt === undefined) return state;
  const byTime = sessionStateOf(timesOf(status, accessExpiresAt, obtainedAt), now);
  if (byTime === 'expired' || state === 'error' || state === 'expired') {
    return byTime === 'expired' ? 'expired' : state;
  }
  return byTime;
}

/** The status with its state as of `now`. */
export function statusAt(status: SessionStatus, now: number): SessionStatus {
  const state = stateAt(status, now);
  return state === status.state ? status : { ...status, state };
}
