import { describe, expect, it } from 'vitest';
import { safeStorageProtection } from '../../../electron/secrets/safe-storage-protection';

describe('safeStorageProtection', () => {
  it('is strong with the macOS Keychain, Windows DPAPI and a Linux keyring', () => {
    expect(safeStorageProtection({ available: true, platform: 'darwin' }).strong).toBe(true);
    expect(safeStorageProtection({ available: true, platform: 'win32' }).strong).toBe(true);
    for (const backend of ['gnome_libsecret', 'kwallet5', 'kwallet6']) {
      const protection = safeStorageProtection({
        available: true,
        platform: 'linux',
        linuxBackend: backend,
      });
      expect(protection).toMatchObject({ kind: 'os-encryption', strong: true });
      expect(protection.description).toContain(backend);
    }
  });

  it("is weak with Linux's basic_text backend, and says why", () => {
    const protection = safeStorageProtection({
      available: true,
      platform: 'linux',
      linuxBackend: 'basic_text',
    });
    expect(protection.strong).toBe(false);
    expect(protection.description).toMatch(/no system keyring/i);
  });

  it('is weak when safeStorage is not available at all', () => {
    expect(safeStorageProtection({ available: false, platform: 'linux' }).strong).toBe(false);
    expect(safeStorageProtection({ available: false, platform: 'darwin' }).strong).toBe(false);
  });
});
