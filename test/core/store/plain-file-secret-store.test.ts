import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArraySink, createLogger } from '../../../core/logging/logger';
import { PlainFileSecretStore } from '../../../core/store/plain-file-secret-store';
import { modeOf, tempDir } from './temp-dir';

const fakeToken = 'fake-refresh-token-0001';

function open(configDir: string, sink = new ArraySink()) {
  const store = new PlainFileSecretStore({
    configDir,
    logger: createLogger({ level: 'debug', sink }),
    clock: { now: () => Date.UTC(2025, 0, 2) },
  });
  return { store, sink, file: path.join(configDir, 'secrets.json') };
}

function entriesOnDisk(file: string): Record<string, string> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, string> }).entries;
}

describe('PlainFileSecretStore', () => {
  it('writes secrets.json with mode 0600 in a 0700 directory', async () => {
    const configDir = path.join(tempDir(), 'config');
    const { store, file } = open(configDir);

    await store.write('tokens/prod', fakeToken);

    expect(modeOf(configDir)).toBe('700');
    expect(modeOf(file)).toBe('600');
    expect(entriesOnDisk(file)).toEqual({ 'tokens/prod': fakeToken });
    expect(await open(configDir).store.read('tokens/prod')).toBe(fakeToken);
  });

  it('says honestly that it does not encrypt', () => {
    const { store, file } = open(tempDir());

    expect(store.protection).toEqual({
      kind: 'plain-file',
      strong: false,
      description: `Secrets are stored unencrypted in ${file} (readable only by you, mode 0600).`,
    });
  });

  it('removes an entry from the file and reads it as absent', async () => {
    const { store, file } = open(tempDir());
    await store.write('tokens/prod', fakeToken);
    await store.write('tokens/staging', 'fake-other');

    await store.remove('tokens/prod');

    expect(entriesOnDisk(file)).toEqual({ 'tokens/staging': 'fake-other' });
    expect(readFileSync(file, 'utf8')).not.toContain(fakeToken);
    expect(await store.read('tokens/prod')).toBeUndefined();
  });

  it('reads nothing and writes nothing for a missing file', async () => {
    const configDir = tempDir();
    const { store } = open(configDir);

    expect(await store.read('tokens/prod')).toBeUndefined();
    await store.remove('tokens/prod');
    expect(readdirSync(configDir)).toEqual([]);
  });

  it('warns once per config directory that secrets are unencrypted, saying how to get a keyring', async () => {
    const configDir = tempDir();
    const sink = new ArraySink();
    const first = open(configDir, sink).store;

    await first.write('tokens/a', 'fake-a');
    await first.write('tokens/b', 'fake-b');
    await open(configDir, sink).store.write('tokens/c', 'fake-c');

    expect(sink.messages('warn')).toHaveLength(1);
    expect(sink.messages('warn')[0]).toContain('unencrypted');
    expect(sink.messages('warn')[0]).toContain('keyring');
    await open(tempDir(), sink).store.write('tokens/a', 'fake-a');
    expect(sink.messages('warn')).toHaveLength(2);
  });

  it('keeps every entry when two stores write at once, leaving no temporary file', async () => {
    const configDir = tempDir();
    const a = open(configDir).store;
    const b = open(configDir).store;

    await Promise.all(
      Array.from({ length: 10 }, (_, i) => [
        a.write(`tokens/a${i}`, `fake-a${i}`),
        b.write(`tokens/b${i}`, `fake-b${i}`),
      ]).flat(),
    );

    const entries = entriesOnDisk(path.join(configDir, 'secrets.json'));
    expect(Object.keys(entries)).toHaveLength(20);
    expect(entries['tokens/a9']).toBe('fake-a9');
    expect(readdirSync(configDir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual(
      [],
    );
  });

  it('moves an unreadable file aside on the next write and starts afresh', async () => {
    const configDir = tempDir();
    const { store, sink, file } = open(configDir);
    writeFileSync(file, 'not json', { mode: 0o600 });

    expect(await store.read('tokens/prod')).toBeUndefined();
    await store.write('tokens/prod', fakeToken);

    const broken = `${file}.broken-2025-01-02T00-00-00-000Z`;
    expect(readFileSync(broken, 'utf8')).toBe('not json');
    expect(entriesOnDisk(file)).toEqual({ 'tokens/prod': fakeToken });
    expect(sink.messages('warn').some((m) => m.includes('moved aside'))).toBe(true);
  });
});
