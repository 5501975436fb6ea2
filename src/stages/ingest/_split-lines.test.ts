import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines } from './_split-lines.js';

async function lines(chunks: string[], maxBytes = 100): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  for await (const line of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes)) {
    out.push(line.bytes === null ? line.length : `${line.number}:${Buffer.from(line.bytes).toString()}`);
  }
  return out;
}

describe('splitLines', () => {
  it('splits across chunks and keeps the last line without a newline', async () => {
    expect(await lines(['Accra\nLo', 'mé\n', '\nAbuja'])).toEqual(['1:Accra', '2:Lomé', '3:', '4:Abuja']);
  });

  it('keeps a CR for the caller and yields nothing after a final newline', async () => {
    expect(await lines(['Accra\r\nLomé\r\n'])).toEqual(['1:Accra\r', '2:Lomé\r']);
  });

  it('drops the bytes of an over-long line but counts them and numbers the next', async () => {
    expect(await lines(['short\n', 'x'.repeat(60), 'y'.repeat(60), '\nafter'], 100)).toEqual([
      '1:short',
      120,
      '3:after',
    ]);
  });

  it('yields nothing for no input', async () => {
    expect(await lines([])).toEqual([]);
  });
});
