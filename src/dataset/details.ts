import type { Claim, IngestMessage } from '../domain/schema';

/**
 * Where a model reads what its claims say beyond their summaries (quote, notes, spans, bases, traces, audit,
 * corrections), the search quotes and the ingest messages (issue 12.2). A dataset loaded whole answers from memory
 * at once; a published core reads detail chunks on demand (detailsFetched.ts); a model merged with the device's own
 * data answers its local claims from memory and the rest from the base model's source.
 */

/** Why a claim's details cannot be shown: its file could not be read, or it was read and failed its checks. */
export type DetailProblem = 'missing' | 'corrupt';

export type DetailResult = { ok: true; claim: Claim } | { ok: false; problem: DetailProblem };

/** Each asked id with its whole claim or the reason it has none. */
export type DetailResults = ReadonlyMap<string, DetailResult>;

/** A claim's raw quote by claim id, for free-text search; undefined for an unknown claim. */
export type QuoteLookup = (claimId: string) => string | undefined;

export interface ClaimDetailSource {
  /** Unique per source: part of every query key that reads through it. */
  readonly key: string;
  /** True when every answer is already in memory (nothing is fetched, nothing can fail to arrive). */
  readonly inMemory: boolean;
  /** The whole claims of `ids`; never rejects: a claim that cannot be read answers with its problem. */
  claims(ids: readonly string[]): Promise<DetailResults>;
  /** The same answer when every id can be answered without waiting (in memory, or its chunk already read). */
  peek(ids: readonly string[]): DetailResults | undefined;
  /** Every claim's quote (the search file, read once); rejects when it cannot be read. */
  quotes(): Promise<QuoteLookup>;
  /** The quotes when already read, else null. */
  quotesNow(): QuoteLookup | null;
  /** The ingest messages (the messages file, read once); rejects when it cannot be read. */
  messages(): Promise<IngestMessage[]>;
  /** The messages when already read, else null. */
  messagesNow(): IngestMessage[] | null;
}

let sources = 0;
/** A fresh key for a new source. */
export const nextSourceKey = (kind: string): string => `${kind}-${++sources}`;

const MISSING: DetailResult = { ok: false, problem: 'missing' };

/** Details of a dataset held whole in memory: every answer at once. */
export function memorySource(claimsById: ReadonlyMap<string, Claim>, messages: IngestMessage[]): ClaimDetailSource {
  const peek = (ids: readonly string[]): DetailResults =>
    new Map(
      ids.map((id) => {
        const claim = claimsById.get(id);
        return [id, claim ? { ok: true, claim } : MISSING] as const;
      }),
    );
  const quoteOf: QuoteLookup = (id) => claimsById.get(id)?.quote;
  return {
    key: nextSourceKey('memory'),
    inMemory: true,
    claims: (ids) => Promise.resolve(peek(ids)),
    peek,
    quotes: () => Promise.resolve(quoteOf),
    quotesNow: () => quoteOf,
    messages: () => Promise.resolve(messages),
    messagesNow: () => messages,
  };
}

/**
 * The device's own claims (`local`, in memory) over a base model's source: local ids answer from memory, every other
 * id from the base. Messages and quotes are the base's plus the local ones, ready when the base's are.
 */
export function mergedSource(
  base: ClaimDetailSource,
  localById: ReadonlyMap<string, Claim>,
  localMessages: readonly IngestMessage[],
): ClaimDetailSource {
  const local = memorySource(localById, []);
  const split = (ids: readonly string[]) => {
    const own: string[] = [];
    const rest: string[] = [];
    for (const id of ids) (localById.has(id) ? own : rest).push(id);
    return { own, rest };
  };
  const join = (a: DetailResults, b: DetailResults, ids: readonly string[]): DetailResults =>
    new Map(ids.map((id) => [id, a.get(id) ?? b.get(id) ?? MISSING] as const));
  const quotesWith =
    (baseQuote: QuoteLookup): QuoteLookup =>
    (id) =>
      localById.get(id)?.quote ?? baseQuote(id);
  // The same base answer gives the same merged object, so views keyed on it (possiblySameIndex) do not rebuild.
  let merged: { base: IngestMessage[]; all: IngestMessage[] } | null = null;
  const withLocal = (m: IngestMessage[]) => {
    if (merged?.base !== m) merged = { base: m, all: [...m, ...localMessages] };
    return merged.all;
  };
  return {
    key: nextSourceKey('merged'),
    inMemory: base.inMemory,
    async claims(ids) {
      const { own, rest } = split(ids);
      return join(local.peek(own) ?? new Map(), rest.length > 0 ? await base.claims(rest) : new Map(), ids);
    },
    peek(ids) {
      const { own, rest } = split(ids);
      const fromBase = rest.length > 0 ? base.peek(rest) : new Map<string, DetailResult>();
      return fromBase && join(local.peek(own) ?? new Map(), fromBase, ids);
    },
    quotes: async () => quotesWith(await base.quotes()),
    quotesNow() {
      const q = base.quotesNow();
      return q && quotesWith(q);
    },
    messages: async () => withLocal(await base.messages()),
    messagesNow() {
      const m = base.messagesNow();
      return m && withLocal(m);
    },
  };
}
