/**
 * Secrets held in memory only, lost when the process ends: for a session that must not touch
 * the disk, and for tests of code above the store.
 */
import type { SecretProtection, SecretStore } from '../ports';

/** A SecretStore backed by a Map. */
export class MemorySecretStore implements SecretStore {
  /**
   * `strong` is true by the definition in ports.ts: an attacker with the user's files cannot
   * read these secrets, because none is ever written to a file. The price is signing in again
   * after every restart, which the description tells the user.
   */
  readonly protection: SecretProtection = {
    kind: 'memory',
    strong: true,
    description: 'Secrets are kept in memory only and are lost when the app quits.',
  };

  readonly #entries = new Map<string, string>();

  async read(key: string): Promise<string | undefined> {
    return this.#entries.get(key);
  }

  async write(key: string, value: string): Promise<void> {
    this.#entries.set(key, value);
  }

  async remove(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
