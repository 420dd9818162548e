/**
 * react-chrono's run: bench/chrono/ (react-chrono 3.3 with React 19, bundled by Vite; default
 * options: a card per event) at `__bench/chrono/?data=<dataset>`. Drawn = the first animation
 * frame with the first event's card drawn, as bench/chrono/chrono-bench.js records it.
 */
import type { Contender } from './page-run';
import { libraryPage } from './library-page';

export const chrono: Contender = libraryPage({
  id: 'chrono',
  label: 'react-chrono',
  path: '__bench/chrono/',
  gestureTarget: '.timeline-wrapper',
});
