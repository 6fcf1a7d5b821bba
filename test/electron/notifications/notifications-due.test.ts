import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../core/session/session-status';
import {
  noticeContent,
  notificationsDue,
  trayNoticeContent,
  type NoticeMemory,
} from '../../../electron/notifications/notifications-due';
import { minutes, now, signedIn, utcClock } from '../support/statuses';

const failed = (status: SessionStatus, code: string, message: string): SessionStatus => ({
  ...status,
  state: 'error',
  lastError: { code, message, at: now },
});

describe('notificationsDue', () => {
  it('warns once when a session comes within five minutes of its end', () => {
    const first = notificationsDue({}, [signedIn('prod', 3, 5)], now);
    expect(first.due).toEqual([
      { kind: 'session-ending', profile: 'prod', endsAt: now + minutes(5) },
    ]);

    const again = notificationsDue(first.memory, [signedIn('prod', 3, 5)], now + minutes(1));
    expect(again.due).toEqual([]);
  });

  it('says nothing while the session has more than five minutes left', () => {
    expect(notificationsDue({}, [signedIn('prod', 30, 6)], now).due).toEqual([]);
  });

  it('warns again for the next session after a new sign-in', () => {
    const first = notificationsDue({}, [signedIn('prod', 3, 4)], now);
    const renewed = { ...signedIn('prod', 3, 4), refreshExpiresAt: now + minutes(4.5) };
    expect(notificationsDue(first.memory, [renewed], now).due).toHaveLength(1);
  });

  it('does not warn about a session that already ended', () => {
    expect(notificationsDue({}, [signedIn('prod', -10, -1)], now).due).toEqual([]);
  });

  it('reports a failed refresh once, until a success clears the error', () => {
    const failing = failed(signedIn('prod', 10, 60), 'network_error', 'Cannot reach the server.');
    const first = notificationsDue({}, [failing], now);
    expect(first.due).toEqual([
      {
        kind: 'refresh-failed',
        profile: 'prod',
        code: 'network_error',
        message: 'Cannot reach the server.',
      },
    ]);

    const retried = notificationsDue(first.memory, [failing], now + minutes(1));
    expect(retried.due).toEqual([]);
    const recovered = notificationsDue(retried.memory, [signedIn('prod', 30, 60)], now);
    expect(recovered.due).toEqual([]);
    expect(notificationsDue(recovered.memory, [failing], now).due).toHaveLength(1);
  });

  it('leaves failures of an interactive sign-in to the window', () => {
    const cancelled = failed(signedIn('prod', 10, 60), 'login_cancelled', 'Sign-in cancelled.');
    expect(notificationsDue({}, [cancelled], now).due).toEqual([]);
  });

  it('keeps memory per profile and drops profiles that are gone', () => {
    const { memory } = notificationsDue({}, [signedIn('a', 3, 4), signedIn('b', 3, 4)], now);
    const next = notificationsDue(memory, [signedIn('b', 3, 4)], now);
    expect(Object.keys(next.memory)).toEqual(['b']);
    expect(next.due).toEqual([]);
  });

  it('does not change the memory it was given', () => {
    const memory: NoticeMemory = Object.freeze({});
    expect(() => notificationsDue(memory, [signedIn('a', 3, 4)], now)).not.toThrow();
    expect(memory).toEqual({});
  });
});

describe('noticeContent', () => {
  it('words a session ending with its time and a Sign in action', () => {
    expect(
      noticeContent(
        { kind: 'session-ending', profile: 'prod', endsAt: now + minutes(4) },
        now,
        utcClock,
      ),
    ).toEqual({
      title: 'Session of prod ends soon',
      body: 'It ends at 14:04 (in 4 min). Sign in again to keep getting tokens.',
      signIn: true,
    });
  });

  it('offers Sign in for a refresh the server refused, not for network trouble', () => {
    const ended = noticeContent(
      {
        kind: 'refresh-failed',
        profile: 'prod',
        code: 'session_expired',
        message: 'Sign in again.',
      },
      now,
      utcClock,
    );
    expect(ended).toEqual({
      title: 'Refresh failed for prod',
      body: 'Sign in again.',
      signIn: true,
    });
    const offline = noticeContent(
      { kind: 'refresh-failed', profile: 'prod', code: 'network_error', message: 'Offline.' },
      now,
      utcClock,
    );
    expect(offline.signIn).toBe(false);
  });

  it('never shows a token, even in an error sentence that carried one', () => {
    const token = 'e1c1ae22-61bf-45e8-85a7-65d66a6cdc46';
    const content = noticeContent(
      {
        kind: 'refresh-failed',
        profile: 'prod',
        code: 'internal',
        message: `boom Bearer ${token}`,
      },
      now,
      utcClock,
    );
    expect(content.body).not.toContain(token);
  });
});

describe('trayNoticeContent', () => {
  it('names the menu bar on macOS and the tray elsewhere', () => {
    expect(trayNoticeContent('darwin').body).toContain('menu bar');
    expect(trayNoticeContent('win32').body).toContain('system tray');
    expect(trayNoticeContent('linux').title).toBe('Wallboard Token is still running');
  });
});
