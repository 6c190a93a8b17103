/** Setting one field of a draft together with its provenance: steps return new drafts, never edit them. */
import type { TimeOfDay } from '../../domain/vocabulary';
import type { Draft } from '../report';
import type { FieldBasis, FieldName } from '../types';
import { noted } from '../types';

/** A copy of the draft with `field` set to `value`, its basis and the rule that set it. */
export function setField<K extends keyof Draft & FieldName>(
  d: Draft,
  field: K,
  value: Draft[K],
  basis: FieldBasis,
  rule: string,
): Draft {
  return { ...d, [field]: value, ...noted(d, field, basis, rule) };
}

/** The time of day is called timeOfDay on drafts; its provenance is under time_of_day. Always inferred here. */
export function setTime(d: Draft, value: TimeOfDay | null, rule: string): Draft {
  return value === null ? d : { ...d, timeOfDay: value, ...noted(d, 'time_of_day', 'inferred', rule) };
}
