import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { WallboardTokenError } from '../../../core/errors';
import { ArraySink, createLogger } from '../../../core/logging/logger';
import type { ConfFactory, ConfigConfOptions } from '../../../core/store/config-file';
import { ProfileStore, type ProfileStoreOptions } from '../../../core/store/profile-store';
import { modeOf, tempDir } from './temp-dir';

const prod = {
  name: 'prod',
  serverUrl: 'https://wallboard.example.com/',
  method: 'browser',
  clientId: 'desktop',
} as const;
const robot = {
  name: 'robot.eu',
  serverUrl: 'https://eu.wallboard.example.com',
  method: 'service-account',
} as const;

const at = Date.UTC(2025, 0, 2, 3, 4, 5, 678);

function open(dir: string, extra: Partial<ProfileStoreOptions> = {}) {
  const sink = new ArraySink();
  const store = new ProfileStore({
    configDir: dir,
    logger: createLogger({ level: 'debug', sink }),
    env: {},
    clock: { now: () => at },
    ...extra,
  });
  return { store, sink, file: path.join(dir, 'config.json') };
}

function onDisk(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function errorOf(run: () => unknown): WallboardTokenError {
  try {
    run();
  } catch (error) {
    if (error instanceof WallboardTokenError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('ProfileStore', () => {
  it('writes a versioned config.json, readable by the user only', () => {
    const dir = tempDir();
    const { store, file } = open(dir);

    store.add(prod);

    expect(modeOf(file)).toBe('600');
    expect(onDisk(file)).toEqual({
      schemaVersion: 1,
      settings: {},
      profiles: {
        prod: {
          name: 'prod',
          serverUrl: 'https://wallboard.example.com',
          method: 'browser',
          clientId: 'desktop',
          clientType: 'public',
          authorizePath: '/oauth/authorize',
          tokenPath: '/oauth/token',
          kmsi: false,
          allowHttp: false,
        },
      },
    });
  });

  it('reads back what another instance wrote, names with dots included', () => {
    const dir = tempDir();
    open(dir).store.add(robot);
    open(dir).store.add(prod);

    const { store } = open(dir);

    expect(store.list().map((p) => p.name)).toEqual(['prod', 'robot.eu']);
    expect(store.get('robot.eu').clientId).toBe('default-client');
  });

  it('refuses a profile that exists with profile_exists', () => {
    const { store } = open(tempDir());
    store.add(prod);

    expect(errorOf(() => store.add(prod)).code).toBe('profile_exists');
  });

  it('refuses an invalid profile with invalid_profile and writes nothing', () => {
    const { store, file } = open(tempDir());

    expect(errorOf(() => store.add({ ...prod, serverUrl: 'http://lan' })).code).toBe(
      'invalid_profile',
    );
    expect(onDisk(file).profiles).toEqual({});
  });

  it('names the profiles that exist when one is not found', () => {
    const { store } = open(tempDir());
    store.add(prod);
    store.add(robot);

    const error = errorOf(() => store.get('staging'));

    expect(error.code).toBe('profile_not_found');
    expect(error.message).toBe("Profile 'staging' does not exist; profiles: prod, robot.eu.");
  });

  it('says how to add a profile when none exists', () => {
    const error = errorOf(() => open(tempDir()).store.get('prod'));

    expect(error.code).toBe('profile_not_found');
    expect(error.message).toContain('wallboard-token profile add');
  });

  it('updates fields, validating the result', () => {
    const { store, file } = open(tempDir());
    store.add({ ...prod, redirectUri: 'http://127.0.0.1:8123/cb' });

    const updated = store.update('prod', { kmsi: true, redirectUri: undefined });

    expect(updated.kmsi).toBe(true);
    expect(updated.redirectUri).toBeUndefined();
    expect(onDisk(file)).toMatchObject({ profiles: { prod: { kmsi: true } } });
    expect(JSON.stringify(onDisk(file))).not.toContain('8123');
    expect(errorOf(() => store.update('prod', { serverUrl: 'http://lan' })).code).toBe(
      'invalid_profile',
    );
    expect(errorOf(() => store.update('nope', { kmsi: true })).code).toBe('profile_not_found');
  });

  it('removes a profile and forgets it was selected', () => {
    const { store, file } = open(tempDir());
    store.add(prod);
    store.add(robot);
    store.select('prod');

    store.remove('prod');

    expect(store.selected()).toBeUndefined();
    expect(onDisk(file)).not.toHaveProperty('selectedProfile');
    expect(Object.keys(onDisk(file).profiles as object)).toEqual(['robot.eu']);
    expect(errorOf(() => store.remove('prod')).code).toBe('profile_not_found');
  });

  it('selects only a profile that exists', () => {
    const { store, file } = open(tempDir());
    store.add(prod);

    store.select('prod');

    expect(store.selected()).toBe('prod');
    expect(onDisk(file).selectedProfile).toBe('prod');
    expect(errorOf(() => store.select('nope')).code).toBe('profile_not_found');
  });

  it('merges app settings', () => {
    const { store, file } = open(tempDir());

    store.updateSettings({ notifications: true });
    store.updateSettings({ logLevel: 'debug' });

    expect(store.settings()).toEqual({ notifications: true, logLevel: 'debug' });
    expect(onDisk(file).settings).toEqual({ notifications: true, logLevel: 'debug' });
  });
});

describe('ProfileStore.resolveProfileName', () => {
  it('prefers the explicit name, then WALLBOARD_PROFILE, then the only profile, then the selected one', () => {
    const dir = tempDir();
    const { store } = open(dir, { env: { WALLBOARD_PROFILE: 'robot.eu' } });
    store.add(prod);

    expect(open(dir).store.resolveProfileName()).toBe('prod');
    store.add(robot);
    store.select('prod');
    expect(store.resolveProfileName('prod')).toBe('prod');
    expect(store.resolveProfileName()).toBe('robot.eu');
    expect(open(dir).store.resolveProfileName()).toBe('prod');
  });

  it('refuses a name that does not exist, from the flag or the environment', () => {
    const dir = tempDir();
    const { store } = open(dir, { env: { WALLBOARD_PROFILE: 'ghost' } });
    store.add(prod);

    expect(errorOf(() => store.resolveProfileName('nope')).code).toBe('profile_not_found');
    const fromEnv = errorOf(() => store.resolveProfileName());
    expect(fromEnv.code).toBe('profile_not_found');
    expect(fromEnv.message).toBe(
      "WALLBOARD_PROFILE names profile 'ghost', which does not exist; profiles: prod.",
    );
  });

  it('asks the user to choose among several profiles, listing them', () => {
    const { store } = open(tempDir());
    store.add(prod);
    store.add(robot);

    const error = errorOf(() => store.resolveProfileName());

    expect(error.code).toBe('usage');
    expect(error.message).toContain('(prod, robot.eu)');
    expect(error.message).toContain('wallboard-token profile use NAME');
  });

  it('says to add a profile when there is none', () => {
    const error = errorOf(() => open(tempDir()).store.resolveProfileName());

    expect(error.code).toBe('usage');
    expect(error.message).toContain('profile add');
  });
});

describe('ProfileStore recovery', () => {
  it('moves a config file that does not parse aside, keeps it byte for byte, and starts afresh', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    const broken = '{"schemaVersion": 1, "profiles": {';
    writeFileSync(file, broken);

    const { store, sink } = open(dir);

    const brokenPath = `${file}.broken-2025-01-02T03-04-05-678Z`;
    expect(store.recovered?.brokenPath).toBe(brokenPath);
    expect(store.recovered?.notice).toContain(brokenPath);
    expect(readFileSync(brokenPath, 'utf8')).toBe(broken);
    expect(onDisk(file)).toEqual({ schemaVersion: 1, profiles: {}, settings: {} });
    expect(sink.records).toHaveLength(1);
    expect(sink.records[0]).toMatchObject({ level: 'warn', fields: { brokenPath } });
  });

  it('moves aside a file that fails the schema', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        profiles: { prod: { name: 'prod', serverUrl: 3 } },
        settings: {},
      }),
    );

    const { store } = open(dir);

    expect(store.recovered?.reason).toContain('Config schema violation');
    expect(store.list()).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes('.broken-'))).toHaveLength(1);
  });

  it('moves aside a file whose profile breaks a rule the JSON schema cannot express', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    const stored = {
      ...prod,
      serverUrl: 'http://lan',
      clientType: 'public',
      authorizePath: '/a',
      tokenPath: '/t',
      kmsi: false,
      allowHttp: false,
    };
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, profiles: { prod: stored }, settings: {} }),
    );

    const { store } = open(dir);

    expect(store.recovered?.reason).toContain("profile 'prod'");
    expect(store.recovered?.reason).toContain('plain http');
  });

  it('never overwrites an earlier broken copy', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    writeFileSync(file, 'first broken');
    open(dir);
    writeFileSync(file, 'second broken');

    const { store } = open(dir);

    expect(store.recovered?.brokenPath).toBe(`${file}.broken-2025-01-02T03-04-05-678Z-2`);
    expect(readFileSync(`${file}.broken-2025-01-02T03-04-05-678Z`, 'utf8')).toBe('first broken');
    expect(readFileSync(`${file}.broken-2025-01-02T03-04-05-678Z-2`, 'utf8')).toBe('second broken');
  });

  it('recovers when the file breaks while the store is open', () => {
    const dir = tempDir();
    const { store, file } = open(dir);
    store.add(prod);
    writeFileSync(file, 'garbage');

    expect(store.list()).toEqual([]);
    expect(store.recovered?.brokenPath).toBe(`${file}.broken-2025-01-02T03-04-05-678Z`);
    store.add(robot);
    expect(Object.keys(onDisk(file).profiles as object)).toEqual(['robot.eu']);
  });

  it('keeps a file from a newer version in place and refuses with config_unreadable', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    const newer = JSON.stringify({ schemaVersion: 2, profiles: [], accounts: {} });
    writeFileSync(file, newer);

    const error = errorOf(() => open(dir));

    expect(error.code).toBe('config_unreadable');
    expect(error.message).toContain('newer wallboard-token');
    expect(readFileSync(file, 'utf8')).toBe(newer);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('builds its store through the given conf factory with clearInvalidConfig off', () => {
    const dir = tempDir();
    const seen: ConfigConfOptions[] = [];
    const factory: ConfFactory = (options) => {
      seen.push(options);
      return new Conf(options);
    };

    open(dir, { createConf: factory }).store.add(prod);

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      cwd: dir,
      configName: 'config',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      configFileMode: 0o600,
    });
    expect(open(dir).store.get('prod').clientId).toBe('desktop');
  });
});
