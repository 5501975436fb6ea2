/**
 * wink-eng-lite-web-model's core model, loaded as the package's own `core()` loads it
 * (`dist/read-core-model.js`, `dist/load-core-model.js`), less two costs of a one-article run:
 * the package deep-copies its 3 MB JSON (`JSON.parse(JSON.stringify(…))`, ~40 ms) so that it can
 * be loaded twice, and decodes base64 a character at a time (~15 ms). dyad loads it once per
 * process, so it copies only what wink changes as it reads (the feature tables and their lists).
 * `_wink-model.test.ts` checks that the result equals the package's own.
 */
import { createRequire } from 'node:module';

/** A feature table of the model: its values, and value → index once loaded. */
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of the model's JSON that loading touches. */
interface RawModel {
  readonly packing: { readonly layout: Record<string, readonly number[]>; efList?: string[] };
  readonly features: Record<string, Feature>;
  readonly pos: { readonly hash: Record<string, number> };
  readonly lexicon: string;
  readonly xpansions: string;
}

/** The same JSON module as the package's loader requires (so it is parsed once). */
const MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** Base64 to a fresh, aligned buffer of 32-bit words. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}

function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[String(list[k])] = k;
  return hash;
}

/** The loaded core model, as `model.core()` of wink-eng-lite-web-model returns it. */
export function loadCoreModel(): unknown {
  const raw = createRequire(import.meta.url)(MODEL_JSON) as RawModel;
  const { layout } = raw.packing;
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(raw.features)) features[name] = { ...f, list: [...f.list] };
  const efList: string[] = [];
  for (const [name, spec] of Object.entries(layout)) {
    const f = features[name];
    if (spec[3] === 0 && f) {
      f.hash = indexOf(f.list);
      f.intrinsicSize = f.list.length;
      f.index = f.list.length;
      f.maxIndex = (spec[1] ?? 0) >>> (spec[2] ?? 0);
    }
    if (spec[4] === 1) efList.push(name);
  }
  const lexeme = features.lexeme;
  if (lexeme) {
    lexeme.hash = indexOf(lexeme.list);
    lexeme.intrinsicSize = lexeme.list.length;
    lexeme.index = lexeme.list.length;
  }
  const clusters = features.posClusters?.list ?? [];
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set(
      String(clusters[k])
        .split('_')
        .map((e) => raw.pos.hash[e] || 0),
    );
  }
  return {
    ...raw,
    packing: { ...raw.packing, efList },
    features,
    lexicon: words(raw.lexicon),
    xpansions: words(raw.xpansions),
  };
}
