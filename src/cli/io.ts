/**
 * The streams a command reads and writes, passed in so that tests can run a command
 * in-process and read what it printed.
 */
import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';

/** A writable stream that may be a terminal. */
export type OutStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

/** Standard streams of one command run. */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin: NodeJS.ReadableStream;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** Writes `text` plus a newline, waiting for the stream to drain when it is full. */
export async function writeLine(stream: OutStream, text: string): Promise<void> {
  if (!stream.write(`${text}\n`)) await once(stream, 'drain');
}

/** Streams that keep what is written, for tests: `out()` and `err()` return it. */
export function memoryIo(stdinText = ''): CliIo & { out(): string; err(): string } {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const out = sink();
  const err = sink();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  return { stdout: out.stream, stderr: err.stream, stdin, out: out.text, err: err.text };
}
