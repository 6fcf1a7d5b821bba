import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logging/logger';
import {
  EncryptedFileSecretStore,
  type Cipher,
} from '../../../core/store/encrypted-file-secret-store';
import { AesCipherTestDouble } from '../../support/aes-cipher-test-double';
import { modeOf, tempDir } from './temp-dir';

const fakeTokens = JSON.stringify({
  accessToken: 'e1c1ae22-61bf-45e8-85a7-65d66a6cdc46',
  refreshToken: 'a5fc1f68-8f7d-43b7-937c-68729b3b4f17',
});

function open(dir: string, cipher: Cipher = new AesCipherTestDouble()) {
  const store = new EncryptedFileSecretStore({ dir, cipher, logger: silentLogger });
  return { store, file: path.join(dir, 'secrets.encrypted.json') };
}

describe('EncryptedFileSecretStore', () => {
  it('stores only base64 ciphertext in a 0600 file, and reads the plaintext back', async () => {
    const dir = path.join(tempDir(), 'app');
    const cipher = new AesCipherTestDouble();
    const { store, file } = open(dir, cipher);

    await store.write('tokens/prod', fakeTokens);

    const text = readFileSync(file, 'utf8');
    expect(modeOf(file)).toBe('600');
    expect(modeOf(dir)).toBe('700');
    expect(text).not.toContain('e1c1ae22');
    expect(text).not.toContain('a5fc1f68');
    expect(text).not.toContain(Buffer.from(fakeTokens).toString('base64').slice(0, 24));
    const stored = (JSON.parse(text) as { entries: Record<string, string> }).entries['tokens/prod'];
    expect(stored).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await cipher.decrypt(Buffer.from(stored ?? '', 'base64'))).toBe(fakeTokens);
    expect(await open(dir, cipher).store.read('tokens/prod')).toBe(fakeTokens);
  });

  it("reports the cipher's protection", () => {
    const cipher = new AesCipherTestDouble();

    expect(open(tempDir(), cipher).store.protection).toBe(cipher.protection);
  });

  it('removes the ciphertext on remove', async () => {
    const dir = tempDir();
    const { store, file } = open(dir);
    await store.write('tokens/prod', fakeTokens);

    await store.remove('tokens/prod');

    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, entries: {} });
    expect(await store.read('tokens/prod')).toBeUndefined();
  });

  it('fails with secret_store_failed when the key that encrypted an entry is gone', async () => {
    const dir = tempDir();
    await open(dir).store.write('tokens/prod', fakeTokens);

    const otherKey = open(dir).store;

    await expect(otherKey.read('tokens/prod')).rejects.toSatisfy(
      (error: { code?: string; message: string }) =>
        error.code === 'secret_store_failed' && !error.message.includes('e1c1ae22'),
    );
  });

  it('fails with secret_store_failed and writes nothing when encryption is unavailable', async () => {
    const dir = tempDir();
    const broken: Cipher = {
      protection: { kind: 'os-encryption', strong: true, description: 'unavailable' },
      encrypt: () => Promise.reject(new Error('encryption is not available')),
      decrypt: () => Promise.reject(new Error('encryption is not available')),
    };
    const { store, file } = open(dir, broken);

    await expect(store.write('tokens/prod', fakeTokens)).rejects.toSatisfy(
      (error: { code?: string }) => error.code === 'secret_store_failed',
    );
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });
});
