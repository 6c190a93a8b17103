// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeBuckets, dayNumber, type TimelineBucket } from '../../src/domain/aggregate';
import { TimelinePanel } from '../../src/features/timeline/TimelinePanel';
import { windowToDates } from '../../src/features/timeline/useTimeline';
import { EMPTY_FILTERS } from '../../src/domain/filter';
import { renderPanel } from './chartsHarness';
import { fakeIntersectionObserver } from './fakeIntersectionObserver';

const incidentCount = () => Number(screen.getByRole('status', { name: 'selected incidents' }).textContent);

async function timeline(language: 'ar' | 'en') {
  renderPanel(<TimelinePanel />, language);
  return screen.findByRole('region', { name: language === 'ar' ? 'الخط الزمني' : 'Timeline' });
}

describe('the timeline, in Arabic', () => {
  it('offers the date range as two labelled date inputs, empty at first, and counts incidents per month', async () => {
    const panel = await timeline('ar');
    expect(within(panel).getByLabelText('من')).toHaveProperty('value', '');
    expect(within(panel).getByLabelText('إلى')).toHaveProperty('value', '');
    expect(within(panel).getByRole('heading', { level: 3, name: 'الحوادث والقتلى (كل الضحايا) شهرياً' })).toBeTruthy();
    // The count follows the data (the shipped dataset grows); the sentence must be there.
    expect(within(panel).getByText(/بلا تاريخ، فلا (تظهر|تظهران) على الخط الزمني/)).toBeTruthy();
  });

  it('narrows every view to the dates typed, switches to days for a short span, and clears them', async () => {
    const panel = await timeline('ar');
    expect(incidentCount()).toBe(9);
    fireEvent.change(within(panel).getByLabelText('من'), { target: { value: '2017-06-01' } });
    fireEvent.change(within(panel).getByLabelText('إلى'), { target: { value: '2017-08-31' } });
    // Al-Jazra café and Ain Issa (8 June), Harat al-Badu (20 August).
    expect(incidentCount()).toBe(3);
    expect(within(panel).getByRole('heading', { level: 3, name: 'الحوادث والقتلى (كل الضحايا) يومياً' })).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'كل التواريخ' }));
    expect(incidentCount()).toBe(9);
    expect(within(panel).getByLabelText('من')).toHaveProperty('value', '');
  });
});

describe('the timeline, away from the viewport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps its last drawing while the reader is elsewhere on the page, and catches up when it comes into reach', async () => {
    const io = fakeIntersectionObserver();
    const panel = await timeline('ar');
    const monthly = { level: 3, name: 'الحوادث والقتلى (كل الضحايا) شهرياً' };
    io.setNear(false);
    fireEvent.change(within(panel).getByLabelText('من'), { target: { value: '2017-06-01' } });
    fireEvent.change(within(panel).getByLabelText('إلى'), { target: { value: '2017-08-31' } });
    // The list follows at once; the timeline says it is behind (aria-busy) and still draws months.
    expect(incidentCount()).toBe(3);
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(within(panel).getByRole('heading', monthly)).toBeTruthy();
    io.setNear(true);
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(within(panel).getByRole('heading', { level: 3, name: 'الحوادث والقتلى (كل الضحايا) يومياً' })).toBeTruthy();
  });
});

describe('the timeline, in English', () => {
  it('has a table alternative behind a toggle button, with the numbers per month and the tallies', async () => {
    const panel = await timeline('en');
    const toggle = within(panel).getByRole('button', { name: 'Table' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const table = within(panel).getByRole('table');
    const june = within(table).getByRole('row', { name: /June 2017/ });
    expect(
      within(june)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '19']);
    const december = within(table).getAllByRole('row', { name: /December 2024/ })[0]!;
    expect(
      within(december)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '36']);
    expect(within(table).getByRole('row', { name: /August 2017.*Tally by SOHR.*125/ })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Download CSV' })).toBeTruthy();
  });
});

describe('the brush handles', () => {
  it('in English: are named start and end of range, with dates as their values, not pixels', async () => {
    renderPanel(<TimelinePanel />, 'en', {
      filters: { ...EMPTY_FILTERS, from: '2017-08-01', to: '2017-08-31' },
    });
    const panel = await screen.findByRole('region', { name: 'Timeline' });
    const start = await within(panel).findByRole('slider', { name: 'Start of range' });
    const end = within(panel).getByRole('slider', { name: 'End of range' });
    expect(start.getAttribute('aria-valuetext')).toBe('1 August 2017');
    expect(end.getAttribute('aria-valuetext')).toBe('31 August 2017');
    const now = (el: HTMLElement) => Number(el.getAttribute('aria-valuenow'));
    expect(now(start)).toBeLessThanOrEqual(now(end));
    expect(now(end)).toBeLessThanOrEqual(Number(end.getAttribute('aria-valuemax')));
  });

  it('in Arabic: the same names in Arabic, the start being the right-hand handle', async () => {
    renderPanel(<TimelinePanel />, 'ar', {
      filters: { ...EMPTY_FILTERS, from: '2017-08-01', to: '2017-08-31' },
    });
    const panel = await screen.findByRole('region', { name: 'الخط الزمني' });
    const start = await within(panel).findByRole('slider', { name: 'بداية النطاق' });
    const end = within(panel).getByRole('slider', { name: 'نهاية النطاق' });
    expect(start.getAttribute('aria-valuetext')).toMatch(/^1 آب 2017$/);
    expect(end.getAttribute('aria-valuetext')).toMatch(/^31 آب 2017$/);
    const x = (el: HTMLElement) => Number(el.querySelector('rect')?.getAttribute('x'));
    expect(x(start)).toBeGreaterThanOrEqual(x(end));
  });
});

describe('windowToDates', () => {
  const buckets = makeBuckets(dayNumber('2017-06-01'), dayNumber('2017-09-30'), 'month') as TimelineBucket[];

  it('turns a brushed window of buckets into the first and last day it covers', () => {
    expect(windowToDates(buckets, 1, 2)).toEqual({ from: '2017-07-01', to: '2017-08-31' });
  });

  it('clears the date filter when the whole span is brushed', () => {
    expect(windowToDates(buckets, 0, 3)).toEqual({ from: null, to: null });
  });
});
