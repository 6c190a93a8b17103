import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { syncDocumentLanguage } from '../../src/i18n';
import { createAppI18n } from '../../src/app/i18n';
import { SelectionProvider, useSelection } from '../../src/state/selection';
import { initialViewState, ViewStateProvider, type ViewState } from '../../src/state/viewState';
import { shippedModel } from '../helpers/dataset';

/** How many incidents the one filtered selection holds: what the list and the map show. */
export function SelectionCount() {
  const { selection } = useSelection();
  return <output aria-label="selected incidents">{selection.incidents.length}</output>;
}

/**
 * Renders one panel with the providers App composes (view state, i18n, selection) on the shipped dataset, without
 * the lazy loading and fetch of the whole app.
 */
export function renderPanel(ui: ReactNode, language: 'ar' | 'en', overrides: Partial<ViewState> = {}) {
  const initial = { ...initialViewState(), language, ...overrides };
  syncDocumentLanguage(language);
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ViewStateProvider initial={initial}>
        <I18nextProvider i18n={createAppI18n(language, initial.digits)}>
          <SelectionProvider model={shippedModel()}>
            {ui}
            <SelectionCount />
          </SelectionProvider>
        </I18nextProvider>
      </ViewStateProvider>
    </QueryClientProvider>,
  );
}
