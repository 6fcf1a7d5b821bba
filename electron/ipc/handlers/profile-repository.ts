/**
 * Adapts the core's ProfileStore (conf in tests, electron-store in the app) to the handlers'
 * ProfileRepository. No Electron here, so tests build the handlers on a real store.
 */
import type { Profile } from '../../../core/profile/profile';
import { parseProfileInput } from '../../../core/profile/validate-profile';
import type { ProfileStore } from '../../../core/store/profile-store';
import type { ProfileRepository } from './services';

/** The handlers' view of `store`. */
export function profileRepository(store: ProfileStore): ProfileRepository {
  return {
    list: async () => store.list(),
    get: async (name) => store.get(name),
    add: async (profile) => void store.add(profile),
    update: async (profile) => void store.update(profile.name, replacing(profile)),
    remove: async (name) => store.remove(name),
    parse: parseProfileInput,
  };
}

/** A patch that replaces every field: optional ones left out of `profile` are cleared. */
function replacing({ name: _name, ...fields }: Profile): Omit<Profile, 'name'> {
  return { redirectUri: undefined, ...fields };
}
