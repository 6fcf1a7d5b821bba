/**
 * Secrets encrypted by the host's cipher (Electron safeStorage in the app) and kept as base64
 * ciphertexts in a 0600 JSON file. The file never holds a plaintext.
 */
import path from 'node:path';
import { WallboardTokenError } from '../errors';
import type { Clock, Logger, SecretProtection, SecretStore } from '../ports';
import { SecretFile } from './secret-file';

/** Encrypts and decrypts strings; the app adapts safeStorage's async API to this. */
export interface Cipher {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<string>;
  /** How strong the cipher's protection is, e.g. whether its key sits in the OS keychain. */
  readonly protection: SecretProtection;
}

/** The default file name, distinct from the CLI's `secrets.json` when both share a directory. */
export const encryptedSecretsFileName = 'secrets.encrypted.json';

/** Where the encrypted file lives and what encrypts it. */
export interface EncryptedFileSecretStoreOptions {
  /** The directory of the file (created 0700). */
  dir: string;
  cipher: Cipher;
  logger: Logger;
  fileName?: string;
  clock?: Clock;
}

/** A SecretStore that writes only what `cipher` encrypted. */
export class EncryptedFileSecretStore implements SecretStore {
  readonly #file: SecretFile;
  readonly #cipher: Cipher;

  constructor(options: EncryptedFileSecretStoreOptions) {
    this.#cipher = options.cipher;
    this.#file = new SecretFile(
      path.join(options.dir, options.fileName ?? encryptedSecretsFileName),
      options.logger,
      options.clock,
    );
  }

  get protection(): SecretProtection {
    return this.#cipher.protection;
  }

  /** The path of the encrypted secrets file. */
  get path(): string {
    return this.#file.path;
  }

  async read(key: string): Promise<string | undefined> {
    const stored = await this.#file.read(key);
    if (stored === undefined) return undefined;
    try {
      return await this.#cipher.decrypt(Buffer.from(stored, 'base64'));
    } catch (error) {
      throw new WallboardTokenError(
        'secret_store_failed',
        `Cannot decrypt '${key}' in ${this.#file.path}: the OS key that encrypted it is not ` +
          'available (another user account or a reset keychain?); sign in again to replace it.',
        { cause: error },
      );
    }
  }

  async write(key: string, value: string): Promise<void> {
    let ciphertext: Buffer;
    try {
      ciphertext = await this.#cipher.encrypt(value);
    } catch (error) {
      throw new WallboardTokenError(
        'secret_store_failed',
        'Cannot encrypt a secret: the OS encryption service did not answer; unlock your keychain and try again.',
        { cause: error },
      );
    }
    await this.#file.change(key, ciphertext.toString('base64'));
  }

  async remove(key: string): Promise<void> {
    await this.#file.change(key, undefined);
  }
}
