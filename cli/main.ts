/**
 * The `wallboard-token` command: parses arguments, runs one command, and turns any failure
 * into one `error:` line on stderr and the documented exit code.
 */
import { runCli } from './run';

// A reader that closed early (`| head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2));
// Exit once the output is flushed, even if a connection (a proxy that never answered, a
// keep-alive socket) would keep the event loop running.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
