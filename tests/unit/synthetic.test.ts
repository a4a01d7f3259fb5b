// lib/synthetic.ts: the benchmark dataset generator, a port of peer-bench's gen.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';
import { syntheticTimeline, syntheticTimelineText } from '@/lib/synthetic';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PEER_GEN = path.join(root, '..', 'shared', 'peer-bench', 'gen.mjs');

describe('syntheticTimeline', () => {
  it('gives the same timeline for the same n and seed, and another for another seed', () => {
    expect(syntheticTimelineText(500, 42)).toBe(syntheticTimelineText(500, 42));
    expect(syntheticTimelineText(500, 43)).not.toBe(syntheticTimelineText(500, 42));
  });

  it('has 8 actors and n events sorted by start, with ids e1..en in that order', () => {
    const timeline = syntheticTimeline(1000, 42);
    expect(timeline.actors.map((actor) => actor.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(timeline.events).toHaveLength(1000);
    expect(timeline.events.map((event) => event.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `e${i + 1}`));
    const starts = timeline.events.map((event) => event.start as string);
    expect(starts).toEqual([...starts].sort());
    expect(starts[0] >= '2015-01-01' && starts[starts.length - 1] <= '2022-12-31').toBe(true);
  });

  it('gives exactly 30 % of the events an end and 15 % two distinct actors', () => {
    const { events } = syntheticTimeline(2000, 7);
    expect(events.filter((event) => event.end !== undefined)).toHaveLength(600);
    const two = events.filter((event) => event.actors.length === 2);
    expect(two).toHaveLength(300);
    expect(two.every((event) => event.actors[0] !== event.actors[1])).toBe(true);
  });

  it('validates with loadTimeline', () => {
    const result = loadTimeline(syntheticTimelineText(1000, 42));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('refuses a size below 1 or a fractional seed', () => {
    expect(() => syntheticTimeline(0)).toThrow(RangeError);
    expect(() => syntheticTimeline(10, 1.5)).toThrow(RangeError);
  });

  // Starts a Node process per case and generates 10,000 events: allow for a slow machine.
  it.skipIf(!existsSync(PEER_GEN))('writes byte for byte what peer-bench gen.mjs writes', { timeout: 30_000 }, () => {
    for (const [n, seed] of [[1, 42], [1000, 42], [10000, 42], [300, -5]]) {
      const peer = spawnSync(process.execPath, [PEER_GEN, String(n), String(seed)], { encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(peer.status).toBe(0);
      expect(syntheticTimelineText(n, seed) === peer.stdout, `N=${n} seed=${seed}`).toBe(true);
    }
  });
});
