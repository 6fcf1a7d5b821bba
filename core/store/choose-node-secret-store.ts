/**
 * Picks the CLI's secret store: the OS keyring when one answers, else an unencrypted 0600 file
 * with a one-time warning. The app uses safeStorage instead (EncryptedFileSecretStore).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WallboardTokenError } from '../errors';
import type { Clock, Logger, SecretStore } from '../ports';
import { KeyringSecretStore } from './keyring-secret-store';
import { PlainFileSecretStore } from './plain-file-secret-store';

/** Marks a config directory whose secrets live in the keyring, so a later failure is not hidden. */
export const keyringMarkerName = '.secrets-in-keyring';

/** The config directory, the logger, and whether to try the keyring. */
export interface NodeSecretStoreOptions {
  configDir: string;
  logger: Logger;
  /** Try the OS keyring first (default true); false goes straight to the file. */
  preferKeyring?: boolean;
  /** How long the keyring probe may take (default 5 s). */
  probeTimeoutMs?: number;
  /** The keyring to probe (default: the OS keyring under service `wallboard-token`). */
  keyring?: KeyringSecretStore;
  clock?: Clock;
}

/**
 * The keyring when its probe passes, else `secrets.json` in the config directory. Once the
 * keyring has been used for a directory, a keyring that stops answering (locked, no D-Bus) is
 * an error rather than a silent move of new secrets to an unencrypted file.
 */
export async function openNodeSecretStore(options: NodeSecretStoreOptions): Promise<SecretStore> {
  const marker = path.join(options.configDir, keyringMarkerName);
  if (options.preferKeyring ?? true) {
    const keyring = options.keyring ?? new KeyringSecretStore();
    if (await keyring.probe(options.probeTimeoutMs)) {
      options.logger.debug('Secrets are kept in the OS keyring.');
      if (!existsSync(marker)) await writeFile(marker, 'os-keyring\n', { mode: 0o600 });
      return keyring;
    }
    if (existsSync(marker)) {
      throw new WallboardTokenError(
        'secret_store_failed',
        'Your secrets are in the OS keyring, which did not answer; unlock it (or start its ' +
          `service) and try again. To keep secrets in an unencrypted file instead, delete ${marker}.`,
      );
    }
    options.logger.debug('No OS keyring answered; secrets go to a file in the config directory.');
  }
  return new PlainFileSecretStore({
    configDir: options.configDir,
    logger: options.logger,
    clock: options.clock,
  });
}
