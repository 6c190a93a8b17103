// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';

afterEach(() => vi.unstubAllGlobals());

describe('skip links', () => {
  it('in English: the first two Tabs reach "Skip to incident list" and "Skip to map", which point at them', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await screen.findByRole('link', { name: 'Skip to incident list' });
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Skip to incident list');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Skip to map');
    // The list fills its slot once the map's marks are drawn (staged dashboard).
    await waitFor(() =>
      expect(document.getElementById('incident-list')?.querySelector('article[data-event-id]')).toBeTruthy(),
    );
    expect(document.getElementById('map-area')).toBeTruthy();
  });

  it('in Arabic: the same links in Arabic', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    expect(await screen.findByRole('link', { name: 'انتقل إلى قائمة الحوادث' })).toHaveProperty(
      'hash',
      '#incident-list',
    );
    expect(screen.getByRole('link', { name: 'انتقل إلى الخريطة' })).toHaveProperty('hash', '#map-area');
  });
});
