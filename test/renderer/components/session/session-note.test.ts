import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../../electron/ipc/contract';
import { sessionNote } from '../../../../renderer/components/session/session-note';

const utc = { locale: 'en-GB', timeZone: 'UTC' };
const now = Date.UTC(2026, 2, 10, 14, 2, 0);
const minute = 60_000;
const signedIn: SessionStatus = {
  profile: 'prod',
  state: 'signed-in',
  obtainedAt: now - 10 * minute,
  accessExpiresAt: now + 20 * minute,
  refreshExpiresAt: now + 50 * minute,
};
const networkError = { code: 'network_error', message: 'Could not reach the server.', at: now };

describe('sessionNote', () => {
  it('says nothing while all is well', () => {
    expect(sessionNote(signedIn, now, utc)).toBeUndefined();
  });

  it('is calm when a refresh failed but the token still works', () => {
    expect(sessionNote({ ...signedIn, state: 'error', lastError: networkError }, now, utc)).toEqual(
      {
        tone: 'info',
        text: 'The last refresh failed (the server could not be reached). The current token works until 14:22, and the app will try again.',
      },
    );
  });

  it('is plain once the token no longer works', () => {
    const expired = { ...signedIn, state: 'error' as const, accessExpiresAt: now - minute };
    expect(sessionNote({ ...expired, lastError: networkError }, now, utc)).toEqual({
      tone: 'error',
      text: 'The server could not be reached. Check the server URL and your network connection, then try again.',
    });
  });

  it('says when an ended session ended', () => {
    const ended = { ...signedIn, state: 'expired' as const, refreshExpiresAt: now - 5 * minute };
    expect(sessionNote(ended, now, utc)?.text).toBe(
      'The session ended 5 min ago (13:57). Sign in again to get a new token.',
    );
  });

  it('leaves sign-in failures to the sign-in form, except an ended session', () => {
    const signedOut: SessionStatus = { profile: 'prod', state: 'error' };
    const rejected = { code: 'credentials_rejected', message: 'Refused.', at: now };
    expect(sessionNote({ ...signedOut, lastError: rejected }, now, utc)).toBeUndefined();
    const ended = { code: 'session_expired', message: 'Ended.', at: now };
    expect(sessionNote({ ...signedOut, lastError: ended }, now, utc)?.tone).toBe('info');
  });

  it('shows the message of a code it does not know', () => {
    const odd = { code: 'brand_new', message: 'Something new happened.', at: now };
    const expired = { ...signedIn, state: 'error' as const, accessExpiresAt: now - minute };
    expect(sessionNote({ ...expired, lastError: odd }, now, utc)?.text).toBe(
      'Something new happened.',
    );
  });
});
