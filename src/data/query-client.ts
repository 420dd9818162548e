import { QueryClient } from '@tanstack/react-query';

/**
 * The one place a QueryClient is made, for the app, the custom elements (one client per page, so
 * elements showing the same dataset share one download) and a React component whose host does
 * not pass its own. The dataset query's options travel with the query (use-timeline-data.ts),
 * so a host's own client loads the dataset the same way.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient();
}
