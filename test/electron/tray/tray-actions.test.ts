import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TokenSet } from '../../../core/session/token-set';
import type { FocusProfile } from '../../../electron/ipc/contract';
import { createTrayActions, type UserNotice } from '../../../electron/tray/tray-actions';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import {
  createIpcTestServices,
  MovableClock,
  type IpcTestServices,
} from '../support/ipc-test-services';
import { addServiceProfile, signInServiceAccount } from '../support/signed-in';

describe('tray actions over the IPC handlers, against the dev server', () => {
  let server: DevServer;
  let clock: MovableClock;
  let t: IpcTestServices;
  let tokens: TokenSet;
  let notices: UserNotice[];
  let shown: FocusProfile[];
  let calls: string[];
  let actions: ReturnType<typeof createTrayActions>;

  beforeAll(async () => {
    clock = new MovableClock();
    server = await startWallboardServer({ quiet: true, clock: () => clock.now() });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    clock.offsetMs = 0;
    t = await createIpcTestServices({ clock });
    tokens = await signInServiceAccount(t, server);
    notices = [];
    shown = [];
    calls = [];
    actions = createTrayActions({
      handlers: t.handlers,
      showProfile: (focus) => void shown.push(focus),
      openWindow: () => void calls.push('open'),
      toggleStartAtLogin: async () => {
        const { startAtLogin } = await t.desktop.get();
        return t.desktop.setStartAtLogin(!startAtLogin);
      },
      quit: () => void calls.push('quit'),
      notify: (notice) => void notices.push(notice),
      defaultProfile: () => t.profileStore.resolveProfileName(),
      logger: t.services.logger,
    });
  });
  afterEach(() => t.dispose());

  it('copies the access token and the header through the copy handler', async () => {
    await actions.run({ kind: 'copy', profile: 'svc', format: 'token' });
    await actions.run({ kind: 'copy', profile: 'svc', format: 'header' });

    expect(t.clipboard.writes).toEqual([
      tokens.accessToken,
      `Authorization: Bearer ${tokens.accessToken}`,
    ]);
    expect(t.logSink.messages('info')).toContain('copied a token to the clipboard');
    expect(notices).toEqual([]);
  });

  it('refreshes first when the access token is due', async () => {
    clock.advance(31 * 60_000);
    await actions.run({ kind: 'copy', profile: 'svc', format: 'token' });

    const fresh = await t.services.tokens.load('svc');
    expect(t.clipboard.last).toBe(fresh?.accessToken);
    expect(t.clipboard.last).not.toBe(tokens.accessToken);
  });

  it('tells the user when a copy fails, without a token in the notice', async () => {
    await addServiceProfile(t, server, 'other');
    await actions.run({ kind: 'copy', profile: 'other', format: 'token' });

    expect(t.clipboard.writes).toEqual([]);
    expect(notices).toEqual([
      {
        title: 'Could not copy from other',
        body: "Profile 'other' is not signed in. Sign in first.",
        profile: 'other',
      },
    ]);
  });

  it('refreshes now through the refresh handler', async () => {
    const before = server.stats.grants.refresh_token;
    await actions.run({ kind: 'refresh', profile: 'svc' });

    expect(server.stats.grants.refresh_token).toBe(before + 1);
    expect((await t.services.tokens.load('svc'))?.accessToken).not.toBe(tokens.accessToken);
  });

  it('opens the window on the profile to sign in', async () => {
    await actions.run({ kind: 'sign-in', profile: 'svc' });
    expect(shown).toEqual([{ profile: 'svc', reason: 'sign-in' }]);
  });

  it('opens the window, toggles start at login and quits', async () => {
    await actions.run({ kind: 'open' });
    await actions.run({ kind: 'toggle-start-at-login' });
    expect(t.loginItem.enabled).toBe(true);
    await actions.run({ kind: 'toggle-start-at-login' });
    expect(t.loginItem.enabled).toBe(false);
    await actions.run({ kind: 'quit' });

    expect(calls).toEqual(['open', 'quit']);
  });

  it('reports a start at login that cannot be changed', async () => {
    const dev = await createIpcTestServices({ startAtLoginAvailable: false });
    const devActions = createTrayActions({
      handlers: dev.handlers,
      showProfile: () => undefined,
      openWindow: () => undefined,
      toggleStartAtLogin: () => dev.desktop.setStartAtLogin(true),
      quit: () => undefined,
      notify: (notice) => void notices.push(notice),
      defaultProfile: () => 'svc',
      logger: dev.services.logger,
    });
    try {
      await devActions.run({ kind: 'toggle-start-at-login' });
      expect(notices).toEqual([
        {
          title: 'Could not change start at login',
          body: 'Start at login works in the installed app only, not in a development build.',
        },
      ]);
    } finally {
      await dev.dispose();
    }
  });

  describe('the global shortcut', () => {
    it('copies the token of the profile it was set for, and says so without the token', async () => {
      await actions.copyForShortcut('svc');

      expect(t.clipboard.last).toBe(tokens.accessToken);
      expect(notices).toEqual([
        {
          title: 'Token copied',
          body: 'The access token of svc is on the clipboard.',
          profile: 'svc',
        },
      ]);
    });

    it('uses the only profile when it names none', async () => {
      await actions.copyForShortcut(undefined);
      expect(t.clipboard.last).toBe(tokens.accessToken);
    });

    it('asks to choose a profile when several exist and none is selected', async () => {
      await addServiceProfile(t, server, 'other');
      await actions.copyForShortcut(undefined);

      expect(t.clipboard.writes).toEqual([]);
      expect(notices).toEqual([
        {
          title: 'Could not copy a token',
          body: 'Choose which profile the shortcut copies in Wallboard Token’s settings.',
        },
      ]);
    });
  });
});
