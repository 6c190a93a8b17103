import { useDeferredValue, useMemo } from 'react';
import {
  bucketIndex,
  chooseUnit,
  dateExtent,
  dayNumber,
  incidentExtent,
  isoDay,
  timelineBuckets,
  type BucketUnit,
  type TimelineBucket,
} from '../../domain/aggregate';
import { applyFilters, type FilterState } from '../../domain/filter';
import type { Tally } from '../../domain/schema';
import { useQuery } from '@tanstack/react-query';
import { comparisonQuery } from '../../dataset/comparison';
import { useSelection } from '../../state/selection';
import { useViewsSettled } from '../../state/settled';
import { useViewState } from '../../state/viewState';
import { useFollowWhenNear } from '../../lib/useFollowWhenNear';

export interface TimelineData {
  /** Chronological buckets over the whole extent of the selection without its date filter. */
  buckets: TimelineBucket[];
  unit: BucketUnit;
  /** The chosen period as bucket indices (chronological, inclusive). */
  window: { start: number; end: number };
  /** Dated tallies of the selection without its date filter, as chronological bucket indices. */
  tallies: Array<{ tally: Tally; start: number; end: number }>;
  undated: number;
  extent: { from: string; to: string } | null;
  /** Per bucket, killed per UCDP GED under the same filters; null unless the user compares with it. */
  datasetKilled: number[] | null;
  /** The filters this data was selected by (they lag the view state's while the timeline catches up). */
  filters: FilterState;
}

const dateless = (f: FilterState): FilterState => ({ ...f, from: null, to: null });

/**
 * The timeline shows every other filter's selection over its whole span, so the brush has context to move in; the
 * date filter is the brushed window. The bucket size follows the window ("the visible span"), so narrowing a
 * 7-year view to two weeks switches from months to days.
 */
export function useTimeline(near = true): { data: TimelineData; behind: boolean } {
  const { model, selection: current } = useSelection();
  // Like the charts, the timeline catches up after the list and the map (see ChartsPanel), and only while it is
  // near the viewport: away from it, it keeps what it drew until the reader scrolls near (useFollowWhenNear).
  // Away from it there is nothing to draw, so it takes the new selection at once (keeping its drawing, marked
  // behind): a click is not held open for a lower-priority render that would draw nothing.
  const deferred = useDeferredValue(current);
  const followed = near ? deferred : current;
  useViewsSettled('timeline', followed !== current, current);
  const { shown, behind } = useFollowWhenNear(followed, near);
  const { filters, context } = shown;
  // The filter pass keeps `context` (every filter but the dates) when only the dates changed: dragging the brush
  // does not redo the buckets' context. The UCDP comparison is another dataset, filtered here.
  const otherFilters = JSON.stringify(dateless(filters));
  const { compare } = useViewState('compare');
  const comparison = useQuery({ ...comparisonQuery('ucdp'), enabled: compare });
  const comparisonEvents = useMemo(
    () =>
      compare && comparison.data
        ? applyFilters(comparison.data.model, JSON.parse(otherFilters) as FilterState).incidents
        : null,
    [compare, comparison.data, otherFilters],
  );
  const extent = useMemo(() => {
    const incidents = incidentExtent(context.incidents, model.incidents);
    const tallies = dateExtent(context.tallies);
    const from = Math.min(incidents?.from ?? Infinity, tallies ? dayNumber(tallies.from) : Infinity);
    const to = Math.max(incidents?.to ?? -Infinity, tallies ? dayNumber(tallies.to) : -Infinity);
    return from === Infinity ? null : { from: isoDay(from), to: isoDay(to) };
  }, [context, model]);

  const data = useMemo((): TimelineData => {
    if (extent === null) {
      return {
        buckets: [],
        unit: 'month',
        window: { start: 0, end: -1 },
        tallies: [],
        undated: context.incidents.length,
        extent,
        datasetKilled: null,
        filters,
      };
    }
    const first = dayNumber(extent.from);
    const last = dayNumber(extent.to);
    const from = Math.min(Math.max(filters.from === null ? first : dayNumber(filters.from), first), last);
    const to = Math.max(Math.min(filters.to === null ? last : dayNumber(filters.to), last), from);
    const unit = chooseUnit(to - from + 1);
    const { buckets, undated } = timelineBuckets(context.incidents, first, last, unit, model.incidents);
    const clamp = (i: number) => Math.min(Math.max(i, 0), buckets.length - 1);
    const tallies = context.tallies
      .filter((t): t is Tally & { date: NonNullable<Tally['date']> } => t.date !== null)
      .map((t) => ({
        tally: t,
        start: clamp(bucketIndex(dayNumber(t.date.from), buckets, unit)),
        end: clamp(bucketIndex(dayNumber(t.date.to), buckets, unit)),
      }));
    return {
      buckets,
      unit,
      window: { start: clamp(bucketIndex(from, buckets, unit)), end: clamp(bucketIndex(to, buckets, unit)) },
      tallies,
      undated,
      extent,
      datasetKilled: comparisonEvents
        ? timelineBuckets(comparisonEvents, first, last, unit).buckets.map((b) => b.killed)
        : null,
      filters,
    };
  }, [context, extent, filters, model, comparisonEvents]);
  return { data, behind };
}

/** The date filter a brushed window of buckets stands for; the whole extent means no date filter. */
export function windowToDates(
  buckets: readonly TimelineBucket[],
  start: number,
  end: number,
): { from: string | null; to: string | null } {
  const a = buckets[start];
  const b = buckets[end];
  if (!a || !b || (start === 0 && end === buckets.length - 1)) return { from: null, to: null };
  return { from: isoDay(a.start), to: isoDay(b.end) };
}
