import { readFileSync } from 'node:fs';
import { buildModel } from './src/dataset/model';
import { validateDataset } from './src/domain/validate';
import { indexIncidentsByArea, talliesAgainstIncidents } from './src/domain/aggregateSources';
const v = validateDataset(JSON.parse(readFileSync('/tmp/rasd-synth-100000.json', 'utf8')));
if (!v.ok) throw new Error();
const model = buildModel(v.dataset);
const ix = indexIncidentsByArea(model.incidents, model.placesById);
let matched = 0, maxM = 0, regions = 0;
const res = talliesAgainstIncidents(model.tallies, ix, model.placesById);
for (const r of res) { matched += r.incidentIds.length; maxM = Math.max(maxM, r.incidentIds.length); }
for (const t of model.tallies) if (model.placesById.get(t.place_id!)?.members) regions++;
const spans = model.tallies.map((t) => t.date ? (Date.parse(t.date.to) - Date.parse(t.date.from)) / 864e5 + 1 : 0).sort((a, b) => a - b);
console.log({ matched, maxM, regions, spanMedian: spans[2500], spanMax: spans[4999], members: ix.members.length });
for (let r = 0; r < 5; r++) { const c0 = process.cpuUsage(); talliesAgainstIncidents(model.tallies, ix, model.placesById); const c = process.cpuUsage(c0); console.log('cpu', (c.user + c.system) / 1000); }
{
  const { starts, ends, offsets, members, placeNumber } = ix;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    let m = 0;
    for (const t of model.tallies) {
      const from = Date.parse(t.date!.from) / 864e5, to = Date.parse(t.date!.to) / 864e5;
      const p = placeNumber.get(t.place_id!)!;
      const end = offsets[p + 1]!;
      let lo = offsets[p]!, hi = end;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[members[mid]!]! < from) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < end && starts[members[k]!]! <= to; k++) if (ends[members[k]!]! <= to) m++;
    }
    const c = process.cpuUsage(c0);
    console.log('scan only cpu', (c.user + c.system) / 1000, m);
  }
}
