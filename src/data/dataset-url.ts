import type { DatasetSource } from './dataset-source';
import { resolveDatasetSource } from './dataset-source';

/** The bundled dataset, relative to the page so the app works from any base path. */
export function bundledDatasetUrl(): string {
  return new URL('data/china-dprk.json', document.baseURI).href;
}

/** The app's dataset: `?data=<url>` if given (refused unless http(s)), else the bundled one. */
export function datasetSourceFromSearch(search: string): DatasetSource {
  return resolveDatasetSource({
    url: new URLSearchParams(search).get('data'),
    base: document.baseURI,
    otherwise: { url: bundledDatasetUrl() },
  });
}
