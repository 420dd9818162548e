/** The bundled dataset, relative to the page so the app works from any base path. */
export const BUNDLED_DATASET_URL = new URL('data/china-dprk.json', document.baseURI).href;
