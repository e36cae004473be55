// A minimal static file server for build/web/dist (loopback only), used by
// scripts/serve.sh and the browser tests. Node's standard library only.
// Compressed (gzip, level 9, made once per file version) for a browser that
// accepts it: a phone on a slow connection gets the page in about 70 % of its
// bytes (the WebAssembly in it is compressed already; docs/performance.md).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.json': 'application/json', '.png': 'image/png', '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml',
};

// stand: an object whose `in(req, res)`, when set, may answer a request in
// the files' place and return true (a test's captive portal).
export function startServer(dir, port = 0, host = '127.0.0.1', stand = {}) {
  const root = resolve(dir);
  const packed = new Map();  // file -> { mtimeMs, body }: gzipped once per version
  async function gzipped(file, body) {
    const { mtimeMs } = await stat(file);
    const known = packed.get(file);
    if (known && known.mtimeMs === mtimeMs) return known.body;
    const fresh = gzipSync(body, { level: 9 });
    packed.set(file, { mtimeMs, body: fresh });
    return fresh;
  }
  const server = createServer(async (req, res) => {
    if (stand.in && stand.in(req, res)) return;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? '/index.html' : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(gzip ? await gzipped(file, body) : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok({
    url: `http://${host}:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  const { url } = await startServer(dir, Number(port || 8080));
  console.log(`Lestari is served at ${url}  (Ctrl+C to stop)`);
}
