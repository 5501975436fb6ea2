/**
 * Bad input is a value, not an exception: readers return an `Outcome`, and a batch
 * goes on past any problem, reporting it by input name (and line, where there is one).
 */
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Problem {
  /** The input: a file path, `-` for stdin, `feed.jsonl:17`, or an article id. */
  readonly input: string;
  readonly message: string;
  readonly severity: Severity;
  /** 1-based line number, where the input has lines. */
  readonly line?: number;
  /** Pipeline stage that failed, when an exception escaped a stage. */
  readonly stage?: string;
}

export type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problem: Problem };

export function success<T>(value: T, warnings: readonly Problem[] = []): Outcome<T> {
  return { ok: true, value, warnings };
}

export function failure<T>(input: string, message: string, extra: Partial<Problem> = {}): Outcome<T> {
  return { ok: false, problem: { input, message, severity: 'error', ...extra } };
}

export function warning(input: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { input, message, severity: 'warning', ...extra };
}

/** `feed.jsonl line 17: missing "text" field` */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.input : `${p.input} line ${p.line}`;
  const stage = p.stage ? ` [${p.stage}]` : '';
  return `${where}${stage}: ${p.message}`;
}

/** One error type for configuration and programmer errors, with a `[scope]` prefix. */
export class DyadError extends Error {
  constructor(scope: string, message: string, options?: { cause?: unknown }) {
    super(`[${scope}] ${message}`, options);
    this.name = 'DyadError';
  }
}
