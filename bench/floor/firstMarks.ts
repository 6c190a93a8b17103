// Not a floor: an estimate of a map-first start. A small entry draws the first marks with Rasd's own code (the core
// checked against the page's data version, the model, one selection pass, the clustered spots, the marks layer and
// the offline basemap), with no React, no i18n and none of the dashboard; what the app would adopt once it has run.
import L from 'leaflet';
import '../../src/app/mapStyles.css';
import { CORE_URL, loadCore } from '../../src/dataset/loadCore';
import { builtDatasetHash } from '../../src/dataset/buildChecked';
import { buildModel } from '../../src/dataset/model';
import { EMPTY_FILTERS, indexOf } from '../../src/domain/filter';
import { selectionPass } from '../../src/domain/selectionPass';
import { SpotTally, spotLayout } from '../../src/domain/spotTally';
import { basemapQuery, type Basemap } from '../../src/features/map/basemap';
import { MarksLayer } from '../../src/features/map/marksLayer';
import { SpotClusters } from '../../src/features/map/spotClusters';
import { FIT } from './points';

const fetchBasemap = basemapQuery.queryFn as unknown as (context: { signal: AbortSignal }) => Promise<Basemap>;
const basemap = fetchBasemap({ signal: new AbortController().signal });
const core = await loadCore(CORE_URL, builtDatasetHash(), () => undefined);
if (!core.ok) throw new Error(`core not taken: ${core.why}`);
const model = buildModel(core.dataset);
const pass = selectionPass(model, EMPTY_FILTERS);
// As the map's useIncidentIndex does: the spots clustered, the selection counted per spot.
const ix = indexOf(model);
const clusters = new SpotClusters(spotLayout(ix, model.placesById));
const tally = SpotTally.fill(clusters.layout, ix, pass.slots, pass.incidents);
const { lat, lon, size } = clusters.layout;
const spots = Array.from({ length: size }, (_, g): [number, number] => [lat[g] as number, lon[g] as number]);

const map = L.map('map', { zoomControl: false, minZoom: 5, maxZoom: 17, zoomSnap: 1 });
map.fitBounds(L.latLngBounds(spots), FIT);
const base = await basemap;
for (const layer of [base.neighbours, base.governorates, base.internalBorders, base.border])
  L.geoJSON(layer, { interactive: false, style: { weight: 1, color: '#a89f8c', fillColor: '#fdfcf9' } }).addTo(map);
const marks = new MarksLayer(map, {
  select: () => undefined,
  hover: () => undefined,
  openGroup: () => undefined,
  pointLabel: (p) => p.id,
  clusterLabel: (s) => String(s.count),
  number: String,
});
marks.setData(clusters, pass.incidents, tally);
map.getContainer().dataset.marksDrawn = String(marks.stats().marks);
