/**
 * One typed configuration, with defaults. Read from flags or the environment at the
 * edge (CLI, API) and passed down in `ctx`; stages never read `process.env`.
 */

export const DICTIONARY_KINDS = ['verbs', 'actors', 'agents', 'discards', 'issues'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

/** A user's dictionary file given with `--dict KIND=FILE`; it replaces the built-in table of that kind. */
export interface DictionaryFile {
  readonly kind: DictionaryKind;
  readonly path: string;
}

export interface DyadConfig {
  /** SQLite file of the embedded store. */
  readonly db: string;
  readonly dictionaries: readonly DictionaryFile[];
  /** Place-name overrides: lower-cased name → ISO alpha-3 ("georgia" → "GEO"). */
  readonly placeBias: Readonly<Record<string, string>>;
  /** Articles coded per store transaction during ingest. */
  readonly batchSize: number;
  /** Worker threads that code articles during ingest; 1 codes in the main thread. */
  readonly workers: number;
}

export const DEFAULT_CONFIG: DyadConfig = {
  db: 'dyad.db',
  dictionaries: [],
  placeBias: {},
  batchSize: 50,
  workers: 1,
};

export function makeConfig(overrides: Partial<DyadConfig> = {}): DyadConfig {
  return { ...DEFAULT_CONFIG, ...overrides };
}
