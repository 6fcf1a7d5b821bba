/**
 * A JSON map of strings in a file only its owner can read (0600, in a 0700 directory), written
 * atomically under a file lock. The plain and the encrypted file stores keep their entries here.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { WallboardTokenError } from '../errors';
import type { Clock, Logger } from '../ports';
import { systemClock } from '../ports';
import { withFileLock } from './file-lock';
import { moveAside } from './move-aside';

const fileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.string()),
});

type Entries = Record<string, string>;

/** A secrets file: read without a lock (writes are atomic), changed under one. */
export class SecretFile {
  /** Serialises this process's changes so they do not wait on each other's file lock. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The entry under `key`, if any. */
  async read(key: string): Promise<string | undefined> {
    const entries = await this.#load(false);
    return Object.hasOwn(entries, key) ? entries[key] : undefined;
  }

  /** Sets or (with `undefined`) deletes one entry; returns whether the file changed. */
  async change(key: string, value: string | undefined): Promise<boolean> {
    const run = async () => {
      await mkdir(path.dirname(this.path), { recursive: true, mode: 0o700 });
      return withFileLock(this.path, () => this.#changeLocked(key, value), {
        logger: this.logger,
        busyMessage: `Another wallboard-token process is writing ${this.path}; try again.`,
      });
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #changeLocked(key: string, value: string | undefined): Promise<boolean> {
    const entries = await this.#load(true);
    if (value === undefined) {
      if (!Object.hasOwn(entries, key)) return false;
      delete entries[key];
    } else {
      entries[key] = value;
    }
    await this.#writeAtomically(JSON.stringify({ version: 1, entries }, null, 2));
    return true;
  }

  /** The entries; a broken file reads as empty, and is moved aside only under the lock. */
  async #load(moveBroken: boolean): Promise<Entries> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return {};
      throw this.#failure(`Cannot read ${this.path}; check its permissions.`, error);
    }
    const parsed = fileSchema.safeParse(parseJson(text));
    if (parsed.success) return { ...parsed.data.entries };

    if (!moveBroken) {
      this.logger.warn('The secrets file could not be read; its secrets are ignored.', {
        file: this.path,
      });
      return {};
    }
    // Keep the unreadable file (it may hold the only copy of a secret) and start afresh:
    // the worst case is signing in again.
    const brokenPath = moveAside(this.path, this.clock.now());
    this.logger.warn(
      'The secrets file could not be read; it was moved aside and a fresh one started.',
      {
        file: this.path,
        brokenPath,
      },
    );
    return {};
  }

  async #writeAtomically(text: string): Promise<void> {
    const temp = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      // The umask may have narrowed the mode; make it exactly owner read-write.
      await chmod(temp, 0o600);
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw this.#failure(`Cannot write ${this.path}; check the directory's permissions.`, error);
    }
  }

  #failure(message: string, cause: unknown): WallboardTokenError {
    return new WallboardTokenError('secret_store_failed', message, { cause });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
