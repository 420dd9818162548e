import { resolveDatasetUrl } from '../domain/safe-url';
import type { DatasetSource } from './dataset-source';

/** The bundled dataset, relative to the page so the app works from any base path. */
export function bundledDatasetUrl(): string {
  return new URL('data/china-dprk.json', document.baseURI).href;
}

/** `?data=<url>` if given (refused unless http(s)), else the bundled dataset. */
export function datasetSourceFromSearch(search: string): DatasetSource {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null || raw.trim() === '') return { url: bundledDatasetUrl() };
  const r = resolveDatasetUrl(raw, document.baseURI);
  return r.ok ? { url: r.url } : { refused: r.message };
}
