import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  buildTrayMenu,
  type TrayMenuItem,
  type TrayMenuModel,
} from '../../../electron/tray/tray-menu';
import { now, signedIn, signedOut, utcClock } from '../support/statuses';

function model(
  statuses: TrayMenuModel['statuses'],
  startAtLogin = { available: true, enabled: false },
) {
  return { statuses, now, formatTime: utcClock, startAtLogin };
}

const labels = (items: TrayMenuItem[]) => items.map((item) => item.label ?? '---');

describe('buildTrayMenu', () => {
  it('lists a single profile inline with its state, expiry and actions, then the app items', () => {
    const menu = buildTrayMenu(model([signedIn('prod', 30, 80)]));

    expect(labels(menu)).toEqual([
      'prod: signed in until 15:20',
      'Access token until 14:30',
      'Copy access token',
      'Copy Authorization header',
      'Refresh now',
      'Sign in…',
      '---',
      'Open Wallboard Token',
      'Start at login',
      '---',
      'Quit',
    ]);
    expect(menu[0]).toEqual({ label: 'prod: signed in until 15:20', enabled: false });
    expect(menu[2]).toEqual({
      label: 'Copy access token',
      enabled: true,
      action: { kind: 'copy', profile: 'prod', format: 'token' },
    });
  });

  it('gives each of several profiles a submenu labelled with its state', () => {
    const menu = buildTrayMenu(
      model([
        signedIn('ci', 3, 4),
        signedOut('prod'),
        { ...signedIn('stage', 10, 60), state: 'error' },
      ]),
    );

    expect(menu.slice(0, 3).map((item) => [item.type, item.label])).toEqual([
      ['submenu', 'ci: session ends at 14:04'],
      ['submenu', 'prod: signed out'],
      ['submenu', 'stage: refresh failing'],
    ]);
    expect(labels(menu[1]?.submenu ?? [])).toEqual([
      'Copy access token',
      'Copy Authorization header',
      'Refresh now',
      'Sign in…',
    ]);
  });

  it('disables copy and refresh for a profile without a working session, keeping sign in', () => {
    const [, ...items] = buildTrayMenu(model([signedOut('prod')]));
    const byLabel = new Map(items.map((item) => [item.label, item]));

    expect(byLabel.get('Copy access token')?.enabled).toBe(false);
    expect(byLabel.get('Copy Authorization header')?.enabled).toBe(false);
    expect(byLabel.get('Refresh now')?.enabled).toBe(false);
    expect(byLabel.get('Sign in…')).toEqual({
      label: 'Sign in…',
      action: { kind: 'sign-in', profile: 'prod' },
    });
  });

  it.each([
    [{ ...signedIn('p', 1, 60), state: 'refreshing' as const }, 'p: refreshing…'],
    [{ ...signedIn('p', -5, -1), state: 'expired' as const }, 'p: session ended'],
    [{ ...signedIn('p', -5, -1), state: 'error' as const }, 'p: session ended'],
    [signedIn('p', 30, 60 * 24 * 30), 'p: signed in until 14:00'],
  ])('words the state of %j', (status, headline) => {
    expect(buildTrayMenu(model([status]))[0]?.label).toBe(headline);
  });

  it('shows start at login checked when it is on, and disabled where unavailable', () => {
    const on = buildTrayMenu(model([], { available: true, enabled: true }));
    expect(on.find((item) => item.label === 'Start at login')).toEqual({
      type: 'checkbox',
      label: 'Start at login',
      checked: true,
      enabled: true,
      action: { kind: 'toggle-start-at-login' },
    });
    const dev = buildTrayMenu(model([], { available: false, enabled: false }));
    expect(dev.find((item) => item.label === 'Start at login')?.enabled).toBe(false);
  });

  it('says so when there is no profile yet', () => {
    expect(buildTrayMenu(model([]))[0]).toEqual({ label: 'No profile yet', enabled: false });
  });

  it('carries every action as data, one set per profile', () => {
    const actions = actionsOf(buildTrayMenu(model([signedIn('a', 30, 60), signedIn('b', 30, 60)])));
    expect(actions).toEqual([
      { kind: 'copy', profile: 'a', format: 'token' },
      { kind: 'copy', profile: 'a', format: 'header' },
      { kind: 'refresh', profile: 'a' },
      { kind: 'sign-in', profile: 'a' },
      { kind: 'copy', profile: 'b', format: 'token' },
      { kind: 'copy', profile: 'b', format: 'header' },
      { kind: 'refresh', profile: 'b' },
      { kind: 'sign-in', profile: 'b' },
      { kind: 'open' },
      { kind: 'toggle-start-at-login' },
      { kind: 'quit' },
    ]);
  });

  it('is the same for the same model, so the tray rebuilds only on change', () => {
    const statuses = [signedIn('prod', 30, 80)];
    expect(JSON.stringify(buildTrayMenu(model(statuses)))).toBe(
      JSON.stringify(buildTrayMenu(model(statuses))),
    );
  });
});
