/**
 * Profiles and settings for the app: the core's ProfileStore (same schema, same checks, same
 * move-aside of a broken file as the CLI) over electron-store instead of conf.
 */
import ElectronStore from 'electron-store';
import type { Logger } from '../../core/ports';
import type { ConfFactory, ConfigData } from '../../core/store/config-file';
import { ProfileStore } from '../../core/store/profile-store';

/** electron-store calls conf's `configName` `name`; everything else passes through. */
const createElectronStore: ConfFactory = ({ configName, ...options }) =>
  new ElectronStore<ConfigData>({ ...options, name: configName });

/** The profile store in `configDir` (the app's userData folder unless overridden). */
export function openAppProfileStore(configDir: string, logger: Logger): ProfileStore {
  return new ProfileStore({ configDir, logger, createConf: createElectronStore });
}
