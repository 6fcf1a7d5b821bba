/**
 * Calls about the app itself: secret protection on this machine, the log file, and links
 * opened in the system browser (http and https only).
 */
import { WallboardTokenError } from '../../../core/errors';
import { ipcCalls } from '../contract';
import { isExternalUrlAllowed } from '../../window/navigation-guard';
import { handler, type IpcHandler } from './result';
import type { IpcServices } from './services';

type AppCalls = 'getEnvironment' | 'acceptWeakProtection' | 'openLogFile' | 'openExternal';

/** Handlers for environment, log file and external links. */
export function appHandlers(services: IpcServices): Record<AppCalls, IpcHandler> {
  const { environment, logger } = services;

  return {
    getEnvironment: handler(
      'getEnvironment',
      ipcCalls.getEnvironment.input,
      () => environment.info(),
      logger,
    ),

    acceptWeakProtection: handler(
      'acceptWeakProtection',
      ipcCalls.acceptWeakProtection.input,
      async () => {
        const info = await environment.acceptWeakProtection();
        logger.warn('the user accepted weak secret protection on this machine', {
          protection: info.protection.kind,
        });
        return info;
      },
      logger,
    ),

    openLogFile: handler(
      'openLogFile',
      ipcCalls.openLogFile.input,
      async () => {
        const { logFilePath } = await environment.info();
        await services.openPath(logFilePath);
        return { opened: true as const };
      },
      logger,
    ),

    openExternal: handler(
      'openExternal',
      ipcCalls.openExternal.input,
      async ({ url }) => {
        if (!isExternalUrlAllowed(url)) {
          throw new WallboardTokenError('usage', 'Only http and https links can be opened.');
        }
        await services.openExternal(url);
        return { opened: true as const };
      },
      logger,
    ),
  };
}
