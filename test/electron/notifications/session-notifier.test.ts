import { describe, expect, it } from 'vitest';
import type { NoticeContent } from '../../../electron/notifications/notifications-due';
import { createSessionNotifier } from '../../../electron/notifications/session-notifier';
import { now, signedIn, utcClock } from '../support/statuses';

function notifier(enabled: { value: boolean }) {
  const shown: Array<{ content: NoticeContent; profile: string }> = [];
  const notify = createSessionNotifier({
    clock: { now: () => now },
    formatTime: utcClock,
    enabled: () => enabled.value,
    show: (content, profile) => void shown.push({ content, profile }),
  });
  return { notify, shown };
}

describe('createSessionNotifier', () => {
  it('shows each due notice once across calls, with a click target', () => {
    const { notify, shown } = notifier({ value: true });
    notify([signedIn('prod', 3, 4)]);
    notify([signedIn('prod', 3, 4)]);

    expect(shown).toEqual([
      {
        profile: 'prod',
        content: {
          title: 'Session of prod ends soon',
          body: 'It ends at 14:04 (in 4 min). Sign in again to keep getting tokens.',
          signIn: true,
        },
      },
    ]);
  });

  it('shows nothing while notifications are off, and does not catch up when turned on', () => {
    const enabled = { value: false };
    const { notify, shown } = notifier(enabled);
    notify([signedIn('prod', 3, 4)]);
    enabled.value = true;
    notify([signedIn('prod', 3, 4)]);

    expect(shown).toEqual([]);
  });
});
