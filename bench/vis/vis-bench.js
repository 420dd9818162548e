/**
 * The comparison page for bench/run.ts: draws a dataset (`?data=<url>`, our format) with
 * vis-timeline's standalone build, using its default options plus `stack: true`, in three groups
 * (the lanes: China, both sides, North Korea).
 *
 * It reports to the benchmark through `window.__visBench`:
 *   drawn    performance.now() at vis-timeline's first 'changed' event after the constructor
 *            (its redraw after fitting the window to the items: the first draw a reader sees);
 *   changes  performance.now() at every 'changed' event since (it redraws as it stacks);
 *   error    a message if the dataset could not be fetched or drawn.
 */
/* global vis */
(function () {
  'use strict';
  var state = { drawn: null, changes: [], error: null, items: 0 };
  // Also as user-timing marks, for traces: 'vis:drawn' once, 'vis:changed' at every redraw.
  window.__visBench = state;

  var DAY = 86400000;

  /** Start and exclusive end (UTC ms) of one EDTF date without its interval: YYYY[-MM[-DD]]. */
  function bounds(text) {
    var m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.replace(/[~?%]/g, ''));
    if (!m) throw new Error('unsupported date "' + text + '"');
    var year = Number(m[1]);
    var utc = function (y, mo, d) {
      var date = new Date(Date.UTC(2000, mo, d));
      date.setUTCFullYear(y);
      return date.getTime();
    };
    if (m[3] !== undefined) {
      var day = utc(year, Number(m[2]) - 1, Number(m[3]));
      return { start: day, end: day + DAY, precision: 'day' };
    }
    if (m[2] !== undefined) {
      var month = Number(m[2]) - 1;
      return { start: utc(year, month, 1), end: utc(year, month + 1, 1), precision: 'month' };
    }
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  }

  /**
   * A vis-timeline item's start and end for an EDTF date at its precision: a single day is a
   * point (no end); a month, a year or an interval is a range. Open ends ("..") end today.
   */
  function span(date) {
    var parts = date.split('/');
    if (parts.length === 1) {
      var one = bounds(parts[0]);
      return one.precision === 'day' ? { start: one.start } : { start: one.start, end: one.end };
    }
    var from = parts[0] === '..' || parts[0] === '' ? null : bounds(parts[0]);
    var to = parts[1] === '..' || parts[1] === '' ? null : bounds(parts[1]);
    var start = from ? from.start : to ? to.start : Date.now();
    var end = to ? to.end : Date.now();
    return { start: start, end: Math.max(end, start + DAY) };
  }

  function toItems(dataset) {
    return dataset.events.map(function (e) {
      var s = span(e.date);
      var item = { id: e.id, content: e.shortTitle || e.title, group: e.side, start: s.start };
      if (s.end !== undefined) item.end = s.end;
      return item;
    });
  }

  function groups(dataset) {
    var name = {};
    dataset.sides.forEach(function (s) {
      name[s.id] = s.shortName || s.name;
    });
    var first = dataset.sides[0] ? dataset.sides[0].id : 'cn';
    var second = dataset.sides[1] ? dataset.sides[1].id : 'kp';
    return [
      { id: first, content: name[first] || first, order: 0 },
      { id: 'joint', content: 'Both sides', order: 1 },
      { id: second, content: name[second] || second, order: 2 },
    ];
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
      var items = new vis.DataSet(toItems(dataset));
      state.items = items.length;
      var timeline = new vis.Timeline(
        document.getElementById('timeline'),
        items,
        new vis.DataSet(groups(dataset)),
        { stack: true },
      );
      // The constructor draws once at the default window, then fits the window to the items
      // and redraws: the first 'changed' after it returns is that fitted draw.
      timeline.on('changed', function () {
        var now = performance.now();
        state.changes.push(now);
        performance.mark('vis:changed');
        if (state.drawn === null) {
          state.drawn = now;
          performance.mark('vis:drawn');
        }
      });
      window.__visTimeline = timeline;
    })
    .catch(function (error) {
      fail(String(error && error.message ? error.message : error));
    });
})();
