/**
 * The `wallboard-token` command: parses arguments, runs one command, and turns any failure
 * into one `error:` line on stderr and the documented exit code.
 */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2));
