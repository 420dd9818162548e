/**
 * TimelineJS's run: bench/timelinejs/ (TimelineJS 3.9's own build and CSS, default options: a
 * slide and a marker per event) at `__bench/timelinejs/?data=<dataset>`. Drawn = its 'loaded'
 * event, as bench/timelinejs/timelinejs-bench.js records it.
 */
import type { Contender } from './page-run';
import { libraryPage } from './library-page';

export const timelineJs: Contender = libraryPage({
  id: 'timelinejs',
  label: 'TimelineJS',
  path: '__bench/timelinejs/',
  gestureTarget: '.tl-timenav',
});
