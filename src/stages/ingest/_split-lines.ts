/**
 * Splits a byte stream into lines without holding an over-long line in memory: past
 * `maxBytes`, a line's bytes are counted and dropped. `readline` would buffer a 50 MB
 * line whole before we could refuse it.
 */

/** One line, without its `\n`; `bytes` is null when the line was longer than the limit. */
export interface RawLine {
  /** 1-based line number. */
  readonly number: number;
  readonly bytes: Uint8Array | null;
  readonly length: number;
}

const LF = 0x0a;

class LineBuffer {
  private parts: Uint8Array[] = [];
  private length = 0;
  private number = 0;
  private readonly maxBytes: number;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  add(bytes: Uint8Array): void {
    this.length += bytes.length;
    if (this.length > this.maxBytes) this.parts = [];
    else this.parts.push(bytes);
  }

  isEmpty(): boolean {
    return this.length === 0;
  }

  take(): RawLine {
    this.number += 1;
    const tooLong = this.length > this.maxBytes;
    const line = { number: this.number, bytes: tooLong ? null : Buffer.concat(this.parts), length: this.length };
    this.parts = [];
    this.length = 0;
    return line;
  }
}

/** Lines of a byte stream (UTF-8 never has `0x0A` inside a multi-byte sequence, so bytes split safely). */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<RawLine> {
  const buffer = new LineBuffer(maxBytes);
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
      buffer.add(chunk.subarray(start, nl));
      yield buffer.take();
      start = nl + 1;
    }
    // Copy the tail: the chunk's memory may be reused by the stream.
    if (start < chunk.length) buffer.add(Uint8Array.prototype.slice.call(chunk, start));
  }
  if (!buffer.isEmpty()) yield buffer.take();
}
