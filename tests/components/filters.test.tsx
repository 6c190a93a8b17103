// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { Quote } from '../../src/features/incidents/Quote';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

/** Ids of the event cards on screen: what every list shows. */
const shownIds = () =>
  [...document.querySelectorAll('article[data-event-id]')].map((a) => a.getAttribute('data-event-id'));

describe('the filter panel', () => {
  it('narrows every list with an Arabic search that folds spelling (الرقه finds الرقة), and highlights it', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    const search = await screen.findByRole('searchbox', { name: 'ابحث في الاقتباسات والأماكن والمصادر' });
    await userEvent.type(search, 'الرقه{Enter}');
    await waitFor(() => expect(shownIds()).toHaveLength(7));
    expect(screen.getByText('يُعرض 7 من 19 حادثة وحصيلة')).toBeTruthy();
    // The match is highlighted in the quotes, in the original spelling.
    const marks = [...document.querySelectorAll('mark.search')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'الرقة')).toBe(true);
    // The active search is a chip that removes it.
    await userEvent.click(screen.getByRole('button', { name: 'أزل المرشح: بحث: الرقه' }));
    await waitFor(() => expect(shownIds()).toHaveLength(19));
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('filters by perpetrator with counts, shows a chip, and clears all (English)', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await userEvent.click(await screen.findByText('More filters'));
    const group = screen.getByRole('group', { name: 'Perpetrator' });
    await userEvent.click(within(group).getByRole('checkbox', { name: /US-led coalition\s+5/ }));
    await waitFor(() => expect(shownIds()).toHaveLength(5));
    expect(screen.getByRole('button', { name: 'Remove filter: US-led coalition' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(shownIds()).toHaveLength(19));
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });

  it('picks a place in the tree: Idlib city gives its two incidents of 1 December 2024', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await userEvent.click(await screen.findByText('More filters'));
    const places = screen.getByRole('group', { name: 'Places' });
    await userEvent.click(within(places).getByRole('button', { name: 'Show places in Idlib' }));
    await userEvent.click(within(places).getByRole('checkbox', { name: /^Idlib\s+2$/ }));
    await waitFor(() =>
      expect(shownIds()).toEqual([
        'idlib-city-2024-12-01-qusour-khamara-shamali-strikes',
        'idlib-city-2024-12-01-earlier-airstrikes',
      ]),
    );
  });

  it('finds a place by an Arabic spelling variant in the place search', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    await userEvent.click(await screen.findByText('مرشحات أخرى'));
    const places = screen.getByRole('group', { name: 'الأماكن' });
    await userEvent.type(within(places).getByRole('searchbox', { name: 'ابحث عن مكان' }), 'هجين');
    expect(within(places).getByRole('checkbox', { name: /هجين/ })).toBeTruthy();
    expect(within(places).queryByRole('checkbox', { name: /حلب/ })).toBeNull();
  });

  it('applies a date preset', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    const presets = await screen.findByRole('group', { name: 'Quick ranges' });
    await userEvent.click(within(presets).getByRole('button', { name: '2017' }));
    // Dated in 2017: 3 incidents and 6 tallies; the undated ones drop out.
    await waitFor(() => expect(shownIds()).toHaveLength(9));
    expect(within(presets).getByRole('button', { name: '2017' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the URL holds the view', () => {
  it('opens from a link and keeps the URL in step with changes', async () => {
    stubFetch(shippedFiles());
    window.history.replaceState(null, '', '/?lang=en&place=gov-SY07&from=2024-12-01&to=2024-12-01');
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
    await waitFor(() => expect(shownIds()).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Remove filter: Idlib' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Idlib' }));
    // The place leaves the link, the dates stay; the map's view may ride along (the whole view stays in the URL).
    await waitFor(() => {
      const params = new URLSearchParams(window.location.search);
      for (const key of ['lat', 'lon', 'zoom']) params.delete(key);
      expect(params.toString()).toBe('lang=en&from=2024-12-01&to=2024-12-01');
    });
  });

  it('shows a localized notice for junk parameters and still shows everything', async () => {
    stubFetch(shippedFiles());
    window.history.replaceState(null, '', '/?from=banana&zoom=999&perp=<script>');
    localStorage.setItem('rasd.language', 'ar');
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
    const notice = await screen.findByText('تعذّر تطبيق بعض أجزاء الرابط؛ كل ما عداها معروض.');
    const box = notice.closest('.url-notices') as HTMLElement;
    expect(within(box).getByText('«banana» ليست قيمة صالحة لـ«from» فتم تجاهلها.')).toBeTruthy();
    expect(within(box).getByText('«<script>» ليست قيمة صالحة لـ«perp» فتم تجاهلها.')).toBeTruthy();
    expect(within(box).getByText('«999» خارج النطاق المسموح لـ«zoom» فتم تجاهلها.')).toBeTruthy();
    expect(shownIds()).toHaveLength(19);
    await userEvent.click(within(box).getByRole('button', { name: 'إخفاء' }));
    expect(screen.queryByText('تعذّر تطبيق بعض أجزاء الرابط؛ كل ما عداها معروض.')).toBeNull();
  });

  it('reports ids the dataset does not hold', async () => {
    stubFetch(shippedFiles());
    window.history.replaceState(null, '', '/?lang=en&place=gov-SY99');
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
    expect(await screen.findByText('“gov-SY99” (“place”) is not in this dataset and was ignored.')).toBeTruthy();
    await waitFor(() => expect(shownIds()).toHaveLength(19));
  });
});

describe('Quote', () => {
  it('highlights search words in the original spelling, and numbers as before', () => {
    render(<Quote text="قتل 14 مدنيا في الرقّة" query="الرقه" />);
    expect([...document.querySelectorAll('mark.search')].map((m) => m.textContent)).toEqual(['الرقّة']);
    expect([...document.querySelectorAll('mark.num')].map((m) => m.textContent)).toEqual(['14']);
  });

  it('renders without a view state (numbers only)', () => {
    const { container } = render(<Quote text="قتل 14 مدنيا" />);
    expect(container.querySelectorAll('mark.search')).toHaveLength(0);
    expect(container.textContent).toBe('قتل 14 مدنيا');
  });
});
