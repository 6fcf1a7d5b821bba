import { describe, expect, it } from 'vitest';
import { KeyringSecretStore } from '../../../core/store/keyring-secret-store';

// A service of its own, so the test never touches a user's real wallboard-token entries.
const service = 'wallboard-token-test';
const keyringAnswers = await new KeyringSecretStore({ service }).probe(3_000);
const noKeyring = 'no OS keyring answers on this machine (no Secret Service on D-Bus)';

describe('KeyringSecretStore', () => {
  it('claims strong OS keyring protection', () => {
    expect(new KeyringSecretStore().protection).toMatchObject({ kind: 'os-keyring', strong: true });
  });

  it('stores, reads back and removes a secret in the OS keyring', async (context) => {
    if (!keyringAnswers) context.skip(noKeyring);
    const store = new KeyringSecretStore({ service });
    const key = `tokens/test-${process.pid}`;

    await store.write(key, 'fake-token-for-keyring');
    expect(await store.read(key)).toBe('fake-token-for-keyring');
    await store.remove(key);

    expect(await store.read(key)).toBeUndefined();
  });

  it('probes false when no keyring answers', async (context) => {
    if (keyringAnswers) context.skip('a keyring answers on this machine');

    expect(await new KeyringSecretStore({ service }).probe(3_000)).toBe(false);
  });

  it('fails with secret_store_failed, naming the key, when no keyring answers', async (context) => {
    if (keyringAnswers) context.skip('a keyring answers on this machine');
    const store = new KeyringSecretStore({ service, timeoutMs: 3_000 });

    await expect(store.write('tokens/prod', 'fake-token')).rejects.toSatisfy(
      (error: { code?: string; message: string }) =>
        error.code === 'secret_store_failed' &&
        error.message.includes("'tokens/prod'") &&
        !error.message.includes('fake-token'),
    );
    await expect(store.read('tokens/prod')).rejects.toSatisfy(
      (error: { code?: string }) => error.code === 'secret_store_failed',
    );
  });
});
