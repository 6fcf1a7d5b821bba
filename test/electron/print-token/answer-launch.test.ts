import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TokenSet } from '../../../core/session/token-set';
import { answerLaunch } from '../../../electron/print-token/answer-launch';
import type { PrintTokenServices } from '../../../electron/print-token/answer-print-token';
import { printTokenMessage } from '../../../electron/print-token/print-token-message';
import { openReplyChannel, type ReplyChannel } from '../../../electron/print-token/reply-channel';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import { createIpcTestServices, type IpcTestServices } from '../support/ipc-test-services';
import { signInServiceAccount } from '../support/signed-in';

describe('answerLaunch: the running app answers a --print-token launch', () => {
  let server: DevServer;
  let t: IpcTestServices;
  let tokens: TokenSet;
  let services: PrintTokenServices;
  let channel: ReplyChannel;

  beforeAll(async () => {
    server = await startWallboardServer({ quiet: true });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    t = await createIpcTestServices();
    tokens = await signInServiceAccount(t, server);
    services = { sessions: t.sessions, profiles: t.profileStore, logger: t.services.logger };
    channel = await openReplyChannel({ timeoutMs: 60_000 });
  });
  afterEach(async () => {
    await channel.close();
    await t.dispose();
  });

  it('sends the token over the launch’s reply channel', async () => {
    const data = printTokenMessage(
      { profile: 'svc', format: 'header' },
      channel.address,
      channel.nonce,
    );

    await expect(answerLaunch(data, services)).resolves.toBe(true);
    await expect(channel.answer).resolves.toEqual({
      exitCode: 0,
      stdout: `Authorization: Bearer ${tokens.accessToken}`,
    });
  });

  it('sends failures with their exit code', async () => {
    const data = printTokenMessage(
      { profile: 'nope', format: 'raw' },
      channel.address,
      channel.nonce,
    );

    await answerLaunch(data, services);
    await expect(channel.answer).resolves.toMatchObject({ exitCode: 2 });
  });

  it('leaves plain launches and foreign data to the caller, sending nothing', async () => {
    const sent: string[] = [];
    const recordingSender = async (address: string) => void sent.push(address);

    for (const data of [undefined, {}, { printToken: { request: { format: 'raw' } } }]) {
      await expect(answerLaunch(data, services, recordingSender)).resolves.toBe(false);
    }
    const foreign = printTokenMessage({ format: 'raw' }, '/run/user/0/bus', channel.nonce);
    await expect(answerLaunch(foreign, services, recordingSender)).resolves.toBe(false);
    expect(sent).toEqual([]);
  });

  it('still resolves when the launch stopped listening', async () => {
    const data = printTokenMessage(
      { profile: 'svc', format: 'raw' },
      channel.address,
      channel.nonce,
    );
    await channel.close();

    await expect(answerLaunch(data, services)).resolves.toBe(true);
    expect(t.logSink.records.map((r) => r.message)).toContain(
      'could not answer a --print-token launch',
    );
  });
});
