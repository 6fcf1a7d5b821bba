/**
 * How each session state looks: a word, a tone (the colour) and a shape, so that the state
 * reads at a glance without relying on colour alone.
 */
import type { SessionStatus } from '../../bridge/types';

/** The session's state, or a browser sign-in under way (known to the renderer only). */
export type ShownState = SessionStatus['state'] | 'signing-in';

export type StateTone = 'ok' | 'busy' | 'warn' | 'idle' | 'danger';
export type StateShape = 'disc' | 'spinner' | 'half' | 'ring' | 'struck' | 'triangle';

export interface StatePresentation {
  label: string;
  tone: StateTone;
  shape: StateShape;
}

export const statePresentation: Readonly<Record<ShownState, StatePresentation>> = {
  'signed-in': { label: 'Signed in', tone: 'ok', shape: 'disc' },
  refreshing: { label: 'Refreshing', tone: 'busy', shape: 'spinner' },
  expiring: { label: 'Expiring soon', tone: 'warn', shape: 'half' },
  'signed-out': { label: 'Signed out', tone: 'idle', shape: 'ring' },
  // Not a plain ring: an ended session is not one the user chose to leave.
  expired: { label: 'Session ended', tone: 'idle', shape: 'struck' },
  'signing-in': { label: 'Signing in…', tone: 'busy', shape: 'spinner' },
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

/** The state to show: "Signing in…" while a browser sign-in waits, else the session's. */
export function shownState(state: SessionStatus['state'], signingIn: boolean): ShownState {
  const canStart = state === 'signed-out' || state === 'expired' || state === 'error';
  return signingIn && canStart ? 'signing-in' : state;
}
