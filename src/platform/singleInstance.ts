// One tray per user: the first instance listens on a local socket (a named pipe on Windows) tied to
// the data folder; a second start connects, passes on what it was asked to do, and exits. The
// running instance answers with its process id, so that `quit` (the installer's upgrade and
// uninstall) can wait until the process has really ended and its files are free.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { DEFAULT_LANG, t, type Lang } from '../core/i18n.js';
import { isFileSystemError, writeErrorText } from './fileErrorText.js';

export type InstanceMessage = 'activate' | 'quit';
const MESSAGES: readonly InstanceMessage[] = ['activate', 'quit'];

export type InstanceLock =
  | { primary: true; release(): Promise<void> }
  | { primary: false };

export function instanceAddress(dataDir: string, platform = process.platform): string {
  const id = createHash('sha256').update(`${userInfo().username}\0${dataDir}`).digest('hex').slice(0, 16);
  if (platform === 'win32') return `\\\\.\\pipe\\kassavakt-${id}`;
  const inFolder = join(dataDir, 'kassavakt.sock');
  // Unix socket paths are limited to about 107 bytes; a deep data folder falls back to the temp folder.
  return Buffer.byteLength(inFolder) < 100 ? inFolder : join(tmpdir(), `kassavakt-${id}.sock`);
}

export interface AcquireOptions {
  /** What to tell a running instance; default 'activate'. */
  message?: InstanceMessage;
  /** The language of the UserError thrown when neither works. */
  lang?: Lang;
}

/**
 * Becomes the single instance, or tells the running one `message` and reports that it is not primary.
 * A socket file left behind by a crashed instance is detected (nobody answers) and replaced. Throws a
 * UserError when it can neither listen nor reach a running instance.
 */
export async function acquireInstance(
  dataDir: string,
  onMessage: (message: InstanceMessage) => void,
  { message = 'activate', lang = DEFAULT_LANG }: AcquireOptions = {},
): Promise<InstanceLock> {
  const address = instanceAddress(dataDir);
  if (process.platform !== 'win32') makeDataDir(dataDir, lang);
  for (let attempt = 0; attempt < 2; attempt++) {
    const server = createServer((socket) => receive(socket, onMessage));
    const listening = await listen(server, address);
    if (listening === true) {
      server.unref();
      return {
        primary: true,
        release: () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
          }),
      };
    }
    if (listening !== 'EADDRINUSE') throw new UserError(t(lang, 'tray.instance.cannotListen', { address, code: listening }));
    if ((await tell(address, message)) !== null) return { primary: false };
    // Nobody answered: a stale socket file from a crash.
    if (process.platform !== 'win32') rmSync(address, { force: true });
  }
  throw new UserError(t(lang, 'tray.instance.noAnswer', { address }));
}

/** The data folder (`--data`) is made first: one that cannot be is a line, not a stack trace. */
function makeDataDir(dataDir: string, lang: Lang): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new UserError(t(lang, 'output.dataDirUnusable', { dir: dataDir, reason: writeErrorText(error, lang) }));
  }
}

function listen(server: Server, address: string): Promise<true | string> {
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen(address, () => resolve(true));
  });
}

/**
 * Sends `message` and waits for the running instance's answer (its process id), or null when nobody
 * answered. One line each way, never a half-closed connection: a Windows named pipe has no half-close.
 */
function tell(address: string, message: InstanceMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let answer = '';
    let settled = false;
    const settle = (value: string | null) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    const socket = createConnection(address);
    socket.setEncoding('utf8');
    socket.setTimeout(2000);
    socket.once('connect', () => socket.write(`${message}\n`));
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const end = answer.indexOf('\n');
      if (end >= 0) {
        settle(answer.slice(0, end).trim());
        socket.end();
      } else if (answer.length > 64) socket.destroy();
    });
    socket.once('close', () => settle(null));
    socket.once('timeout', () => socket.destroy());
    socket.once('error', () => settle(null));
  });
}

function receive(socket: Socket, onMessage: (message: InstanceMessage) => void): void {
  let text = '';
  socket.setEncoding('utf8');
  socket.setTimeout(2000, () => socket.destroy());
  socket.on('data', (chunk: string) => {
    text += chunk;
    const end = text.indexOf('\n');
    if (end < 0) {
      if (text.length > 1024) socket.destroy();
      return;
    }
    socket.removeAllListeners('data');
    // The answer goes out before the message is acted on: `quit` may end this process soon after.
    socket.end(`${process.pid}\n`);
    const message = MESSAGES.find((known) => known === text.slice(0, end).trim());
    if (message) onMessage(message);
  });
  socket.on('error', () => undefined);
}

export type StopOutcome = 'stopped' | 'notRunning' | 'stillRunning';

/**
 * Asks the running instance to quit and waits until its process has ended (the installer must not
 * replace files it still holds). One that has not ended after `graceMs` is ended by force.
 */
export async function stopRunningInstance(dataDir: string, { graceMs = 15_000 } = {}): Promise<StopOutcome> {
  const answer = await tell(instanceAddress(dataDir), 'quit');
  if (answer === null) return 'notRunning';
  const pid = Number(answer);
  if (!Number.isSafeInteger(pid) || pid <= 0) return 'stillRunning';
  if (await processEnds(pid, graceMs)) return 'stopped';
  try {
    process.kill(pid);
  } catch {
    // Ended just now, or not ours to end: the next check tells.
  }
  return (await processEnds(pid, 5000)) ? 'stopped' : 'stillRunning';
}

async function processEnds(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
