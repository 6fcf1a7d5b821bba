import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TokenSet } from '../../../core/session/token-set';
import {
  answerPrintToken,
  type PrintTokenServices,
} from '../../../electron/print-token/answer-print-token';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import {
  createIpcTestServices,
  MovableClock,
  type IpcTestServices,
} from '../support/ipc-test-services';
import { addServiceProfile, signInServiceAccount } from '../support/signed-in';

describe('answerPrintToken against the dev server', () => {
  let server: DevServer;
  let clock: MovableClock;
  let t: IpcTestServices;
  let tokens: TokenSet;
  let services: PrintTokenServices;

  beforeAll(async () => {
    clock = new MovableClock();
    server = await startWallboardServer({ quiet: true, clock: () => clock.now() });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    clock.offsetMs = 0;
    server.clearFaults();
    t = await createIpcTestServices({ clock });
    tokens = await signInServiceAccount(t, server);
    services = { sessions: t.sessions, profiles: t.profileStore, logger: t.services.logger };
  });
  afterEach(() => t.dispose());

  it.each([
    ['raw', () => tokens.accessToken],
    ['header', () => `Authorization: Bearer ${tokens.accessToken}`],
    ['jwt', () => tokens.jwt],
  ] as const)('prints the %s form and exits 0', async (format, expected) => {
    const answer = await answerPrintToken({ profile: 'svc', format }, services);
    expect(answer).toEqual({ exitCode: 0, stdout: expected() });
  });

  it('prints JSON a script can read', async () => {
    const answer = await answerPrintToken({ profile: 'svc', format: 'json' }, services);
    expect(JSON.parse(answer.stdout ?? '')).toMatchObject({
      profile: 'svc',
      accessToken: tokens.accessToken,
      tokenType: 'Bearer',
    });
  });

  it('uses the only profile when none is named', async () => {
    const answer = await answerPrintToken({ format: 'raw' }, services);
    expect(answer.stdout).toBe(tokens.accessToken);
  });

  it('refreshes an access token past its refresh time before printing', async () => {
    clock.advance(29 * 60_000);
    const answer = await answerPrintToken({ profile: 'svc', format: 'raw' }, services);

    const stored = await t.services.tokens.load('svc');
    expect(answer.stdout).toBe(stored?.accessToken);
    expect(answer.stdout).not.toBe(tokens.accessToken);
    expect(server.stats.grants.refresh_token).toBeGreaterThan(0);
  });

  it('exits 3 with a sign-in hint for a profile that is not signed in', async () => {
    await addServiceProfile(t, server, 'other');
    const answer = await answerPrintToken({ profile: 'other', format: 'raw' }, services);

    expect(answer.exitCode).toBe(3);
    expect(answer.stdout).toBeUndefined();
    expect(answer.stderr).toBe(
      "error: Profile 'other' is not signed in. Sign in first. Open Wallboard Token and sign in, then try again.",
    );
  });

  it('exits 2 for an unknown profile, naming the profiles there are', async () => {
    const answer = await answerPrintToken({ profile: 'nope', format: 'raw' }, services);
    expect(answer.exitCode).toBe(2);
    expect(answer.stderr).toMatch(/^error: Profile 'nope' does not exist; profiles: svc\./);
  });

  it('exits 4 when the token expired and the server cannot be reached, printing no token', async () => {
    clock.advance(31 * 60_000);
    server.injectFault({ kind: 'drop' });
    const answer = await answerPrintToken({ profile: 'svc', format: 'raw' }, services);

    expect(answer.exitCode).toBe(4);
    expect(answer.stdout).toBeUndefined();
    expect(answer.stderr).toMatch(/^error: /);
    expect(answer.stderr).not.toContain(tokens.accessToken);
    expect(answer.stderr).not.toContain(tokens.refreshToken ?? '-');
  });

  it('exits 1 without details of an unexpected failure beyond a redacted message', async () => {
    const broken: PrintTokenServices = {
      ...services,
      sessions: {
        getValidTokens: async () => {
          throw new Error(`boom near Bearer ${tokens.accessToken}`);
        },
      },
    };
    const answer = await answerPrintToken({ profile: 'svc', format: 'raw' }, broken);

    expect(answer.exitCode).toBe(1);
    expect(answer.stderr).toContain('unexpected failure');
    expect(answer.stderr).not.toContain(tokens.accessToken);
  });
});
