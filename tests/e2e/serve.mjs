// Minimal static server for the built app, used by the e2e tests and the benchmark.
// Serves DIST under a sub-path (default /shorewise/) to prove the build runs from any
// sub-path, on 127.0.0.1 only. With `compress`, a file's precompressed copy (`.br`,
// `.gz`, written by the build) is sent when the browser accepts it, as a production host
// would (the benchmark's Lighthouse run). Usage: node serve.mjs [dist] [port] [base]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

// The strict Content-Security-Policy the app must run under (docs/deployment.md): no
// inline script or style, nothing from another host.
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The service worker (sw.js) and the web app manifest.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  // The embedding tests' host pages (specs/embed.spec.ts), on other loopback origins.
  "frame-ancestors 'self' http://127.0.0.1:4176 http://127.0.0.1:4177",
].join('; ');

export function startServer({ dist = '../../dist', port = 4173, base = '/shorewise/', compress = false } = {}) {
  const root = resolve(dist);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.') rel = 'index.html';
    const file = join(root, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'content-security-policy': CSP,
      };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [ext, encoding] of compress ? [['.br', 'br'], ['.gz', 'gzip']] : []) {
        if (!accepts.includes(encoding)) continue;
        const body = await readFile(file + ext).catch(() => null);
        if (body) {
          res.writeHead(200, { ...headers, 'content-encoding': encoding, vary: 'accept-encoding' });
          res.end(body);
          return;
        }
      }
      res.writeHead(200, headers);
      // A next deployment, for the offline tests (specs/offline.spec.ts): with this
      // cookie the service worker differs by a line, as a new build's would.
      const next = rel === 'sw.js' && /(^|;\s*)deployment=next/.test(String(req.headers.cookie ?? ''));
      res.end(next ? `${await readFile(file, 'utf8')}\n// next deployment\n` : await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, port, base] = process.argv.slice(2);
  const server = await startServer({ dist, port: Number(port ?? 4173), base: base ?? '/shorewise/' });
  console.log(`serving ${resolve(dist ?? '../../dist')} at http://127.0.0.1:${server.address().port}${base ?? '/shorewise/'}`);
}
