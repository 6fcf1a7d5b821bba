import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callNames, ipcCalls } from '../../../../electron/ipc/contract';
import {
  createIpcTestServices,
  invoke,
  type IpcTestServices,
} from '../../support/ipc-test-services';

describe('createIpcHandlers', () => {
  let t: IpcTestServices;
  beforeEach(async () => {
    t = await createIpcTestServices();
  });
  afterEach(() => t.dispose());

  it('has exactly one handler per contract call', () => {
    expect(Object.keys(t.handlers).sort()).toEqual([...callNames].sort());
    expect(callNames.sort()).toEqual(Object.keys(ipcCalls).sort());
  });

  it.each(callNames)('%s refuses a payload with an unknown field', async (name) => {
    const result = await invoke(t.handlers, name, { profile: 'prod', smuggled: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each(callNames)('%s refuses a payload that is not an object', async (name) => {
    const result = await invoke(t.handlers, name, 'prod');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each([
    ['getSession', {}, 'profile'],
    ['getSession', { profile: '' }, 'profile'],
    ['copy', { profile: 'prod', format: 'xml' }, 'format'],
    ['signInWithPassword', { profile: 'p', username: 'a@b.c', password: 'x', kmsi: 'yes' }, 'kmsi'],
    [
      'signInWithPassword',
      { profile: 'p', username: 'a@b.c', password: 'x', kmsi: false, totp: '12ab56' },
      'totp',
    ],
    ['addProfile', { profile: { name: 'p' } }, 'profile.serverUrl'],
    ['openExternal', { url: 42 }, 'url'],
  ] as const)('%s names the bad field %#', async (name, input, field) => {
    const result = await invoke(t.handlers, name, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    if (!result.ok) expect(result.error.message).toContain(field);
  });

  it('maps a core failure to its code and message', async () => {
    const result = await invoke(t.handlers, 'getSession', { profile: 'missing' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('profile_not_found');
    expect(result.error.message).toContain("Profile 'missing' does not exist");
  });

  it('answers an unexpected error with internal, logging it without secrets', async () => {
    const token = 'e1c1ae22-61bf-45e8-85a7-65d66a6cdc46';
    t.services.sessions.status = async () => {
      throw new Error(`boom near Bearer ${token}`);
    };
    t.profileStore.add({
      name: 'prod',
      serverUrl: 'https://wallboard.example.com',
      method: 'browser',
      clientId: 'c',
    });

    const result = await invoke(t.handlers, 'getSession', { profile: 'prod' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain(token);
    expect(t.logSink.messages('error')).toContain('an IPC call failed unexpectedly');
    expect(JSON.stringify(t.logSink.records)).not.toContain(token);
  });
});

describe('app handlers', () => {
  let t: IpcTestServices;
  beforeEach(async () => {
    t = await createIpcTestServices();
  });
  afterEach(() => t.dispose());

  it('opens only http(s) links externally', async () => {
    const ok = await invoke(t.handlers, 'openExternal', { url: 'https://wallboard.example.com/' });
    const refused = await invoke(t.handlers, 'openExternal', { url: 'file:///etc/passwd' });

    expect(ok).toEqual({ ok: true, value: { opened: true } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'usage' } });
    expect(t.opener.opened).toEqual(['https://wallboard.example.com/']);
  });

  it('opens the log file the environment names', async () => {
    const env = await invoke(t.handlers, 'getEnvironment');
    expect(env.ok).toBe(true);
    if (!env.ok) return;
    await invoke(t.handlers, 'openLogFile');
    expect(t.opener.opened).toEqual([env.value.logFilePath]);
  });
});
