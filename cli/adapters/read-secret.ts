/**
 * Reads a password without it ever being an argument: the first line of stdin when asked,
 * or a prompt without echo on a terminal.
 */
import { createInterface } from 'node:readline';
import { WallboardTokenError } from '../../core/errors';

/** The first line of standard input, without its line ending. */
export async function readFirstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

/** A secret from stdin (`fromStdin`) or an echo-free prompt; refuses to hang on a pipe. */
export async function readSecret(label: string, fromStdin: boolean): Promise<string> {
  if (fromStdin) return readFirstLine();
  if (!process.stdin.isTTY) {
    throw new WallboardTokenError(
      'usage',
      `No terminal to ask for the ${label} on: pass --${label}-stdin and pipe it in.`,
    );
  }
  const { default: password } = await import('@inquirer/password');
  return password({ message: `${label[0]?.toUpperCase()}${label.slice(1)}:`, mask: false });
}
