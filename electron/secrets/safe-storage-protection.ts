/**
 * How much safeStorage really protects on this machine, as the core's SecretProtection.
 * Pure: the Electron adapter passes in what safeStorage reports, tests pass in each case.
 */
import type { SecretProtection } from '../../core/ports';

/** What safeStorage reports about itself. */
export interface SafeStorageReport {
  /** `await safeStorage.isAsyncEncryptionAvailable()`. */
  available: boolean;
  /** `safeStorage.getSelectedStorageBackend()` on Linux; undefined elsewhere. */
  linuxBackend?: string;
  platform: NodeJS.Platform;
}

/**
 * Strong when the OS guards the key (Keychain, DPAPI, libsecret, KWallet); weak when there is
 * no encryption, or Linux fell back to `basic_text`, whose key is a constant in Chromium.
 */
export function safeStorageProtection(report: SafeStorageReport): SecretProtection {
  if (!report.available) {
    return {
      kind: 'os-encryption',
      strong: false,
      description: 'This system offers no secure storage to Wallboard Token.',
    };
  }
  if (report.platform === 'linux' && report.linuxBackend === 'basic_text') {
    return {
      kind: 'os-encryption',
      strong: false,
      description:
        'No system keyring (GNOME Keyring or KWallet) answered, so the encryption key is not ' +
        'secret: anyone who can read your files can read saved tokens.',
    };
  }
  return { kind: 'os-encryption', strong: true, description: strongDescription(report) };
}

function strongDescription(report: SafeStorageReport): string {
  switch (report.platform) {
    case 'darwin':
      return 'Tokens are encrypted with a key kept in your macOS Keychain.';
    case 'win32':
      return 'Tokens are encrypted with Windows Data Protection for your user account.';
    default:
      return `Tokens are encrypted with a key kept in your system keyring (${report.linuxBackend ?? 'unknown'}).`;
  }
}
