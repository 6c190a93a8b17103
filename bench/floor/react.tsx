// The floor for Rasd's stack: React and react-leaflet draw the core's points: no text, no basemap, no state.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CircleMarker, MapContainer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { FIT, placedPoints } from './points';

// Started before React renders, as Rasd starts its dataset load (src/main.tsx).
const loading = placedPoints();

function Drawn({ count }: { count: number }) {
  const map = useMap();
  useEffect(() => map.getContainer().setAttribute('data-marks-drawn', String(count)), [map, count]);
  return null;
}

function Floor() {
  const [points, setPoints] = useState<Array<[number, number]> | null>(null);
  useEffect(() => void loading.then(setPoints), []);
  if (!points) return null;
  return (
    <MapContainer
      bounds={points}
      boundsOptions={FIT}
      preferCanvas
      zoomControl={false}
      style={{ width: 900, height: 600 }}
    >
      {points.map((p, i) => (
        <CircleMarker key={i} center={p} radius={6} />
      ))}
      <Drawn count={points.length} />
    </MapContainer>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
