/**
 * Profiles, the selected profile and app settings in `config.json`, through conf (CLI) or
 * electron-store (app). A file that cannot be read is moved aside and reported, never overwritten.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { WallboardTokenError } from '../errors';
import type { Clock, Logger } from '../ports';
import { systemClock } from '../ports';
import type { Profile } from '../profile/profile';
import type { ProfileInput } from '../profile/validate-profile';
import { parseProfileInput } from '../profile/validate-profile';
import type { AppSettings, ConfFactory, ConfigData, ConfLike } from './config-file';
import {
  checkConfigData,
  configConfOptions,
  configSchemaVersion,
  declaredSchemaVersion,
  isBrokenConfigError,
  newerFormatError,
} from './config-file';
import { moveAside } from './move-aside';

/** The environment variable naming the profile to use when no --profile is given. */
export const profileEnv = 'WALLBOARD_PROFILE';

/** What happened to a config file that could not be read: where it went and why. */
export interface ConfigRecovery {
  configPath: string;
  brokenPath: string;
  reason: string;
  /** One sentence for the user, safe to show: the file holds no secret. */
  notice: string;
}

/** Where the config lives, whom to tell about trouble, and how to build the conf instance. */
export interface ProfileStoreOptions {
  /** The config directory (see resolveConfigDir). */
  configDir: string;
  logger: Logger;
  /** The environment to read WALLBOARD_PROFILE from (default `process.env`). */
  env?: Record<string, string | undefined>;
  clock?: Clock;
  /** Builds the conf instance (default: conf itself); the app passes an electron-store factory. */
  createConf?: ConfFactory;
}

/** Fields a profile update may change; the name is fixed. */
export type ProfilePatch = Partial<Omit<ProfileInput, 'name'>>;

/** The default factory: a plain conf store. */
export const createConf: ConfFactory = (options) => new Conf<ConfigData>(options);

/** Profiles, selection and settings in one schema-versioned JSON file. */
export class ProfileStore {
  /** Set when a broken config file was moved aside while this store was open. */
  recovered: ConfigRecovery | undefined;

  readonly #configDir: string;
  readonly #logger: Logger;
  readonly #env: Record<string, string | undefined>;
  readonly #clock: Clock;
  readonly #createConf: ConfFactory;
  #conf: ConfLike;

  constructor(options: ProfileStoreOptions) {
    this.#configDir = options.configDir;
    this.#logger = options.logger;
    this.#env = options.env ?? process.env;
    this.#clock = options.clock ?? systemClock;
    this.#createConf = options.createConf ?? createConf;
    this.#conf = this.#open();
  }

  /** The path of `config.json`. */
  get path(): string {
    return this.#conf.path;
  }

  /** Every profile, sorted by name. */
  list(): Profile[] {
    return Object.values(this.#read().profiles).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The named profile; throws `profile_not_found` listing the profiles that exist. */
  get(name: string): Profile {
    const { profiles } = this.#read();
    const profile = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
    if (profile === undefined) throw this.#notFound(name, `Profile '${name}' does not exist`);
    return profile;
  }

  /** Validates and adds a profile; throws `invalid_profile` or `profile_exists`. */
  add(input: ProfileInput | unknown): Profile {
    const profile = parseProfileInput(input);
    const data = this.#read();
    if (Object.hasOwn(data.profiles, profile.name)) {
      throw new WallboardTokenError(
        'profile_exists',
        `Profile '${profile.name}' already exists; choose another name, or remove that profile first.`,
        { profile: profile.name },
      );
    }

    data.profiles[profile.name] = profile;
    this.#write(data);
    return profile;
  }

  /** Changes some fields of a profile, validating the result; returns the updated profile. */
  update(name: string, patch: ProfilePatch): Profile {
    const current = this.get(name);
    const profile = parseProfileInput({ ...current, ...patch, name });

    const data = this.#read();
    data.profiles[name] = profile;
    this.#write(data);
    return profile;
  }

  /** Removes a profile, and the selection if it was selected. Its secrets are the caller's job. */
  remove(name: string): void {
    this.get(name);
    const data = this.#read();
    delete data.profiles[name];
    if (data.selectedProfile === name) delete data.selectedProfile;
    this.#write(data);
  }

  /** The profile chosen with `profile use`, if it still exists. */
  selected(): string | undefined {
    const data = this.#read();
    const name = data.selectedProfile;
    return name !== undefined && Object.hasOwn(data.profiles, name) ? name : undefined;
  }

  /** Makes `name` the profile used when none is given; throws `profile_not_found`. */
  select(name: string): void {
    this.get(name);
    const data = this.#read();
    data.selectedProfile = name;
    this.#write(data);
  }

  /**
   * The profile to act on: `explicit` (--profile), else WALLBOARD_PROFILE, else the only
   * profile, else the selected one; throws `profile_not_found` or `usage` otherwise.
   */
  resolveProfileName(explicit?: string): string {
    if (explicit !== undefined && explicit !== '') return this.get(explicit).name;

    const fromEnv = this.#env[profileEnv];
    if (fromEnv !== undefined && fromEnv !== '') {
      if (!Object.hasOwn(this.#read().profiles, fromEnv)) {
        throw this.#notFound(
          fromEnv,
          `${profileEnv} names profile '${fromEnv}', which does not exist`,
        );
      }
      return fromEnv;
    }

    const names = this.list().map((p) => p.name);
    if (names.length === 1 && names[0] !== undefined) return names[0];
    const selected = this.selected();
    if (selected !== undefined) return selected;
    if (names.length === 0) {
      throw new WallboardTokenError(
        'usage',
        'No profile yet: add one with `wallboard-token profile add`.',
      );
    }
    throw new WallboardTokenError(
      'usage',
      `Several profiles exist (${names.join(', ')}): choose one with --profile NAME or ` +
        `${profileEnv}=NAME, or set a default with \`wallboard-token profile use NAME\`.`,
    );
  }

  /** The app settings. */
  settings(): AppSettings {
    return this.#read().settings;
  }

  /** Merges `patch` into the app settings and returns them. */
  updateSettings(patch: Partial<AppSettings>): AppSettings {
    const data = this.#read();
    data.settings = { ...data.settings, ...patch };
    this.#write(data);
    return data.settings;
  }

  #notFound(name: string, what: string): WallboardTokenError {
    const names = Object.keys(this.#read().profiles).sort();
    const hint =
      names.length === 0
        ? 'no profile exists yet; add one with `wallboard-token profile add`'
        : `profiles: ${names.join(', ')}`;
    return new WallboardTokenError('profile_not_found', `${what}; ${hint}.`, { profile: name });
  }

  /** Reads the file afresh (another process may have changed it), recovering if it broke. */
  #read(): ConfigData {
    try {
      return checkConfigData(this.#conf.store, this.#configPath);
    } catch (error) {
      this.#conf = this.#recover(error);
      return checkConfigData(this.#conf.store, this.#configPath);
    }
  }

  #write(data: ConfigData): void {
    this.#conf.store = { ...data, schemaVersion: configSchemaVersion };
  }

  #open(): ConfLike {
    const options = configConfOptions(this.#configDir);
    try {
      const conf = this.#createConf(options);
      checkConfigData(conf.store, this.#configPath);
      return conf;
    } catch (error) {
      return this.#recover(error);
    }
  }

  /** Moves a broken file aside and starts a fresh store; rethrows anything else. */
  #recover(error: unknown): ConfLike {
    const configPath = this.#configPath;
    if (error instanceof WallboardTokenError) throw error;
    if (!isBrokenConfigError(error)) {
      throw new WallboardTokenError(
        'config_unreadable',
        `Cannot read or write ${configPath}; check its permissions, or use another directory with --config-dir.`,
        { cause: error },
      );
    }
    refuseNewerFormat(configPath);

    const brokenPath = moveAside(configPath, this.#clock.now());
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    this.recovered = {
      configPath,
      brokenPath,
      reason,
      notice: `${configPath} could not be read (${reason}); it was moved to ${brokenPath} and a fresh one was started. To get your profiles back, fix that file and move it back to ${configPath}.`,
    };
    this.#logger.warn(
      'The config file could not be read; it was moved aside and a fresh one started. To get your profiles back, fix the moved file and move it back.',
      {
        configPath,
        brokenPath,
        reason,
      },
    );
    return this.#createConf(configConfOptions(this.#configDir));
  }

  get #configPath(): string {
    return path.join(this.#configDir, 'config.json');
  }
}

/** A file from a newer version is not broken: keep it in place and ask for an update. */
function refuseNewerFormat(configPath: string): void {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch {
    return;
  }
  const version = declaredSchemaVersion(text);
  if (version !== undefined && version > configSchemaVersion) {
    throw newerFormatError(configPath, version);
  }
}

/** Opens the profile store in `configDir`; check `recovered` to tell the user about a moved file. */
export function openProfileStore(options: ProfileStoreOptions): ProfileStore {
  return new ProfileStore(options);
}
