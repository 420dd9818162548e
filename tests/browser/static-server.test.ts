/**
 * How our test server is set up: 127.0.0.1 and a free port, index files for directories, 404s,
 * gzip for a browser that asks, the extra headers on every file, and no way out of its directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from './static-server';
import { startStaticServer } from './static-server';

let parent: string;
let server: StaticServer;
let plain: StaticServer;
let ahead: StaticServer;
/** Big enough to be worth compressing. */
const DATA = JSON.stringify({ events: Array.from({ length: 200 }, (_, i) => ({ id: `e${i}` })) });

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  const root = join(parent, 'site');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'nested'), { recursive: true });
  writeFileSync(join(parent, 'secret.txt'), 'outside the root');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>root</title>');
  writeFileSync(join(root, 'nested', 'index.html'), '<!doctype html><title>nested</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'data.json'), DATA);
  writeFileSync(join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'shot.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await startStaticServer(root, {
    port: 0,
    headers: { 'access-control-allow-origin': '*' },
  });
  plain = await startStaticServer(root, { compress: false });
  writeFileSync(join(root, 'data.json.gz'), gzipSync(DATA, { level: 9 }));
  ahead = await startStaticServer(root, { precompressed: true });
});

afterAll(async () => {
  await server?.close();
  await plain?.close();
  await ahead?.close();
  rmSync(parent, { recursive: true, force: true });
});

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(path: string, headers: Record<string, string> = {}, on = server): Promise<Reply> {
  const { port, hostname } = new URL(on.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 at a port the system chose', () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    expect(server.url.endsWith('/')).toBe(true);
  });

  it('serves index.html for / and for directories', async () => {
    const root = await get('/');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toMatch(/^text\/html/);
    expect(root.body.toString()).toContain('<title>root</title>');
    const nested = await get('/nested/');
    expect(nested.status).toBe(200);
    expect(nested.body.toString()).toContain('<title>nested</title>');
    await expect(get('/?event=x')).resolves.toMatchObject({ status: 200 });
  });

  it.each([
    ['/assets/app.js', /^text\/javascript/],
    ['/assets/app.css', /^text\/css/],
    ['/data.json', /^application\/json/],
    ['/icon.svg', /^image\/svg\+xml/],
    ['/shot.png', /^image\/png/],
  ])('serves %s with its content type', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(type);
  });

  it('adds the configured headers to every file, and asks browsers not to cache', async () => {
    const res = await get('/assets/app.js');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends gzip to a browser that accepts it, and the plain file to one that does not', async () => {
    const zipped = await get('/data.json', { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(DATA.length);
    expect(gunzipSync(zipped.body).toString()).toBe(DATA);

    const raw = await get('/data.json');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString()).toBe(DATA);
  });

  it('without compression, sends every file as it is, with its length', async () => {
    const res = await get('/data.json', { 'accept-encoding': 'gzip' }, plain);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(DATA)));
    expect(res.body.toString()).toBe(DATA);
  });

  it('with precompressed files, sends the .gz made ahead of time as the file itself', async () => {
    const res = await get('/data.json', { 'accept-encoding': 'gzip' }, ahead);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.equals(gzipSync(DATA, { level: 9 }))).toBe(true);
    const raw = await get('/data.json', {}, ahead);
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString()).toBe(DATA);
  });

  it('answers 404 for what is not there', async () => {
    await expect(get('/missing.js')).resolves.toMatchObject({ status: 404 });
    await expect(get('/assets/')).resolves.toMatchObject({ status: 404 });
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
  ])('never serves a file outside its directory: %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.toString()).not.toContain('outside the root');
  });
});
