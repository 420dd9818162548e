/**
 * The one place the page tools import the view-state codec from (the module may move; only this
 * line then changes).
 */
export type { ViewState } from '../domain/url-state';
export { DEFAULT_VIEW_STATE, serializeViewState } from '../domain/url-state';
