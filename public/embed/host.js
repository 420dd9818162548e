/*
 * china-dprk-timeline iframe host helper (no dependencies, about 1 KB gzipped).
 *
 *   <iframe src="https://timeline.example/?embed=1" data-china-dprk-timeline
 *           title="China–North Korea timeline" style="width:100%;border:0"></iframe>
 *   <script src="https://timeline.example/embed/host.js" defer></script>
 *
 * Every such iframe is sized to its content. For more, call
 *   const frame = ChinaDprkTimeline.attach(iframe, { onSelect, onState, mirrorParam: 'timeline' });
 *   frame.setState({ leader: 'kim-jong-un', from: 2025 });   // or frame.setState('?event=…')
 * mirrorParam keeps the frame's view in the host page's own URL (?timeline=…), so a link to the
 * host page reopens the same view inside the frame. Only messages from the frame's own window
 * and origin are read.
 */
(function () {
  'use strict';
  var PROTOCOL = 'china-dprk-timeline';
  var VERSION = 1;
  var attached = typeof WeakMap === 'function' ? new WeakMap() : null;

  function attach(iframe, options) {
    options = options || {};
    if (attached && attached.has(iframe)) return attached.get(iframe);
    var origin = new URL(iframe.getAttribute('src') || '', window.location.href).origin;
    var mirror = options.mirrorParam;

    if (mirror) {
      var wanted = new URLSearchParams(window.location.search).get(mirror);
      if (wanted !== null) {
        var src = new URL(iframe.getAttribute('src'), window.location.href);
        var state = new URLSearchParams(wanted);
        ['leader', 'from', 'to', 'q', 'event', 'view'].forEach(function (key) {
          src.searchParams.delete(key);
          if (state.has(key)) src.searchParams.set(key, state.get(key));
        });
        iframe.setAttribute('src', src.href);
      }
    }

    function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.origin !== origin) return;
      var m = event.data;
      if (!m || m.protocol !== PROTOCOL || m.version !== VERSION) return;
      if (m.type === 'height' && typeof m.height === 'number' && m.height > 0) {
        iframe.style.height = Math.ceil(m.height) + 'px';
      } else if (m.type === 'select') {
        if (options.onSelect) options.onSelect(m.event);
      } else if (m.type === 'state' && typeof m.search === 'string') {
        if (options.onState) options.onState(m.state, m.search);
        if (mirror) {
          var url = new URL(window.location.href);
          if (m.search) url.searchParams.set(mirror, m.search.replace(/^\?/, ''));
          else url.searchParams.delete(mirror);
          if (url.href !== window.location.href)
            window.history.replaceState(window.history.state, '', url.href);
        }
      } else if (m.type === 'ready' && options.onReady) {
        options.onReady();
      }
    }
    window.addEventListener('message', onMessage);

    var api = {
      /** Sends a view state in: an object ({ leader, from, to, q, event, view }) or a query string. */
      setState: function (state) {
        var message = { protocol: PROTOCOL, version: VERSION, type: 'set-state' };
        if (typeof state === 'string') message.search = state;
        else message.state = state;
        if (iframe.contentWindow) iframe.contentWindow.postMessage(message, origin);
      },
      detach: function () {
        window.removeEventListener('message', onMessage);
        if (attached) attached.delete(iframe);
      },
    };
    if (attached) attached.set(iframe, api);
    return api;
  }

  function attachAll() {
    var frames = document.querySelectorAll('iframe[data-china-dprk-timeline]');
    for (var i = 0; i < frames.length; i++) attach(frames[i]);
  }

  window.ChinaDprkTimeline = { attach: attach, PROTOCOL: PROTOCOL, VERSION: VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachAll);
  else attachAll();
})();
