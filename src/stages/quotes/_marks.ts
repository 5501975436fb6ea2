/**
 * Quotation marks → quoted regions. Double quotes (“ ” " and '') pair within a
 * paragraph; single quotes (‘ ’ ') pair only where they cannot be apostrophes (an
 * opening mark at a word start, a closing one at a word end). A quote still open at
 * the paragraph's end stops there; when the next paragraph opens with a quote, that
 * quote continues it (the newswire convention for multi-paragraph quotes).
 */

export interface QuoteRegion {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark, or the paragraph's end when it is unclosed. */
  readonly close: number;
  /** The quoted content, trimmed of spaces and a trailing comma. */
  readonly start: number;
  readonly end: number;
  /** 0 for a double-quoted region; 1 for a single-quoted region inside one. */
  readonly depth: number;
  /** Opens a paragraph right after a paragraph whose quote was left open. */
  readonly continues: boolean;
  readonly unclosed: boolean;
}

const OPEN_BEFORE = /[\s([{\u2014\u2013-]/;
const LETTER = /[\p{L}\p{N}]/u;

/** Paragraph ranges `[start, end)`: any newline ends a paragraph. */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/\n+/g)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Width of the mark at `i`: 2 for a doubled apostrophe (''), else 1. */
const widthAt = (text: string, i: number): number => (text.startsWith("''", i) ? 2 : 1);

function region(text: string, open: number, close: number, depth: number, unclosed: boolean): QuoteRegion {
  const closeWidth = unclosed ? 0 : text.slice(close - 2, close) === "''" && close - 2 > open ? 2 : 1;
  const [start, end] = trimmed(text, open + widthAt(text, open), close - closeWidth);
  return { open, close, start, end, depth, continues: false, unclosed };
}

type Kind = 'open' | 'close' | null;

/** Whether the mark at `i` opens or closes a quote (`inside`: a quote of its kind is open). */
function markKind(text: string, i: number, inside: boolean): Kind {
  const ch = text[i] ?? '';
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? ' ';
  // "“It's unusual,“ said …": a left mark after the words and before a space closes the quote.
  if (ch === '\u201C') return inside && !/\s/.test(before) && !LETTER.test(after) ? 'close' : 'open';
  if (ch === '\u201D') return inside ? 'close' : null;
  if (ch === '"') return inside ? 'close' : 'open';
  // Single marks: never between two letters (an apostrophe: "world’s", "don't").
  if (LETTER.test(before) && LETTER.test(after)) return null;
  if (
    (ch === '\u2018' || ch === "'") &&
    !inside &&
    (OPEN_BEFORE.test(before) || before === '\u201C') &&
    LETTER.test(after)
  )
    return 'open';
  if ((ch === '\u2019' || ch === "'") && inside && !LETTER.test(after) && !/\s/.test(before)) return 'close';
  return null;
}

/** A quotation mark or apostrophe of any style. */
const MARK = /["\u201C\u201D'\u2018\u2019]/;

/** Quoted regions of one paragraph, doubles and singles nested inside them. */
function scanParagraph(text: string, from: number, to: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  const open: (number | null)[] = [null, null];
  // From mark to mark: the regex skips the text between them far faster than a loop would.
  const marks = new RegExp(MARK.source, 'g');
  marks.lastIndex = from;
  for (let m = marks.exec(text); m !== null && m.index < to; m = marks.exec(text)) {
    let i = m.index;
    const ch = m[0];
    // Two apostrophes ('') are a double quotation mark, as some archives write it.
    const doubled = widthAt(text, i) === 2;
    const depth = doubled || '"\u201C\u201D'.includes(ch) ? 0 : 1;
    const kind = doubled ? (open[0] !== null ? 'close' : 'open') : markKind(text, i, open[depth] !== null);
    const mark = i;
    if (doubled) {
      i++;
      marks.lastIndex = i + 1;
    }
    if (kind === 'open' && depth === 0 && open[0] !== null) continue;
    if (kind === 'open') open[depth] = mark;
    if (kind === 'close') {
      const at = open[depth] ?? i;
      out.push(region(text, at, i + 1, depth === 1 && open[0] !== null ? 1 : 0, false));
      open[depth] = null;
      if (depth === 0) open[1] = null;
    }
  }
  const left = open[0];
  if (left !== null && left !== undefined) out.push(region(text, left, to, 0, true));
  return out;
}

/** Every quoted region of the text, in order of their opening marks. */
export function findRegions(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let previousUnclosed = false;
  for (const [from, to] of paragraphs(text)) {
    const found = scanParagraph(text, from, to).sort((a, b) => a.open - b.open);
    const first = found[0];
    if (first && previousUnclosed && first.open === from && first.depth === 0) found[0] = { ...first, continues: true };
    previousUnclosed = found.some((r) => r.unclosed);
    // Markup attribute values (tweet_id="…", author="…") are not quotes.
    for (const r of found) if (LETTER.test(text.slice(r.start, r.end)) && text[r.open - 1] !== '=') out.push(r);
  }
  return out;
}
