/**
 * A `--print-token` launch, start to exit, without a window. If the app already runs, the
 * request goes to it through requestSingleInstanceLock and the answer comes back over the
 * launch's reply channel. Otherwise this process holds the lock, opens the app's own
 * encrypted store, answers (other launches meanwhile too), and exits. Glue: the decisions
 * live in the modules it calls.
 */
import { app } from 'electron';
import path from 'node:path';
import { exitCodeFor } from '../../core/exit-codes';
import { createAppLogger } from '../adapters/app-logger';
import { createAppServices } from '../services/app-services';
import { answerLaunch } from './answer-launch';
import {
  answerPrintToken,
  failureAnswer,
  type PrintTokenAnswer,
  type PrintTokenServices,
} from './answer-print-token';
import type { PrintTokenArgs, PrintTokenRequest } from './print-token-args';
import { printTokenMessage } from './print-token-message';
import { openReplyChannel } from './reply-channel';

/** Long enough for a refresh that waits on the network (30 s) and on another's lock. */
const replyTimeoutMs = 75_000;

const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** Runs the launch described by `args` and exits the process with the CLI's exit code. */
export function runPrintToken(args: Exclude<PrintTokenArgs, { kind: 'absent' }>): void {
  // No Dock icon for a script's request on macOS.
  app.dock?.hide();
  if (args.kind === 'help') return finish({ exitCode: 0, stdout: args.text });
  if (args.kind === 'invalid') {
    return finish({ exitCode: exitCodeFor('usage'), stderr: `error: ${args.message}` });
  }

  const { request } = args;
  openReplyChannel({ timeoutMs: replyTimeoutMs })
    .then(async (channel) => {
      const primary = app.requestSingleInstanceLock(
        printTokenMessage(request, channel.address, channel.nonce),
      );
      if (!primary) return finish(await channel.answer.finally(() => channel.close()));
      await channel.close();
      await answerAsPrimary(request);
    })
    .catch((error: unknown) => finish(failureAnswer(error, silentLogger)));
}

/**
 * No app is running: answer from the app's own store, in this process. Launches that arrive
 * meanwhile (scripts running in parallel) are answered too before the process exits; a plain
 * launch of the app then finds nothing to focus and quits.
 */
async function answerAsPrimary(request: PrintTokenRequest): Promise<void> {
  const state: { pending: number; own?: PrintTokenAnswer } = { pending: 0 };
  const finishWhenDone = () => {
    if (state.own !== undefined && state.pending === 0) finish(state.own);
  };

  const services = app.whenReady().then(openHeadlessServices);
  // Never rejects: a failure to open is answered per request below.
  services.catch(() => undefined);
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    state.pending += 1;
    void services
      .then((opened) => answerLaunch(data, opened))
      .catch(() => false)
      .finally(() => {
        state.pending -= 1;
        finishWhenDone();
      });
  });

  state.own = await services.then(
    (opened) => answerPrintToken(request, opened),
    (error: unknown) => failureAnswer(error, silentLogger),
  );
  finishWhenDone();
}

/** The app's services without a window; logs go to the log file only. */
async function openHeadlessServices(): Promise<PrintTokenServices> {
  const configDir = app.getPath('userData');
  // The log file only: stdout belongs to the token, stderr to the error line.
  const { logger, filePath } = createAppLogger({
    logDir: path.join(configDir, 'logs'),
    level: 'info',
    console: false,
  });
  const services = await createAppServices({
    configDir,
    logger,
    logFilePath: filePath,
    emit: () => undefined,
  });
  return { sessions: services.sessions, profiles: services.profileStore, logger };
}

/** Prints the answer and exits once both streams have flushed. */
function finish(answer: PrintTokenAnswer): void {
  const write = (stream: NodeJS.WriteStream, text: string | undefined) =>
    new Promise<void>((resolve) => {
      if (text === undefined) resolve();
      else stream.write(`${text}\n`, () => resolve());
    });
  void Promise.all([
    write(process.stdout, answer.stdout),
    write(process.stderr, answer.stderr),
  ]).finally(() => app.exit(answer.exitCode));
}
