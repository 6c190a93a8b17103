// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';

afterEach(() => vi.unstubAllGlobals());

const CONVOY = 'deir-ez-zor-2017-08-russia-strike-isis-convoy';
const JAZRA = 'raqqa-2017-06-08-jazra-internet-cafe';

async function figures(language: 'ar' | 'en', eventId: string) {
  stubFetch(shippedFiles());
  renderApp(language);
  await screen.findByRole(
    'heading',
    { level: 2, name: language === 'ar' ? /الحوادث/ : /Incidents/ },
    { timeout: 10_000 },
  );
  const card = document.querySelector(`article[data-event-id="${eventId}"]`) as HTMLElement;
  const [killed, injured] = [...card.querySelectorAll('.figures dd.big')].map((dd) => dd.textContent ?? '');
  return { card, killed: killed ?? '', injured: injured ?? '' };
}

const clean = (s: string) =>
  s
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('an incident card states its figures in the source’s words', () => {
  it('Arabic: "أكثر من 200" stays those words, with the range 201–∞ beside them', async () => {
    const { killed } = await figures('ar', CONVOY);
    expect(clean(killed)).toMatch(/^أكثر من 200 \(201–∞\)$/);
    expect(killed).not.toContain('201+');
  });

  it('English: the qualifier in words, with the same range', async () => {
    const { killed } = await figures('en', CONVOY);
    expect(clean(killed)).toBe('more than 200 (201–∞)');
  });

  it('"آخرين"/"آخرون" reads as the source\'s word, not "2+"', async () => {
    const ar = await figures('ar', JAZRA);
    expect(clean(ar.injured)).toMatch(/^آخر(ين|ون) \(2–∞\)$/);
    expect(within(ar.card).queryByText(/^2\+$/)).toBeNull();
  });

  it('"آخرين" in English says that no number was given', async () => {
    const en = await figures('en', JAZRA);
    expect(clean(en.injured)).toBe('others (number not stated) (2–∞)');
    expect(clean(en.killed)).toMatch(/^at least 14 \(14–∞\)$/);
  });

  it('a plain number stays a plain number', async () => {
    const { killed } = await figures('en', 'ain-issa-2017-06-08-landmine-children');
    expect(clean(killed)).toBe('5');
  });
});

describe('a card already shown follows a change of language', () => {
  it('Arabic, then English: its headline, buttons and claim table are reworded in place', async () => {
    const { card } = await figures('ar', CONVOY);
    expect(within(card).getByRole('button', { name: 'حدّد واعرض على الخريطة' })).toBeTruthy();
    expect(within(card).getAllByRole('columnheader', { name: 'المصدر' }).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => {
      const now = document.querySelector(`article[data-event-id="${CONVOY}"]`) as HTMLElement;
      expect(clean(now.querySelector('.figures dd.big')?.textContent ?? '')).toBe('more than 200 (201–∞)');
      expect(within(now).getByRole('button', { name: 'Select and show on map' })).toBeTruthy();
      expect(within(now).getAllByRole('columnheader', { name: 'Source' }).length).toBeGreaterThan(0);
    });
  });

  it('Arabic-Indic digits, asked for after the cards are shown: the headline, the claim rows and the dates follow', async () => {
    await figures('ar', CONVOY);
    await userEvent.click(screen.getByRole('button', { name: '١٢٣ أرقام عربية هندية' }));
    await waitFor(() => {
      const now = document.querySelector(`article[data-event-id="${CONVOY}"]`) as HTMLElement;
      const figures = [
        // The range beside the headline; the headline's words are the quote's own ("أكثر من 200"), kept as written.
        now.querySelector('.figures dd.big .figure-range')?.textContent ?? '',
        ...[...now.querySelectorAll('table.claims td.figure')].map((td) => td.textContent ?? ''),
        now.querySelector('h3 .event-date')?.textContent ?? '',
      ].join(' ');
      expect(figures).toMatch(/[٠-٩]/);
      expect(figures).not.toMatch(/[0-9]/);
    });
  });
});
