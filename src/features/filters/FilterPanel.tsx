import { memo, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_FILTERS, warmFilters, type FilterState } from '../../domain/filter';
import { facetCounts } from '../../domain/facets';
import { whenIdle } from '../../lib/whenIdle';
import { rehearsing } from '../../lib/rehearsal';
import { buildPlaceTree } from '../../domain/placeTree';
import { dateExtent } from '../../domain/dataset';
import type { Incident, Tally } from '../../domain/schema';
import { PERPETRATORS, VICTIMS, WEAPONS } from '../../domain/vocabulary';
import { sourceName } from '../../lib/names';
import { useSelection } from '../../state/selection';
import { useViewSelect, useViewState } from '../../state/viewState';
import { ActiveFilters } from './ActiveFilters';
import { DateFilter } from './DateFilter';
import { ExportButtons } from './ExportButtons';
import { OptionGroup, type Option } from './OptionGroup';
import { PlaceFilter } from './PlaceFilter';
import { SearchBox } from './SearchBox';
import { UndatedNote } from './UndatedNote';
import { UrlNotices } from './UrlNotices';
import { useFilterTiming } from './useFilterTiming';
import { useReconcile } from './useReconcile';
import './filters.css';

const idleStep = (step: () => void) => {
  whenIdle(step, 2000);
};

/** At this width and above the filters start open; below it (a phone) they start collapsed so map and list show. */
const WIDE = '(min-width: 1024px)';
const startsOpen = () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches;

const LIST_FIELDS = ['places', 'perpetrators', 'weapons', 'victims', 'sources', 'kinds', 'statuses'] as const;
type ListField = (typeof LIST_FIELDS)[number];

/**
 * Holds back what it wraps until the page can spare the time, or at once when `now`; once shown it stays (the app
 * passes one that waits for the map's first marks).
 */
export type Later = ComponentType<{ now: boolean; children: ReactNode }>;

/**
 * The one filter state's controls; every view reads the selection they produce (state/selection.tsx). The further
 * filters sit in a closed <details> on a fresh visit (200–500 elements at 1k incidents, half the page's): built
 * inside `later`, they cost the first marks nothing, and are there, unchanged, by the time anyone opens them.
 */
export function FilterPanel({ later: LaterSlot }: { later?: Later }) {
  const { t } = useTranslation('filters');
  const { filters } = useViewState('filters');
  const { model, selection } = useSelection();
  useFilterTiming(selection);
  useReconcile(model);
  // Index the data for filtering and search while the user reads, so the first change or keystroke is quick.
  useEffect(() => warmFilters(model, idleStep), [model]);

  const all = useMemo(() => [...model.incidents, ...model.tallies], [model]);
  const extent = useMemo(() => dateExtent(all), [all]);
  const years = useMemo(() => {
    const set = new Set<number>();
    for (const e of all) {
      if (e.date === null) continue;
      for (let y = Number(e.date.from.slice(0, 4)); y <= Number(e.date.to.slice(0, 4)); y++) set.add(y);
    }
    return [...set].sort((a, b) => a - b);
  }, [all]);
  // Closed by default to keep the map in view; open when a link or the back button brings such filters in.
  const inMore =
    filters.places.length +
      filters.perpetrators.length +
      filters.weapons.length +
      filters.victims.length +
      filters.sources.length +
      filters.kinds.length +
      filters.statuses.length >
      0 ||
    filters.minKilled !== null ||
    filters.disagree;
  const [open, setOpen] = useState(startsOpen);
  const [moreOpen, setMoreOpen] = useState(inMore);
  const [sawInMore, setSawInMore] = useState(inMore);
  // A rehearsed click (state/firstClick.ts) is taken back unseen: it must not open the further filters.
  if (inMore !== sawInMore && !rehearsing()) {
    setSawInMore(inMore);
    if (inMore) setMoreOpen(true);
  }
  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={() => setOpen((o) => !o)}
          >
            {t('heading')}
          </button>
        </h2>
        <p className="muted small" role="status">
          {t('shown', {
            shown: selection.incidents.length + selection.tallies.length,
            total: model.incidents.length + model.tallies.length,
          })}
        </p>
        <UndatedNote />
      </div>
      <UrlNotices />
      <ActiveFilters holdPlace={open} />
      <div id="filters-body" className="filters-body" hidden={!open}>
        <div className="filters-top">
          <SearchBox />
          <DateFilter extent={extent} years={years} />
        </div>
        <details className="more-filters" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
          <summary>{t('more')}</summary>
          {LaterSlot ? (
            <LaterSlot now={moreOpen}>
              <MoreFilters all={all} />
            </LaterSlot>
          ) : (
            <MoreFilters all={all} />
          )}
        </details>
        <ExportButtons />
      </div>
    </section>
  );
}

/** The filters behind "more": places, vocabularies, sources, kinds, statuses, a minimum and disagreement. */
function MoreFilters({ all }: { all: readonly (Incident | Tally)[] }) {
  const { t } = useTranslation('filters');
  const { t: tc } = useTranslation('common');
  const { filters, setFilters, language } = useViewState('filters', 'setFilters', 'language');
  const { model, selection } = useSelection();
  const tree = useMemo(() => buildPlaceTree(all, model.placesById), [all, model.placesById]);
  const { counts } = selection;
  const sourceOptions = useMemo(
    () => model.sources.map((s) => ({ value: s.id, label: sourceName(s, language) ?? tc('vocab.unattributed') })),
    [model.sources, language, tc],
  );
  // One setter per field for the life of the panel, so the groups' props stay the same from one click to the next.
  const setList = useMemo(() => {
    const of = (field: ListField) => (next: string[]) => setFilters((f) => ({ ...f, [field]: next }) as FilterState);
    return Object.fromEntries(LIST_FIELDS.map((field) => [field, of(field)])) as Record<
      ListField,
      (next: string[]) => void
    >;
  }, [setFilters]);
  // The checkbox facets after the places, in the order shown: each filter field with its options (labels made once
  // per language, not per click).
  // Options are those the dataset holds (counted once, with no filter) or chosen: a choice no event has is no choice,
  // while one the other filters leave at 0 stays listed (OptionGroup).
  const held = useMemo(() => facetCounts(model, EMPTY_FILTERS), [model]);
  const facets = useMemo((): Array<[Exclude<ListField, 'places'>, Option[]]> => {
    const vocab = (group: string, values: readonly string[]) =>
      values.map((value) => ({ value, label: tc(`vocab.${group}.${value}`) }));
    const facetList: Array<[Exclude<ListField, 'places'>, Option[]]> = [
      ['perpetrators', vocab('perpetrator', PERPETRATORS)],
      ['weapons', vocab('weapon', WEAPONS)],
      ['victims', vocab('victims', VICTIMS)],
      ['sources', sourceOptions],
      ['kinds', vocab('kind', ['incident', 'tally'])],
      ['statuses', vocab('status', ['preliminary', 'revised'])],
    ];
    return facetList;
  }, [tc, sourceOptions]);

  return (
    <div className="filter-grid">
      <PlaceFilter tree={tree} counts={counts.places} chosen={filters.places} onChange={setList.places} />
      {facets.map(([field, options]) => (
        <OptionGroup
          key={field}
          legend={t(`groups.${field}`)}
          options={options.filter(
            (o) => held[field].has(o.value) || (filters[field] as readonly string[]).includes(o.value),
          )}
          chosen={filters[field]}
          counts={counts[field]}
          onChange={setList[field]}
        />
      ))}
      <FurtherFilters />
    </div>
  );
}

/** A least number killed and "sources disagree": kept across clicks on other filters (their inputs too). */
const FurtherFilters = memo(function FurtherFilters() {
  const { t } = useTranslation('filters');
  const minKilled = useViewSelect((s) => s.filters.minKilled);
  const disagree = useViewSelect((s) => s.filters.disagree);
  const { setFilters } = useViewState('setFilters');
  return (
    <fieldset className="filter-group">
      <legend>{t('groups.more')}</legend>
      <label className="min-killed">
        {t('minKilled')}{' '}
        <input
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          value={minKilled ?? ''}
          onChange={(e) => {
            const n = e.target.valueAsNumber;
            setFilters((f) => ({ ...f, minKilled: Number.isInteger(n) && n >= 0 ? n : null }));
          }}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={disagree}
          onChange={(e) => setFilters((f) => ({ ...f, disagree: e.target.checked }))}
        />{' '}
        {t('disagree')}
      </label>
    </fieldset>
  );
});
