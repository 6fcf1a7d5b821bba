import { afterEach, describe, expect, it } from 'vitest';
import {
  createIpcTestServices,
  invoke,
  valueOf,
  WeakDiskVaultDouble,
  type IpcTestServices,
} from '../support/ipc-test-services';

describe('environment handlers and service', () => {
  let t: IpcTestServices | undefined;
  afterEach(() => t?.dispose());

  it('reports strong protection and where the log file is', async () => {
    t = await createIpcTestServices();
    const env = valueOf(await invoke(t.handlers, 'getEnvironment'));
    expect(env).toMatchObject({
      protection: { strong: true },
      tokensInMemoryOnly: false,
      platform: process.platform,
      appVersion: '0.0.0-test',
    });
    expect(env.logFilePath).toMatch(/main\.log$/);
  });

  it('tells the UI that tokens stay in memory until weak protection is accepted, and remembers it', async () => {
    t = await createIpcTestServices({ durableSecrets: new WeakDiskVaultDouble() });
    const before = valueOf(await invoke(t.handlers, 'getEnvironment'));
    expect(before).toMatchObject({
      protection: { kind: 'memory', strong: false },
      weakProtectionAccepted: false,
      tokensInMemoryOnly: true,
    });

    const after = valueOf(await invoke(t.handlers, 'acceptWeakProtection'));
    expect(after).toMatchObject({ weakProtectionAccepted: true, tokensInMemoryOnly: false });
    expect(t.profileStore.settings()['acceptedWeakSecretProtection']).toBe(true);
    expect(t.logSink.messages('warn')).toContain(
      'the user accepted weak secret protection on this machine',
    );
  });
});
