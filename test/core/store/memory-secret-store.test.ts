import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../core/store/memory-secret-store';

describe('MemorySecretStore', () => {
  it('keeps, returns and forgets secrets in memory', async () => {
    const store = new MemorySecretStore();

    await store.write('tokens/prod', 'fake-token');
    expect(await store.read('tokens/prod')).toBe('fake-token');
    await store.remove('tokens/prod');

    expect(await store.read('tokens/prod')).toBeUndefined();
  });

  it('tells the user secrets are lost on quit', () => {
    expect(new MemorySecretStore().protection).toEqual({
      kind: 'memory',
      strong: true,
      description: 'Secrets are kept in memory only and are lost when the app quits.',
    });
  });

  it('keeps separate stores apart', async () => {
    const a = new MemorySecretStore();
    await a.write('tokens/prod', 'fake-token');

    expect(await new MemorySecretStore().read('tokens/prod')).toBeUndefined();
  });
});
