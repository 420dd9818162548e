/*
 * Starts the app on a prerendered page (scripts/prerender.ts writes this, minified, into the
 * page's <head> in place of the app's module script, whose address it gives in data-module)
 * once the page, readable as it is, has been painted. Fetched during that first paint, the
 * app's script would compete with it for the network, and a phone would show the page later.
 *
 * It is an inline classic script ahead of the page's stylesheets (the page's policy allows it
 * by its hash), so it runs as soon as the parser reaches it, with nothing to wait for: a `?data=`
 * page can then hide the bundled view before it is ever laid out (~90 ms of layout for nothing,
 * and the script's start pushed back as long) and begin its downloads at once, the dataset's
 * among them. The app itself runs only once the document is parsed: it looks for #root.
 */
(function () {
  var self = document.currentScript;
  var src = self && self.getAttribute('data-module');
  if (!src) return;
  var started = false;
  // A module script added by a script does not wait for the page's stylesheets, as the page's own
  // scripts do: without this, on a `?data=` page (started before anything is painted) the app
  // could lay itself out without its CSS and measure the wrong widths.
  var settled = function () {
    this.setAttribute('data-settled', '');
    start();
  };
  var styled = function () {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      if (!links[i].sheet && !links[i].hasAttribute('data-settled')) {
        links[i].addEventListener('load', settled);
        links[i].addEventListener('error', settled);
        return false;
      }
    }
    return true;
  };
  var start = function () {
    if (started) return;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
      return;
    }
    if (!styled()) return;
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = src;
    document.head.appendChild(script);
  };
  // The download, begun here rather than once the worker runs (~150-300 ms later): the response
  // goes to the worker as it arrives, its status and headers, then each chunk through a channel
  // (bodyFromPort, src/data/read-dataset-source.ts), or the news that it failed. Should this
  // browser lack what it takes, the worker fetches the address itself. read.stop, which the app
  // calls when it is done with the worker, stops the download.
  var deliver = function (worker, read, href) {
    var request = function (delivered) {
      worker.postMessage(
        { source: { url: href, delivered: delivered }, pageKeepsBytes: false },
        delivered && delivered.port ? [delivered.port] : [],
      );
    };
    if (!window.AbortController || !window.ReadableStream) return request();
    var stop = new AbortController();
    read.stop = function () {
      stop.abort();
    };
    var startedAt = performance.timeOrigin + performance.now();
    var answered = function (response) {
      if (!response.body) {
        stop.abort();
        return request();
      }
      var channel = new MessageChannel();
      var port = channel.port1;
      var headers = {};
      ['Content-Length', 'Content-Encoding'].forEach(function (name) {
        var value = response.headers.get(name);
        if (value !== null) headers[name] = value;
      });
      request({
        status: response.status,
        statusText: response.statusText,
        headers: headers,
        port: channel.port2,
        startedAt: startedAt,
      });
      port.onmessage = read.stop; // the worker has cancelled the body
      var reader = response.body.getReader();
      var failed = function () {
        port.postMessage('failed');
      };
      var pass = function (chunk) {
        if (chunk.done) {
          // Nothing left to stop: aborting a finished download still took the app ~7 ms.
          read.stop = function () {};
          return port.postMessage(null);
        }
        try {
          port.postMessage(chunk.value, [chunk.value.buffer]);
        } catch (notMovable) {
          void notMovable;
          port.postMessage(chunk.value);
        }
        reader.read().then(pass, failed);
      };
      reader.read().then(pass, failed);
    };
    fetch(href, { credentials: 'same-origin', signal: stop.signal }).then(answered, function () {
      // Said to the worker, not asked again: react-query's retry is the one second attempt.
      if (!stop.signal.aborted) request({ failed: true, startedAt: startedAt });
    });
  };
  // The dataset worker (data-worker), started on the dataset's address now, while the app's
  // script downloads and starts: src/data/early-read.ts takes it over. Its replies are kept
  // until then. False when this browser cannot start it.
  var readEarly = function (href) {
    var workerSrc = self.getAttribute('data-worker');
    if (!workerSrc || !window.Worker || !window.MessageChannel) return false;
    try {
      var worker = new Worker(workerSrc, { type: 'module', name: 'dataset' });
    } catch (refused) {
      // A policy or a browser that refuses it: the download is preloaded instead.
      void refused;
      return false;
    }
    var read = { url: href, worker: worker, replies: [], failed: false };
    var keep = function (event) {
      read.replies.push(event.data);
    };
    var fail = function () {
      read.failed = true;
    };
    worker.addEventListener('message', keep);
    worker.addEventListener('error', fail);
    read.release = function () {
      worker.removeEventListener('message', keep);
      worker.removeEventListener('error', fail);
    };
    deliver(worker, read, href);
    window.__timelineEarlyRead = read;
    return true;
  };
  // A page asked for another dataset (?data=) has nothing of it to paint first: the prerendered
  // view of the bundled one is hidden (first-view.css), not shown as if it were the reader's; the
  // dataset is read from now on, by the worker (the same address, resolved as
  // src/data/dataset-url.ts does), or else downloaded as a preload the app's fetch then takes
  // over (the same request mode); and the app starts.
  var data = new URLSearchParams(window.location.search).get('data');
  if (data !== null && data.trim() !== '') {
    document.documentElement.classList.add('other-dataset');
    try {
      var url = new URL(data.trim(), document.baseURI);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !readEarly(url.href)) {
        var link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = url.href;
        document.head.appendChild(link);
      }
    } catch (notAnAddress) {
      // The app says what is wrong with it.
      void notAnAddress;
    }
    // The app's script and the code that reads the dataset (data-reader: scripts/prerender.ts
    // lists its chunks), fetched and compiled while the body is parsed.
    var reader = self.getAttribute('data-reader');
    [src].concat(reader ? reader.split(' ') : []).forEach(function (href) {
      var chunk = document.createElement('link');
      chunk.rel = 'modulepreload';
      chunk.href = href;
      document.head.appendChild(chunk);
    });
    start();
    return;
  }
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
