/** Settings of `fetchUrl`, the validators cache it keeps, and their defaults. */

/** What a server said about a resource, sent back to ask "has it changed?" (RFC 9110 §13.1). */
export interface HttpValidators {
  readonly etag?: string;
  readonly lastModified?: string;
}

/** Validators by the URL as given (not the URL redirected to); fetches read and update it. */
export type HttpCache = Map<string, HttpValidators>;

/** Network settings of a fetch; each has a default. */
export interface HttpOptions {
  /** Limit on one try (redirects and body included), in ms; default 20 s. */
  readonly timeoutMs?: number;
  /** Tries for a 429, a 503 or a network error; default 3. A timeout is not retried. */
  readonly tries?: number;
  /** Wait before the second try, doubled before each further one; default 1 s. */
  readonly backoffMs?: number;
  /** Cap on any wait between tries, Retry-After included; default 30 s. */
  readonly maxWaitMs?: number;
  /** Redirects followed; default 5. */
  readonly maxRedirects?: number;
  /** The User-Agent header; default names dyad and its version. */
  readonly userAgent?: string;
}

/** `HttpOptions` with every setting filled in. */
export type HttpSettings = Required<HttpOptions>;

/** The User-Agent sent by default: servers can tell who is asking. */
export const DEFAULT_USER_AGENT = 'dyad/0.1.0 (political event data from news; polite polling)';

/** Fills in the defaults. */
export function httpSettings(options: HttpOptions = {}): HttpSettings {
  return {
    timeoutMs: options.timeoutMs ?? 20_000,
    tries: options.tries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    maxWaitMs: options.maxWaitMs ?? 30_000,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  };
}
