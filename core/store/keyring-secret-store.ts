/**
 * Secrets in the OS keyring through @napi-rs/keyring: the macOS Keychain, the Windows Credential
 * Manager, or a Secret Service (GNOME Keyring, KWallet) on Linux. Service `wallboard-token`.
 */
import { randomBytes } from 'node:crypto';
import { AsyncEntry, type EntryOptions } from '@napi-rs/keyring';
import { WallboardTokenError } from '../errors';
import type { SecretProtection, SecretStore } from '../ports';

/** The keyring service under which every entry is stored; the account is the key. */
export const keyringService = 'wallboard-token';

const defaultProbeTimeoutMs = 5_000;

/** Options of the keyring store; the defaults suit the CLI. */
export interface KeyringSecretStoreOptions {
  /** Another service name, for tests that must not touch the real entries. */
  service?: string;
  /** Give up on an operation after this long (a locked keyring may wait for the user). */
  timeoutMs?: number;
}

// On Linux the binding falls back to the kernel keyring when no Secret Service answers; that
// one forgets everything at reboot, so a 30-day session would silently end. Ask for the
// Secret Service only, and let the caller fall back to a file it can tell the user about.
const entryOptions: EntryOptions | undefined =
  process.platform === 'linux' ? { linux: { store: 'secret-service' } } : undefined;

const descriptions: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Secrets are stored in the macOS Keychain.',
  win32: 'Secrets are stored in the Windows Credential Manager.',
  linux: 'Secrets are stored in your desktop keyring (Secret Service).',
};

/** A SecretStore in the OS keyring. Call `probe()` before relying on it. */
export class KeyringSecretStore implements SecretStore {
  readonly protection: SecretProtection = {
    kind: 'os-keyring',
    strong: true,
    description: descriptions[process.platform] ?? 'Secrets are stored in the OS keyring.',
  };

  readonly #service: string;
  readonly #timeoutMs: number | undefined;

  constructor(options: KeyringSecretStoreOptions = {}) {
    this.#service = options.service ?? keyringService;
    this.#timeoutMs = options.timeoutMs;
  }

  /** True when a keyring answers: a probe entry is written, read back and deleted. */
  async probe(timeoutMs = defaultProbeTimeoutMs): Promise<boolean> {
    const entry = `probe/${randomBytes(8).toString('hex')}`;
    const value = randomBytes(16).toString('hex');
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      await this.#entry(entry).setPassword(value, signal);
      const readBack = await this.#entry(entry).getPassword(signal);
      await this.#entry(entry).deletePassword(signal);
      return readBack === value;
    } catch {
      return false;
    }
  }

  async read(key: string): Promise<string | undefined> {
    const value = await this.#attempt('read', key, (entry, signal) => entry.getPassword(signal));
    return value ?? undefined;
  }

  // TODO: the Windows Credential Manager caps a secret at 2,560 bytes; a token set with a long
  // JWT may not fit, and writing it fails with secret_store_failed. Splitting values over
  // several entries would lift the cap; it is not done because it cannot be tested here.
  async write(key: string, value: string): Promise<void> {
    await this.#attempt('write', key, (entry, signal) => entry.setPassword(value, signal));
  }

  async remove(key: string): Promise<void> {
    await this.#attempt('remove', key, (entry, signal) => entry.deletePassword(signal));
  }

  #entry(key: string): AsyncEntry {
    // The constructor itself throws when the platform store cannot be reached.
    return new AsyncEntry(this.#service, key, entryOptions);
  }

  async #attempt<T>(
    action: string,
    key: string,
    run: (entry: AsyncEntry, signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T> {
    const signal = this.#timeoutMs === undefined ? undefined : AbortSignal.timeout(this.#timeoutMs);
    try {
      return await run(this.#entry(key), signal);
    } catch (error) {
      throw new WallboardTokenError(
        'secret_store_failed',
        `The OS keyring refused to ${action} '${key}': ${reasonOf(error)}; unlock the keyring and try again.`,
        { cause: error },
      );
    }
  }
}

/** The keyring's own explanation; it names the platform failure, never a stored secret. */
function reasonOf(error: unknown): string {
  return error instanceof Error
    ? error.message.replace(/\s+/g, ' ').slice(0, 200)
    : 'unknown error';
}
