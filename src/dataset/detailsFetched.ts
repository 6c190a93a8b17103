import { Claim as ClaimSchema, type IngestMessage } from '../domain/schema';
import {
  DetailChunk,
  MessagesFile,
  SearchFile,
  withDetail,
  type ClaimDetail,
  type ClaimSummary,
  type DetailFiles,
} from '../domain/claimDetails';
import { ClaimIndex } from './claimIndex';
import { isFileResponse } from './fetchValidated';
import {
  nextSourceKey,
  type ClaimDetailSource,
  type DetailResult,
  type DetailResults,
  type QuoteLookup,
} from './details';

/** Where a published site's detail files are, relative to the page (`paths` in DetailFiles are under `data/`). */
export const detailUrl = (path: string) => `./data/${path}`;

export type Fetcher = (url: string) => Promise<Response>;

/** Why a detail file gave nothing: not reachable (`missing`) or not what the core says it is (`corrupt`). */
export class DetailFileError extends Error {
  constructor(
    readonly problem: 'missing' | 'corrupt',
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** A detail file as JSON; a static host may answer a missing file with the app's index.html and a 200 status. */
async function readJson(fetcher: Fetcher, path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(detailUrl(path));
  } catch (e) {
    throw new DetailFileError('missing', path, e instanceof Error ? e.message : String(e));
  }
  if (!isFileResponse(response)) throw new DetailFileError('missing', path, `HTTP ${response.status}`);
  const text = await response.text().catch((e: unknown) => {
    throw new DetailFileError('missing', path, String(e));
  });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DetailFileError('corrupt', path, 'not JSON');
  }
}

const MISSING: DetailResult = { ok: false, problem: 'missing' };
const CORRUPT: DetailResult = { ok: false, problem: 'corrupt' };

/**
 * The details of a published core, read chunk by chunk (`files`, see claimDetails.ts) as views ask for them. Each
 * file is fetched once (once it arrived; an unreachable one is tried again on the next ask), and concurrent asks
 * share the fetch. Nothing read is trusted: a chunk must be a
 * `DetailChunk` at its own position and length, each detail must carry the id of the summary at its position, and
 * the joined claim must pass the dataset's `Claim` schema (so a quote still spans its offsets). A chunk that fails
 * answers `corrupt` (or `missing`) for its claims alone; a claim whose own detail fails answers `corrupt` alone.
 * `positions` finds a claim's core position by id (the model's `claimsById` when it is a ClaimIndex).
 */
export function fetchedSource(
  summaries: readonly ClaimSummary[],
  files: DetailFiles,
  fetcher: Fetcher = (url) => fetch(url),
  positions: { positionOf(id: string): number | undefined } = new ClaimIndex(summaries),
): ClaimDetailSource {
  const positionOf = (id: string) => positions.positionOf(id);
  const chunkOf = (id: string) => {
    const at = positionOf(id);
    return at === undefined ? undefined : Math.floor(at / files.chunkSize);
  };
  /** Each chunk read so far: the checked claims it holds by id, or the problem of the whole file. */
  const settled = new Map<number, Map<string, DetailResult> | DetailResult>();
  const pending = new Map<number, Promise<void>>();

  function check(k: number, raw: unknown): Map<string, DetailResult> | DetailResult {
    const chunk = DetailChunk.safeParse(raw);
    const start = k * files.chunkSize;
    const length = Math.min(files.chunkSize, summaries.length - start);
    if (!chunk.success || chunk.data.start !== start || chunk.data.claims.length !== length) return CORRUPT;
    const out = new Map<string, DetailResult>();
    chunk.data.claims.forEach((detail, j) => {
      const summary = summaries[start + j] as ClaimSummary;
      const id = typeof detail === 'object' && detail !== null ? (detail as { id?: unknown }).id : undefined;
      const claim = id === summary.id ? ClaimSchema.safeParse(withDetail(summary, detail as ClaimDetail)) : null;
      out.set(summary.id, claim?.success ? { ok: true, claim: claim.data } : CORRUPT);
    });
    return out;
  }

  function load(k: number): Promise<void> {
    const running = pending.get(k);
    if (running) return running;
    const path = files.chunks[k];
    const started = (
      path === undefined
        ? Promise.reject(new DetailFileError('corrupt', `#${k}`, 'no such chunk'))
        : readJson(fetcher, path)
    )
      .then((raw) => check(k, raw))
      .catch((e: unknown) => (e instanceof DetailFileError && e.problem === 'corrupt' ? CORRUPT : MISSING))
      .then((result) => {
        settled.set(k, result);
        // A file that could not be reached (offline, a server hiccup) is asked for again by the next view that
        // needs it; one that arrived damaged stays damaged.
        if (result === MISSING) pending.delete(k);
      });
    pending.set(k, started);
    return started;
  }

  const answer = (id: string): DetailResult | undefined => {
    const k = chunkOf(id);
    if (k === undefined) return MISSING;
    const chunk = settled.get(k);
    if (chunk === undefined) return undefined;
    return chunk instanceof Map ? (chunk.get(id) ?? CORRUPT) : chunk;
  };

  function peek(ids: readonly string[]): DetailResults | undefined {
    const out = new Map<string, DetailResult>();
    for (const id of ids) {
      const a = answer(id);
      if (a === undefined) return undefined;
      out.set(id, a);
    }
    return out;
  }

  let quotes: Promise<QuoteLookup> | null = null;
  let quotesRead: QuoteLookup | null = null;
  let messages: Promise<IngestMessage[]> | null = null;
  let messagesRead: IngestMessage[] | null = null;

  return {
    key: nextSourceKey('fetched'),
    inMemory: false,
    async claims(ids) {
      const chunks = new Set<number>();
      for (const id of ids) {
        const k = chunkOf(id);
        if (k !== undefined && (!settled.has(k) || settled.get(k) === MISSING)) chunks.add(k);
      }
      await Promise.all([...chunks].map(load));
      return peek(ids) ?? new Map();
    },
    peek,
    quotes() {
      quotes ??= readJson(fetcher, files.search).then((raw) => {
        const file = SearchFile.safeParse(raw);
        if (!file.success || file.data.quotes.length !== summaries.length)
          throw new DetailFileError('corrupt', files.search, 'not the quotes of this core');
        const list = file.data.quotes;
        // A quote that cannot be the one at its claim's offsets is never searched as if it were.
        const quoteOf: QuoteLookup = (id) => {
          const at = positionOf(id);
          if (at === undefined) return undefined;
          const s = summaries[at] as ClaimSummary;
          const q = list[at] as string;
          return q.length === s.quote_end - s.quote_start ? q : undefined;
        };
        quotesRead = quoteOf;
        return quoteOf;
      });
      // A failed read may be tried again (the next search), rather than failing for the rest of the visit.
      quotes.catch(() => {
        quotes = null;
      });
      return quotes;
    },
    quotesNow: () => quotesRead,
    messages() {
      messages ??= readJson(fetcher, files.messages).then((raw) => {
        const file = MessagesFile.safeParse(raw);
        if (!file.success) throw new DetailFileError('corrupt', files.messages, 'not a messages file');
        messagesRead = file.data.messages;
        return messagesRead;
      });
      messages.catch(() => {
        messages = null;
      });
      return messages;
    },
    messagesNow: () => messagesRead,
  };
}
