/**
 * Where profiles, settings, locks and (without a keyring) secrets live: one directory,
 * readable by the user only.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import envPaths from 'env-paths';
import { WallboardTokenError } from '../errors';

/** The environment variable that overrides the config directory. */
export const configDirEnv = 'WALLBOARD_TOKEN_CONFIG_DIR';

/** Where the config directory may come from, highest priority first. */
export interface ConfigDirOptions {
  /** The `--config-dir` flag, when given. */
  flag?: string;
  /** The environment to read `WALLBOARD_TOKEN_CONFIG_DIR` from (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** `--config-dir`, else WALLBOARD_TOKEN_CONFIG_DIR, else the OS config dir; created with mode 0700. */
export function resolveConfigDir(options: ConfigDirOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.flag !== undefined && options.flag.trim() === '') {
    throw new WallboardTokenError(
      'usage',
      '--config-dir needs a directory, for example ./wb-config.',
    );
  }
  const chosen =
    options.flag ??
    nonEmpty(env[configDirEnv]) ??
    envPaths('wallboard-token', { suffix: '' }).config;
  const dir = path.resolve(chosen);

  try {
    // Only directories created here get 0700; an existing one the user chose is left as it is.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new WallboardTokenError(
      'config_unreadable',
      `Cannot create the config directory ${dir}; choose another with --config-dir or ${configDirEnv}.`,
      { cause: error },
    );
  }
  return dir;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
