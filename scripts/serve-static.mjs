// A small static server for the exported site, as a CDN would serve it:
//   node scripts/serve-static.mjs [dir=out] [port=3000]
// Clean URLs (/t/x → /t/x.html or /t/x/index.html), 404.html for what is missing, and the headers listed in
// the folder's `_headers` file (Netlify/Cloudflare format: a path pattern, then indented "Name: value" lines).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

if (!existsSync(root)) {
  console.error(`serve-static: ${root} does not exist; run \`npm run export\` first`);
  process.exit(2);
}

function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules.map((rule) => ({ ...rule, re: new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`) }));
}

const headerFile = path.join(root, '_headers');
const rules = existsSync(headerFile) ? parseHeadersFile(readFileSync(headerFile, 'utf8')) : [];

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const target = path.normalize(path.join(root, clean));
  if (!target.startsWith(root)) return null;
  for (const candidate of [target, `${target}.html`, path.join(target, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = resolveFile(url.pathname);
  let status = 200;
  if (!file || path.basename(file) === '_headers') {
    file = path.join(root, '404.html');
    status = 404;
  }
  // Later rules override earlier ones for the same header, as on the CDNs this mimics.
  const headers = new Map();
  for (const rule of rules) if (rule.re.test(url.pathname)) for (const [name, value] of rule.headers) headers.set(name, value);
  for (const [name, value] of headers) response.setHeader(name, value);
  response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
  response.setHeader('Cache-Control', file.includes(`${path.sep}_next${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.writeHead(status);
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}).listen(port, () => console.log(`Serving ${root} at http://localhost:${port}`));
