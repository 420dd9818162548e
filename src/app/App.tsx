import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BUNDLED_DATASET_URL } from '../data/dataset-url';
import { TimelineApp } from './TimelineApp';
import { useUrlViewState } from './use-url-view-state';

/** The standalone page: the bundled dataset, with the view state kept in the URL. */
export function App() {
  const [client] = useState(() => new QueryClient());
  const [state, setState] = useUrlViewState();
  return (
    <QueryClientProvider client={client}>
      <TimelineApp datasetUrl={BUNDLED_DATASET_URL} state={state} onStateChange={setState} />
    </QueryClientProvider>
  );
}
