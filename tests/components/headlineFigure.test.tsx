// @vitest-environment jsdom
/**
 * An incident's headline figure when two sources set its two ends. Two numbers are a range and read left to right,
 * as every other range in the app does ("8 – 9"), in the Arabic interface too: laid out in the Arabic line's order
 * they showed as "9 – 8". Ends in words keep the line's order.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createAppI18n } from '../../src/app/i18n';
import { HeadlineFigure } from '../../src/features/incidents/HeadlineFigure';
import { formatter } from '../../src/lib/format';
import type { ClaimSummary } from '../../src/domain/claimDetails';
import type { Count } from '../../src/domain/schema';
import { shippedValid } from '../helpers/dataset';

const base = shippedValid().claims[0] as ClaimSummary;
const claim = (id: string, killed: Count): ClaimSummary => ({ ...base, id, killed });
const exact = (n: number): Count => ({ min: n, max: n, qualifier: 'exact' });

function headline(language: 'ar' | 'en', quotes: Record<string, string>, counts: Record<string, Count>) {
  const claims = Object.entries(counts).map(([id, count]) => claim(id, count));
  const min = Math.min(...claims.map((c) => c.killed?.min ?? 0));
  const open = claims.some((c) => c.killed?.max === null);
  const max = open ? null : Math.max(...claims.map((c) => c.killed?.max ?? 0));
  const { container } = render(
    <I18nextProvider i18n={createAppI18n(language)}>
      <p dir={language === 'ar' ? 'rtl' : 'ltr'}>
        <HeadlineFigure
          range={{ min, max }}
          claims={claims}
          quoteOf={(id) => quotes[id]}
          field="killed"
          fmt={formatter(language, 'latn')}
          language={language}
        />
      </p>
    </I18nextProvider>,
  );
  return container.querySelector('p') as HTMLElement;
}

describe('a headline figure set by two sources', () => {
  it('Arabic: two numbers are one range read left to right', () => {
    const p = headline('ar', { a: 'قتل 8 مدنيين', b: 'قتل 9 مدنيين' }, { a: exact(8), b: exact(9) });
    const pair = p.querySelector('bdi[dir="ltr"]');
    expect(pair?.textContent).toBe('8 – 9');
    expect(p.querySelectorAll('.figure-words')).toHaveLength(2);
  });

  it('Arabic: ends in words keep the order of the Arabic line', () => {
    const p = headline(
      'ar',
      { a: 'قتل 8 مدنيين', b: 'قتل أكثر من 20 مدنيا' },
      { a: exact(8), b: { min: 21, max: null, qualifier: 'more_than' } },
    );
    expect(p.querySelector('bdi[dir="ltr"] .figure-words')).toBeNull();
    expect([...p.querySelectorAll('.figure-words')].map((w) => w.textContent)).toEqual(['8', 'أكثر من 20']);
  });
});
