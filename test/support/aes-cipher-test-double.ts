/**
 * TEST DOUBLE for Electron's safeStorage, which cannot run outside Electron: an AES-256-GCM
 * Cipher with a random key held in memory. Real encryption, so tests can assert that files
 * hold ciphertext; never use it outside tests (the key is lost with the process).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../../core/store/encrypted-file-secret-store';

const ivLength = 12;
const tagLength = 16;

/** A Cipher standing in for safeStorage in tests: iv, tag and ciphertext in one Buffer. */
export class AesCipherTestDouble implements Cipher {
  readonly protection = {
    kind: 'os-encryption',
    strong: true,
    description: 'Test double for safeStorage: AES-256-GCM with an in-memory key.',
  } as const;

  readonly #key = randomBytes(32);

  async encrypt(plain: string): Promise<Buffer> {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  async decrypt(data: Buffer): Promise<string> {
    const iv = data.subarray(0, ivLength);
    const tag = data.subarray(ivLength, ivLength + tagLength);
    const decipher = createDecipheriv('aes-256-gcm', this.#key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(data.subarray(ivLength + tagLength)),
      decipher.final(),
    ]).toString('utf8');
  }
}
