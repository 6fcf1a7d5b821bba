/**
 * Test helpers that sign in through the IPC handlers against the dev server, as the UI does.
 */
import type { DevServer } from '../../wallboard-server/server';
import { invoke, valueOf, type IpcTestServices } from './ipc-test-services';

/** The dev server's demo service account (fake credentials, public on purpose). */
export const serviceAccount = { username: 'service@example.com', password: 'service-password-1' };

/** Adds a service-account profile `name` for `server` through the handlers. */
export async function addServiceProfile(t: IpcTestServices, server: DevServer, name = 'svc') {
  return valueOf(
    await invoke(t.handlers, 'addProfile', {
      profile: {
        name,
        serverUrl: server.url,
        method: 'service-account',
        clientId: 'default-client',
        clientType: 'confidential',
        clientSecret: '76211db5d8ea',
        kmsi: false,
        allowHttp: true,
      },
    }),
  );
}

/** Adds the profile and signs the service account in; returns the stored tokens. */
export async function signInServiceAccount(t: IpcTestServices, server: DevServer, name = 'svc') {
  await addServiceProfile(t, server, name);
  valueOf(
    await invoke(t.handlers, 'signInWithPassword', {
      profile: name,
      ...serviceAccount,
      kmsi: false,
    }),
  );
  const tokens = await t.services.tokens.load(name);
  if (tokens === undefined) throw new Error('sign-in stored no tokens');
  return tokens;
}
