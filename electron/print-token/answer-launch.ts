/**
 * The running app's side of `--print-token`: a second launch's additionalData, if it is a
 * token request, is answered over the launch's reply channel. Anything else is a plain
 * launch, which the caller answers by showing the window. Plain Node, tested in Node.
 */
import type { PrintTokenServices } from './answer-print-token';
import { answerPrintToken } from './answer-print-token';
import { readPrintTokenMessage } from './print-token-message';
import { sendReply } from './reply-channel';

/** Sends one reply; `sendReply` in the app, the same in tests (over a real socket). */
export type ReplySender = typeof sendReply;

/**
 * Answers `data` when it is a print-token request and resolves true; resolves false for
 * anything else. Never rejects: a launch that stopped listening is only logged.
 */
export async function answerLaunch(
  data: unknown,
  services: PrintTokenServices,
  send: ReplySender = sendReply,
): Promise<boolean> {
  const message = readPrintTokenMessage(data);
  if (message === undefined) return false;

  const { request, replyTo, nonce } = message.printToken;
  const answer = await answerPrintToken(request, services);
  try {
    await send(replyTo, nonce, answer);
  } catch (error) {
    services.logger.warn('could not answer a --print-token launch', { error });
  }
  return true;
}
