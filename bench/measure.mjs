#!/usr/bin/env node
// The project's own minimal harness, used by `npm run bench` when ../shared/peer-bench is absent. It follows
// peer-bench's protocol (see its README) and prints the same JSON fields, one line per run:
//  - fresh headless Chromium per run (@playwright/test's, at the path scripts/chromium.cjs finds), 1440×900;
//  - ready_ms: navigation start → window.__ready assigned, + 2 requestAnimationFrames;
//  - after a 1 s pause: mouse at the target's centre, 30 ctrl+wheel −120 every 16 ms, 150 ms, 30 ctrl+wheel +120,
//    150 ms, a drag of 600 px in 40 moves every 16 ms, 150 ms, and back; inputs open-loop (not awaited in turn);
//  - frame intervals from a rAF loop (p50/p95/max, nearest rank, and counts over 25 and 50 ms), heap (and after a
//    forced GC), DOM size.
//
// --protocol pan and --protocol pinch replace the interaction with one that the peer protocol does not exercise
// well for a chart with zoom limits (its 30 full wheel notches hit them after a few steps, and its drag then
// happens fully zoomed out, where Parley cannot pan): pan = four 600 px drags at the initial zoom, two each way;
// pinch = 30 ctrl+wheel steps of −12 (a trackpad pinch) then 30 of +12.
//
//   node bench/measure.mjs URL [--label L] [--runs R] [--run-index I] [--target-selector SEL] [--count-selector SEL]
//                              [--protocol peer|pan|pinch] [--screenshot FILE.png] [--meta key=value] [--timeout-ms MS]
import { createRequire } from 'node:module';
import os from 'node:os';
import process from 'node:process';
import { chromium } from '@playwright/test';

const require = createRequire(import.meta.url);
const { findChromium } = require('../scripts/chromium.cjs');

const opts = { url: null, label: null, runs: 1, runIndex: 1, targetSelector: '[data-bench-target]', countSelector: null, protocol: 'peer', screenshot: null, meta: {}, timeoutMs: 180000 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  const value = () => argv[++i];
  if (arg === '--label') opts.label = value();
  else if (arg === '--runs') opts.runs = Number(value());
  else if (arg === '--run-index') opts.runIndex = Number(value());
  else if (arg === '--target-selector') opts.targetSelector = value();
  else if (arg === '--count-selector') opts.countSelector = value();
  else if (arg === '--protocol') opts.protocol = value();
  else if (arg === '--screenshot') opts.screenshot = value();
  else if (arg === '--timeout-ms') opts.timeoutMs = Number(value());
  else if (arg === '--meta') {
    const [key, ...rest] = value().split('=');
    const text = rest.join('=');
    opts.meta[key] = Number.isNaN(Number(text)) ? text : Number(text);
  } else if (!arg.startsWith('--') && !opts.url) opts.url = arg;
  else {
    process.stderr.write(`measure.mjs: unexpected argument ${arg}\n`);
    process.exit(2);
  }
}
if (!['peer', 'pan', 'pinch'].includes(opts.protocol)) {
  process.stderr.write('measure.mjs: --protocol must be peer, pan or pinch\n');
  process.exit(2);
}
if (!opts.url) {
  process.stderr.write('usage: node bench/measure.mjs URL [--label L] [--runs R] [--target-selector SEL] [--count-selector SEL] [--screenshot F] [--meta k=v]\n');
  process.exit(2);
}
opts.label ??= opts.url;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];
const VIEWPORT = { width: 1440, height: 900 };
const STEP_MS = 16;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 10) / 10 : x);
const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(Math.max(1, Math.ceil((p / 100) * sorted.length)), sorted.length) - 1];
};

/** Before any page script: notes when the page assigns window.__ready, then two frames later. */
function readyWatcher() {
  let value;
  Object.defineProperty(window, '__ready', {
    configurable: true,
    get: () => value,
    set: (v) => {
      value = v;
      if (window.__benchReadyAt === undefined && v) requestAnimationFrame(() => requestAnimationFrame(() => (window.__benchReadyAt = performance.now())));
    },
  });
}

async function runOnce(run) {
  const rec = { label: opts.label, url: opts.url, run, status: 'ok', ...opts.meta, harness: 'bench/measure.mjs', protocol: opts.protocol, env: { cpus: os.cpus().length, node: process.version, viewport: VIEWPORT } };
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: findChromium().path, headless: true, args: ARGS });
  const timer = setTimeout(() => browser.close().catch(() => {}), opts.timeoutMs);
  try {
    rec.env.chromium = browser.version();
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript(readyWatcher);
    const page = await context.newPage();
    await page.goto(opts.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReadyAt !== undefined || window.__benchError !== undefined, null, { timeout: opts.timeoutMs, polling: 100 });
    const ready = await page.evaluate(() => ({ at: window.__benchReadyAt, page: window.__ready, error: window.__benchError }));
    if (ready.at === undefined) throw new Error(`page reported error: ${ready.error}`);
    rec.ready_ms = round(ready.at);
    rec.page_ready_ms = round(ready.page);
    rec.dom_settled_ms = null; // not measured by this harness
    await sleep(1000);
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot });

    const box = await page.locator(opts.targetSelector).first().boundingBox();
    if (!box) throw new Error(`no target ${opts.targetSelector}`);
    const visibleHeight = Math.min(box.height, VIEWPORT.height - box.y);
    const cx = Math.round(box.x + box.width / 2);
    const cy = Math.round(box.y + visibleHeight / 2);
    const half = Math.min(300, Math.floor(box.width / 2) - 5);
    await page.mouse.move(cx, cy);
    const tStart = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const c = (window.__benchInputs = { wheel: 0, wheel_ctrl: 0, pointermove: 0, pointerdown: 0 });
          const o = { capture: true, passive: true };
          addEventListener('wheel', (e) => { c.wheel++; if (e.ctrlKey) c.wheel_ctrl++; }, o);
          addEventListener('pointermove', () => c.pointermove++, o);
          addEventListener('pointerdown', () => c.pointerdown++, o);
          window.__benchFrames = [];
          window.__benchRecording = true;
          const loop = (ts) => { if (!window.__benchRecording) return; window.__benchFrames.push(ts); requestAnimationFrame(loop); };
          requestAnimationFrame((ts) => { loop(ts); resolve(performance.now()); });
        }),
    );
    const openLoop = async (count, step) => {
      const t0 = performance.now();
      const pending = [];
      for (let i = 0; i < count; i++) {
        const wait = t0 + i * STEP_MS - performance.now();
        if (wait > 0) await sleep(wait);
        pending.push(step(i));
      }
      await Promise.all(pending);
    };
    const wheelDelta = { peer: 120, pinch: 12, pan: 0 }[opts.protocol];
    if (wheelDelta) {
      await page.keyboard.down('Control');
      await openLoop(30, () => page.mouse.wheel(0, -wheelDelta));
      await sleep(150);
      await openLoop(30, () => page.mouse.wheel(0, wheelDelta));
      await page.keyboard.up('Control');
    }
    const drags = { peer: 1, pinch: 0, pan: 2 }[opts.protocol];
    for (const [from, to] of Array.from({ length: drags }, () => [[cx - half, cx + half], [cx + half, cx - half]]).flat()) {
      await sleep(150);
      await page.mouse.move(from, cy);
      await page.mouse.down();
      await openLoop(40, (i) => page.mouse.move(Math.round(from + ((to - from) * (i + 1)) / 40), cy));
      await page.mouse.up();
    }
    const { frames, tEnd, inputs } = await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              window.__benchRecording = false;
              resolve({ frames: window.__benchFrames, tEnd: performance.now(), inputs: window.__benchInputs });
            }),
          ),
        ),
    );
    const intervals = frames.slice(1).map((t, i) => t - frames[i]);
    rec.frames = {
      frames: frames.length,
      intervals: intervals.length,
      p50_ms: round(percentile(intervals, 50)),
      p95_ms: round(percentile(intervals, 95)),
      max_ms: round(intervals.length ? Math.max(...intervals) : null),
      over_50ms: intervals.filter((x) => x > 50).length,
      // Intervals of two vsyncs or more (missed frames): finer than p95, which jumps from 16.8 to 33.3 ms.
      over_25ms: intervals.filter((x) => x > 25).length,
    };
    rec.interaction_ms = round(tEnd - tStart);
    rec.inputs_received = inputs;
    const m = await page.evaluate((sel) => ({
      heap: performance.memory?.usedJSHeapSize ?? null,
      dom: document.getElementsByTagName('*').length,
      count: sel ? document.querySelectorAll(sel).length : null,
      marks: window.__benchMarks ?? null,
    }), opts.countSelector);
    rec.heap_mb = m.heap === null ? null : round(m.heap / 1048576);
    rec.dom_nodes = m.dom;
    rec.count_matches = m.count;
    rec.marks = m.marks && Object.fromEntries(Object.entries(m.marks).map(([k, v]) => [k, round(v)]));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    rec.heap_after_gc_mb = heap === null ? null : round(heap / 1048576);
  } catch (error) {
    rec.status = Date.now() - started >= opts.timeoutMs ? 'timeout' : 'error';
    rec.error = String(error?.message ?? error).split('\n')[0].slice(0, 400);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => {});
  }
  rec.wall_s = round((Date.now() - started) / 1000);
  return rec;
}

let ok = true;
for (let run = opts.runIndex; run < opts.runIndex + opts.runs; run++) {
  const rec = await runOnce(run);
  ok &&= rec.status === 'ok';
  process.stderr.write(`[measure] ${opts.label} run ${run}: ${rec.status} ready_ms=${rec.ready_ms} p95=${rec.frames?.p95_ms}\n`);
  process.stdout.write(JSON.stringify(rec) + '\n');
}
process.exit(ok ? 0 : 1);
