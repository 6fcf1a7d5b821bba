/**
 * The core's Cipher over safeStorage's async API (encryptStringAsync / decryptStringAsync).
 * When safeStorage says a value should be re-encrypted (its key rotated or got stronger),
 * the store wrapper in secrets/re-encrypting-store.ts writes it back freshly encrypted.
 */
import { safeStorage } from 'electron';
import type { Cipher } from '../../core/store/encrypted-file-secret-store';
import { markForReEncryption } from '../secrets/re-encrypting-store';
import { safeStorageProtection } from '../secrets/safe-storage-protection';

/** Asks safeStorage how well it protects here; call after the app is ready. */
export async function safeStorageReport() {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const linuxBackend =
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  return { available, linuxBackend, platform: process.platform };
}

/** A Cipher over safeStorage; only use it when `safeStorageReport().available`. */
export async function createSafeStorageCipher(): Promise<Cipher> {
  const protection = safeStorageProtection(await safeStorageReport());
  return {
    protection,
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (data) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(data);
      if (shouldReEncrypt) markForReEncryption();
      return result;
    },
  };
}
