/** Byte streams as readers use them: peek at the head, collect with a limit. */

/** Any stream of chunks: a file stream, stdin, or a test's array. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

/** The first bytes of a source, and the whole source again (head included) to read on. */
export interface Peeked {
  readonly head: Uint8Array;
  readonly all: AsyncIterable<Uint8Array>;
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

async function* replay(
  seen: readonly Uint8Array[],
  rest: AsyncIterator<Uint8Array | string>,
  done: boolean,
): AsyncGenerator<Uint8Array> {
  yield* seen;
  if (done) return;
  try {
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield toBytes(next.value);
  } finally {
    // Close the underlying stream when a consumer stops early.
    await rest.return?.();
  }
}

/**
 * Reads at least `bytes` bytes (fewer at the end of the input) without losing them:
 * `all` replays the head, then the rest of the source.
 */
export async function peekBytes(source: ByteSource, bytes: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = toBytes(next.value);
    seen.push(chunk);
    length += chunk.length;
  }
  return { head: Buffer.concat(seen).subarray(0, bytes), all: replay(seen, iterator, done) };
}

/** All the bytes of a source, or null as soon as there are more than `limit`. */
export async function collectBytes(source: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    length += chunk.length;
    if (length > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
