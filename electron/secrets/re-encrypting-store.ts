/**
 * Writes a secret back after a read whose decryption said "re-encrypt me" (safeStorage does
 * after a key rotation). The cipher cannot write, and the store cannot see the cipher's
 * answer, so the read runs in an async context that the cipher marks.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, SecretProtection, SecretStore } from '../../core/ports';

const currentRead = new AsyncLocalStorage<{ reEncrypt: boolean }>();

/** Called by a cipher while decrypting: the value just decrypted should be re-encrypted. */
export function markForReEncryption(): void {
  const read = currentRead.getStore();
  if (read !== undefined) read.reEncrypt = true;
}

/** `store` with re-encryption on read when the cipher asked for it during that read. */
export class ReEncryptingStore implements SecretStore {
  constructor(
    private readonly store: SecretStore,
    private readonly logger: Logger,
  ) {}

  get protection(): SecretProtection {
    return this.store.protection;
  }

  async read(key: string): Promise<string | undefined> {
    const read = { reEncrypt: false };
    const value = await currentRead.run(read, () => this.store.read(key));
    if (value !== undefined && read.reEncrypt) {
      // Best effort: the value was read fine; a failed rewrite is retried on the next read.
      await this.store.write(key, value).then(
        () => this.logger.info('re-encrypted a secret with the current key', { key }),
        (error: unknown) => this.logger.warn('could not re-encrypt a secret', { key, error }),
      );
    }
    return value;
  }

  write(key: string, value: string): Promise<void> {
    return this.store.write(key, value);
  }

  remove(key: string): Promise<void> {
    return this.store.remove(key);
  }
}
