// @vitest-environment jsdom
/**
 * Issue 13.3: incidents the pipeline kept apart although they may be one strike are linked in the incident view,
 * "possibly the same strike as …", and the link selects the other incident.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';
import { POSSIBLY_SAME_PREFIX, POSSIBLY_SAME_RULE } from '../../src/domain/links';

afterEach(() => vi.unstubAllGlobals());
configure({ asyncUtilTimeout: 15_000 });

const card = (claimId: string) =>
  document.querySelector(`tr[data-claim-id="${claimId}"]`)!.closest('article.event-card') as HTMLElement;

/** The shipped dataset with grouping's link between the incidents of claims 002-1 and 003-3. */
function linked() {
  const raw = shippedRaw();
  const claim = (id: string) => raw.claims.find((c) => c.id === id)!;
  for (const [a, b] of [
    ['002-1', '003-3'],
    ['003-3', '002-1'],
  ] as const)
    raw.messages = [
      ...(raw.messages ?? []),
      {
        report_id: claim(a).report_id,
        claim_id: a,
        rule: POSSIBLY_SAME_RULE,
        reason: `${POSSIBLY_SAME_PREFIX}${b}: same place, dates overlap but are not one day`,
        start: null,
        end: null,
      },
    ];
  return { raw, otherEvent: claim('003-3').event };
}

async function show(language: 'ar' | 'en') {
  const { raw, otherEvent } = linked();
  stubFetch({ ...shippedFiles(), 'data/dataset.json': JSON.stringify(raw) });
  renderApp(language);
  await screen.findByRole('heading', { level: 2, name: language === 'ar' ? /الحوادث/ : /Incidents/ });
  return otherEvent;
}

describe('possibly the same strike', () => {
  it('English: the card links the other incident, and the link selects it', async () => {
    const otherEvent = await show('en');
    const note = within(card('002-1')).getByRole('note');
    expect(note.textContent).toMatch(/Possibly the same strike as:/);
    const link = note.querySelector(`li[data-possibly-same="${otherEvent}"] button`) as HTMLElement;
    expect(link).toBeTruthy();
    await userEvent.click(link);
    await waitFor(() =>
      expect(document.querySelector(`article[data-event-id="${otherEvent}"]`)!.getAttribute('aria-current')).toBe(
        'true',
      ),
    );
    // Incidents with no such link show none.
    expect(card('000-1').querySelector('.possibly-same')).toBeNull();
  });

  it('Arabic: the same link in Arabic', async () => {
    await show('ar');
    expect(within(card('002-1')).getByRole('note').textContent).toMatch(/ربما الغارة نفسها/);
  });
});
