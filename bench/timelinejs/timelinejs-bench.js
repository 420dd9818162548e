/**
 * The TimelineJS comparison page for bench/run.ts: draws a dataset (`?data=<url>`, our format)
 * with TimelineJS 3.9 and its default options, one slide and one marker per event (headline:
 * the event's short title or title; text: its summary; group: its side).
 *
 * It reports to the benchmark through `window.__libBench`:
 *   drawn    performance.now() at TimelineJS's 'loaded' event (its time navigation and its story
 *            slider both built: the first draw a reader sees), also as the mark 'lib:drawn';
 *   changes  performance.now() at that and every later 'change' (mark 'lib:changed');
 *   error    a message if the dataset could not be fetched or drawn.
 */
/* global TL */
(function () {
  'use strict';
  var state = { drawn: null, changes: [], error: null, items: 0 };
  window.__libBench = state;

  /** TimelineJS's date object for one EDTF date without its interval: YYYY[-MM[-DD]]. */
  function tlDate(text) {
    var m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.replace(/[~?%]/g, ''));
    if (!m) throw new Error('unsupported date "' + text + '"');
    var date = { year: Number(m[1]) };
    if (m[2] !== undefined) date.month = Number(m[2]);
    if (m[3] !== undefined) date.day = Number(m[3]);
    return date;
  }

  /** Start (and end, for an interval) of an EDTF date; an open end is left open. */
  function dates(edtf) {
    var parts = edtf.split('/');
    var open = function (p) {
      return p === '..' || p === '';
    };
    if (parts.length === 1) return { start_date: tlDate(parts[0]) };
    if (open(parts[0])) return { start_date: tlDate(parts[1]) };
    var out = { start_date: tlDate(parts[0]) };
    if (!open(parts[1])) out.end_date = tlDate(parts[1]);
    return out;
  }

  function toTimeline(dataset) {
    return {
      events: dataset.events.map(function (e) {
        var event = dates(e.date);
        event.unique_id = e.id;
        event.text = { headline: e.shortTitle || e.title, text: e.summary || '' };
        event.group = e.side;
        return event;
      }),
    };
  }

  function record(name) {
    var now = performance.now();
    state.changes.push(now);
    performance.mark('lib:changed');
    if (name === 'loaded' && state.drawn === null) {
      state.drawn = now;
      performance.mark('lib:drawn');
    }
  }

  function fail(message) {
    state.error = message;
    document.getElementById('status').textContent = message;
  }

  var url = new URLSearchParams(window.location.search).get('data');
  if (!url) {
    fail('no ?data= given');
    return;
  }
  fetch(url)
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (dataset) {
      var data = toTimeline(dataset);
      state.items = data.events.length;
      var timeline = new TL.Timeline('timeline', data);
      timeline.on('loaded', function () {
        record('loaded');
      });
      timeline.on('change', function () {
        if (state.drawn !== null) record('change');
      });
      window.__timelineJs = timeline;
    })
    .catch(function (error) {
      fail(String(error && error.message ? error.message : error));
    });
})();
