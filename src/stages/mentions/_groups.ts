/**
 * From chunks to actor groups, in this order: (1) each chunk's first actor with its agents
 * ("Arnor cleric", "Gondor's government", "MSF Arnor diplomat"); (2) an agent-only chunk
 * takes the actors of an `of/in/from` phrase after it ("the ambassadors of Arnor, Osgiliath
 * and Gondor"); (3) or of a conjunct before it ("Danish media and government"); (4) or of an
 * apposition before it when it names a person ("the Pakistani delegation, editor Moiz Farooq").
 */
import type { ActorType } from '../../core/codes.js';
import type { ActorEntry, AgentEntry } from '../../dictionaries/types.js';
import type { Chunk } from './_chunks.js';
import { codeOn, composeCode, splitCodes } from './_codes.js';
import type { Word } from './words.js';

/** One actor reference in a sentence, over words `[from, to)`. */
export interface Group {
  from: number;
  to: number;
  /** Country/organisation codes before agents are added. */
  bases: string[];
  agents: AgentEntry[];
  actor: ActorEntry | null;
  /** Words `[from, to)` of a person's name inside the group. */
  person: { readonly from: number; readonly to: number } | null;
  /** True when `bases` came from another phrase (rules 2 to 4). */
  inherited: boolean;
  /** A place name standing for its government. */
  metonym: boolean;
  /** Opened by a possessive pronoun ("his lawyer", "its army"): whose it is lies outside the phrase. */
  possessed: boolean;
  /** Words follow the last dictionary hit: the actor only modifies the head ("the UN relief coordinator"). */
  modifies: boolean;
}

/** A hook that may fill in a group for a chunk the dictionaries did not code. */
export type Enrich = (chunk: Chunk, group: Group) => void;

const LINKS = new Set(['of', 'in', 'from', 'at']);
/** Proper nouns that are never part of a person's name. */
const TEMPORAL = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const nameWord = (w: Word | undefined): boolean => w !== undefined && w.pos === 'PROPN' && !TEMPORAL.has(w.normal);
const CONJ = new Set(['and', 'or', ',']);

function personRun(words: readonly Word[], chunk: Chunk): Group['person'] {
  let lastHit = chunk.from;
  for (const hit of chunk.hits) lastHit = Math.max(lastHit, hit.to);
  const hasAgent = chunk.hits.some((h) => h.kind === 'agent');
  let from = lastHit;
  while (from < chunk.to && !nameWord(words[from])) from++;
  let to = from;
  while (to < chunk.to && nameWord(words[to])) to++;
  if (to === from || to !== chunk.to) return null;
  if (hasAgent || (chunk.hits.length === 0 && to - from >= 2)) return { from, to };
  return null;
}

/**
 * "premier OIC events": a one-word title the tagger read as an adjective or verb, before an
 * actor, in a phrase whose head is a plain noun, is an adjective on that noun, not a role.
 */
function adjectival(words: readonly Word[], chunk: Chunk, hit: Chunk['hits'][number]): boolean {
  const pos = words[hit.from]?.pos;
  const modifies = chunk.hits.every((h) => h.to < chunk.to);
  return (
    hit.to - hit.from === 1 &&
    (pos === 'ADJ' || pos === 'VERB') &&
    modifies &&
    chunk.hits.some((h) => h.kind === 'actor' && h.from >= hit.to)
  );
}

function fromChunk(words: readonly Word[], chunk: Chunk, date: string | null): Group {
  const agents: AgentEntry[] = [];
  let actor: ActorEntry | null = null;
  for (const hit of chunk.hits) {
    if (hit.kind === 'agent' && adjectival(words, chunk, hit)) continue;
    if (hit.kind === 'agent') agents.push(hit.entry);
    else if (actor === null) actor = hit.entry;
  }
  const bases = actor ? splitCodes(codeOn(actor, date)) : [];
  return {
    from: chunk.from,
    to: chunk.to,
    bases,
    agents,
    actor,
    person: personRun(words, chunk),
    inherited: false,
    metonym: false,
    possessed: words[chunk.from]?.pos === 'PRON',
    modifies: actor !== null && chunk.hits.every((h) => h.to < chunk.to),
  };
}

/** The country part of a role whose country is unknown ("the government" → `---GOV`), as PETRARCH writes it. */
export const UNKNOWN_BASE = '---';

/**
 * The final codes of a group: each base with the group's agents. A known person's elite
 * block gives way to a role ("President Obama": `USAGOV`, not `USAELIGOV`). Agents with no
 * country ("police", "the government") get PETRARCH's unknown country: `---COP`, `---GOV`.
 */
export function groupCodes(group: Group): string[] {
  const person = group.actor?.type === 'person' && group.agents.some((a) => a.position !== 'prefix');
  const bases = group.bases.map((b) => (person && b.length > 3 && b.endsWith('ELI') ? b.slice(0, -3) : b));
  if (bases.length === 0 && group.actor === null && group.agents.length > 0 && !group.possessed)
    bases.push(UNKNOWN_BASE);
  return bases.map((base) => composeCode(base, group.agents));
}

const agentOnly = (g: Group): boolean => g.actor === null && g.agents.length > 0 && !g.inherited;
const hasActor = (g: Group | undefined): g is Group => g !== undefined && (g.actor !== null || g.inherited);

/** Rule 2: "the ambassadors of Arnor, Osgiliath and Gondor". Returns the groups it consumed. */
function attachOf(words: readonly Word[], groups: Group[], i: number, dropped: Set<Group>): void {
  const head = groups[i];
  let next = groups[i + 1];
  if (!head || !next || next.from !== head.to + 1 || !LINKS.has(words[head.to]?.normal ?? '')) return;
  // "the ambassadors of Arnor"; "ministers from the Georgian government" (a named actor with its role).
  if (!hasActor(next) || (next.agents.length > 0 && next.actor === null)) return;
  head.bases = next.bases;
  head.actor = next.actor;
  head.to = next.to;
  head.inherited = true;
  dropped.add(next);
  // Conjuncts after it share the agents.
  let j = i + 2;
  let prev = next;
  next = groups[j];
  while (next && hasActor(next) && next.agents.length === 0 && gapIsConj(words, prev.to, next.from)) {
    next.agents = head.agents;
    prev = next;
    next = groups[++j];
  }
}

function gapIsConj(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!CONJ.has(words[k]?.normal ?? '')) return false;
  return true;
}

/** Builds the groups of a sentence from its chunks. */
export function buildGroups(
  words: readonly Word[],
  chunks: readonly Chunk[],
  date: string | null,
  enrich: Enrich,
): Group[] {
  const groups = chunks.map((c) => {
    const g = fromChunk(words, c, date);
    enrich(c, g);
    return g;
  });
  const dropped = new Set<Group>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (!g || dropped.has(g) || !agentOnly(g)) continue;
    attachOf(words, groups, i, dropped);
    if (g.inherited) continue;
    const prev = groups[i - 1];
    if (!hasActor(prev) || dropped.has(prev)) continue;
    const conj = gapIsConj(words, prev.to, g.from) && words[g.from - 1]?.normal !== ',' && prev.agents.length > 0;
    const appos = g.person !== null && prev.to + 1 === g.from && words[prev.to]?.normal === ',';
    if (conj || appos) {
      g.bases = prev.bases;
      g.inherited = true;
    }
  }
  return groups.filter(
    (g) => !dropped.has(g) && (g.actor !== null || g.inherited || g.agents.length > 0 || g.person !== null),
  );
}

/** The actor type a group's codes suggest. */
export function groupType(group: Group, codes: readonly string[]): ActorType {
  if (group.person) return 'person';
  const code = codes[0] ?? '';
  if (group.agents.length > 0) {
    if (code.includes('GOV')) return 'government';
    if (code.includes('MED')) return 'media';
    if (code.includes('MIL') || code.includes('REB')) return 'armed-group';
    return 'group';
  }
  return group.actor?.type ?? 'other';
}
