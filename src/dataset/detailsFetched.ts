import type { IngestMessage } from '../domain/schema';
import { withDetail, type ClaimDetail, type ClaimSummary, type DetailFiles } from '../domain/claimDetails';
import { afterNextPaint } from '../lib/afterNextPaint';
import { ClaimIndex } from './claimIndex';
import { isFileResponse } from './fetchFile';
import { sha256Hex } from './sha256';
import type * as DetailsChecked from './detailsChecked';
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

/** A detail file as JSON, and whether its bytes are the ones the build hashed (`sha256`, when the core names it). */
interface Read {
  raw: unknown;
  trusted: boolean;
}

/** A static host may answer a missing file with the app's index.html and a 200 status: that is `missing` too. */
async function readFile(fetcher: Fetcher, path: string, sha256: string | undefined): Promise<Read> {
  let response: Response;
  try {
    response = await fetcher(detailUrl(path));
  } catch (e) {
    throw new DetailFileError('missing', path, e instanceof Error ? e.message : String(e));
  }
  if (!isFileResponse(response)) throw new DetailFileError('missing', path, `HTTP ${response.status}`);
  const bytes = await response.arrayBuffer().then(
    (b) => new Uint8Array(b),
    (e: unknown) => {
      throw new DetailFileError('missing', path, String(e));
    },
  );
  // Hashed off the main thread while the text is parsed on it.
  const hashing = sha256 === undefined ? Promise.resolve(null) : sha256Hex(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new DetailFileError('corrupt', path, 'not JSON');
  }
  return { raw, trusted: sha256 !== undefined && (await hashing) === sha256 };
}

/** The full check (zod), loaded the first time a file does not match its hash (one import, shared). */
let checker: Promise<typeof DetailsChecked> | null = null;
const fullCheck = () => (checker ??= import('./detailsChecked'));

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The list a file the build wrote holds (`field` of a `format` file, version 1); null when it is not that file. */
function trustedList<T = string>(raw: unknown, format: string, field: string): T[] | null {
  if (!isObject(raw) || raw.format !== format || raw.version !== 1) return null;
  const list = raw[field];
  return Array.isArray(list) ? (list as T[]) : null;
}

const MISSING: DetailResult = { ok: false, problem: 'missing' };
const CORRUPT: DetailResult = { ok: false, problem: 'corrupt' };

/** A chunk that arrived: each claim's answer by its index in the chunk, or the details to build it from. */
interface ReadChunk {
  /** The claims' details, in chunk order, when the file matched its hash: each is joined to its summary when asked. */
  details: readonly unknown[] | null;
  answers: (DetailResult | undefined)[];
}

/**
 * The details of a published core, read chunk by chunk (`files`, see claimDetails.ts) as views ask for them. Each
 * file is fetched once (once it arrived; an unreachable one is tried again on the next ask), and concurrent asks
 * share the fetch. A file whose bytes hash to the value the core names (`files.sha256`) holds what the build
 * validated: it must still be a chunk at its own position and length, each detail carrying the id of the summary at
 * its position, and a claim is joined to its summary only when asked. Any other file (changed after the build, or a
 * core without hashes, or a page without Web Crypto) is trusted in nothing: every joined claim must also pass the
 * dataset's `Claim` schema (detailsChecked.ts, so a quote still spans its offsets). A chunk that fails answers
 * `corrupt` (or `missing`) for its claims alone; a claim whose own detail fails answers `corrupt` alone.
 * `positions` finds a claim's core position by id (the model's `claimsById` when it is a ClaimIndex).
 */
export function fetchedSource(
  summaries: readonly ClaimSummary[],
  files: DetailFiles,
  fetcher: Fetcher = (url) => fetch(url),
  positions: { positionOf(id: string): number | undefined } = new ClaimIndex(summaries),
): ClaimDetailSource {
  const { chunkSize, sha256 } = files;
  /** Each chunk read so far, or the problem of the whole file. */
  const settled = new Map<number, ReadChunk | DetailResult>();
  const pending = new Map<number, Promise<void>>();

  async function check(k: number, { raw, trusted }: Read): Promise<ReadChunk | DetailResult> {
    const start = k * chunkSize;
    const length = Math.min(chunkSize, summaries.length - start);
    if (trusted) {
      const chunk = isObject(raw) ? raw : {};
      const { claims } = chunk;
      if (chunk.format !== 'rasd-details' || chunk.version !== 1 || chunk.start !== start) return CORRUPT;
      return Array.isArray(claims) && claims.length === length ? { details: claims, answers: [] } : CORRUPT;
    }
    const answers = (await fullCheck()).checkChunk(raw, start, summaries.slice(start, start + length));
    return answers ? { details: null, answers } : CORRUPT;
  }

  function load(k: number): Promise<void> {
    const running = pending.get(k);
    if (running) return running;
    const path = files.chunks[k];
    const started = (
      path === undefined
        ? Promise.reject(new DetailFileError('corrupt', `#${k}`, 'no such chunk'))
        : readFile(fetcher, path, sha256?.chunks[k])
    )
      .then((read) => check(k, read))
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

  /** A trusted detail joined to its summary, once: the same answer object on every later ask. */
  function built(chunk: ReadChunk, at: number, j: number): DetailResult {
    const summary = summaries[at] as ClaimSummary;
    const detail = chunk.details?.[j];
    const ok = isObject(detail) && detail.id === summary.id;
    const result: DetailResult = ok ? { ok: true, claim: withDetail(summary, detail as ClaimDetail) } : CORRUPT;
    chunk.answers[j] = result;
    return result;
  }

  const answer = (id: string): DetailResult | undefined => {
    const at = positions.positionOf(id);
    if (at === undefined) return MISSING;
    const k = Math.floor(at / chunkSize);
    const chunk = settled.get(k);
    if (chunk === undefined) return undefined;
    if (!('answers' in chunk)) return chunk;
    const j = at - k * chunkSize;
    return chunk.answers[j] ?? (chunk.details ? built(chunk, at, j) : CORRUPT);
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
        const at = positions.positionOf(id);
        const k = at === undefined ? undefined : Math.floor(at / chunkSize);
        if (k !== undefined && (!settled.has(k) || settled.get(k) === MISSING)) chunks.add(k);
      }
      if (chunks.size > 0) {
        // Asked for by cards a click has just mounted: the request, the parse and the hash wait for that click's
        // frame, and the words fill the cards after the next one, so none of it runs between a click and its paint.
        await afterNextPaint();
        await Promise.all([...chunks].map(load));
        await afterNextPaint();
      }
      return peek(ids) ?? new Map();
    },
    peek,
    quotes() {
      quotes ??= readFile(fetcher, files.search, sha256?.search).then(async ({ raw, trusted }) => {
        const list = trusted ? trustedList(raw, 'rasd-search', 'quotes') : (await fullCheck()).checkSearch(raw);
        if (list?.length !== summaries.length)
          throw new DetailFileError('corrupt', files.search, 'not the quotes of this core');
        // A quote that cannot be the one at its claim's offsets is never searched as if it were.
        const quoteOf: QuoteLookup = (id) => {
          const at = positions.positionOf(id);
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
      messages ??= readFile(fetcher, files.messages, sha256?.messages).then(async ({ raw, trusted }) => {
        const list = trusted
          ? trustedList<IngestMessage>(raw, 'rasd-messages', 'messages')
          : (await fullCheck()).checkMessages(raw);
        if (!list) throw new DetailFileError('corrupt', files.messages, 'not a messages file');
        messagesRead = list;
        return list;
      });
      messages.catch(() => {
        messages = null;
      });
      return messages;
    },
    messagesNow: () => messagesRead,
  };
}
