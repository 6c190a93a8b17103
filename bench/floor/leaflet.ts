// The floor for a page that draws the core's points with Leaflet alone: no framework, no text, no basemap.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { FIT, placedPoints } from './points';

const map = L.map('map', { preferCanvas: true, zoomControl: false });
const points = await placedPoints();
map.fitBounds(L.latLngBounds(points), FIT);
for (const p of points) L.circleMarker(p, { radius: 6 }).addTo(map);
map.getContainer().setAttribute('data-marks-drawn', String(points.length));
