#!/usr/bin/env node
// A static server for the benchmark datasets when peer-bench's serve.mjs is not available: serves --root on
// 127.0.0.1 at a free port (or --port P), prints the base URL as its first stdout line; CORS open, no caching.
//
//   node bench/serve-data.mjs --root bench/data [--port P]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = path.resolve(rootArg >= 0 ? args[rootArg + 1] : '.');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;

const server = http.createServer((req, res) => {
  const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
  let file = null;
  try {
    file = path.resolve(root, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  } catch {
    /* a malformed path */
  }
  const stat = file && file.startsWith(root + path.sep) ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
  if (req.method !== 'GET' || !stat?.isFile()) {
    res.writeHead(404, headers);
    res.end('not found');
    return;
  }
  // The length lets the benchmark page start its loading worker before the body has arrived (as with peer-bench's server).
  const type = file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream';
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': stat.size });
  fs.createReadStream(file).pipe(res);
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
