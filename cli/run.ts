/**
 * Runs the CLI once: builds the command tree, parses, and maps failures to one `error:`
 * line and an exit code. Returns the exit code instead of exiting, so tests can call it.
 */
import { CommanderError } from 'commander';
import { isWallboardError, type ErrorCode } from '../core/errors';
import { redactText } from '../core/logging/logger';
import { exitCodeFor, exitCodes } from '../core/exit-codes';
import { processIo, type CliIo } from './io';
import { buildProgram } from './program';

/** Parses `argv` (without node and script), runs the command, returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io);
  }
}

/** What to run next, for failures the core words without knowing which host it runs in. */
const signInHint =
  ' Sign in with `wallboard-token login`, or `service-login` for a service account.';
const signInHints: Partial<Record<ErrorCode, string>> = {
  not_signed_in: signInHint,
  session_expired: signInHint,
};

/** File-system refusals on the config folder, said as what to do rather than as a crash. */
const fileSystemRefusals = new Set(['EACCES', 'EPERM', 'EROFS']);

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its own `error: ...` line or the help text.
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.configuration;
  }
  if (isWallboardError(error)) {
    const hint = signInHints[error.code] ?? '';
    io.err(`error: ${error.message}${hint}`);
    return exitCodeFor(error.code);
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && fileSystemRefusals.has(code)) {
    const path = (error as NodeJS.ErrnoException).path ?? 'the config folder';
    io.err(
      `error: cannot write ${path} (${code}). Make the config folder writable, or choose ` +
        'another with --config-dir.',
    );
    return exitCodes.configuration;
  }
  const message = error instanceof Error ? redactText(error.message) : 'unknown failure';
  io.err(`error: unexpected failure: ${message}. Run again with --verbose and report it.`);
  return exitCodes.other;
}
