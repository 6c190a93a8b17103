import { useEffect, useRef } from 'react';
import type { DatasetModel } from '../../dataset/model';
import { resolveEventRef } from '../../domain/ids';
import { reconcileView } from '../../state/urlState';
import { useViewStore } from '../../state/viewState';

/**
 * Once the dataset has loaded, drops ids the URL named that it does not hold (a link made with another version of
 * the data), with a notice for each, so the view never silently shows nothing; the selected event a link names by
 * its uid (or old slug) becomes the event of this dataset with that uid.
 */
export function useReconcile(model: DatasetModel): void {
  const store = useViewStore();
  const checked = useRef<DatasetModel | null>(null);
  useEffect(() => {
    if (checked.current === model) return;
    checked.current = model;
    const view = store.getState();
    const { view: kept, notices } = reconcileView(view, {
      places: model.placesById,
      sources: model.sourcesById,
      events: model.eventsById,
      reports: model.reportsById,
      // `sel` names the event by its stable uid (or, in older links, its slug).
      resolveEvent: (ref) => resolveEventRef(ref, [...model.incidents, ...model.tallies], model.claims)?.id ?? null,
    });
    if (kept.selectedId !== view.selectedId) view.select(kept.selectedId);
    if (notices.length === 0) return;
    view.setFilters((f) => ({ ...f, places: kept.filters.places, sources: kept.filters.sources }));
    if (kept.report !== view.report) view.openReport(kept.report);
    view.addNotices(notices);
  }, [model, store]);
}
