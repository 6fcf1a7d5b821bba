/**
 * The handlers' view of client secrets: the core's `client-secret/NAME` entries in whatever
 * SecretStore the host uses. No Electron here.
 */
import type { SecretStore } from '../../../core/ports';
import {
  readClientSecret,
  removeClientSecret,
  writeClientSecret,
} from '../../../core/store/token-store';
import type { ClientSecretRepository } from './services';

/** Client secrets in `secrets`, never read back out except to know one exists. */
export function clientSecretRepository(secrets: SecretStore): ClientSecretRepository {
  return {
    has: async (profile) => (await readClientSecret(secrets, profile)) !== undefined,
    write: (profile, secret) => writeClientSecret(secrets, profile, secret),
    remove: (profile) => removeClientSecret(secrets, profile),
  };
}
