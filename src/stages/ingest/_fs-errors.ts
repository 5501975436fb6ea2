/** Plain words for file-system errors, for problems shown to users. */
import type { Stats } from 'node:fs';

const MESSAGES: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EISDIR', 'is a directory'],
  ['ENOTDIR', 'a part of the path is not a directory'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['ENAMETOOLONG', 'file name too long'],
  ['EMFILE', 'too many open files'],
  ['EIO', 'input/output error'],
]);

/** `permission denied`, `no such file or directory`, or the error's own message. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? MESSAGES.get(code) : undefined;
  if (known) return known;
  return error instanceof Error ? error.message : String(error);
}

/** What a non-regular, non-directory path is: `FIFO`, `socket`, `character device`... */
export function describeFileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isDirectory()) return 'directory';
  return 'special file';
}
