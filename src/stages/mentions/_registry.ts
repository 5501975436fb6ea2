/**
 * Collects mentions and merges them into actors: one actor per person name, else one per
 * code and canonical name. Ids are `a1`, `a2`... and `m1`, `m2`... in text order.
 */
import type { ActorCode, ActorType } from '../../core/codes.js';
import type { Actor, Mention, MentionForm } from '../../core/document.js';
import type { Source } from '../../core/source.js';
import type { Span } from '../../core/span.js';

interface ActorDraft {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly code: string | null;
  readonly mentions: string[];
  readonly source: Source;
}

/** What a new mention needs besides ids. */
export interface MentionInput {
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  readonly firstToken: number;
  readonly endToken: number;
  readonly form: MentionForm;
  readonly role?: string;
  readonly metonym?: boolean;
  readonly source: Source;
}

/** The actor a mention refers to. */
export interface ActorInput {
  readonly key: string;
  readonly name: string;
  readonly type: ActorType;
  readonly code: string | null;
  readonly source: Source;
}

/** Accumulates the mentions and actors of one article. */
export class Registry {
  readonly mentions: Mention[] = [];
  private readonly actors = new Map<string, ActorDraft>();
  private readonly byId = new Map<string, ActorDraft>();

  /** Adds a mention of an actor (created on first use); returns the actor id. */
  add(mention: MentionInput, actor: ActorInput): string {
    let draft = this.actors.get(actor.key);
    if (draft === undefined) {
      draft = { id: `a${this.actors.size + 1}`, ...actor, mentions: [] };
      this.actors.set(actor.key, draft);
      this.byId.set(draft.id, draft);
    }
    this.addTo(mention, draft.id);
    return draft.id;
  }

  /** Adds a mention of a known actor (coreference). */
  addTo(mention: MentionInput, actorId: string): void {
    const draft = this.byId.get(actorId);
    if (draft === undefined) return;
    const id = `m${this.mentions.length + 1}`;
    this.mentions.push({ id, ...mention, actorId });
    draft.mentions.push(id);
  }

  /** The actor of an id. */
  actor(id: string): { readonly type: ActorType; readonly code: string | null; readonly name: string } | undefined {
    return this.byId.get(id);
  }

  /** The actors, in order of first mention, with mentions in text order. */
  finish(): { mentions: Mention[]; actors: Actor[] } {
    const mentions = [...this.mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const order = new Map(mentions.map((m, i) => [m.id, i]));
    const actors: Actor[] = [...this.actors.values()].map((d) => ({
      id: d.id,
      name: d.name,
      type: d.type,
      code: d.code as ActorCode | null,
      mentions: [...d.mentions].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      source: d.source,
    }));
    return { mentions, actors };
  }
}
