import { describe, expect, it } from 'vitest';
import { maxTooltipLength, trayAppearance } from '../../../electron/tray/tray-appearance';
import { now, signedIn, signedOut, utcClock } from '../support/statuses';

describe('trayAppearance', () => {
  it('looks fine when every session is fine, naming the soonest session end', () => {
    const look = trayAppearance(
      [signedIn('prod', 30, 120), signedIn('stage', 20, 52)],
      now,
      utcClock,
    );
    expect(look).toEqual({
      variant: 'fine',
      tooltip:
        'Wallboard Token: all signed in\nSoonest expiry: stage, session ends 14:52 (in 52 min)',
    });
  });

  it('turns to ending when one session ends within five minutes', () => {
    const look = trayAppearance([signedIn('prod', 30, 120), signedIn('ci', 3, 4)], now, utcClock);
    expect(look.variant).toBe('ending');
    expect(look.tooltip).toBe(
      'Wallboard Token: a session ends soon\nSoonest expiry: ci, session ends 14:04 (in 4 min)',
    );
  });

  it('needs attention when one profile is signed out, whatever the others', () => {
    const look = trayAppearance([signedIn('ci', 3, 4), signedOut('stage')], now, utcClock);
    expect(look.variant).toBe('attention');
    expect(look.tooltip.split('\n')[0]).toBe('Wallboard Token: stage needs you');
  });

  it('needs attention when a refresh keeps failing, and counts the profiles', () => {
    const failing = { ...signedIn('prod', 10, 60), state: 'error' as const };
    const look = trayAppearance([failing, signedOut('stage')], now, utcClock);
    expect(look.variant).toBe('attention');
    expect(look.tooltip).toBe(
      'Wallboard Token: 2 profiles need you\nSoonest expiry: prod, session ends 15:00 (in 1 h)',
    );
  });

  it('asks for a profile when there is none', () => {
    expect(trayAppearance([], now, utcClock)).toEqual({
      variant: 'attention',
      tooltip: 'Wallboard Token: add a profile to get started',
    });
  });

  it('stays within the tooltip length Windows shows', () => {
    const long = 'a-profile-name-that-is-sixty-four-characters-long-for-this-test-x';
    const look = trayAppearance(
      [signedOut(long), signedIn(long.replace('x', 'y'), 3, 4)],
      now,
      utcClock,
    );
    expect(look.tooltip.length).toBeLessThanOrEqual(maxTooltipLength);
    expect(look.tooltip.endsWith('…')).toBe(true);
  });
});
