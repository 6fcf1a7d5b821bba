/**
 * What each tray action and the global shortcut do, over the same IPC handlers the window
 * calls: copies go through the `copy` handler (same formats, same clipboard, same log line),
 * refreshes through `refreshNow`. No Electron here, so the routing is tested in Node.
 */
import { isWallboardError } from '../../core/errors';
import type { Logger } from '../../core/ports';
import type { FocusProfile, IpcError } from '../ipc/contract';
import type { IpcHandlers } from '../ipc/handlers/create-ipc-handlers';
import type { TrayAction } from './tray-menu';

/** A short message for the user: never a token, only names and error sentences. */
export interface UserNotice {
  title: string;
  body: string;
  /** The profile a click on the notice opens. */
  profile?: string;
}

export interface TrayActionDeps {
  handlers: Pick<IpcHandlers, 'copy' | 'refreshNow'>;
  /** Shows the window on this profile (focusProfile event). */
  showProfile(focus: FocusProfile): void;
  openWindow(): void;
  /** Flips start at login; resolves with the new state. */
  toggleStartAtLogin(): Promise<unknown>;
  quit(): void;
  notify(notice: UserNotice): void;
  /** The profile used when the shortcut names none: the only or the selected one. */
  defaultProfile(): string;
  logger: Logger;
}

/** Runs one tray action; failures become a notice, never a rejection. */
export function createTrayActions(deps: TrayActionDeps) {
  const copy = async (profile: string, format: 'token' | 'header'): Promise<boolean> => {
    const result = await deps.handlers.copy({ profile, format });
    if (result.ok) return true;
    deps.notify(failureNotice(`Could not copy from ${profile}`, result.error, profile));
    return false;
  };

  const run = async (action: TrayAction): Promise<void> => {
    switch (action.kind) {
      case 'copy':
        await copy(action.profile, action.format);
        return;
      case 'refresh':
        // A failure shows up as the session's lastError: the notifications report it once.
        await deps.handlers.refreshNow({ profile: action.profile });
        return;
      case 'sign-in':
        deps.showProfile({ profile: action.profile, reason: 'sign-in' });
        return;
      case 'open':
        deps.openWindow();
        return;
      case 'toggle-start-at-login':
        await deps.toggleStartAtLogin().catch((error: unknown) => {
          deps.notify({
            title: 'Could not change start at login',
            body: isWallboardError(error) ? error.message : 'The log file has the details.',
          });
          deps.logger.warn('could not change start at login', { error });
        });
        return;
      case 'quit':
        deps.quit();
        return;
    }
  };

  /** The global shortcut: copies the access token of `profile`, else of the default profile. */
  const copyForShortcut = async (profile: string | undefined): Promise<void> => {
    let name: string;
    try {
      name = profile ?? deps.defaultProfile();
    } catch (error) {
      // The store words "several profiles" for the command line; say what to do in the app.
      const body =
        isWallboardError(error) && error.code !== 'usage'
          ? error.message
          : 'Choose which profile the shortcut copies in Wallboard Token’s settings.';
      deps.notify({ title: 'Could not copy a token', body });
      return;
    }
    if (await copy(name, 'token')) {
      deps.notify({
        title: 'Token copied',
        body: `The access token of ${name} is on the clipboard.`,
        profile: name,
      });
    }
  };

  return { run, copyForShortcut };
}

function failureNotice(title: string, error: IpcError, profile: string): UserNotice {
  return { title, body: error.message, profile };
}
