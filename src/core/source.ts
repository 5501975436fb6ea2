/**
 * Provenance: what produced an item. Every extracted item keeps one, so a user can
 * see which rule, dictionary entry or library to blame or to thank.
 */
export type Source =
  | { readonly kind: 'dictionary'; readonly table: string; readonly entry: string }
  | { readonly kind: 'rule'; readonly id: string }
  | { readonly kind: 'library'; readonly name: string; readonly detail?: string };

/** Provenance for an item found by one of dyad's own rules. */
export function rule(id: string): Source {
  return { kind: 'rule', id };
}

/** Provenance for an item found through a table or dictionary entry. */
export function dictionary(table: string, entry: string): Source {
  return { kind: 'dictionary', table, entry };
}

/** Provenance for an item found by a third-party library. */
export function library(name: string, detail?: string): Source {
  return detail === undefined ? { kind: 'library', name } : { kind: 'library', name, detail };
}

/** A short human-readable form: `rule:weekday-past`, `dictionary:verbs/CONDEMN`. */
export function describeSource(s: Source): string {
  switch (s.kind) {
    case 'dictionary':
      return `dictionary:${s.table}/${s.entry}`;
    case 'rule':
      return `rule:${s.id}`;
    case 'library':
      return s.detail ? `library:${s.name}/${s.detail}` : `library:${s.name}`;
    default: {
      const never: never = s;
      return never;
    }
  }
}
