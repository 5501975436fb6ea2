/**
 * `dyad eval geo FILE.jsonl [--json]`: the places stage against a geoparsing gold set
 * (../shared/data/geo-lgl, geo-geowebnews, geo-trnews `dev.jsonl`). Each article is segmented
 * and run through `resolvePlaces`; gold spans are also resolved directly (`resolveSpans`).
 */
import type { Command } from 'commander';
import { type Context, createContext } from '../context.js';
import { articleId } from '../core/article.js';
import { foldName } from '../stages/places/_fold.js';
import { resolvePlaces } from '../stages/places/index.js';
import { resolveSpans } from '../stages/places/resolve-spans.js';
import { segment } from '../stages/segment/index.js';
import { loadCountries } from '../tables/countries.js';
import { formatPrf, pct, rate, readJsonl } from './_score.js';
import { accuracy161, type GeoCase, type GeoReport, type GoldToponym, scoreGeo } from './geo-score.js';

/** A gold article of a geoparsing set. */
export interface GeoRecord {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

/** GeoWebNews types that are place names (literal or associative); the others are there for contrast. */
const GWN_TOPONYM_TYPES = new Set([
  'Literal',
  'Literal_Modifier',
  'Embedded_Literal',
  'Metonymic',
  'Coercion',
  'Mixed',
  'Non_Literal_Modifier',
  'Embedded_Non_Lit',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Folded country name → ISO3, for the gold's GeoNames country names ("United States"). */
function countryNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const c of loadCountries().values()) for (const n of [c.name, ...c.aliases]) names.set(foldName(n), c.iso3);
  return names;
}

/** One toponym in either shape: LGL/TR-News `{gold: {lat, lon, country}}` or GeoWebNews `{type, lat, lon}`. */
function parseToponym(v: unknown, countries: ReadonlyMap<string, string>): GoldToponym | null {
  if (!isObject(v) || typeof v.start !== 'number' || typeof v.end !== 'number') return null;
  const text = typeof v.text === 'string' ? v.text : '';
  const span = { start: v.start, end: v.end };
  if (typeof v.type === 'string') {
    const toponym = GWN_TOPONYM_TYPES.has(v.type);
    return { span, text, lat: num(v.lat), lon: num(v.lon), country: null, toponym };
  }
  const gold = isObject(v.gold) ? v.gold : {};
  const country = typeof gold.country === 'string' ? (countries.get(foldName(gold.country)) ?? null) : null;
  const countryLevel = typeof gold.fcode === 'string' && gold.fcode.startsWith('PCL');
  return { span, text, lat: num(gold.lat), lon: num(gold.lon), country, toponym: true, countryLevel };
}

/** A record from a parsed JSON line, or why it is not one. */
export function parseGeoRecord(v: unknown, countries = countryNames()): GeoRecord | string {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.text !== 'string') return 'not a record with id and text';
  if (!Array.isArray(v.toponyms)) return `record ${v.id}: no "toponyms" list`;
  const toponyms = v.toponyms.map((t) => parseToponym(t, countries));
  if (toponyms.some((t) => t === null)) return `record ${v.id}: toponym without start and end`;
  const date = typeof v.date === 'string' ? v.date : null;
  return { id: v.id, date, text: v.text, toponyms: toponyms as GoldToponym[] };
}

/** Runs the places stage on one record and resolves its gold spans. */
export function geoCase(record: GeoRecord, ctx: Context): GeoCase {
  const article = { id: articleId(record.id), date: record.date, text: record.text };
  const doc = segment(article, ctx);
  const placed = resolvePlaces({ ...doc, mentions: [], actors: [] }, ctx);
  const detected = placed.places.flatMap((p) =>
    p.mentions.map((m) => ({
      span: m.span,
      point: { lat: p.lat, lon: p.lon, country: p.country, kind: p.featureKind },
    })),
  );
  const resolved = resolveSpans(
    doc,
    record.toponyms.map((t) => t.span),
    ctx,
  ).map((c) => (c === null ? null : { lat: c.lat, lon: c.lon, country: c.country, kind: c.kind }));
  return { gold: record.toponyms, resolved, detected };
}

/** Reads and scores a gold file; problems are unreadable lines. */
export function runGeoEval(file: string, ctx: Context = createContext()): { report: GeoReport; problems: string[] } {
  const { rows, problems } = readJsonl(file);
  const countries = countryNames();
  const cases: GeoCase[] = [];
  for (const row of rows) {
    const record = parseGeoRecord(row.value, countries);
    if (typeof record === 'string') problems.push(`${file} line ${row.line}: ${record}`);
    else cases.push(geoCase(record, ctx));
  }
  return { report: scoreGeo(cases), problems };
}

/** The report as text. */
export function formatGeoReport(r: GeoReport): string {
  const median = r.medianKm === null ? 'n/a' : `${r.medianKm.toFixed(0)} km`;
  const country = r.withCountry === 0 ? 'n/a (no gold countries)' : pct(rate(r.countryCorrect, r.withCountry));
  return [
    `${r.articles} articles, ${r.withCoordinates} gold toponyms with coordinates`,
    '',
    'resolution of gold spans:',
    `  accuracy within 161 km   ${pct(accuracy161(r))}  (${r.within161}/${r.withCoordinates}; ${r.unresolved} unresolved)`,
    `  same, on the spans dyad resolved  ${pct(rate(r.within161, r.withCoordinates - r.unresolved))}`,
    `  same, country-level gold matched by country  ${pct(rate(r.within161OrCountry, r.withCoordinates))}`,
    `  country accuracy         ${country}  (${r.countryCorrect}/${r.withCountry})`,
    `  median error (resolved)  ${median}`,
    '',
    'detection (places stage, all mentions):',
    `  ${formatPrf('strict spans', r.strict)}`,
    `  ${formatPrf('overlapping spans', r.overlap)}`,
    `  end to end: ${pct(rate(r.endToEnd.within161, r.endToEnd.pairs))} within 161 km of ${r.endToEnd.pairs} detected gold toponyms`,
  ].join('\n');
}

/** Registers `dyad eval geo` under the `dyad eval` command. */
export function registerGeoEval(evalCommand: Command): Command {
  return evalCommand
    .command('geo')
    .description('score places against a geoparsing gold set (LGL, GeoWebNews, TR-News)')
    .argument('<file>', 'gold JSONL, e.g. ../shared/data/geo-lgl/dev.jsonl')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const { report, problems } = runGeoEval(file);
      for (const p of problems) console.error(`dyad: warning: ${p}`);
      console.log(options.json ? JSON.stringify(report, null, 2) : `geo ${file}\n\n${formatGeoReport(report)}`);
    });
}
