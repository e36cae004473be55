// A minimal static file server for build/web/dist (loopback only), used by
// scripts/serve.sh and the browser tests. Node's standard library only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
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
  const server = createServer(async (req, res) => {
    if (stand.in && stand.in(req, res)) return;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? '/index.html' : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
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
