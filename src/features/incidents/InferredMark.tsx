import { useT } from './useT';
import { inferredUnreviewed } from '../../domain/basis';
import type { Claim } from '../../domain/schema';

/**
 * Marks the fields the machine inferred rather than read (a perpetrator from the lead, a date from a weekday and the
 * publication date) while no analyst has reviewed the claims they come from. Given several claims (a card), a field
 * is marked when any of them inferred it; `only` keeps the fields a card shows. Renders nothing when none is left.
 */
export function InferredMark({
  claims,
  only,
  as = 'span',
}: {
  claims: readonly Claim[];
  only?: readonly string[];
  as?: 'span' | 'li';
}) {
  const t = useT('incident');
  const tc = useT('common');
  const fields = [...new Set(claims.flatMap(inferredUnreviewed))].filter((f) => !only || only.includes(f));
  if (fields.length === 0) return null;
  const names = fields.map((f) => tc(`rejected.fields.${f}`, { defaultValue: f })).join(t('inferred.separator'));
  const Tag = as;
  return (
    <Tag className="badge inferred" title={t('inferred.title')} data-inferred={fields.join(' ')}>
      {t('inferred.mark', { fields: names })}
    </Tag>
  );
}
