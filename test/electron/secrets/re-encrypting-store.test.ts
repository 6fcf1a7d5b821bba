import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArraySink, createLogger } from '../../../core/logging/logger';
import {
  EncryptedFileSecretStore,
  type Cipher,
} from '../../../core/store/encrypted-file-secret-store';
import {
  markForReEncryption,
  ReEncryptingStore,
} from '../../../electron/secrets/re-encrypting-store';
import { AesCipherTestDouble } from '../../support/aes-cipher-test-double';

/**
 * Test double for safeStorage after a key rotation: decrypts with the AES double and, like
 * decryptStringAsync's `shouldReEncrypt`, flags values encrypted before the rotation.
 */
class RotatedKeyCipherDouble implements Cipher {
  readonly protection = new AesCipherTestDouble().protection;
  readonly #aes = new AesCipherTestDouble();
  rotated = false;
  readonly #fresh = new Set<string>();

  async encrypt(plain: string): Promise<Buffer> {
    const data = await this.#aes.encrypt(plain);
    if (this.rotated) this.#fresh.add(data.toString('base64'));
    return data;
  }

  async decrypt(data: Buffer): Promise<string> {
    const plain = await this.#aes.decrypt(data);
    if (this.rotated && !this.#fresh.has(data.toString('base64'))) markForReEncryption();
    return plain;
  }
}

describe('ReEncryptingStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wallboard-reencrypt-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a value back, freshly encrypted, when the cipher asks during the read', async () => {
    const sink = new ArraySink();
    const logger = createLogger({ level: 'debug', sink });
    const cipher = new RotatedKeyCipherDouble();
    const inner = new EncryptedFileSecretStore({ dir, cipher, logger });
    const store = new ReEncryptingStore(inner, logger);
    await store.write('tokens/prod', 'fake-token-set');
    const before = await readFile(inner.path, 'utf8');

    cipher.rotated = true;
    expect(await store.read('tokens/prod')).toBe('fake-token-set');
    const after = await readFile(inner.path, 'utf8');
    expect(after).not.toBe(before);
    expect(sink.messages('info')).toContain('re-encrypted a secret with the current key');

    expect(await store.read('tokens/prod')).toBe('fake-token-set');
    expect(await readFile(inner.path, 'utf8')).toBe(after);
  });

  it('leaves values alone when the cipher does not ask', async () => {
    const logger = createLogger({ level: 'silent' });
    const inner = new EncryptedFileSecretStore({ dir, cipher: new AesCipherTestDouble(), logger });
    const store = new ReEncryptingStore(inner, logger);
    await store.write('tokens/prod', 'fake-token-set');
    const before = await readFile(inner.path, 'utf8');

    expect(await store.read('tokens/prod')).toBe('fake-token-set');
    expect(await readFile(inner.path, 'utf8')).toBe(before);
  });

  it('marks only the read it happens in', async () => {
    expect(() => markForReEncryption()).not.toThrow();
  });
});
