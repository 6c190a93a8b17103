// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeBuckets, dayNumber, type TimelineBucket } from '../../src/domain/aggregate';
import { TimelinePanel } from '../../src/features/timeline/TimelinePanel';
import { windowToDates } from '../../src/features/timeline/useTimeline';
import { niceTicks } from '../../src/features/timeline/scale';
import { EMPTY_FILTERS } from '../../src/domain/filter';
import { renderPanel } from './chartsHarness';
import { fakeIntersectionObserver } from './fakeIntersectionObserver';

const incidentCount = () => Number(screen.getByRole('status', { name: 'selected incidents' }).textContent);

// jsdom lays nothing out: the timeline draws at the width of its box, so give boxes a desktop width.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 800, height: 260 } as DOMRect);
});
afterEach(() => vi.restoreAllMocks());

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

describe('the brush handles, from the keyboard', () => {
  const handles = (panel: HTMLElement, language: 'ar' | 'en') => ({
    start: within(panel).getByRole('slider', { name: language === 'en' ? 'Start of range' : 'بداية النطاق' }),
    end: within(panel).getByRole('slider', { name: language === 'en' ? 'End of range' : 'نهاية النطاق' }),
  });
  const press = (el: HTMLElement, key: string) => {
    fireEvent.keyDown(el, { key });
    fireEvent.keyUp(el, { key });
  };

  it('in English: ArrowRight moves the start a month later, and the release sets the date filter', async () => {
    const panel = await timeline('en');
    const { start, end } = handles(panel, 'en');
    expect(start.getAttribute('aria-valuenow')).toBe('0');
    expect(start.getAttribute('tabindex')).toBe('0');
    expect(end.getAttribute('aria-valuenow')).toBe(end.getAttribute('aria-valuemax'));
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    // A draft until the key is released: the handle moved, the filter did not.
    expect(start.getAttribute('aria-valuenow')).toBe('1');
    expect(within(panel).getByLabelText('From')).toHaveProperty('value', '');
    fireEvent.keyUp(start, { key: 'ArrowRight' });
    expect(within(panel).getByLabelText('From')).toHaveProperty('value', '2017-07-01');
    expect(within(panel).getByLabelText('To')).toHaveProperty('value', '2024-12-31');
  });

  it('in Arabic: ArrowLeft moves the start later in time (leftwards, as it looks); ArrowRight cannot go before the first month', async () => {
    const panel = await timeline('ar');
    const { start } = handles(panel, 'ar');
    press(start, 'ArrowRight');
    expect(start.getAttribute('aria-valuenow')).toBe('0');
    expect(within(panel).getByLabelText('من')).toHaveProperty('value', '');
    press(start, 'ArrowLeft');
    expect(within(panel).getByLabelText('من')).toHaveProperty('value', '2017-07-01');
  });

  it('the start cannot pass the end: End on the start handle brings it to the last month, Home on the end handle to the first', async () => {
    const panel = await timeline('en');
    const { start, end } = handles(panel, 'en');
    const last = end.getAttribute('aria-valuemax');
    fireEvent.keyDown(start, { key: 'End' });
    expect(start.getAttribute('aria-valuenow')).toBe(last);
    expect(end.getAttribute('aria-valuenow')).toBe(last);
    fireEvent.keyUp(start, { key: 'End' });
    expect(within(panel).getByLabelText('From')).toHaveProperty('value', '2024-12-01');
    expect(within(panel).getByLabelText('To')).toHaveProperty('value', '2024-12-31');

    await userEvent.click(within(panel).getByRole('button', { name: 'All dates' }));
    const again = handles(panel, 'en');
    press(again.end, 'Home');
    expect(within(panel).getByLabelText('From')).toHaveProperty('value', '2017-06-01');
    expect(within(panel).getByLabelText('To')).toHaveProperty('value', '2017-06-30');
  });
});

describe('the plot', () => {
  const bars = (panel: HTMLElement) => [...panel.querySelectorAll('.timeline-bars rect')];
  const timeLabels = (panel: HTMLElement) =>
    [...panel.querySelectorAll('.timeline-time-axis text')].map((el) => ({
      text: el.textContent ?? '',
      x: Number(el.getAttribute('x')),
    }));

  it('draws one bar per bucket of the brushed window, the tallest for the month with most incidents', async () => {
    const panel = await timeline('en');
    const months =
      Number(within(panel).getByRole('slider', { name: 'End of range' }).getAttribute('aria-valuemax')) + 1;
    expect(bars(panel)).toHaveLength(months);
    // Each bar is 80% of its band, from left to right in time: June 2017 (2 incidents) first, December 2024 (3) last.
    const heights = bars(panel).map((r) => Number(r.getAttribute('height')));
    expect(Math.max(...heights)).toBe(heights[heights.length - 1]);
    expect(heights[0]! / heights[heights.length - 1]!).toBeCloseTo(2 / 3, 2);
  });

  it('in Arabic, time runs right to left: the 2017 labels are right of the 2024 ones, labels do not crowd', async () => {
    const panel = await timeline('ar');
    const labels = timeLabels(panel);
    expect(labels.length).toBeGreaterThan(2);
    const x2017 = Math.min(...labels.filter((l) => /2017|٢٠١٧/.test(l.text)).map((l) => l.x));
    const x2024 = Math.max(...labels.filter((l) => /2024|٢٠٢٤/.test(l.text)).map((l) => l.x));
    expect(x2017).toBeGreaterThan(x2024);
    const xs = labels.map((l) => l.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(40);
    const bar = bars(panel);
    expect(Number(bar[0]!.getAttribute('x'))).toBeLessThan(Number(bar[bar.length - 1]!.getAttribute('x')));
  });

  it('in Arabic, narrowed to August 2017: labels the days of August, the earliest on the right', async () => {
    renderPanel(<TimelinePanel />, 'ar', { filters: { ...EMPTY_FILTERS, from: '2017-08-01', to: '2017-08-31' } });
    const panel = await screen.findByRole('region', { name: 'الخط الزمني' });
    await within(panel).findByRole('slider', { name: 'بداية النطاق' });
    const labels = timeLabels(panel).sort((a, b) => b.x - a.x);
    expect(labels.length).toBeGreaterThan(2);
    for (const l of labels) expect(l.text).toMatch(/آب/);
    const day = (text: string) => Number(text.match(/\d+/)?.[0]);
    expect(day(labels[0]!.text)).toBeLessThan(day(labels[labels.length - 1]!.text));
  });

  it('narrowed to August 2017, draws its 31 days', async () => {
    renderPanel(<TimelinePanel />, 'en', { filters: { ...EMPTY_FILTERS, from: '2017-08-01', to: '2017-08-31' } });
    const panel = await screen.findByRole('region', { name: 'Timeline' });
    await within(panel).findByRole('slider', { name: 'Start of range' });
    expect(bars(panel)).toHaveLength(31);
  });

  it('shows a bucket’s period and numbers in a tooltip when focused, and the next with ArrowRight', async () => {
    const panel = await timeline('en');
    const plot = within(panel).getByRole('img', { name: /^Chart of .*2017.*2024/ });
    expect(plot.getAttribute('tabindex')).toBe('0');
    fireEvent.focus(plot);
    const tip = () => panel.querySelector<HTMLElement>('.timeline-tooltip')!;
    const value = (name: string) => within(tip()).getByText(name).closest('li')?.querySelector('.value')?.textContent;
    expect(within(tip()).getByText(/^1 – 30 June 2017$/)).toBeTruthy();
    expect(value('Incidents')).toBe('2');
    expect(value('Killed')).toBe('19');
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(within(tip()).getByText(/July 2017$/)).toBeTruthy();
    fireEvent.keyDown(plot, { key: 'End' });
    expect(within(tip()).getByText(/December 2024$/)).toBeTruthy();
    expect(value('Incidents')).toBe('3');
    expect(value('Killed')).toBe('36');
    fireEvent.blur(plot);
    expect(panel.querySelector('.timeline-tooltip')).toBeNull();
  });
});

describe('the value axes', () => {
  it('have a few integer ticks from 0 to at least the highest value, at steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(2.4)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(36)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(3700)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(niceTicks(0)).toEqual([0, 1]);
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
