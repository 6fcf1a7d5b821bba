/**
 * The shape of `config.json`: profiles, the selected profile and app settings, versioned.
 * The same schema serves conf in the CLI and electron-store in the app.
 */
import type { Options, Schema } from 'conf';
import { WallboardTokenError, isWallboardError } from '../errors';
import type { Profile } from '../profile/profile';
import { parseProfileInput, profileJsonSchema } from '../profile/validate-profile';
import type { LogLevel } from '../logging/logger';

/** The settings format this code writes. Bump it, with a migration, when the shape changes. */
export const configSchemaVersion = 1;

/** App settings. Unknown keys are kept, so a newer app's settings survive an older CLI. */
export type AppSettings = {
  /** The app's log level. */
  logLevel?: LogLevel;
  /** Desktop notifications for expiring sessions and failed refreshes. */
  notifications?: boolean;
  /** Start the app when the user logs in. */
  launchAtLogin?: boolean;
  [key: string]: unknown;
};

/** Everything in `config.json`. No secret is ever stored here. */
export type ConfigData = {
  schemaVersion: number;
  profiles: Record<string, Profile>;
  /** The profile chosen with `profile use`. */
  selectedProfile?: string;
  settings: AppSettings;
};

/** The conf options the profile store needs; an electron-store takes them too (configName as name). */
export type ConfigConfOptions = Options<ConfigData> & {
  cwd: string;
  configName: string;
  defaults: ConfigData;
};

/** A conf or electron-store instance: the store reads the file on `store` and writes on assignment. */
export interface ConfLike {
  readonly path: string;
  store: ConfigData;
}

/** Builds the conf instance; the Electron shell passes one that builds an electron-store. */
export type ConfFactory = (options: ConfigConfOptions) => ConfLike;

/** The conf options for `config.json` in `configDir`. */
export function configConfOptions(configDir: string): ConfigConfOptions {
  const schema: Schema<ConfigData> = {
    schemaVersion: { type: 'integer', minimum: 1 },
    profiles: {
      type: 'object',
      additionalProperties: profileJsonSchema() as Schema<ConfigData>['profiles'],
    },
    selectedProfile: { type: 'string' },
    settings: {
      type: 'object',
      properties: {
        logLevel: { enum: ['debug', 'info', 'warn', 'error'] },
        notifications: { type: 'boolean' },
        launchAtLogin: { type: 'boolean' },
      },
    },
  };
  return {
    cwd: configDir,
    configName: 'config',
    fileExtension: 'json',
    schema,
    defaults: { schemaVersion: configSchemaVersion, profiles: {}, settings: {} },
    // A broken file is moved aside by the profile store, never cleared.
    clearInvalidConfig: false,
    // Profile names contain dots.
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
    watch: false,
    // Checking our constant schema against the JSON Schema meta-schema costs ~150 ms on every
    // start; a test does it once instead (config-file.test.ts).
    ajvOptions: { validateSchema: false },
  };
}

/** Thrown for a file that parses and fits the JSON schema but holds an invalid profile. */
export class InvalidConfigError extends Error {
  override readonly name = 'InvalidConfigError';
}

/** True when conf or our own checks rejected the file's content (not when it could not be read). */
export function isBrokenConfigError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error instanceof SyntaxError ||
    error instanceof InvalidConfigError ||
    error.message.startsWith('Config schema violation')
  );
}

/**
 * Checks what the JSON schema cannot (each profile valid, normalised and filed under its name)
 * and fills what a file deleted behind conf's back lacks. Refuses a newer settings format.
 */
export function checkConfigData(data: Partial<ConfigData>, configPath: string): ConfigData {
  const version = data.schemaVersion ?? configSchemaVersion;
  if (version > configSchemaVersion) throw newerFormatError(configPath, version);

  const profiles = data.profiles ?? {};
  for (const [key, stored] of Object.entries(profiles)) {
    let profile: Profile;
    try {
      profile = parseProfileInput(stored);
    } catch (error) {
      if (!isWallboardError(error, 'invalid_profile')) throw error;
      throw new InvalidConfigError(`profile '${key}': ${error.message}`);
    }
    if (profile.name !== key) {
      throw new InvalidConfigError(`the profile filed under '${key}' is named '${profile.name}'`);
    }
  }
  return { ...data, schemaVersion: version, profiles, settings: data.settings ?? {} };
}

/** The error for a file written by a newer version: it is kept in place, not moved aside. */
export function newerFormatError(configPath: string, version: number): WallboardTokenError {
  return new WallboardTokenError(
    'config_unreadable',
    `${configPath} was written by a newer wallboard-token (settings format ${version}); ` +
      'update wallboard-token, or use another directory with --config-dir.',
  );
}

/** The settings format a file says it uses, if it says one; read before moving a file aside. */
export function declaredSchemaVersion(text: string): number | undefined {
  try {
    const version = (JSON.parse(text) as { schemaVersion?: unknown } | null)?.schemaVersion;
    return typeof version === 'number' ? version : undefined;
  } catch {
    return undefined;
  }
}
