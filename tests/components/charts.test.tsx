// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartsPanel } from '../../src/features/charts/ChartsPanel';
import { renderPanel } from './chartsHarness';

const HARAT_AL_BADU = 'raqqa-2017-08-20-harat-al-badu-coalition-strike';
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

async function chart(name: string) {
  return screen.findByRole('region', { name });
}

describe('the source comparison', () => {
  it("in English: shows SOHR's Harat al-Badu toll revised from 17 to 27, the 17 marked as replaced", async () => {
    renderPanel(<ChartsPanel />, 'en', { selectedId: HARAT_AL_BADU });
    const section = await chart('What each source claims: Harat al-Badu, Raqqa, 20 August 2017');
    expect(within(section).getByText('SOHR revised its toll: 17 → 27.')).toBeTruthy();
    const toggle = within(section).getByRole('button', { name: 'Table' });
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map(text))).toEqual([
      ['22 August 2017', 'Replaced by a later figure', '17', '—', '—', '—'],
      ['22 August 2017', 'Revised', '27', '—', '7', '—'],
    ]);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('SOHR (revision 1)');
  });

  it('in Arabic with Arabic-Indic digits: the same revision, ١٧ → ٢٧', async () => {
    renderPanel(<ChartsPanel />, 'ar', { selectedId: HARAT_AL_BADU, digits: 'arab' });
    const section = await chart('ما يقوله كل مصدر: حارة البدو، الرقة، ٢٠ آب ٢٠١٧');
    expect(within(section).getByText('عدّل المرصد السوري لحقوق الإنسان حصيلته: ١٧ → ٢٧.')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'جدول' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'تنزيل CSV' })).toBeTruthy();
  });

  it('marks a preliminary toll', async () => {
    renderPanel(<ChartsPanel />, 'en', { selectedId: 'idlib-city-2024-12-01-earlier-airstrikes' });
    expect(await screen.findByText('Syrian Civil Defence (White Helmets): 8 is a preliminary toll (*).')).toBeTruthy();
  });

  it('is absent until an incident is selected', async () => {
    renderPanel(<ChartsPanel />, 'en');
    expect(await screen.findByText('Select an incident to compare what each source claims.')).toBeTruthy();
  });
});

describe('the casualty charts of the selection', () => {
  it('in Arabic: killed per governorate as a table, with each range and the perpetrators', async () => {
    renderPanel(<ChartsPanel />, 'ar');
    const section = await chart('القتلى (كل الضحايا) في كل محافظة، حسب الجهة المنفذة');
    await userEvent.click(within(section).getByRole('button', { name: 'جدول' }));
    const headers = within(section).getAllByRole('columnheader').map(text);
    expect(headers).toEqual(['المحافظة', 'الحوادث', 'القتلى', 'التحالف الدولي', 'روسيا', 'قوات النظام', 'غير معروف']);
    const rows = within(section).getAllByRole('row').slice(1);
    expect(
      rows.map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').map(text)]),
    ).toEqual([
      ['دير الزور', '2', '204+', '3', '201', '0', '0'],
      ['الرقة', '4', '86+', '81', '0', '0', '5'],
      ['إدلب', '2', '24+', '0', '0', '24', '0'],
      ['حلب', '1', '12', '0', '0', '12', '0'],
    ]);
  });

  it('in English: source agreement says who reports higher or lower than the median', async () => {
    renderPanel(<ChartsPanel />, 'en');
    const section = await chart('Source agreement on killed (all victims)');
    expect(within(section).getByText(/^1 incident in this selection has two or more sources/)).toBeTruthy();
    await userEvent.click(within(section).getByRole('button', { name: 'Table' }));
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map(text))).toEqual([
      ['1', '0', '1', '0', '0%'],
      ['1', '0', '1', '0', '0%'],
    ]);
  });

  it('in English: tallies against incidents, "SOHR: 125 in 7 days in Raqqa; incidents account for 27"', async () => {
    renderPanel(<ChartsPanel />, 'en');
    const section = await chart('Tallies against incidents: killed (all victims)');
    expect(
      within(section).getByText('SOHR: 125 in 7 days in Raqqa; the 1 incident in this dataset accounts for 27.'),
    ).toBeTruthy();
    await userEvent.click(within(section).getByRole('button', { name: 'Table' }));
    const undated = within(section).getByRole('row', { name: /Undated/ });
    expect(text(undated)).toContain('20+');
  });

  it('follows the filters: with a 2024 date range only the Syrian government remains', async () => {
    renderPanel(<ChartsPanel />, 'en', {
      filters: { ...(await import('../../src/domain/filter')).EMPTY_FILTERS, from: '2024-01-01', to: '2024-12-31' },
    });
    const section = await chart('Killed (all victims) per governorate, by perpetrator');
    await userEvent.click(within(section).getByRole('button', { name: 'Table' }));
    expect(within(section).getAllByRole('columnheader').map(text)).toEqual([
      'Governorate',
      'Incidents',
      'Killed',
      'Syrian government',
    ]);
    expect(await screen.findByRole('heading', { name: 'Killed (all victims) per day, by perpetrator' })).toBeTruthy();
  });
});

describe('chart titles say whom they count', () => {
  it('in English: with the victims filter on civilians, every chart title says civilians', async () => {
    const { EMPTY_FILTERS } = await import('../../src/domain/filter');
    renderPanel(<ChartsPanel />, 'en', { filters: { ...EMPTY_FILTERS, victims: ['civilians'] } });
    expect(await chart('Killed (civilians) per governorate, by perpetrator')).toBeTruthy();
    expect(
      await screen.findByRole('heading', { name: /^Killed \(civilians\) (per|every) (day|week|month|\d)/ }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /all victims/ })).toBeNull();
  });

  it('in Arabic: combatants and civilians both chosen are named', async () => {
    const { EMPTY_FILTERS } = await import('../../src/domain/filter');
    renderPanel(<ChartsPanel />, 'ar', { filters: { ...EMPTY_FILTERS, victims: ['combatants', 'civilians'] } });
    expect(await chart('القتلى (مدنيون، مقاتلون) في كل محافظة، حسب الجهة المنفذة')).toBeTruthy();
  });
});

describe('bucket sizes in titles', () => {
  it('in Arabic: duals read «كل شهرين» and «كل يومين», 3–10 take the plural, 11 the singular', async () => {
    const { createAppI18n: createI18n } = await import('../../src/app/i18n');
    const i18n = createI18n('ar', 'latn');
    const t = (key: string, count: number) => i18n.t(`overTime.${key}`, { ns: 'charts', who: 'كل الضحايا', count });
    expect(t('months', 2)).toBe('القتلى (كل الضحايا) كل شهرين، حسب الجهة المنفذة');
    expect(t('days', 2)).toBe('القتلى (كل الضحايا) كل يومين، حسب الجهة المنفذة');
    expect(t('weeks', 2)).toBe('القتلى (كل الضحايا) كل أسبوعين، حسب الجهة المنفذة');
    expect(t('months', 3)).toBe('القتلى (كل الضحايا) كل 3 أشهر، حسب الجهة المنفذة');
    expect(t('months', 11)).toBe('القتلى (كل الضحايا) كل 11 شهراً، حسب الجهة المنفذة');
    expect(t('months', 2)).not.toMatch(/\d/);
  });

  it('in English: "every 2 months"', async () => {
    const { createAppI18n: createI18n } = await import('../../src/app/i18n');
    const i18n = createI18n('en', 'latn');
    expect(i18n.t('overTime.months', { ns: 'charts', who: 'all victims', count: 2 })).toBe(
      'Killed (all victims) every 2 months, by perpetrator',
    );
  });
});
