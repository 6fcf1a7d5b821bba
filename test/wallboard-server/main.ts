/**
 * `npm run dev-server`: runs the Wallboard-compatible dev server on 127.0.0.1 until Ctrl+C,
 * so people can try the app and the CLI without a real Wallboard.
 */
import { banner, parseDevServerArgs, usage } from './cli-options';
import { startWallboardServer } from './server';

const parsed = parseDevServerArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(usage);
  process.exit(0);
}
if (parsed.kind === 'error') {
  console.error(`dev-server: ${parsed.message}\n\n${usage}`);
  process.exit(2);
}

let server;
try {
  server = await startWallboardServer(parsed.options);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EADDRINUSE'
      ? `port ${parsed.options.port} is in use; pick another with --port N (0 picks a free one)`
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`dev-server: could not start: ${reason}`);
  process.exit(1);
}
console.log(banner(server.url, Date.now()));

const running = server;
const stop = (signal: NodeJS.Signals) => {
  console.log(`\n${signal}: stopping the dev server`);
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
