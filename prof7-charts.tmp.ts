import { readFileSync } from 'node:fs';
import { buildModel } from './src/dataset/model';
import { validateDataset } from './src/domain/validate';
import { indexIncidentsByArea, talliesAgainstIncidents } from './src/domain/aggregateTallies';
import { timelineBuckets, incidentExtent } from './src/domain/aggregate';
const v = validateDataset(JSON.parse(readFileSync('/tmp/rasd-synth-100000.json', 'utf8')));
if (!v.ok) throw new Error();
const model = buildModel(v.dataset);
const ix = indexIncidentsByArea(model.incidents, model.placesById);
const ext = incidentExtent(model.incidents, model.incidents)!;
for (let r = 0; r < 30; r++) {
  let t0 = performance.now(); talliesAgainstIncidents(model.tallies, ix, model.placesById); const a = performance.now() - t0;
  t0 = performance.now(); timelineBuckets(model.incidents, ext.from, ext.to, 'month', model.incidents); const b = performance.now() - t0;
  if (r % 5 === 4) console.log('tallies', a.toFixed(1), 'timeline', b.toFixed(1));
}
