import { stat } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isReplyAddress } from '../../../electron/print-token/print-token-message';
import {
  openReplyChannel,
  parseReply,
  sendReply,
  type ReplyChannel,
} from '../../../electron/print-token/reply-channel';

/** Writes raw text to the channel, as a stranger on the same machine could. */
function writeRaw(address: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path: address }, () => socket.end(text));
    socket.once('close', () => resolve());
    socket.once('error', reject);
  });
}

describe('reply channel', () => {
  let channel: ReplyChannel | undefined;
  afterEach(async () => {
    await channel?.close();
    channel = undefined;
  });

  it('listens at an address the running app accepts, in a folder only the user can enter', async () => {
    channel = await openReplyChannel({ timeoutMs: 60_000 });

    expect(isReplyAddress(channel.address)).toBe(true);
    expect(channel.nonce).toMatch(/^[0-9a-f]{32}$/);
    const folder = await stat(path.dirname(channel.address));
    expect(folder.mode & 0o777).toBe(0o700);
  });

  it('delivers the answer sent with its nonce', async () => {
    channel = await openReplyChannel({ timeoutMs: 60_000 });
    await sendReply(channel.address, channel.nonce, { exitCode: 0, stdout: 'token-text' });

    await expect(channel.answer).resolves.toEqual({ exitCode: 0, stdout: 'token-text' });
  });

  it('ignores replies without its nonce or not well formed, and takes the right one after', async () => {
    channel = await openReplyChannel({ timeoutMs: 60_000 });
    await sendReply(channel.address, 'f'.repeat(32), { exitCode: 0, stdout: 'forged' });
    await writeRaw(channel.address, 'not json\n');
    await writeRaw(channel.address, `${JSON.stringify({ nonce: channel.nonce, exitCode: 'x' })}\n`);
    await sendReply(channel.address, channel.nonce, { exitCode: 3, stderr: 'error: sign in' });

    await expect(channel.answer).resolves.toEqual({ exitCode: 3, stderr: 'error: sign in' });
  });

  it('gives up when nobody answers in time', async () => {
    channel = await openReplyChannel({ timeoutMs: 1 });

    await expect(channel.answer).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('did not answer'),
    });
  });

  it('removes its folder when closed', async () => {
    const opened = await openReplyChannel({ timeoutMs: 60_000 });
    await opened.close();

    await expect(stat(path.dirname(opened.address))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('parseReply', () => {
  const nonce = 'a'.repeat(32);

  it('keeps exit code and output, drops the nonce', () => {
    const line = JSON.stringify({ nonce, exitCode: 2, stderr: 'error: usage' });
    expect(parseReply(line, nonce)).toEqual({ exitCode: 2, stderr: 'error: usage' });
  });

  it.each([
    ['another nonce', JSON.stringify({ nonce: 'b'.repeat(32), exitCode: 0 })],
    ['an exit code out of range', JSON.stringify({ nonce, exitCode: 300 })],
    ['an unknown field', JSON.stringify({ nonce, exitCode: 0, run: 'rm -rf' })],
    ['no JSON', 'hello'],
  ])('refuses %s', (_what, line) => {
    expect(parseReply(line, nonce)).toBeUndefined();
  });
});
