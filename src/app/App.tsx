import { useEffect, useMemo, useState } from 'react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { datasetQuery } from '../dataset/queries';
import { useWithLocalData } from '../dataset/localQueries';
import { useMainModel } from '../dataset/openedQueries';
import { syncDocumentLanguage } from '../i18n';
import { createAppI18n } from './i18n';
import { SelectionProvider } from '../state/selection';
import { ViewStateProvider, useViewState, type ViewState } from '../state/viewState';
import { Dashboard } from './Dashboard';
import { ErrorScreen, LoadingScreen } from './StatusScreens';
import { UpdatePrompt } from './UpdatePrompt';
import { useMapCodeSettled } from './mapChunk';

function Loaded() {
  const dataset = useQuery(datasetQuery);
  // Reports imported on this device join the loaded dataset before any view indexes it (dataset/localData.ts).
  // A dataset opened on this device as the main data takes the published one's place (dataset/openedQueries.ts).
  const model = useWithLocalData(useMainModel(dataset.data));
  // The map's code, when it is almost here, renders with the dashboard (one layout instead of two; mapChunk.ts).
  const mapCode = useMapCodeSettled(model !== undefined);
  if (dataset.isError) return <ErrorScreen error={dataset.error} onRetry={() => void dataset.refetch()} />;
  if (!model || !mapCode) return <LoadingScreen />;
  return (
    <SelectionProvider model={model}>
      <Dashboard />
    </SelectionProvider>
  );
}

/** Language is state: i18n and <html lang dir> follow it. */
function Localised() {
  const { language, digits } = useViewState('language', 'digits');
  const i18n = useMemo(() => createAppI18n(language, digits), [language, digits]);
  useEffect(() => syncDocumentLanguage(language), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <Loaded />
      <UpdatePrompt />
    </I18nextProvider>
  );
}

export function App({ queryClient, initial }: { queryClient?: QueryClient; initial?: ViewState }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <ViewStateProvider {...(initial ? { initial } : {})}>
        <Localised />
      </ViewStateProvider>
    </QueryClientProvider>
  );
}
