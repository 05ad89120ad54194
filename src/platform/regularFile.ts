// Reads a file the user named only when it is a regular file: a FIFO, a device or a socket would block
// the read (or never end), a folder cannot be read. Opened without waiting, so a FIFO with no writer is
// refused at once instead of hanging the command.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** A FIFO, device or socket; `code` is what readErrorText (fileErrorText.ts) words. */
class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
}

export function readRegularFile(path: string): string {
  // O_NONBLOCK does not exist on Windows, where opening a named pipe does not wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    if (!stat.isFile()) throw new NotRegularFileError(`${path} is not a regular file`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
