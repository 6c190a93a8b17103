/**
 * What a chosen place looks like on a claim: a mention described at its level (its city, neighbourhood and
 * governorate), the governorate a mention is in, and the region of several governorates.
 */
import type { Place } from '../../domain/schema';
import type { Governorate } from '../../domain/vocabulary';
import type { PlaceMention } from './places';
import type { ChosenPlace } from './where';

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function governorateOf(
  m: PlaceMention,
  byId: ReadonlyMap<string, Place>,
): { gov: Governorate; id: string } | null {
  let p: Place | undefined = m.place;
  for (let guard = 0; p && guard < 6; guard++) {
    if (p.kind === 'governorate' && p.governorate) return { gov: p.governorate, id: p.id };
    p = p.parent ? byId.get(p.parent) : undefined;
  }
  return null;
}

export function regionFor(
  govs: Array<{ gov: Governorate; id: string }>,
  places: readonly Place[],
): { id: string; created: Place | null } {
  const ids = new Set(govs.map((g) => g.id));
  const existing = places.find(
    (p) =>
      p.kind === 'region' &&
      p.members !== undefined &&
      p.members.length === ids.size &&
      p.members.every((m) => ids.has(m)),
  );
  if (existing) return { id: existing.id, created: null };
  const sorted = [...govs].sort((a, b) => (a.gov < b.gov ? -1 : 1));
  const id = `rasd-region-${sorted.map((g) => slug(g.gov)).join('-')}`;
  return {
    id,
    created: {
      id,
      name_en: sorted.map((g) => g.gov).join(' and '),
      names_ar: [],
      kind: 'region',
      governorate: null,
      coordinates: null,
      parent: null,
      members: sorted.map((g) => g.id),
      coordinates_source: null,
    },
  };
}

export function describe(
  m: PlaceMention,
  byId: ReadonlyMap<string, Place>,
  text: (a: number, b: number) => string,
): ChosenPlace {
  const p = m.place;
  const parent = p.parent ? byId.get(p.parent) : undefined;
  if (m.level === 'governorate' || m.level === 'district') {
    const gov = p.kind === 'governorate' ? p : [p, parent].find((x) => x?.kind === 'governorate');
    const govId = gov?.id ?? (p.parent && byId.get(p.parent)?.kind === 'governorate' ? p.parent : p.id);
    return {
      place: {
        governorate: p.governorate,
        city: null,
        neighborhood: null,
        text_ar: text(m.phraseStart, m.end),
        precision: m.level,
      },
      placeId: p.kind === 'district' ? p.id : govId,
      level: m.level,
      newRegion: null,
    };
  }
  const city =
    m.level === 'neighborhood'
      ? parent && parent.kind !== 'governorate'
        ? parent.name_en
        : null
      : m.level === 'city'
        ? p.name_en
        : null;
  return {
    place: {
      governorate: p.governorate,
      city,
      neighborhood: m.level === 'neighborhood' ? p.name_en : null,
      text_ar: text(m.phraseStart, m.end),
      precision: m.level,
    },
    placeId: p.id,
    level: m.level,
    newRegion: null,
  };
}
