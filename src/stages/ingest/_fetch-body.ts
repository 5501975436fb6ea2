/** Reads a response body as it streams, giving up as soon as it is too large. */

/** Discards a body not read, so that the connection is freed. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * The body's bytes, or null once it is over `limit` bytes: refused by a Content-Length
 * over the limit before any byte is read, else by counting while streaming (a server may
 * send no length, or the wrong one). Throws what the stream throws (a timeout, a reset).
 */
export async function readBodyLimited(response: Response, limit: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await discardBody(response);
    return null;
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    length += next.value.length;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}
