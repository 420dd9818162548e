/**
 * The static file server for the browser tests, the screenshots script and the benchmark: sirv
 * (files, content types, `index.html` for directories, 404 for the rest, no way out of the
 * directory) behind the `compression` middleware (gzip or deflate when the browser asks, as a
 * real host does), on node:http at 127.0.0.1 and an ephemeral port.
 */
import compression from 'compression';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) lets the system choose a free port. */
  readonly port?: number;
  /** Extra headers on every file served (CORS for a second origin, a Content-Security-Policy…). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Compress responses for browsers that accept it (the default). Off, every file is sent as it
   * is with its Content-Length, which a test of refusing a file from its length needs.
   */
  readonly compress?: boolean;
  /**
   * Send `<file>.br` or `<file>.gz` when there is one and the browser accepts it, as a host that
   * compresses its files ahead of time does (nginx's gzip_static); the rest are compressed as
   * they are sent, or not, as `compress` says.
   */
  readonly precompressed?: boolean;
}

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/**
 * `compression` is Express middleware, but it only uses what node:http's request and response
 * have (it wraps `res.write`/`res.end`); its types name Express's subclasses, hence the cast.
 */
const compress = compression() as unknown as Middleware;

function notFound(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

export async function startStaticServer(
  rootDir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const extraHeaders = Object.entries(options.headers ?? {});
  // dev: files are looked up on each request (a test may write one after start) and sent with
  // `Cache-Control: no-store`, so no run is served a stale build from the browser's cache.
  const serveFiles = sirv(resolve(rootDir), {
    dev: true,
    dotfiles: false,
    gzip: options.precompressed === true,
    brotli: options.precompressed === true,
    onNoMatch: notFound,
    setHeaders: (res) => {
      for (const [name, value] of extraHeaders) res.setHeader(name, value);
    },
  });
  const server = createServer((req, res) => {
    const send = () => serveFiles(req, res);
    if (options.compress === false) return send();
    compress(req, res, (error) => {
      if (error === undefined) return send();
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Server error');
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolveClose()));
      }),
  };
}
