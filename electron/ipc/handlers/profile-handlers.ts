/**
 * Profile calls: list, read, add, update, remove, and a redirect URI to register. The client
 * secret goes to the vault and never comes back; the renderer only learns that one is stored.
 */
import { WallboardTokenError } from '../../../core/errors';
import {
  ephemeralRedirect,
  sessionBindingChanged,
  type Profile,
} from '../../../core/profile/profile';
import { ipcCalls, type ProfileEntry, type ProfileInput } from '../contract';
import { handler, type IpcHandler } from './result';
import type { IpcServices } from './services';

type ProfileCalls =
  | 'listProfiles'
  | 'getProfile'
  | 'addProfile'
  | 'updateProfile'
  | 'removeProfile'
  | 'suggestRedirectUri';

/** Handlers for the profile calls. */
export function profileHandlers(services: IpcServices): Record<ProfileCalls, IpcHandler> {
  const { profiles, clientSecrets, sessions, logger } = services;

  const entryOf = async (profile: Profile): Promise<ProfileEntry> => ({
    profile,
    hasClientSecret: await clientSecrets.has(profile.name),
    status: await sessions.status(profile.name),
  });

  /** Stores or drops the secret to match the client type; `undefined` keeps the stored one. */
  const syncSecret = async (profile: Profile, secret: string | undefined): Promise<void> => {
    if (profile.clientType === 'public') await clientSecrets.remove(profile.name);
    else if (secret !== undefined) await clientSecrets.write(profile.name, secret);
  };

  return {
    listProfiles: handler(
      'listProfiles',
      ipcCalls.listProfiles.input,
      async () => {
        const all = await profiles.list();
        const sorted = [...all].sort((a, b) => a.name.localeCompare(b.name));
        return Promise.all(sorted.map(entryOf));
      },
      logger,
    ),

    getProfile: handler(
      'getProfile',
      ipcCalls.getProfile.input,
      async ({ profile }) => entryOf(await profiles.get(profile)),
      logger,
    ),

    addProfile: handler(
      'addProfile',
      ipcCalls.addProfile.input,
      async (input) => {
        const { profile, secret } = parseInput(services, input.profile);
        await profiles.add(profile);
        await syncSecret(profile, secret);
        logger.info('added a profile', { profile: profile.name });
        return entryOf(profile);
      },
      logger,
    ),

    updateProfile: handler(
      'updateProfile',
      ipcCalls.updateProfile.input,
      async (input) => {
        const { profile, secret } = parseInput(services, input.profile);
        const before = await profiles.get(profile.name);
        const needsSecret = profile.clientType === 'confidential' && secret === undefined;
        if (needsSecret && !(await clientSecrets.has(profile.name))) {
          throw new WallboardTokenError(
            'invalid_profile',
            'Enter the client secret: confidential clients need one.',
            { profile: profile.name },
          );
        }
        // Tokens belong to the server and client that issued them: moving the profile to
        // another one signs it out first, so no token is ever sent to the new place.
        if (sessionBindingChanged(before, profile)) await sessions.signOut(profile.name);
        await profiles.update(profile);
        await syncSecret(profile, secret);
        logger.info('updated a profile', { profile: profile.name });
        return entryOf(profile);
      },
      logger,
    ),

    removeProfile: handler(
      'removeProfile',
      ipcCalls.removeProfile.input,
      async ({ profile }) => {
        await profiles.get(profile);
        await sessions.signOut(profile);
        await clientSecrets.remove(profile);
        await profiles.remove(profile);
        logger.info('removed a profile', { profile });
        return { removed: profile };
      },
      logger,
    ),

    suggestRedirectUri: handler(
      'suggestRedirectUri',
      ipcCalls.suggestRedirectUri.input,
      async () => {
        const port = await services.freeLoopbackPort();
        return { redirectUri: `http://${ephemeralRedirect.host}:${port}${ephemeralRedirect.path}` };
      },
      logger,
    ),
  };
}

/** Splits the form's input into the profile (checked by the core) and the secret. */
function parseInput(
  services: IpcServices,
  input: ProfileInput,
): { profile: Profile; secret: string | undefined } {
  const { clientSecret, ...fields } = input;
  // An empty optional field in the form means "use the default", as if left out.
  const filled = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  return { profile: services.profiles.parse(filled), secret: clientSecret };
}
