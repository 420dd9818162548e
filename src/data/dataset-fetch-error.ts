/**
 * A network or HTTP failure, said so a reader knows what failed. Its own module: the page's
 * first load tells this failure from others (LoadFailures, the query's retry), while the code
 * that fetches (read-dataset-source.ts) loads only when a dataset is fetched.
 */
export class DatasetFetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    /** The HTTP status, when the server answered (-1: refused before any request). */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'DatasetFetchError';
  }
}
