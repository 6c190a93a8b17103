// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the filter options', () => {
  it('keep an option the other filters leave at 0, greyed, and list only what the dataset holds', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await userEvent.click(await screen.findByText('More filters'));
    const weapons = screen.getByRole('group', { name: 'Weapon' });
    // The shipped data holds landmines, no artillery: the vocabulary's other choices are no choice here.
    expect(within(weapons).getByRole('checkbox', { name: /^Landmine\s+2$/ })).toBeTruthy();
    expect(within(weapons).queryByRole('checkbox', { name: /^Artillery/ })).toBeNull();
    const options = within(weapons).getAllByRole('checkbox').length;

    const perpetrators = screen.getByRole('group', { name: 'Perpetrator' });
    await userEvent.click(within(perpetrators).getByRole('checkbox', { name: /US-led coalition\s+5/ }));
    // No coalition incident used a landmine: the option stays, with its 0, greyed; none comes or goes.
    const landmine = await within(weapons).findByRole('checkbox', { name: /^Landmine\s+0$/ });
    expect(landmine.closest('label')?.querySelector('bdi')?.className).toBe('muted');
    await waitFor(() => expect(within(weapons).getAllByRole('checkbox')).toHaveLength(options));
  });

  it('hold the active-filter row’s place while the controls are open, and take no room folded', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    const none = 'No filter applied: everything is shown';
    expect(await screen.findByText(none)).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Filters', expanded: true });
    await userEvent.click(toggle);
    await waitFor(() => expect(screen.queryByText(none)).toBeNull());
    await userEvent.click(toggle);
    expect(await screen.findByText(none)).toBeTruthy();
  });
});
