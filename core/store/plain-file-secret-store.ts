/**
 * The last-resort secret store: `secrets.json`, mode 0600, unencrypted. Used by the CLI only
 * when no OS keyring answers, and said so once per config directory.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock, Logger, SecretProtection, SecretStore } from '../ports';
import { SecretFile } from './secret-file';

/** The file name of the unencrypted secrets file in the config directory. */
export const plainSecretsFileName = 'secrets.json';

/** Marks a config directory whose user has been told their secrets are not encrypted. */
const warnedMarkerName = '.plain-secrets-warning-shown';

/** Secrets in a 0600 JSON file: safe from other users, not from anyone who can read your files. */
export class PlainFileSecretStore implements SecretStore {
  readonly protection: SecretProtection;
  readonly #file: SecretFile;
  readonly #configDir: string;
  readonly #logger: Logger;

  constructor(options: { configDir: string; logger: Logger; clock?: Clock }) {
    this.#configDir = options.configDir;
    this.#logger = options.logger;
    this.#file = new SecretFile(
      path.join(options.configDir, plainSecretsFileName),
      options.logger,
      options.clock,
    );
    this.protection = {
      kind: 'plain-file',
      strong: false,
      description: `Secrets are stored unencrypted in ${this.#file.path} (readable only by you, mode 0600).`,
    };
  }

  /** The path of `secrets.json`. */
  get path(): string {
    return this.#file.path;
  }

  async read(key: string): Promise<string | undefined> {
    return this.#file.read(key);
  }

  async write(key: string, value: string): Promise<void> {
    await this.#file.change(key, value);
    await this.#warnOnce();
  }

  async remove(key: string): Promise<void> {
    await this.#file.change(key, undefined);
  }

  /** Tells the user, the first time a secret lands on disk here, that it is not encrypted. */
  async #warnOnce(): Promise<void> {
    const marker = path.join(this.#configDir, warnedMarkerName);
    if (existsSync(marker)) return;
    this.#logger.warn(
      `No OS keyring answered, so secrets are stored unencrypted in ${this.#file.path} ` +
        '(readable only by you). To keep them in a keyring, install and unlock one ' +
        '(GNOME Keyring or KWallet on Linux, reachable over D-Bus), then sign in again.',
    );
    // A lost race only repeats the warning once; no lock needed.
    await writeFile(marker, 'The unencrypted-secrets warning was shown.\n', { mode: 0o600 });
  }
}
