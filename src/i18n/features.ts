import { strings as incident } from '../features/incidents/strings';
import { strings as report } from '../features/report/strings';
import { strings as map } from '../features/map/strings';
import { strings as timeline } from '../features/timeline/strings';
import { strings as charts } from '../features/charts/strings';
import { strings as filters } from '../features/filters/strings';

/** Every feature's own strings, one i18next namespace each. A feature adds itself here. */
export const featureStrings = {
  incident,
  report,
  map,
  timeline,
  charts,
  filters,
} satisfies Record<string, { ar: object; en: object }>;
