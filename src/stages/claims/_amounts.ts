/**
 * Amounts in figures and words, with their qualifier: "up to 3 million", "nearly
 * 400", "over 4,300", "$2.5bn", "12 percent", "hundreds of thousands", "dozens".
 * Convention for vague plurals: the least the words allow, two of the unit —
 * "hundreds of thousands" → 200000, "thousands" → 2000, "dozens" → 24, "tens of
 * thousands" → 20000 — with the qualifier null (the words are kept in `text`).
 */

export interface Amount {
  /** Offsets into the text the pattern ran on; `start` includes the qualifier. */
  readonly start: number;
  readonly end: number;
  /** Where the number itself starts (after the qualifier). */
  readonly numberStart: number;
  readonly value: number;
  readonly qualifier: string | null;
  /** `USD`, `EUR`, `GBP`, `percent` when the amount says; otherwise the counted noun follows. */
  readonly unit: string | null;
  /** Written in figures, four digits, no comma, no scale: perhaps a year. */
  readonly yearLike: boolean;
  readonly kind: 'figure' | 'words';
}

const SCALE: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['hundred', 100],
]);

const CURRENCY: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
]);

const WORD_VALUE: ReadonlyMap<string, number> = new Map(
  (
    [
      ['a', 1],
      ['two', 2],
      ['three', 3],
      ['four', 4],
      ['five', 5],
      ['six', 6],
      ['seven', 7],
      ['eight', 8],
      ['nine', 9],
      ['ten', 10],
      ['eleven', 11],
      ['twelve', 12],
      ['thirteen', 13],
      ['fourteen', 14],
      ['fifteen', 15],
      ['sixteen', 16],
      ['seventeen', 17],
      ['eighteen', 18],
      ['nineteen', 19],
      ['twenty', 20],
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['sixty', 60],
      ['seventy', 70],
      ['eighty', 80],
      ['ninety', 90],
      ['one', 1],
      ['several', 3],
      ['a few', 3],
    ] as const
  ).map(([w, n]) => [w, n]),
);

/** "hundreds of" → 200: the least a vague plural allows. */
const VAGUE: ReadonlyMap<string, number> = new Map([
  ['tens', 20],
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
]);

const QUALIFIER =
  /(?:^|\s)(up to|nearly|over|more than|at least|about|around|almost|some|approximately|roughly|an estimated|estimated|fewer than|less than|as many as|at most|close to|just over|just under|under|below|above|upwards of|in excess of|only|just)\s+$/i;

const FIGURE =
  /(?<![\w.,$€£])(US\$|\$|€|£)?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(million|billion|trillion|thousand|bn|mn|m|k)\b)?(\s?%|\s(?:percent|per cent)\b)?(?![\w-]|[.,]\d)/gi;

const WORDS =
  /\b(?:(tens|dozens|scores|hundreds|thousands|millions|billions) of(?: (thousands|millions) of)?|(a few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (hundred|thousand|million|billion)\b|(a|two|three|four|five) dozen\b|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/gi;

function qualified(text: string, start: number): { start: number; qualifier: string | null } {
  const m = QUALIFIER.exec(text.slice(Math.max(0, start - 20), start));
  const word = m?.[1];
  if (!m || !word) return { start, qualifier: null };
  return { start: start - m[0].trimStart().length, qualifier: word.toLowerCase() };
}

function figure(text: string, m: RegExpExecArray): Amount {
  const [, currency, whole = '0', fraction, scale, percent] = m;
  const base = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  const value = base * (scale ? (SCALE.get(scale.toLowerCase()) ?? 1) : 1);
  const unit = currency ? (CURRENCY.get(currency.toLowerCase()) ?? null) : percent ? 'percent' : null;
  const numberStart = m.index + (m[0].length - m[0].trimStart().length);
  const q = qualified(text, numberStart);
  const yearLike = !currency && !scale && !percent && !fraction && /^\d{4}$/.test(whole);
  return {
    start: q.start,
    end: m.index + m[0].length,
    numberStart,
    value,
    qualifier: q.qualifier,
    unit,
    yearLike,
    kind: 'figure',
  };
}

function words(text: string, m: RegExpExecArray): Amount | null {
  const low = (s: string | undefined) => (s ?? '').toLowerCase();
  let value = Number.NaN;
  if (m[1]) value = (VAGUE.get(low(m[1])) ?? Number.NaN) * (m[2] ? (VAGUE.get(low(m[2])) ?? 0) / 2 : 1);
  else if (m[3]) value = (WORD_VALUE.get(low(m[3])) ?? Number.NaN) * (SCALE.get(low(m[4])) ?? 1);
  else if (m[5]) value = (WORD_VALUE.get(low(m[5])) ?? Number.NaN) * 12;
  else if (m[6]) value = WORD_VALUE.get(low(m[6])) ?? Number.NaN;
  if (!Number.isFinite(value)) return null;
  const q = qualified(text, m.index);
  const end = m.index + m[0].length;
  return {
    start: q.start,
    end,
    numberStart: m.index,
    value,
    qualifier: q.qualifier,
    unit: null,
    yearLike: false,
    kind: 'words',
  };
}

/** Every amount in `text`, figures first, words where no figure overlaps. */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [...text.matchAll(FIGURE)].map((m) => figure(text, m as RegExpExecArray));
  for (const m of text.matchAll(WORDS)) {
    const a = words(text, m as RegExpExecArray);
    if (a && !found.some((f) => f.start < a.end && a.start < f.end)) found.push(a);
  }
  return found.sort((a, b) => a.start - b.start);
}
