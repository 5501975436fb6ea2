/**
 * One event per act, per sentence, between the same two parties. "Egyptian foreign minister Sameh
 * Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and
 * Jean-Yves Le Drian, gathered": Greece is named twice (the "Greek counterpart", `GRC`, and Nikos
 * Dendias, `GRCGOV`), and the meeting is one act between Egypt and Greece, not two. Two codes name
 * the same party when one extends the other (`GRC`, `GRCGOV`); `DNKGOV` and `DNKMED` are two
 * parties of one state, and PETRARCH's gold keeps an event for each.
 */

interface Party {
  readonly code: string | null;
}

interface Coded {
  readonly code: string;
  readonly source: Party;
  readonly target: Party | null;
}

/** True when two actor codes name the same party: equal, or one the other's prefix. */
function sameParty(a: string | null | undefined, b: string | null | undefined): boolean {
  const [x, y] = [a ?? '', b ?? ''];
  if (x === '' || y === '') return x === y;
  return x.startsWith(y) || y.startsWith(x);
}

/** The index in `kept` of an event that is the same act between the same parties, or -1. */
export function sameAct(kept: readonly Coded[], e: Coded): number {
  return kept.findIndex(
    (k) => k.code === e.code && sameParty(k.source.code, e.source.code) && sameParty(k.target?.code, e.target?.code),
  );
}

/** How much an event's actor codes say: the longer codes (`GRCGOV` over `GRC`) say more. */
export function specificity(e: Coded): number {
  return (e.source.code?.length ?? 0) + (e.target?.code?.length ?? 0);
}
