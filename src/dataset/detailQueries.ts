import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Claim, IngestMessage } from '../domain/schema';
import { rehearsing } from '../lib/rehearsal';
import type { ClaimDetailSource, DetailProblem, DetailResult, DetailResults } from './details';

const unreached = (r: DetailResult) => !r.ok && r.problem === 'missing';

/**
 * The one way views read what a claim says beyond its summary: react-query queries over a model's detail source,
 * keyed by the source and the claim ids. A source in memory (or a chunk already read) answers as initial data, so
 * nothing flashes a loading state; a fetched chunk is read once however many views ask.
 */
export const claimDetailsQuery = (source: ClaimDetailSource, ids: readonly string[]) =>
  queryOptions({
    queryKey: ['claim-details', source.key, ...ids],
    queryFn: () => source.claims(ids),
    initialData: () => source.peek(ids),
    // An answer with a claim whose file could not be reached is asked again when a view next mounts (back online).
    staleTime: (query) => ([...(query.state.data?.values() ?? [])].some(unreached) ? 0 : Infinity),
    gcTime: 5 * 60_000,
    retry: false,
  });

/** What a view shows of one claim's details: still arriving, unreadable (why), or the whole claim. */
export type ClaimDetailState =
  { status: 'loading' } | { status: 'error'; problem: DetailProblem } | { status: 'ready'; claim: Claim };

const LOADING: ClaimDetailState = { status: 'loading' };

export function detailState(results: DetailResults | undefined, id: string): ClaimDetailState {
  const r = results?.get(id);
  if (r === undefined) return LOADING;
  return r.ok ? { status: 'ready', claim: r.claim } : { status: 'error', problem: r.problem };
}

/** The details of `ids` as one lookup; every id is `loading` until its chunk is read. */
export function useClaimDetails(source: ClaimDetailSource, ids: readonly string[]) {
  // A rehearsal's cards are gone before anyone sees them: their words are not downloaded (lib/rehearsal.ts).
  const query = useQuery({ ...claimDetailsQuery(source, ids), enabled: !rehearsing() });
  const problems = new Set<DetailProblem>();
  for (const r of query.data?.values() ?? []) if (!r.ok) problems.add(r.problem);
  return { results: query.data, problems, state: (id: string) => detailState(query.data, id) };
}

/** The ingest messages of a model (a core reads its messages file on first ask). */
export const messagesQuery = (source: ClaimDetailSource) =>
  queryOptions({
    queryKey: ['detail-messages', source.key],
    queryFn: () => source.messages(),
    initialData: (): IngestMessage[] | undefined => source.messagesNow() ?? undefined,
    staleTime: Infinity,
    retry: false,
  });
