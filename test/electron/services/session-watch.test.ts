import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../../core/session/session-status';
import { readStatuses } from '../../../electron/services/session-outlook';
import {
  pokeAfterProfileCalls,
  watchSessions,
  type SessionWatch,
} from '../../../electron/services/session-watch';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import {
  createIpcTestServices,
  invoke,
  valueOf,
  type IpcTestServices,
} from '../support/ipc-test-services';
import { addServiceProfile, serviceAccount } from '../support/signed-in';

describe('watchSessions against real sessions', () => {
  let server: DevServer;
  let t: IpcTestServices;
  let watch: SessionWatch | undefined;
  let seen: SessionStatus[][];
  let reads: number;

  beforeAll(async () => {
    server = await startWallboardServer({ quiet: true });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    t = await createIpcTestServices();
    seen = [];
    reads = 0;
  });
  afterEach(async () => {
    watch?.stop();
    await t.dispose();
  });

  const start = (handlers = t.handlers) => {
    watch = watchSessions({
      read: () => {
        reads += 1;
        return readStatuses(() => t.profileStore.list().map((p) => p.name), t.sessions);
      },
      sessions: t.sessions,
      onStatuses: (statuses) => void seen.push(statuses),
      logger: t.services.logger,
      intervalMs: 3_600_000,
    });
    return handlers;
  };
  const latest = () => seen.at(-1)?.map((s) => [s.profile, s.state]);

  it('reads once at start', async () => {
    await addServiceProfile(t, server);
    start();
    await vi.waitFor(() => expect(latest()).toEqual([['svc', 'signed-out']]));
  });

  it('reads again after a sign-in changes a session', async () => {
    await addServiceProfile(t, server);
    start();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));

    valueOf(
      await invoke(t.handlers, 'signInWithPassword', {
        profile: 'svc',
        ...serviceAccount,
        kmsi: false,
      }),
    );
    await vi.waitFor(() => expect(latest()).toEqual([['svc', 'signed-in']]));
  });

  it('reads again after a profile is added through wrapped handlers', async () => {
    const handlers = pokeAfterProfileCalls(t.handlers, () => watch?.poke());
    start();
    await vi.waitFor(() => expect(latest()).toEqual([]));

    valueOf(
      await invoke(handlers, 'addProfile', {
        profile: {
          name: 'new',
          serverUrl: server.url,
          method: 'service-account',
          clientId: 'default-client',
          clientType: 'public',
          kmsi: false,
          allowHttp: true,
        },
      }),
    );
    await vi.waitFor(() => expect(latest()).toEqual([['new', 'signed-out']]));
  });

  it('stops reading once stopped', async () => {
    start();
    await vi.waitFor(() => expect(seen.length).toBe(1));
    watch?.stop();

    await addServiceProfile(t, server);
    valueOf(
      await invoke(t.handlers, 'signInWithPassword', {
        profile: 'svc',
        ...serviceAccount,
        kmsi: false,
      }),
    );
    watch?.poke();
    // A read starts synchronously on a poke or a change: none may have started.
    expect(reads).toBe(1);
  });
});

describe('pokeAfterProfileCalls', () => {
  it('pokes after successful profile calls only, passing results through', async () => {
    let pokes = 0;
    const ok = async (_input: unknown) => ({ ok: true as const, value: 1 });
    const fail = async (_input: unknown) => ({
      ok: false as const,
      error: { code: 'usage', message: 'no' },
    });
    const wrapped = pokeAfterProfileCalls(
      { addProfile: ok, updateProfile: fail, removeProfile: ok, copy: ok },
      () => void pokes++,
    );

    await expect(wrapped.addProfile({})).resolves.toEqual({ ok: true, value: 1 });
    await wrapped.updateProfile({});
    await wrapped.copy({});
    expect(pokes).toBe(1);
  });
});
