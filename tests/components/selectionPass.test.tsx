// @vitest-environment jsdom
/**
 * Issue 12.4: a filter change computes one selection, and every view (list, map, timeline, facet counts, undated
 * note, charts) reads it; none filters again. Every filter evaluation goes through `compile` (the tests of the active
 * filters), and `applyFilters` / `undatedHidden` are the other ways in, so a spy on each counts the passes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as FilterModule from '../../src/domain/filter';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';

const calls = vi.hoisted(() => ({ compile: 0, applyFilters: 0, undatedHidden: 0, positionsScans: 0 }));

vi.mock('../../src/domain/filter', async (importOriginal) => {
  const real = await importOriginal<typeof FilterModule>();
  return {
    ...real,
    compile: (...args: Parameters<typeof real.compile>) => (calls.compile++, real.compile(...args)),
    applyFilters: (...args: Parameters<typeof real.applyFilters>) => (calls.applyFilters++, real.applyFilters(...args)),
    undatedHidden: (...args: Parameters<typeof real.undatedHidden>) => (
      calls.undatedHidden++,
      real.undatedHidden(...args)
    ),
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const shownIds = () =>
  [...document.querySelectorAll('article[data-event-id]')].map((a) => a.getAttribute('data-event-id'));

describe('one selection pass', () => {
  it('one filter change runs the filter once, and list, counts, timeline and charts all follow it', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await userEvent.click(await screen.findByText('More filters', {}, { timeout: 30_000 }));
    const group = screen.getByRole('group', { name: 'Perpetrator' });
    await waitFor(() => expect(shownIds()).toHaveLength(19), { timeout: 15_000 });
    calls.compile = calls.applyFilters = calls.undatedHidden = 0;

    await userEvent.click(within(group).getByRole('checkbox', { name: /US-led coalition\s+5/ }));
    await waitFor(() => expect(shownIds()).toHaveLength(5), { timeout: 15_000 });
    // The counts beside the options come from the same pass: with the coalition chosen, its own count stays 5.
    expect(within(group).getByRole('checkbox', { name: /US-led coalition\s+5/ })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 15_000 });

    expect(calls).toMatchObject({ compile: 1, applyFilters: 0, undatedHidden: 0 });
  }, 60_000);
});
