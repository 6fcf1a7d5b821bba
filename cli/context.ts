/**
 * What every command needs: the global options, the services opened once from them, and
 * the profile the command is about.
 */
import type { Command } from 'commander';
import type { CliIo } from './io';
import { openCliServices, type CliServices } from './services';

export interface GlobalOptions {
  configDir?: string;
  profile?: string;
  verbose?: boolean;
}

/** Opens the services lazily, so `--help` and usage errors touch no file. */
export class CliContext {
  private services?: Promise<CliServices>;

  constructor(
    private readonly program: Command,
    readonly io: CliIo,
  ) {}

  get options(): GlobalOptions {
    return this.program.opts<GlobalOptions>();
  }

  open(): Promise<CliServices> {
    this.services ??= openCliServices({
      configDir: this.options.configDir,
      verbose: this.options.verbose === true,
      io: this.io,
    });
    return this.services;
  }

  /** --profile, else WALLBOARD_PROFILE, else the only profile, else the one chosen with `profile use`. */
  async profileName(): Promise<string> {
    const { profiles } = await this.open();
    return profiles.resolveProfileName(this.options.profile);
  }
}
