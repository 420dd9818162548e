/**
 * The react-chrono comparison page for bench/run.ts: draws a dataset (`?data=<url>`, our format)
 * with react-chrono 3.3 and its default options, one card per event (title: its date; card
 * title: its short title or title; subtitle: its side; text: its summary). By default it asks
 * Google Fonts for Inter; the bench machine has no network, so it falls back to system fonts.
 *
 * It reports to the benchmark through `window.__libBench`:
 *   drawn    performance.now() at the first animation frame in which the first event's card
 *            shows its title (the first draw a reader sees), also as the mark 'lib:drawn';
 *   changes  performance.now() at that and every later change to the page's DOM ('lib:changed');
 *   error    a message if the dataset could not be fetched or drawn.
 */
import { createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Chrono } from 'react-chrono';
import 'react-chrono/dist/style.css';

const state = { drawn: null, changes: [], error: null, items: 0 };
window.__libBench = state;

function changed() {
  state.changes.push(performance.now());
  performance.mark('lib:changed');
}

function fail(message) {
  state.error = message;
  document.getElementById('status').textContent = message;
}

/**
 * Records the first draw once the first event's card shows its title (react-chrono commits its
 * frame before its cards), then every DOM change.
 */
function Drawn({ firstTitle, children }) {
  useEffect(() => {
    const root = document.getElementById('root');
    const check = () => {
      const wrapper = root.querySelector('.timeline-wrapper');
      if (wrapper === null || !wrapper.textContent.includes(firstTitle)) {
        requestAnimationFrame(check);
        return;
      }
      state.drawn = performance.now();
      performance.mark('lib:drawn');
      changed();
      new MutationObserver(changed).observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    };
    requestAnimationFrame(check);
  }, [firstTitle]);
  return children;
}

function toItems(dataset) {
  return dataset.events.map((e) => ({
    title: e.date,
    cardTitle: e.shortTitle || e.title,
    cardSubtitle: e.side,
    cardDetailedText: e.summary || '',
  }));
}

const url = new URLSearchParams(window.location.search).get('data');
if (!url) {
  fail('no ?data= given');
} else {
  fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then((dataset) => {
      const items = toItems(dataset);
      state.items = items.length;
      createRoot(document.getElementById('root')).render(
        createElement(
          Drawn,
          { firstTitle: items[0] ? items[0].cardTitle : '' },
          createElement(Chrono, { items }),
        ),
      );
    })
    .catch((error) => fail(String(error && error.message ? error.message : error)));
}
