/**
 * @module claims
 * Reads sentences, tokens, mentions and quotes (and times, when the time stage ran);
 * adds `claims`: amounts with the noun they count, their qualifier ("nearly"), the
 * year of their clause and their claimant, the speaker of the quote they sit in (null:
 * the article itself). Years, dates, durations, ages, ordinals and numbers inside actor
 * names are not claims. See `_amounts.ts` for the convention on "hundreds of thousands".
 */

import type { Context } from '../../context.js';
import type {
  Claim,
  Mention,
  Quote,
  Quoted,
  Segmented,
  Sentence,
  WithActors,
  WithClaims,
} from '../../core/document.js';
import { rule } from '../../core/source.js';
import { type Amount, findAmounts } from './_amounts.js';
import { claimantOf, countedNoun, isTimeWord, periodOf, Spans, type TimeLike } from './_context.js';

type Doc = Segmented & WithActors & Quoted;

/** The document's mentions and quotes, for lookups by span. */
interface Index {
  readonly mentions: Spans<Mention>;
  readonly quotes: Spans<Quote>;
}

/** A four-digit count such as "2000 protesters" is a claim; "in 2018" or "the 2018 election" is a year. */
function looksLikeYear(a: Amount, unit: string | null, plural: boolean): boolean {
  return a.yearLike && a.value >= 1500 && a.value <= 2099 && !(a.qualifier || (unit && plural));
}

function claimsOf(doc: Doc, index: Index, s: Sentence, period: string | undefined): Omit<Claim, 'id'>[] {
  const out: Omit<Claim, 'id'>[] = [];
  for (const a of findAmounts(s.text)) {
    const start = s.span.start + a.start;
    const numberEnd = s.span.start + a.end;
    const noun = a.unit ? null : countedNoun(doc, numberEnd, s.span.end);
    const unit =
      a.unit ?? (noun?.normal === 'points' && /percentage/i.test(s.text) ? 'percentage points' : noun?.normal) ?? null;
    if (!unit || (noun && isTimeWord(noun))) continue;
    if (looksLikeYear(a, unit, /s$/.test(unit))) continue;
    const numberSpan = { start: s.span.start + a.numberStart, end: numberEnd };
    if (index.mentions.holding(numberSpan, (m) => m.form === 'name')) continue;
    const end = noun ? noun.span.end : numberEnd;
    const { speaker, quoteId } = claimantOf(index.quotes, { start, end });
    out.push({
      span: { start, end },
      text: doc.text.slice(start, end),
      value: a.value,
      unit,
      qualifier: a.qualifier,
      ...(period ? { period } : {}),
      claimant: speaker,
      ...(quoteId ? { quoteId } : {}),
      source: rule(`claim-${a.kind}`),
    });
  }
  return out;
}

/** Finds numeric claims and who asserts them. */
export function findClaims<D extends Segmented & WithActors & Quoted>(doc: D, _ctx: Context): D & WithClaims {
  const times = 'times' in doc && Array.isArray(doc.times) ? new Spans(doc.times as readonly TimeLike[]) : null;
  const index: Index = { mentions: new Spans(doc.mentions), quotes: new Spans(doc.quotes) };
  const claims = doc.sentences
    .flatMap((s) => claimsOf(doc, index, s, periodOf(doc, s.span, times)))
    .map((c, i) => ({ ...c, id: `c${i + 1}` }));
  return { ...doc, claims };
}
