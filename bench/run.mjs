// `npm run bench`: how the chart copes with large generated datasets, and how that compares with vis-timeline.
//
//   npm run bench [-- --sizes 1000,10000] [--large] [--runs 3] [--extra-runs 1] [--no-peer] [--no-build] [--port 3300]
//
// 1. Builds the app when .next is missing or older than the sources (unless --no-build).
// 2. Starts `next start` on a free port (3300 and up) and a static server for the datasets.
// 3. Writes the datasets (lib/synthetic.ts: peer-bench's gen.mjs, same bytes for the same N and seed).
// 4. Measures /bench?data=… with the peer-bench protocol, and vis-timeline's page on the same files when
//    ../shared/peer-bench is present (copied to a temp dir, since it is read-only, with its own npm install);
//    without it, bench/measure.mjs measures Parley alone with the same protocol.
//    Then, at N=10000 (or the largest size), two supplementary protocols with bench/measure.mjs (--extra-runs
//    runs each, 0 to skip): `pan` (drags at the initial zoom) and `pinch` (small ctrl+wheel steps), which the
//    peer protocol barely exercises on a chart with zoom limits (see bench/measure.mjs).
// 5. Prints a markdown table on stdout (progress goes to stderr) and writes bench/results/.
// Run by tsx (see package.json) so that it can import the TypeScript generator.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { syntheticTimelineText } from '../lib/synthetic';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(root, 'bench', 'results');
const PEER_SRC = path.join(root, '..', 'shared', 'peer-bench');
const SEED = 42;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

// ---------- options ----------
const opts = { sizes: [1000, 10000], runs: 3, extraRuns: 1, peer: true, build: true, port: 3300 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  const value = () => argv[++i] ?? usage(`missing value for ${arg}`);
  if (arg === '--sizes') opts.sizes = value().split(',').map(Number);
  else if (arg === '--large') opts.sizes = [...new Set([...opts.sizes, 50000])];
  else if (arg === '--runs') opts.runs = Number(value());
  else if (arg === '--extra-runs') opts.extraRuns = Number(value());
  else if (arg === '--no-peer') opts.peer = false;
  else if (arg === '--no-build') opts.build = false;
  else if (arg === '--port') opts.port = Number(value());
  else usage(arg === '-h' || arg === '--help' ? undefined : `unexpected argument ${arg}`);
}
if (!opts.sizes.every((n) => Number.isInteger(n) && n >= 1) || !(opts.runs >= 1) || !(opts.extraRuns >= 0)) usage('bad --sizes, --runs or --extra-runs');

function usage(message) {
  if (message) process.stderr.write(`bench: ${message}\n`);
  process.stderr.write('usage: npm run bench [-- --sizes 1000,10000] [--large] [--runs 3] [--extra-runs 1] [--no-peer] [--no-build] [--port 3300]\n');
  process.exit(2);
}

// ---------- build ----------
const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.js', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

function ensureBuild() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...SOURCES.map((name) => newestMtime(path.join(root, name))));
  if (built > sources) return log('the build in .next is up to date');
  if (!opts.build) return log(built ? 'WARNING: .next is older than the sources (--no-build)' : 'no build in .next');
  log(built ? 'sources changed since the last build: npm run build' : 'no build yet: npm run build');
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, env, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

// ---------- servers ----------
const children = new Set();
function cleanUp() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // its process group: npx and what it started
    } catch {
      /* already gone */
    }
  }
  children.clear();
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function startDetached(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, env });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const portIsFree = (port) =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });

async function freePort(from) {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

const answers = (url) =>
  new Promise((resolve) => {
    http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });

async function waitForHttp(url, child, timeoutMs = 60000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function startApp(port) {
  port ??= await freePort(opts.port);
  const child = startDetached('npx', ['next', 'start', '-p', String(port)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/bench`, child);
  log(`app: ${base} (pid ${child.pid})`);
  return base;
}

/** Starts the app again on its port if it stopped answering (on a shared machine, another process may stop it). */
async function ensureApp(base) {
  if (await answers(`${base}/bench`)) return;
  log(`WARNING: ${base} stopped answering: starting next start again`);
  await startApp(Number(new URL(base).port));
}

/** Starts a static server (peer-bench's serve.mjs, or bench/serve-data.mjs) and returns its base URL. */
function startStatic(script, args) {
  const child = startDetached(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line.startsWith('http')) resolve(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}): ${out}`)));
  });
}

// ---------- peer-bench ----------
/** Copies peer-bench to a writable temp dir (keeping its node_modules between runs) and installs it. */
function preparePeer() {
  const dir = path.join(os.tmpdir(), 'parley-peer-bench');
  fs.mkdirSync(dir, { recursive: true });
  const skip = new Set(['node_modules', 'data', 'results'].map((name) => path.join(PEER_SRC, name)));
  fs.cpSync(PEER_SRC, dir, { recursive: true, force: true, filter: (src) => !skip.has(src) });
  spawnSync('chmod', ['-R', 'u+w', dir]);
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const installed = fs.existsSync(path.join(dir, 'node_modules', 'playwright-core', 'package.json'))
    && Object.entries(lock.dependencies).every(([name, version]) => {
      const pkg = path.join(dir, 'node_modules', name, 'package.json');
      return fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).version === version;
    });
  if (!installed) {
    log(`peer-bench: npm install in ${dir}`);
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env, stdio: ['ignore', process.stderr, process.stderr] });
    if (result.status !== 0) throw new Error('npm install for peer-bench failed');
  }
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  return dir;
}

// ---------- measuring ----------
function runHarness(harness, url, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [harness, url, ...args], { cwd: path.dirname(harness), env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', () => resolve(out.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line))));
  });
}

const round = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const METRICS = [
  ['ready_ms', 'ready_ms', (r) => r.ready_ms],
  ['settled_ms', 'settled_ms', (r) => r.dom_settled_ms],
  ['p50', 'frame p50', (r) => r.frames?.p50_ms],
  ['p95', 'frame p95', (r) => r.frames?.p95_ms],
  ['max', 'frame max', (r) => r.frames?.max_ms],
  ['over25', '>25ms', (r) => r.frames?.over_25ms],
  ['over50', '>50ms', (r) => r.frames?.over_50ms],
  ['frames', 'frames', (r) => r.frames?.frames],
  ['interact', 'interact_ms', (r) => r.interaction_ms],
  ['inputs', 'wheel+move in', (r) => (r.inputs_received ? r.inputs_received.wheel + r.inputs_received.pointermove : null)],
  ['heap', 'heap_MB', (r) => r.heap_mb],
  ['heap_gc', 'heap_MB(gc)', (r) => r.heap_after_gc_mb],
  ['dom', 'DOM nodes', (r) => r.dom_nodes],
  ['drawn', 'drawn items', (r) => r.count_matches],
];
const MARKS = ['fetched', 'parsed', 'validated', 'rendered'];

function summarize(runs) {
  const ok = runs.filter((r) => r.status === 'ok');
  const med = Object.fromEntries(METRICS.map(([key, , get]) => [key, round(median(ok.map(get)))]));
  for (const mark of MARKS) med[mark] = round(median(ok.map((r) => r.marks?.[mark])));
  med.page_ready = round(median(ok.map((r) => r.page_ready_ms)));
  return { runs: runs.length, ok: ok.length, median: med };
}

function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((c) => (c === null || c === undefined ? '-' : String(c))));
  const w = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => '| ' + row.map((c, i) => (i < 2 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ') + ' |';
  const sep = '|' + w.map((n, i) => (i < 2 ? ':' + '-'.repeat(n + 1) : '-'.repeat(n + 1) + ':')).join('|') + '|';
  return [line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}

const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? `${round(a / b, 2)}×` : '-');

// ---------- main ----------
async function main() {
  const started = Date.now();
  fs.mkdirSync(RESULTS, { recursive: true });
  const peer = opts.peer && fs.existsSync(path.join(PEER_SRC, 'bench.mjs'));
  if (opts.peer && !peer) log(`${PEER_SRC} not found: measuring Parley alone with bench/measure.mjs`);

  ensureBuild();
  const peerDir = peer ? preparePeer() : null;
  const dataDir = peer ? path.join(peerDir, 'data') : path.join(root, 'bench', 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const app = await startApp();
  // The datasets' server on the next free port after the app's (both stay in --port's range on a shared machine).
  const dataPort = String(await freePort(Number(new URL(app).port) + 1));
  const dataBase = peer
    ? await startStatic(path.join(peerDir, 'serve.mjs'), ['--port', dataPort])
    : await startStatic(path.join(root, 'bench', 'serve-data.mjs'), ['--root', dataDir, '--port', dataPort]);
  log(`datasets: ${dataBase}`);
  const harness = peer ? path.join(peerDir, 'bench.mjs') : path.join(root, 'bench', 'measure.mjs');

  const results = [];
  for (const n of opts.sizes) {
    const file = `bench-${n}-seed${SEED}.json`;
    const text = syntheticTimelineText(n, SEED);
    fs.writeFileSync(path.join(dataDir, file), text);
    let identical = null;
    if (peer) {
      const theirs = spawnSync(process.execPath, [path.join(peerDir, 'gen.mjs'), String(n), String(SEED)], { encoding: 'utf8', maxBuffer: 256 << 20 });
      identical = theirs.stdout === text;
      if (!identical) log(`WARNING: N=${n}: lib/synthetic.ts and peer-bench gen.mjs disagree; the comparison is not like for like`);
    }
    const targets = targetsFor(n);
    log(`N=${n}: ${opts.runs} run(s) of ${targets.map((target) => target.name).join(' and ')}, alternating`);
    const runs = await alternate(opts.runs, targets, harness, (target) => [
      '--label', `${target.name}-${n}`, '--meta', `n=${n}`, '--meta', `seed=${SEED}`, ...target.args,
      ...['--screenshot', path.join(RESULTS, `${target.name}-${n}.png`)],
    ]);
    targets.forEach((target, i) => results.push({ target: target.name, n, identical_data: identical, url: target.url, summary: summarize(runs[i]), runs: runs[i] }));
  }

  /**
   * Runs each target `count` times, alternating between them so that they share the machine's conditions
   * (another process's load comes and goes): one harness process and fresh browser per run, the app checked
   * before each; only the first run takes the screenshot. Returns the runs per target.
   */
  async function alternate(count, targets, script, argsFor) {
    const runs = targets.map(() => []);
    for (let run = 1; run <= count; run++) {
      for (const [i, target] of targets.entries()) {
        if (target.name === 'parley') await ensureApp(app);
        const args = argsFor(target).filter((arg, k, all) => run === 1 || (arg !== '--screenshot' && all[k - 1] !== '--screenshot'));
        const records = await runHarness(script, target.url, ['--runs', '1', '--run-index', String(run), ...args]);
        runs[i].push(...(records.length ? records : [{ label: target.name, run, status: 'error', error: 'the harness printed no result' }]));
      }
    }
    return runs;
  }

  function targetsFor(n) {
    const dataPath = `${peer ? '/data' : ''}/bench-${n}-seed${SEED}.json`;
    return [
      {
        name: 'parley',
        url: `${app}/bench?data=${encodeURIComponent(dataBase + dataPath)}`,
        args: ['--target-selector', '[data-bench-target]', '--count-selector', '[data-event-id]'],
      },
      ...(peer ? [{ name: 'vis', url: `${dataBase}/vis/index.html?data=${dataPath}`, args: ['--target-selector', '.vis-timeline', '--count-selector', '.vis-item'] }] : []),
    ];
  }

  // Supplementary protocols, with the project's harness (the same data files, already written).
  const extraN = opts.sizes.includes(10000) ? 10000 : Math.max(...opts.sizes);
  const extra = [];
  for (const protocol of opts.extraRuns > 0 ? ['pan', 'pinch'] : []) {
    const targets = targetsFor(extraN);
    log(`N=${extraN}, ${protocol}: ${opts.extraRuns} run(s) of ${targets.map((target) => target.name).join(' and ')}`);
    const runs = await alternate(opts.extraRuns, targets, path.join(root, 'bench', 'measure.mjs'), (target) => [
      '--protocol', protocol, '--label', `${target.name}-${extraN}-${protocol}`, '--meta', `n=${extraN}`,
      ...target.args.filter((arg, i, all) => arg !== '--count-selector' && all[i - 1] !== '--count-selector'),
    ]);
    targets.forEach((target, i) => extra.push({ target: target.name, n: extraN, protocol, summary: summarize(runs[i]), runs: runs[i] }));
  }

  // ---------- report ----------
  const chromium = results.flatMap((r) => r.runs).find((r) => r.env?.chromium)?.env;
  const find = (target, n) => results.find((r) => r.target === target && r.n === n);
  const lines = [
    `## Parley benchmark (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Medians of ${opts.runs} run(s), each in a fresh headless Chromium ${chromium?.chromium ?? '?'} (${chromium?.cpus ?? os.cpus().length} CPUs, ` +
      `1440×900, --disable-gpu); times in ms, heap in MB. Harness: ${peer ? 'peer-bench bench.mjs' : 'bench/measure.mjs'}; ` +
      `data: seed ${SEED}${peer ? `, byte-identical to peer-bench gen.mjs: ${results.every((r) => r.identical_data) ? 'yes' : 'NO'}` : ''}.`,
    '',
    table(
      ['target', 'N', 'ok', ...METRICS.map(([, header]) => header)],
      results.map((r) => [r.target, r.n, `${r.summary.ok}/${r.summary.runs}`, ...METRICS.map(([key]) => r.summary.median[key])]),
    ),
  ];
  if (peer) {
    lines.push('', 'Parley / vis-timeline (below 1 is better for Parley):', '');
    const keys = [['ready_ms', 'ready_ms'], ['p95', 'frame p95'], ['max', 'frame max'], ['heap_gc', 'heap_MB(gc)'], ['dom', 'DOM nodes']];
    lines.push(table(['N', '', ...keys.map(([, h]) => h)], opts.sizes.map((n) => {
      const [a, b] = [find('parley', n)?.summary.median, find('vis', n)?.summary.median];
      return [n, '', ...keys.map(([k]) => ratio(a?.[k], b?.[k]))];
    })));
  }
  lines.push('', "Parley's phases (window.__benchMarks, ms since navigation start; page __ready = TimelineView mounted):", '');
  lines.push(table(['N', '', ...MARKS, 'page __ready', 'ready_ms'], opts.sizes.map((n) => {
    const m = find('parley', n)?.summary.median ?? {};
    return [n, '', ...MARKS.map((k) => m[k]), m.page_ready, m.ready_ms];
  })));
  const big = find('parley', 10000)?.summary.median;
  if (big) {
    lines.push('', `Targets at N=10000: initial render ≤ 1500 ms: ${big.ready_ms <= 1500 ? 'met' : 'NOT met'} (${big.ready_ms}); ` +
      `frame p95 ≤ 16 ms: ${big.p95 <= 16 ? 'met' : big.p95 <= 16.8 ? 'at the 60 Hz frame floor (16.7 ms), no frame dropped at p95' : 'NOT met'} (${big.p95}).`);
  }
  if (extra.length) {
    const keys = ['p50', 'p95', 'max', 'over25', 'over50', 'frames', 'interact', 'inputs'];
    const header = METRICS.filter(([key]) => keys.includes(key)).map(([, h]) => h);
    lines.push('', `Supplementary protocols at N=${extraN} (bench/measure.mjs, ${opts.extraRuns} run(s) each): pan = four 600 px drags at the ` +
      'initial zoom; pinch = 30 ctrl+wheel steps of −12 then 30 of +12.', '');
    lines.push(table(['target', 'protocol', 'ok', ...header], extra.map((r) => [
      r.target, r.protocol, `${r.summary.ok}/${r.summary.runs}`, ...METRICS.filter(([key]) => keys.includes(key)).map(([key]) => r.summary.median[key]),
    ])));
  }
  lines.push('', 'All runs:', '');
  lines.push(table(['target', 'N', 'run', 'status', ...METRICS.map(([, h]) => h)], results.flatMap((r) => r.runs.map((run) => [
    r.target, r.n, run.run, run.status === 'ok' ? 'ok' : `${run.status} ${run.timeout_phase ?? run.error_phase ?? ''} ${run.error ?? ''}`.trim(),
    ...METRICS.map(([, , get]) => get(run)),
  ]))));
  const markdown = lines.join('\n') + '\n';
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.json`), JSON.stringify({ options: opts, peer, results, extra }, null, 2) + '\n');
  fs.writeFileSync(path.join(RESULTS, 'summary.md'), markdown);
  process.stdout.write(markdown);
  log(`done in ${Math.round((Date.now() - started) / 1000)} s; results in bench/results/ (summary.md, bench-${stamp}.json, screenshots)`);
  return [...results, ...extra].every((r) => r.summary.ok === r.summary.runs);
}

main()
  .then((ok) => {
    cleanUp();
    process.exit(ok ? 0 : 1);
  })
  .catch((error) => {
    log(`failed: ${error.stack ?? error}`);
    cleanUp();
    process.exit(1);
  });
