import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fold } from '../../domain/arabic';
import type { Place } from '../../domain/schema';
import { fetchGazetteer, gazetteerPlaces } from '../../dataset/ingestResources';
import { useWorkbenchT } from './useWorkbenchStrings';

/** The gazetteer the pipeline reads with (same static file), for choosing a place by name. */
const gazetteerQuery = {
  queryKey: ['workbench-gazetteer'],
  queryFn: async () => gazetteerPlaces(await fetchGazetteer()).places,
  staleTime: Infinity,
  retry: false,
} as const;

/** English names compared without case, accents or the ‘ of transliterations ("Maarrat" finds "Ma‘arrat"). */
const latin = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .toLowerCase();

const SHOWN = 8;

/** Search the gazetteer by an Arabic or English name; each match says its kind and governorate. */
export function PlacePicker({ current, onChoose }: { current: string; onChoose: (p: Place) => void }) {
  const { t } = useWorkbenchT();
  const id = useId();
  const [query, setQuery] = useState('');
  const places = useQuery(gazetteerQuery);
  const matches = useMemo(() => {
    const q = query.trim();
    if (q.length < 2 || !places.data) return [];
    const ar = fold(q);
    const en = latin(q);
    const hits = places.data.filter(
      (p) => p.names_ar.some((n) => fold(n).includes(ar)) || (en !== '' && latin(p.name_en).includes(en)),
    );
    // Closest first: a name that starts with the query before one that merely contains it; towns before villages.
    const starts = (p: Place) =>
      p.names_ar.some((n) => fold(n).startsWith(ar)) || (en !== '' && latin(p.name_en).startsWith(en)) ? 0 : 1;
    return hits.sort((a, b) => starts(a) - starts(b)).slice(0, SHOWN);
  }, [places.data, query]);
  return (
    <fieldset className="wb-place">
      <legend>{t('edit.place')}</legend>
      <p className="small">{current}</p>
      <label htmlFor={id}>{t('edit.placeSearch')}</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {places.isPending && query.length >= 2 ? <p role="status">…</p> : null}
      <ul>
        {matches.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              onClick={() => {
                onChoose(p);
                setQuery('');
              }}
            >
              {t('edit.placeChoose', {
                name: `${p.names_ar[0] ?? ''} · ${p.name_en}`,
                kind: p.kind,
                governorate: p.governorate ?? '—',
              })}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
