/**
 * The way back from the running app to a `--print-token` launch. Electron 45 has no reply to
 * requestSingleInstanceLock, so the launch listens on a channel of its own (a Unix socket in a
 * fresh 0700 temp folder, or a named pipe with a random name on Windows), names it in the
 * additionalData with a random nonce, and waits for one line carrying that nonce back.
 * Plain Node, tested in Node.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WallboardTokenError } from '../../core/errors';
import type { PrintTokenAnswer } from './answer-print-token';
import { printTokenReplySchema, replyLine } from './print-token-message';

/** A reply is one short line; anything longer is not ours. */
const maxReplyBytes = 128 * 1024;

/** The launch's end: where to answer, the nonce to echo, and the answer once it comes. */
export interface ReplyChannel {
  readonly address: string;
  readonly nonce: string;
  /** Resolves with the first reply carrying the nonce; rejects on timeout. */
  readonly answer: Promise<PrintTokenAnswer>;
  close(): Promise<void>;
}

/** Listens for the running app's reply; `timeoutMs` bounds the wait (refreshes included). */
export async function openReplyChannel(options: {
  timeoutMs: number;
  platform?: NodeJS.Platform;
}): Promise<ReplyChannel> {
  const platform = options.platform ?? process.platform;
  const nonce = randomBytes(16).toString('hex');
  const folder =
    platform === 'win32' ? undefined : await mkdtemp(path.join(tmpdir(), 'wallboard-token-reply-'));
  const address =
    folder === undefined
      ? `\\\\.\\pipe\\wallboard-token-reply-${randomBytes(16).toString('hex')}`
      : path.join(folder, 'reply.sock');

  const server = createServer();
  let settle: { resolve(a: PrintTokenAnswer): void; reject(e: Error): void } | undefined;
  const answer = new Promise<PrintTokenAnswer>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const timer = setTimeout(() => {
    settle?.reject(
      new WallboardTokenError(
        'internal',
        `The running Wallboard Token did not answer within ${Math.round(options.timeoutMs / 1000)} s.`,
      ),
    );
  }, options.timeoutMs);
  timer.unref();

  server.on('connection', (socket) => {
    readLine(socket)
      .then((line) => {
        const reply = parseReply(line, nonce);
        if (reply !== undefined) settle?.resolve(reply);
      })
      .catch(() => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A socket file takes the umask; its folder, made by mkdtemp, is 0700 anyway.
    server.listen({ path: address, readableAll: false, writableAll: false }, () => resolve());
  });

  const close = async () => {
    clearTimeout(timer);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  };
  return { address, nonce, answer, close };
}

/** The running app's end: writes one answer to a launch's channel and hangs up. */
export function sendReply(
  address: string,
  nonce: string,
  answer: PrintTokenAnswer,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path: address });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('the launch stopped listening')));
    socket.once('error', reject);
    socket.once('connect', () => socket.end(replyLine(nonce, answer)));
    socket.once('close', (hadError) => {
      if (!hadError) resolve();
    });
  });
}

/** The first line a connection sends, capped in size; the connection closes after it. */
function readLine(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\n');
      if (end !== -1) {
        socket.end();
        resolve(received.slice(0, end));
      } else if (received.length > maxReplyBytes) {
        socket.destroy();
        reject(new Error('reply too long'));
      }
    });
    socket.once('end', () => reject(new Error('closed without a reply')));
    socket.once('error', reject);
  });
}

/** The answer in `line` when it is well formed and carries our nonce; else undefined. */
export function parseReply(line: string, nonce: string): PrintTokenAnswer | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = printTokenReplySchema.safeParse(data);
  if (!parsed.success) return undefined;
  const expected = Buffer.from(nonce);
  const got = Buffer.from(parsed.data.nonce);
  if (expected.length !== got.length || !timingSafeEqual(expected, got)) return undefined;

  const { exitCode, stdout, stderr } = parsed.data;
  return {
    exitCode,
    ...(stdout === undefined ? {} : { stdout }),
    ...(stderr === undefined ? {} : { stderr }),
  };
}
