import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logging/logger';
import { EncryptedFileSecretStore } from '../../../core/store/encrypted-file-secret-store';
import { MemorySecretStore } from '../../../core/store/memory-secret-store';
import { WeakProtectionGate } from '../../../electron/secrets/weak-protection-gate';
import { AesCipherTestDouble } from '../../support/aes-cipher-test-double';
import { WeakDiskVaultDouble } from '../support/ipc-test-services';

const fakeTokens = '{"accessToken":"fake-access-token-0001"}';

describe('WeakProtectionGate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wallboard-gate-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes to the durable store from the start when its protection is strong', async () => {
    const durable = new EncryptedFileSecretStore({
      dir,
      cipher: new AesCipherTestDouble(),
      logger: silentLogger,
    });
    const gate = new WeakProtectionGate({
      durable,
      memory: new MemorySecretStore(),
      accepted: false,
    });

    await gate.write('tokens/prod', fakeTokens);
    expect(gate.inMemoryOnly).toBe(false);
    expect(await durable.read('tokens/prod')).toBe(fakeTokens);
    const file = await readFile(durable.path, 'utf8');
    expect(file).toContain('tokens/prod');
    expect(file).not.toContain('fake-access-token-0001');
  });

  it('keeps secrets in memory only while weak protection is not accepted', async () => {
    const durable = new WeakDiskVaultDouble();
    const gate = new WeakProtectionGate({
      durable,
      memory: new MemorySecretStore(),
      accepted: false,
      weakReason: 'No system keyring answered.',
    });

    await gate.write('tokens/prod', fakeTokens);
    expect(await gate.read('tokens/prod')).toBe(fakeTokens);
    expect(await durable.read('tokens/prod')).toBeUndefined();
    expect(gate.protection).toMatchObject({ kind: 'memory', strong: false });
    expect(gate.protection.description).toContain('No system keyring answered.');
    expect(gate.protection.description).toContain('memory only');
  });

  it('moves what memory holds to the durable store once the user accepts', async () => {
    const durable = new WeakDiskVaultDouble();
    const gate = new WeakProtectionGate({
      durable,
      memory: new MemorySecretStore(),
      accepted: false,
    });
    await gate.write('tokens/prod', fakeTokens);
    await gate.write('client-secret/prod', 'fake-client-secret');

    await gate.accept();
    expect(gate.inMemoryOnly).toBe(false);
    expect(gate.accepted).toBe(true);
    expect(await durable.read('tokens/prod')).toBe(fakeTokens);
    expect(await durable.read('client-secret/prod')).toBe('fake-client-secret');
    expect(gate.protection).toBe(durable.protection);
  });

  it('uses the durable store at once when acceptance was remembered', async () => {
    const durable = new WeakDiskVaultDouble();
    await durable.write('tokens/prod', fakeTokens);
    const gate = new WeakProtectionGate({
      durable,
      memory: new MemorySecretStore(),
      accepted: true,
    });

    expect(await gate.read('tokens/prod')).toBe(fakeTokens);
  });

  it('removes a secret wherever it is', async () => {
    const durable = new WeakDiskVaultDouble();
    const gate = new WeakProtectionGate({
      durable,
      memory: new MemorySecretStore(),
      accepted: false,
    });
    await gate.write('tokens/prod', fakeTokens);
    await gate.remove('tokens/prod');
    await gate.accept();

    expect(await gate.read('tokens/prod')).toBeUndefined();
    expect(await durable.read('tokens/prod')).toBeUndefined();
  });
});
