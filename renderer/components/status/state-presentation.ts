/**
 * How each session state looks: a word, a tone (the colour) and a shape, so that the state
 * reads at a glance without relying on colour alone.
 */
import type { SessionStatus } from '../../bridge/types';

type SessionState = SessionStatus['state'];

export type StateTone = 'ok' | 'busy' | 'warn' | 'idle' | 'danger';
export type StateShape = 'disc' | 'spinner' | 'half' | 'ring' | 'triangle';

export interface StatePresentation {
  label: string;
  tone: StateTone;
  shape: StateShape;
}

export const statePresentation: Readonly<Record<SessionState, StatePresentation>> = {
  'signed-in': { label: 'Signed in', tone: 'ok', shape: 'disc' },
  refreshing: { label: 'Refreshing', tone: 'busy', shape: 'spinner' },
  expiring: { label: 'Expiring soon', tone: 'warn', shape: 'half' },
  'signed-out': { label: 'Signed out', tone: 'idle', shape: 'ring' },
  expired: { label: 'Session ended', tone: 'idle', shape: 'ring' },
  error: { label: 'Needs attention', tone: 'danger', shape: 'triangle' },
};

/** True when the status describes tokens that exist (usable or not). */
export function hasTokens(status: SessionStatus): boolean {
  return status.accessExpiresAt !== undefined && status.state !== 'signed-out';
}

/** When the session as a whole ends: the refresh token's expiry, else the access token's. */
export function sessionEndsAt(status: SessionStatus): number | undefined {
  return status.refreshExpiresAt ?? status.accessExpiresAt;
}
