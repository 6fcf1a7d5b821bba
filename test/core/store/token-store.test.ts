import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArraySink, createLogger } from '../../../core/logging/logger';
import type { TokenSet } from '../../../core/session/token-set';
import { EncryptedFileSecretStore } from '../../../core/store/encrypted-file-secret-store';
import { MemorySecretStore } from '../../../core/store/memory-secret-store';
import { PlainFileSecretStore } from '../../../core/store/plain-file-secret-store';
import {
  readClientSecret,
  removeClientSecret,
  TokenStore,
  writeClientSecret,
} from '../../../core/store/token-store';
import { AesCipherTestDouble } from '../../support/aes-cipher-test-double';
import { tempDir } from './temp-dir';

const tokens: TokenSet = {
  accessToken: 'e1c1ae22-61bf-45e8-85a7-65d66a6cdc46',
  refreshToken: 'a5fc1f68-8f7d-43b7-937c-68729b3b4f17',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmU',
  customerId: 0,
  readOnly: false,
  obtainedAt: 1_700_000_000_000,
  accessExpiresAt: 1_700_001_800_000,
  refreshIssuedAt: 1_700_000_000_000,
  refreshExpiresAt: 1_700_003_600_000,
  method: 'browser',
};

function logged() {
  const sink = new ArraySink();
  return { sink, logger: createLogger({ level: 'debug', sink }) };
}

describe('TokenStore', () => {
  it('saves and loads a token set under tokens/NAME', async () => {
    const secrets = new MemorySecretStore();
    const store = new TokenStore(secrets, logged().logger);

    await store.save('prod', tokens);

    expect(await store.load('prod')).toEqual(tokens);
    expect(JSON.parse((await secrets.read('tokens/prod')) ?? '')).toEqual(tokens);
    expect(await store.load('staging')).toBeUndefined();
  });

  it('keeps fields added to TokenSet later through a round trip', async () => {
    const store = new TokenStore(new MemorySecretStore(), logged().logger);

    await store.save('prod', { ...tokens, scope: 'read' } as TokenSet);

    expect(await store.load('prod')).toMatchObject({ scope: 'read' });
  });

  it('writes only ciphertext to disk through an encrypted store, and clear removes it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'secrets.encrypted.json');
    const secrets = new EncryptedFileSecretStore({
      dir,
      cipher: new AesCipherTestDouble(),
      logger: logged().logger,
    });
    const store = new TokenStore(secrets, logged().logger);

    await store.save('prod', tokens);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('tokens/prod');
    expect(text).not.toContain(tokens.accessToken);
    expect(text).not.toContain(tokens.refreshToken);
    expect(text).not.toContain('eyJ');

    await store.clear('prod');
    expect(readFileSync(file, 'utf8')).not.toContain('tokens/prod');
    expect(await store.load('prod')).toBeUndefined();
  });

  it('treats an unreadable entry as signed out, keeps it, and warns without its content', async () => {
    const secrets = new MemorySecretStore();
    const { sink, logger } = logged();
    await secrets.write('tokens/prod', JSON.stringify({ accessToken: 'fake-partial-token' }));

    expect(await new TokenStore(secrets, logger).load('prod')).toBeUndefined();

    expect(await secrets.read('tokens/prod')).toContain('fake-partial-token');
    expect(sink.messages('warn')).toEqual([
      "The stored tokens of profile 'prod' are unreadable; sign in again.",
    ]);
    expect(JSON.stringify(sink.records)).not.toContain('fake-partial-token');
    expect(sink.records[0]?.fields).toMatchObject({ fields: expect.stringContaining('readOnly') });
  });

  it('treats an entry that is not JSON as signed out', async () => {
    const secrets = new MemorySecretStore();
    await secrets.write('tokens/prod', 'not json');

    expect(await new TokenStore(secrets, logged().logger).load('prod')).toBeUndefined();
  });

  it('refuses to save an invalid token set with an internal error', async () => {
    const secrets = new MemorySecretStore();
    const store = new TokenStore(secrets, logged().logger);

    await expect(store.save('prod', { ...tokens, accessToken: '' })).rejects.toSatisfy(
      (error: { code?: string; message: string }) =>
        error.code === 'internal' && error.message.includes('accessToken'),
    );
    expect(await secrets.read('tokens/prod')).toBeUndefined();
  });
});

describe('client secret helpers', () => {
  it('write, read and remove client-secret/NAME in the file store', async () => {
    const configDir = tempDir();
    const secrets = new PlainFileSecretStore({ configDir, logger: logged().logger });

    await writeClientSecret(secrets, 'prod', 'fake-client-secret');
    expect(await readClientSecret(secrets, 'prod')).toBe('fake-client-secret');
    expect(readFileSync(path.join(configDir, 'secrets.json'), 'utf8')).toContain(
      'client-secret/prod',
    );

    await removeClientSecret(secrets, 'prod');
    expect(await readClientSecret(secrets, 'prod')).toBeUndefined();
    expect(readFileSync(path.join(configDir, 'secrets.json'), 'utf8')).not.toContain(
      'fake-client-secret',
    );
  });
});
