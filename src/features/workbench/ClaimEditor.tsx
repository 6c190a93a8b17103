import { useId, useState, type FormEvent } from 'react';
import type { Claim, Count, Place, Source } from '../../domain/schema';
import {
  CLAIM_KINDS,
  PERPETRATORS,
  QUALIFIERS,
  SOURCE_KINDS,
  STATUSES,
  VICTIMS,
  WEAPONS,
  type Qualifier,
  type SourceKind,
} from '../../domain/vocabulary';
import { newSource } from '../../dataset/claimDrafts';
import { placeChanges } from '../../dataset/decisions';
import { PlacePicker } from './PlacePicker';
import { useWorkbenchT } from './useWorkbenchStrings';

type CountField = 'killed' | 'injured';
interface CountDraft {
  min: string;
  max: string;
  qualifier: Qualifier;
}
const draftOf = (c: Count | null): CountDraft => ({
  min: c === null ? '' : String(c.min),
  max: c === null || c.max === null ? '' : String(c.max),
  qualifier: c?.qualifier ?? 'exact',
});
/** Empty min = no figure; an exact count is min = max (the schema's invariant), so its max follows its min. */
const countOf = (d: CountDraft): Count | null => {
  if (d.min.trim() === '') return null;
  const min = Number(d.min);
  const max = d.qualifier === 'exact' ? min : d.max.trim() === '' ? null : Number(d.max);
  return { min, max, qualifier: d.qualifier };
};

export interface EditResult {
  changes: Partial<Claim>;
  place?: Place;
  /** A source typed by hand, to keep beside the claim. */
  source?: Source;
  note: string;
}

/** Every field of a claim with a fitting control; saving hands back only what changed. */
export function ClaimEditor({
  claim,
  others,
  sources,
  placesById,
  placeName,
  onSave,
  onCancel,
  error,
}: {
  claim: Claim;
  /** The other claims of the report: what this one may supersede. */
  others: readonly Claim[];
  sources: readonly Source[];
  placesById: ReadonlyMap<string, Place>;
  placeName: string;
  onSave: (r: EditResult) => void;
  onCancel: () => void;
  error: string | null;
}) {
  const { t } = useWorkbenchT();
  const id = useId();
  const [counts, setCounts] = useState({ killed: draftOf(claim.killed), injured: draftOf(claim.injured) });
  const [date, setDate] = useState({ from: claim.date?.from ?? '', to: claim.date?.to ?? '' });
  const [fields, setFields] = useState({
    source_id: claim.source_id,
    perpetrator: claim.perpetrator,
    weapon: claim.weapon,
    victims: claim.victims,
    kind: claim.kind,
    status: claim.status,
    supersedes: claim.supersedes ?? '',
  });
  const [typed, setTyped] = useState({ en: '', ar: '', kind: 'media' as SourceKind });
  const [place, setPlace] = useState<Place | null>(null);
  const [note, setNote] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A name typed by hand wins over the list: the analyst is naming a source the dictionary lacks.
    const typedSource = newSource(typed.en, typed.ar, typed.kind, sources);
    const source = typedSource ?? sources.find((s) => s.id === fields.source_id);
    const changes: Partial<Claim> = {
      status: fields.status,
      supersedes: fields.supersedes === '' ? null : fields.supersedes,
      killed: countOf(counts.killed),
      injured: countOf(counts.injured),
      perpetrator: fields.perpetrator,
      weapon: fields.weapon,
      victims: fields.victims,
      kind: fields.kind,
      ...(source && source.id !== claim.source_id
        ? { source_id: source.id, source: source.name_en, source_ar: source.names_ar[0] ?? null }
        : {}),
      ...(place ? placeChanges(claim, place, placesById) : {}),
    };
    if (date.from !== (claim.date?.from ?? '') || date.to !== (claim.date?.to ?? ''))
      changes.date =
        date.from === ''
          ? null
          : ({ from: date.from, to: date.to || date.from, basis: 'set by the analyst' } as Claim['date']);
    const isNew = typedSource && !sources.some((s) => s.id === typedSource.id);
    onSave({ changes, ...(place ? { place } : {}), ...(isNew ? { source: typedSource } : {}), note });
  };

  const countInputs = (field: CountField) => (
    <fieldset key={field} className="wb-count">
      <legend>{t(`edit.${field}`)}</legend>
      {(['min', 'max'] as const).map((k) => (
        <label key={k}>
          {t(`edit.${k}`)}
          <input
            type="number"
            min={0}
            inputMode="numeric"
            value={k === 'max' && counts[field].qualifier === 'exact' ? counts[field].min : counts[field][k]}
            disabled={k === 'max' && counts[field].qualifier === 'exact'}
            onChange={(e) => setCounts({ ...counts, [field]: { ...counts[field], [k]: e.target.value } })}
          />
        </label>
      ))}
      <label>
        {t('edit.qualifier')}
        <select
          value={counts[field].qualifier}
          onChange={(e) =>
            setCounts({ ...counts, [field]: { ...counts[field], qualifier: e.target.value as Qualifier } })
          }
        >
          {QUALIFIERS.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
  const select = <K extends 'perpetrator' | 'weapon' | 'victims' | 'kind' | 'status'>(
    key: K,
    options: readonly Claim[K][],
  ) => (
    <label key={key}>
      {t(`edit.${key}`)}
      <select value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="wb-editor" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('edit.heading', { id: claim.id })}</h4>
      {countInputs('killed')}
      {countInputs('injured')}
      <div className="wb-row">
        <label>
          {t('edit.from')}
          <input type="date" value={date.from} onChange={(e) => setDate({ ...date, from: e.target.value })} />
        </label>
        <label>
          {t('edit.to')}
          <input type="date" value={date.to} onChange={(e) => setDate({ ...date, to: e.target.value })} />
        </label>
      </div>
      <PlacePicker
        current={t('edit.placeNow', {
          name: place ? `${place.names_ar[0] ?? ''} · ${place.name_en}` : placeName,
          precision: place ? placeChanges(claim, place, placesById).place?.precision : claim.place.precision,
        })}
        onChoose={setPlace}
      />
      <div className="wb-row">
        <label>
          {t('edit.source')}
          <select value={fields.source_id} onChange={(e) => setFields({ ...fields, source_id: e.target.value })}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name_en}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('edit.newSource')}</legend>
          <label>
            {t('edit.newSourceEn')}
            <input value={typed.en} onChange={(e) => setTyped({ ...typed, en: e.target.value })} />
          </label>
          <label>
            {t('edit.newSourceAr')}
            <input dir="rtl" lang="ar" value={typed.ar} onChange={(e) => setTyped({ ...typed, ar: e.target.value })} />
          </label>
          <label>
            {t('edit.newSourceKind')}
            <select value={typed.kind} onChange={(e) => setTyped({ ...typed, kind: e.target.value as SourceKind })}>
              {SOURCE_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
        </fieldset>
        {select('perpetrator', PERPETRATORS)}
        {select('weapon', WEAPONS)}
        {select('victims', VICTIMS)}
        {select('kind', CLAIM_KINDS)}
        {select('status', STATUSES)}
        <label>
          {t('edit.supersedes')}
          <select value={fields.supersedes} onChange={(e) => setFields({ ...fields, supersedes: e.target.value })}>
            <option value="">{t('edit.supersedesNone')}</option>
            {others
              .filter((o) => o.id !== claim.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.id} · {o.source} · {o.killed ? o.killed.min : '—'}
                </option>
              ))}
          </select>
        </label>
      </div>
      <label>
        {t('review.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error ? <p role="alert">{t('edit.invalid', { reasons: error })}</p> : null}
      <div className="wb-row">
        <button type="submit">{t('edit.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
