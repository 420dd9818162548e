/**
 * The D3 behaviours behind zooming, panning and brushing. They are not needed to draw the first
 * view, so this module (about a fifth of the first load) is fetched right after it.
 */
import 'd3-transition';
export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
