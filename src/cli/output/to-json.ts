/**
 * The published shape of a coded article (`dyad code --format json`, one per line),
 * described by `schema/document.schema.json`. Tokens are left out; everything else
 * keeps its spans into `text` and its provenance.
 */
import type { CodedDocument, Mention } from '../../core/document.js';

export interface OutputMention {
  readonly span: Mention['span'];
  readonly text: string;
  readonly form: Mention['form'];
  readonly role?: string;
  readonly metonym?: boolean;
  readonly source: Mention['source'];
}

function outputMention(m: Mention): OutputMention {
  const out: OutputMention = { span: m.span, text: m.text, form: m.form, source: m.source };
  return {
    ...out,
    ...(m.role === undefined ? {} : { role: m.role }),
    ...(m.metonym === undefined ? {} : { metonym: m.metonym }),
  };
}

/** Turns a coded document into the JSON object `dyad code` prints. */
export function toOutputDocument(doc: CodedDocument) {
  const mentionsById = new Map(doc.mentions.map((m) => [m.id, m]));
  return {
    id: doc.id,
    date: doc.date,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.url === undefined ? {} : { url: doc.url }),
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ index: s.index, span: s.span })),
    actors: doc.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      code: a.code,
      source: a.source,
      mentions: a.mentions.flatMap((id) => {
        const m = mentionsById.get(id);
        return m ? [outputMention(m)] : [];
      }),
    })),
    events: doc.events,
    quotes: doc.quotes,
    claims: doc.claims,
    places: doc.places,
    times: doc.times,
  };
}

export type OutputDocument = ReturnType<typeof toOutputDocument>;
