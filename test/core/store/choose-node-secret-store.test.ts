import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArraySink, createLogger } from '../../../core/logging/logger';
import {
  keyringMarkerName,
  openNodeSecretStore,
} from '../../../core/store/choose-node-secret-store';
import { KeyringSecretStore } from '../../../core/store/keyring-secret-store';
import { PlainFileSecretStore } from '../../../core/store/plain-file-secret-store';
import { modeOf, tempDir } from './temp-dir';

const service = 'wallboard-token-test';
const keyringAnswers = await new KeyringSecretStore({ service }).probe(3_000);
const keyring = () => new KeyringSecretStore({ service });

describe('openNodeSecretStore', () => {
  it('falls back to secrets.json with a one-time warning when no keyring answers', async (context) => {
    if (keyringAnswers) context.skip('a keyring answers on this machine');
    const configDir = tempDir();
    const sink = new ArraySink();
    const logger = createLogger({ level: 'warn', sink });

    const store = await openNodeSecretStore({ configDir, logger, keyring: keyring() });
    await store.write('tokens/prod', 'fake-token');
    await (
      await openNodeSecretStore({ configDir, logger, keyring: keyring() })
    ).write('tokens/x', 'fake');

    expect(store).toBeInstanceOf(PlainFileSecretStore);
    expect(store.protection).toMatchObject({ kind: 'plain-file', strong: false });
    expect(modeOf(path.join(configDir, 'secrets.json'))).toBe('600');
    expect(sink.messages('warn')).toHaveLength(1);
    expect(existsSync(path.join(configDir, keyringMarkerName))).toBe(false);
  });

  it('uses the file without probing when the keyring is not preferred', async () => {
    const store = await openNodeSecretStore({
      configDir: tempDir(),
      logger: createLogger({ level: 'silent' }),
      preferKeyring: false,
    });

    expect(store).toBeInstanceOf(PlainFileSecretStore);
  });

  it('refuses to fall back to a file once the directory has used the keyring', async (context) => {
    if (keyringAnswers) context.skip('a keyring answers on this machine');
    const configDir = tempDir();
    writeFileSync(path.join(configDir, keyringMarkerName), 'os-keyring\n');

    await expect(
      openNodeSecretStore({
        configDir,
        logger: createLogger({ level: 'silent' }),
        keyring: keyring(),
      }),
    ).rejects.toSatisfy(
      (error: { code?: string; message: string }) =>
        error.code === 'secret_store_failed' && error.message.includes(keyringMarkerName),
    );
    expect(existsSync(path.join(configDir, 'secrets.json'))).toBe(false);
  });

  it('chooses the keyring when it answers and remembers that for the directory', async (context) => {
    if (!keyringAnswers)
      context.skip('no OS keyring answers on this machine (no Secret Service on D-Bus)');
    const configDir = tempDir();

    const store = await openNodeSecretStore({
      configDir,
      logger: createLogger({ level: 'silent' }),
      keyring: keyring(),
    });

    expect(store.protection.kind).toBe('os-keyring');
    expect(existsSync(path.join(configDir, keyringMarkerName))).toBe(true);
  });
});
