/**
 * What a `--print-token` launch sends the running app (through requestSingleInstanceLock's
 * additionalData) and what comes back over its reply channel. Both arrive as `unknown` from
 * another process and are checked here before anything acts on them. No Node, no Electron.
 */
import { z } from 'zod';
import { printTokenFormats, type PrintTokenRequest } from './print-token-args';
import type { PrintTokenAnswer } from './answer-print-token';

/** The reply channel's address: a socket in a fresh private temp folder, or a named pipe. */
const replyAddress = z
  .string()
  .max(512)
  .refine(isReplyAddress, 'is not a Wallboard Token reply channel');

/** 128 random bits, hex: the running app echoes it so the launch knows who answered. */
const nonce = z.string().regex(/^[0-9a-f]{32}$/);

/** The additionalData of a `--print-token` launch. */
export const printTokenMessageSchema = z.strictObject({
  printToken: z.strictObject({
    request: z.strictObject({
      profile: z.string().trim().min(1).max(64).optional(),
      format: z.enum(printTokenFormats),
    }),
    replyTo: replyAddress,
    nonce,
  }),
});
export type PrintTokenMessage = z.infer<typeof printTokenMessageSchema>;

/** The one line the running app writes back. */
export const printTokenReplySchema = z.strictObject({
  nonce,
  exitCode: z.number().int().min(0).max(255),
  stdout: z
    .string()
    .max(64 * 1024)
    .optional(),
  stderr: z
    .string()
    .max(16 * 1024)
    .optional(),
});
export type PrintTokenReply = z.infer<typeof printTokenReplySchema>;

/** The additionalData a launch sends. */
export function printTokenMessage(
  request: PrintTokenRequest,
  replyTo: string,
  replyNonce: string,
): PrintTokenMessage {
  return { printToken: { request, replyTo, nonce: replyNonce } };
}

/** The message if `data` is a well-formed print-token request, else undefined (a plain launch). */
export function readPrintTokenMessage(data: unknown): PrintTokenMessage | undefined {
  const parsed = printTokenMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The reply line for an answer. */
export function replyLine(replyNonce: string, answer: PrintTokenAnswer): string {
  return `${JSON.stringify({ nonce: replyNonce, ...answer } satisfies PrintTokenReply)}\n`;
}

/** Windows: a pipe whose name carries 128 random bits. */
const pipeAddress = /^\\\\\.\\pipe\\wallboard-token-reply-[0-9a-f]{32}$/;
/** Elsewhere: `reply.sock` in a folder made by mkdtemp with our prefix (mode 0700). */
const socketAddress = /^\/(?:[^\0]*\/)?wallboard-token-reply-[A-Za-z0-9]{6}\/reply\.sock$/;

/**
 * True for an address our own reply channel could have: the running app connects to nothing
 * else, whatever a launch claims.
 */
export function isReplyAddress(address: string): boolean {
  if (address.includes('..')) return false;
  return pipeAddress.test(address) || socketAddress.test(address);
}
