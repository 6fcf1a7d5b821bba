/**
 * The command tree of `wallboard-token`, parsed with commander. Global options choose the
 * config directory and the profile; each command lives in its own module under commands/.
 */
import { Command } from 'commander';
import type { CliIo } from './io';
import { registerLoginCommands } from './commands/login';
import { registerProfileCommands } from './commands/profile';
import { registerSessionCommands } from './commands/session';
import { registerTokenCommand } from './commands/token';
import { CliContext } from './context';

/** Set by the build from package.json; `dev` when run from source. */
declare const __WALLBOARD_TOKEN_VERSION__: string | undefined;
const cliVersion =
  typeof __WALLBOARD_TOKEN_VERSION__ === 'string' ? __WALLBOARD_TOKEN_VERSION__ : 'dev';

/** The whole command tree, with output routed through `io` and errors thrown, not exited. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('wallboard-token')
    .description('Get OAuth tokens from a Wallboard server and keep them fresh.')
    .option('--config-dir <dir>', 'where profiles and tokens live (env WALLBOARD_TOKEN_CONFIG_DIR)')
    .option('-p, --profile <name>', 'the profile to use (env WALLBOARD_PROFILE)')
    .option('-v, --verbose', 'log what happens to stderr (never secrets)')
    .version(cliVersion, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });

  const context = new CliContext(program, io);
  registerProfileCommands(program, context);
  registerLoginCommands(program, context);
  registerTokenCommand(program, context);
  registerSessionCommands(program, context);

  for (const command of program.commands) inheritSettings(command, program);
  return program;
}

/** Subcommands throw instead of exiting and print through `io`, like the root. */
function inheritSettings(command: Command, root: Command): void {
  command.exitOverride().configureOutput(root.configureOutput());
  for (const child of command.commands) inheritSettings(child, root);
}
