/**
 * Keeps secrets in memory only while the disk's protection is weak and the user has not
 * accepted that; once they accept, moves what is in memory to the durable store and uses it.
 * When the durable store is strong, it is used from the start.
 */
import type { SecretProtection, SecretStore } from '../../core/ports';

export interface WeakProtectionGateOptions {
  /** The store on disk (encrypted with safeStorage). */
  durable: SecretStore;
  /** The store used instead while protection is weak and not accepted. */
  memory: SecretStore;
  /** Whether the user accepted weak protection on this machine before. */
  accepted: boolean;
  /** Why the disk is weak, one sentence; defaults to the durable store's description. */
  weakReason?: string;
}

/** A SecretStore that is `memory` until weak protection is accepted, then `durable`. */
export class WeakProtectionGate implements SecretStore {
  readonly #durable: SecretStore;
  readonly #memory: SecretStore;
  /** Keys written to memory, so accepting can move them to disk. */
  readonly #memoryKeys = new Set<string>();
  readonly #weakReason: string;
  #accepted: boolean;

  constructor(options: WeakProtectionGateOptions) {
    this.#durable = options.durable;
    this.#memory = options.memory;
    this.#accepted = options.accepted;
    this.#weakReason = options.weakReason ?? options.durable.protection.description;
  }

  /** True while secrets stay in memory only. */
  get inMemoryOnly(): boolean {
    return !this.#durable.protection.strong && !this.#accepted;
  }

  get accepted(): boolean {
    return this.#accepted;
  }

  /** The protection in effect: memory's while gated, with the reason the disk was refused. */
  get protection(): SecretProtection {
    if (!this.inMemoryOnly) return this.#durable.protection;
    return {
      kind: 'memory',
      strong: false,
      description:
        `${this.#weakReason} Tokens are therefore kept in memory only: ` +
        'you sign in again after restarting, unless you accept weak protection.',
    };
  }

  read(key: string): Promise<string | undefined> {
    return this.#active.read(key);
  }

  async write(key: string, value: string): Promise<void> {
    if (this.inMemoryOnly) this.#memoryKeys.add(key);
    await this.#active.write(key, value);
  }

  async remove(key: string): Promise<void> {
    this.#memoryKeys.delete(key);
    await this.#memory.remove(key);
    if (!this.inMemoryOnly) await this.#durable.remove(key);
  }

  /** The user accepts weak protection: what was in memory is written to disk from now on. */
  async accept(): Promise<void> {
    if (!this.inMemoryOnly) {
      this.#accepted = true;
      return;
    }
    for (const key of this.#memoryKeys) {
      const value = await this.#memory.read(key);
      if (value !== undefined) await this.#durable.write(key, value);
      await this.#memory.remove(key);
    }
    this.#memoryKeys.clear();
    this.#accepted = true;
  }

  get #active(): SecretStore {
    return this.inMemoryOnly ? this.#memory : this.#durable;
  }
}
