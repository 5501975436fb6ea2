/**
 * From chunks to actor groups, in this order: (1) each chunk's first actor with its agents
 * ("Arnor cleric", "Gondor's government", "MSF Arnor diplomat"); (2) an agent-only chunk
 * takes the actors of an `of/in/from` phrase after it ("the ambassadors of Arnor, Osgiliath
 * and Gondor"); (3) or of a conjunct before it ("Danish media and government"); (4) or of an
 * apposition before it when it names a person ("the Pakistani delegation, editor Moiz Farooq").
 */
import type { ActorType } from '../../core/codes.js';
import { rule } from '../../core/source.js';
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
  /** A city where something happens ("in central Baghdad"): no actor, only the sentence's country. */
  place: boolean;
  /** The actor is a capital, whose code stands for its government ("Baku" → `AZEGOV`). */
  capital: boolean;
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

/** Last words of organisations' names, never of a person's. */
const ORG_HEADS = new Set(
  'front party union movement army council association alliance coalition league congress committee commission organization organisation group brigade brigades federation institute university church company corporation bank agency authority ministry court society foundation fund network service trust board assembly parliament tribunal centre center'.split(
    ' ',
  ),
);

function personRun(words: readonly Word[], chunk: Chunk): Group['person'] {
  let lastHit = chunk.from;
  for (const hit of chunk.hits) lastHit = Math.max(lastHit, hit.to);
  const hasAgent = chunk.hits.some((h) => h.kind === 'agent');
  let from = lastHit;
  while (from < chunk.to && !nameWord(words[from])) from++;
  let to = from;
  while (to < chunk.to && nameWord(words[to])) to++;
  if (to === from || to !== chunk.to) return null;
  // "the rebel Revolutionary United Front", "the District Bar Association": a body, not a person.
  if (ORG_HEADS.has(words[to - 1]?.normal ?? '')) return null;
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

/**
 * Heads that a force or business noun only modifies: "a military offensive", "police custody",
 * "business deals" are acts, places and things, not actors.
 */
const FORCE_THINGS = new Set(
  'offensive offensives operation operations campaign campaigns intervention exercise exercises drill drills custody station stations base bases equipment hardware spending budget presence buildup build-up option solution vehicle vehicles plane planes aircraft jet jets helicopter helicopters checkpoint checkpoints laboratory parade parades deal deals ties interests contract contracts trip trips'.split(
    ' ',
  ),
);
const FORCE_CODES = new Set(['MIL', 'COP', 'BUS']);

/** Titles that before a common noun are adjectives: "a general strike", "an official visit". */
const ADJECTIVE_TITLES = new Set(['general', 'official']);

/** "a general strike": a title word followed by a common noun in its phrase is an adjective. */
function adjectiveTitle(words: readonly Word[], chunk: Chunk, hit: Chunk['hits'][number]): boolean {
  if (hit.kind !== 'agent' || hit.to - hit.from !== 1 || !ADJECTIVE_TITLES.has(words[hit.from]?.normal ?? ''))
    return false;
  const next = words[hit.to];
  return hit.to < chunk.to && next?.pos === 'NOUN' && next.text === next.text.toLowerCase();
}

/** "a new military offensive": a force (or business) agent, with no actor, before a noun for a thing it does or uses. */
function forceModifier(words: readonly Word[], chunk: Chunk, hit: Chunk['hits'][number]): boolean {
  if (hit.kind !== 'agent' || !FORCE_CODES.has(hit.entry.code) || chunk.hits.some((h) => h.kind === 'actor'))
    return false;
  return hit.to < chunk.to && FORCE_THINGS.has(words[chunk.to - 1]?.normal ?? '');
}

/** An ethnic group, for "ethnic" before a nation's name. */
export const ETHNIC_AGENT: AgentEntry = { phrase: ['ethnic'], code: 'ETH', source: rule('ethnic-group') };

/**
 * "ethnic Albanians", "ethnic Russians in Ukraine": "ethnic" before a nation's name names a people
 * by descent, most often a minority living in another state, not that nation's state or citizens.
 */
const ethnic = (words: readonly Word[], hit: Chunk['hits'][number]): boolean =>
  hit.kind === 'actor' && hit.entry.type === 'country' && words[hit.from - 1]?.normal === 'ethnic';

/** CAMEO's religion blocks. */
const RELIGIONS = new Set(['CHR', 'MOS', 'JEW', 'BUD', 'HIN']);

/**
 * "Catholic bishops", "Muslim clerics": a faith qualifies a role and comes after it, as CAMEO
 * writes religion after role (`RELCHR`); with no role ("the Jewish state", "Muslim countries")
 * it names no actor and is dropped.
 */
function faith(agents: AgentEntry[]): void {
  const religions = agents.filter((a) => RELIGIONS.has(a.code));
  if (religions.length === 0) return;
  const roles = agents.filter((a) => !RELIGIONS.has(a.code));
  agents.length = 0;
  if (roles.length > 0) agents.push(...roles, ...religions);
}

function fromChunk(words: readonly Word[], chunk: Chunk, date: string | null): Group {
  const agents: AgentEntry[] = [];
  let actor: ActorEntry | null = null;
  for (const hit of chunk.hits) {
    const modifier =
      adjectival(words, chunk, hit) || forceModifier(words, chunk, hit) || adjectiveTitle(words, chunk, hit);
    if (hit.kind === 'agent' && modifier) continue;
    if (hit.kind === 'agent') agents.push(hit.entry);
    else if (ethnic(words, hit)) agents.push(ETHNIC_AGENT);
    else if (actor === null) actor = hit.entry;
  }
  faith(agents);
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
    place: false,
    capital: false,
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
  return bases.map((base) => {
    const agents = ownTitles(group, base);
    return composeCode(base, STATE.test(base) ? agents.map(stateExecutive) : agents);
  });
}

const STATE = /^[A-Z]{3}$/;

/** Titles that say only that someone leads or speaks for a body, whatever the body is. */
const GENERIC_TITLES = new Set([
  ...'leader leaders official officials chief chiefs chairman chairwoman chairperson director directors deputy deputies adviser advisers advisor advisors aide aides counterpart counterparts'.split(
    ' ',
  ),
  ...'spokesman spokesmen spokeswoman spokeswomen spokesperson spokespersons spokespeople'.split(' '),
  ...[
    'senior official',
    'senior officials',
    'director-general',
    'director general',
    'secretary-general',
    'secretary general',
  ],
]);
const genericTitle = (a: AgentEntry): boolean =>
  a.code === 'GOV' && a.position !== 'prefix' && GENERIC_TITLES.has(a.phrase.join(' '));

/**
 * "union leaders", "church officials", "a company spokesman", "Amnesty International officials":
 * a generic title is coded as the body it leads or speaks for, as CAMEO codes a military or
 * police official `MIL` or `COP`; only a state's own officials are its government.
 */
function ownTitles(group: Group, base: string): readonly AgentEntry[] {
  const agents = stateForces(group.agents);
  if (group.actor?.type === 'person' || !agents.some(genericTitle)) return agents;
  const otherRole = agents.some((a) => !genericTitle(a) && a.code !== 'GOV' && a.position !== 'prefix');
  const organisation = base !== UNKNOWN_BASE && !STATE.test(base);
  return otherRole || organisation ? agents.filter((a) => !genericTitle(a)) : agents;
}

/** Words for a state as a whole, which before its forces only say whose they are. */
const STATE_BODIES = new Set(['government', 'regime', 'administration', 'state']);
const FORCES = new Set(['MIL', 'COP', 'SPY']);

/** "government forces", "regime troops": the state's armed forces, `MIL` (not `GOVMIL`), as CAMEO codes them. */
function stateForces(agents: readonly AgentEntry[]): readonly AgentEntry[] {
  if (!agents.some((a) => FORCES.has(a.code))) return agents;
  return agents.filter((a) => !(a.code === 'GOV' && STATE_BODIES.has(a.phrase.join(' '))));
}

/** A state's "chief executive" heads its government ("the chief executive of Hong Kong"); a firm's is business. */
function stateExecutive(agent: AgentEntry): AgentEntry {
  return agent.code === 'BUS' && agent.phrase[agent.phrase.length - 1] === 'executive'
    ? { ...agent, code: 'GOV' }
    : agent;
}

/** `DEUGOV` → `DEU`: a capital's country without its government. */
export const countryOnly = (code: string): string =>
  code.length === 6 && code.endsWith('GOV') ? code.slice(0, 3) : code;

/** A role that says only that someone leads or speaks ("leaders", "officials"), coded as government. */
const generalRole = (g: Group): boolean =>
  g.person === null && g.agents.length > 0 && g.agents.every((a) => a.code === 'GOV' && a.position !== 'prefix');
const agentOnly = (g: Group): boolean => g.actor === null && g.agents.length > 0 && !g.inherited;
const hasActor = (g: Group | undefined): g is Group => g !== undefined && (g.actor !== null || g.inherited);

/** Who speaks for another: "a spokesman for the Taliban" (not "the envoy for Syria", sent to it). */
const SPEAKERS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);
const speaksFor = (g: Group): boolean =>
  g.person === null && g.agents.length > 0 && g.agents.every((a) => SPEAKERS.has(a.phrase.join(' ')));

/** Rule 2: "the ambassadors of Arnor, Osgiliath and Gondor". Returns the groups it consumed. */
function attachOf(words: readonly Word[], groups: Group[], i: number, dropped: Set<Group>): void {
  const head = groups[i];
  let next = groups[i + 1];
  if (!head || !next || next.from !== head.to + 1) return;
  const link = words[head.to]?.normal ?? '';
  if (!LINKS.has(link) && !(link === 'for' && speaksFor(head))) return;
  // "Israel withdrew its troops from Lebanon": the troops are the owner's, not Lebanon's.
  if (head.possessed) return;
  // "leaders of the opposition", "officials of the ruling party": a generic leading role takes
  // the body it belongs to as its role.
  if (words[head.to]?.normal === 'of' && generalRole(head) && agentOnly(next) && next.person === null) {
    head.agents = next.agents;
    head.to = next.to;
    dropped.add(next);
    return;
  }
  // "the ambassadors of Arnor"; "ministers from the Georgian government" (a named actor with its role).
  if (!hasActor(next) || (next.agents.length > 0 && next.actor === null)) return;
  // "a hospital in Berlin", "police in Baghdad": the capital gives its country, not its government.
  head.bases = next.capital ? next.bases.map(countryOnly) : next.bases;
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

/** Possessives that stand for an organisation or a state ("its army", "their troops"), not a person. */
const OWNERS = new Set(['its', 'their']);

/**
 * "Israel withdrew its troops": a role owned by "its"/"their" belongs to the nearest actor before
 * it in the sentence that is not a person ("his lawyer" stays uncoded).
 */
function ownedRoles(words: readonly Word[], groups: readonly Group[]): void {
  groups.forEach((g, i) => {
    if (!g.possessed || g.actor !== null || g.agents.length === 0 || !OWNERS.has(words[g.from]?.normal ?? '')) return;
    const owner = groups
      .slice(0, i)
      .reverse()
      .find((p) => p.person === null && p.bases.length > 0 && !p.place);
    if (!owner) return;
    g.bases = owner.bases.map(countryOnly);
    g.inherited = true;
    g.possessed = false;
  });
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
  const kept = groups.filter(
    (g) => !dropped.has(g) && (g.actor !== null || g.inherited || g.agents.length > 0 || g.person !== null),
  );
  ownedRoles(words, kept);
  return kept;
}

/** The actor type a group's codes suggest. */
export function groupType(group: Group, codes: readonly string[]): ActorType {
  if (group.person) return 'person';
  const code = codes[0] ?? '';
  if (group.agents.length > 0) {
    // "Amnesty International officials": the organisation itself.
    if (group.actor !== null && group.agents.every(genericTitle) && !code.includes('GOV')) return group.actor.type;
    if (code.includes('GOV')) return 'government';
    if (code.includes('MED')) return 'media';
    if (code.includes('MIL') || code.includes('REB') || code.includes('UAF')) return 'armed-group';
    return 'group';
  }
  // "the Beijing Olympics": a capital that gave only its country.
  if (group.capital && group.actor?.type === 'government' && !code.endsWith('GOV')) return 'country';
  return group.actor?.type ?? 'other';
}
