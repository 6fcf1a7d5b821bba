/**
 * Sign-in and session lifecycle calls. A browser sign-in stays pending while the user is in
 * the browser; its progress goes out as `loginProgress` events and it can be cancelled.
 */
import { WallboardTokenError } from '../../../core/errors';
import type { SessionStatus } from '../../../core/session/session-status';
import { ipcCalls } from '../contract';
import { handler, ipcErrorOf, type IpcHandler } from './result';
import type { IpcServices } from './services';

type SignInCalls =
  | 'signInWithBrowser'
  | 'cancelSignIn'
  | 'copySignInLink'
  | 'signInWithPassword'
  | 'refreshNow'
  | 'signOut';

interface PendingSignIn {
  controller: AbortController;
  authorizationUrl?: string;
}

/** Handlers for signing in and out and refreshing. */
export function signInHandlers(services: IpcServices): Record<SignInCalls, IpcHandler> {
  const { sessions, profiles, clientSecrets, clipboard, emit, logger } = services;
  const pending = new Map<string, PendingSignIn>();

  const browserSignIn = async (profile: string): Promise<SessionStatus> => {
    await profiles.get(profile);
    // A second click supersedes the first attempt: its listener closes, its port frees.
    pending.get(profile)?.controller.abort();
    const attempt: PendingSignIn = { controller: new AbortController() };
    pending.set(profile, attempt);

    try {
      const status = await sessions.signInWithBrowser(profile, {
        signal: attempt.controller.signal,
        onAuthorizationUrl: (authorizationUrl) => {
          attempt.authorizationUrl = authorizationUrl;
          emit('loginProgress', { profile, stage: 'waiting-for-browser', authorizationUrl });
        },
      });
      emit('loginProgress', { profile, stage: 'completed', status });
      return status;
    } catch (error) {
      emit('loginProgress', { profile, stage: 'failed', error: ipcErrorOf(error) });
      throw error;
    } finally {
      if (pending.get(profile) === attempt) pending.delete(profile);
    }
  };

  return {
    signInWithBrowser: handler(
      'signInWithBrowser',
      ipcCalls.signInWithBrowser.input,
      ({ profile }) => browserSignIn(profile),
      logger,
    ),

    cancelSignIn: handler(
      'cancelSignIn',
      ipcCalls.cancelSignIn.input,
      async ({ profile }) => {
        const attempt = pending.get(profile);
        attempt?.controller.abort();
        return { cancelled: attempt !== undefined };
      },
      logger,
    ),

    copySignInLink: handler(
      'copySignInLink',
      ipcCalls.copySignInLink.input,
      async ({ profile }) => {
        const url = pending.get(profile)?.authorizationUrl;
        if (url === undefined) {
          throw new WallboardTokenError(
            'usage',
            `No browser sign-in is waiting for profile '${profile}'. Start the sign-in first.`,
            { profile },
          );
        }
        clipboard.writeText(url);
        return { copied: true as const };
      },
      logger,
    ),

    signInWithPassword: handler(
      'signInWithPassword',
      ipcCalls.signInWithPassword.input,
      async (input) => {
        const profile = await profiles.get(input.profile);
        // A client chosen in the sign-in form (the pre-filled default client or another)
        // becomes the profile's client, so refreshes use the same one.
        if (input.clientId !== undefined || input.clientSecret !== undefined) {
          const clientId = input.clientId ?? profile.clientId;
          const clientType = input.clientSecret === undefined ? profile.clientType : 'confidential';
          await profiles.update({ ...profile, clientId, clientType });
          if (input.clientSecret !== undefined) {
            await clientSecrets.write(profile.name, input.clientSecret);
          }
        }
        return sessions.signInWithPassword(profile.name, {
          username: input.username,
          password: input.password,
          totp: input.totp,
          kmsi: input.kmsi,
        });
      },
      logger,
    ),

    refreshNow: handler(
      'refreshNow',
      ipcCalls.refreshNow.input,
      async ({ profile }) => {
        await sessions.refresh(profile);
        return sessions.status(profile);
      },
      logger,
    ),

    signOut: handler(
      'signOut',
      ipcCalls.signOut.input,
      async ({ profile }) => {
        pending.get(profile)?.controller.abort();
        await sessions.signOut(profile);
        return sessions.status(profile);
      },
      logger,
    ),
  };
}
