/**
 * Keeps a file that cannot be read: renames it to `NAME.broken-TIMESTAMP` so a fresh one can
 * start, without ever overwriting an earlier broken copy.
 */
import { constants, copyFileSync, linkSync, unlinkSync } from 'node:fs';

/** Moves `file` to `file.broken-<ISO time>` (`-2`, `-3`... if taken); returns the new path. */
export function moveAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  for (let n = 1; ; n += 1) {
    const target = `${file}.broken-${stamp}${n === 1 ? '' : `-${n}`}`;
    if (placeWithoutOverwrite(file, target)) {
      unlinkSync(file);
      return target;
    }
  }
}

/** Puts a copy of `file` at `target` unless `target` exists; rename would replace it. */
function placeWithoutOverwrite(file: string, target: string): boolean {
  try {
    linkSync(file, target);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'ENOSYS'].includes(codeOf(error))) throw error;
  }
  // Some file systems (FAT, some network shares) have no hard links.
  try {
    copyFileSync(file, target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
