/*
 * Starts the app on a prerendered page (scripts/prerender.ts puts this in place of the app's
 * module script, whose address it gives in data-module) once the page, readable as it is, has
 * been painted. Fetched during that first paint, the app's script would compete with it for the
 * network, and a phone would show the page later.
 */
(function () {
  var self = document.currentScript;
  var src = self && self.getAttribute('data-module');
  if (!src) return;
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = src;
    document.head.appendChild(script);
  };
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (document.visibilityState !== 'visible' || types.indexOf('paint') < 0) {
    start(); // a page in a background tab is not painted; an old browser cannot tell
    return;
  }
  new PerformanceObserver(function (list, observer) {
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // Should no paint be reported (the tab hidden meanwhile), the page comes alive all the same.
  setTimeout(start, 2000);
})();
