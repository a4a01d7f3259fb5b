import type { TimelineInput } from './schema';

/**
 * A seeded, deterministic synthetic timeline for benchmarks: the algorithm of peer-bench's gen.mjs
 * (../shared/peer-bench/gen.mjs), ported line for line so that the same N and seed give byte-identical JSON.
 * Do not change the order of the random draws: that would change every dataset.
 *
 * Shape: 8 actors a1..a8; N events sorted by start, ids e1..eN; dates 2015-01-01..2022-12-31, about 55 %
 * uniform background and 45 % in 5–8 gaussian clusters; exactly round(0.3 N) events have an end 1 day to
 * 18 months later (log-uniform); exactly round(0.15 N) have two actors; titles "Event i …" of 3–8 words.
 */

// mulberry32: small, fast, good enough, and fully deterministic across platforms.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86400000;
const T0 = Date.UTC(2015, 0, 1);
const T1 = Date.UTC(2022, 11, 31);
const MAX_DAY = Math.round((T1 - T0) / DAY); // 2921
const isoDay = (d: number) => new Date(T0 + d * DAY).toISOString().slice(0, 10);
const MAX_RANGE_DAYS = 548; // ~18 months
const CLUSTER_SHARE = 0.45;

type GeneratedKind = 'violence' | 'negotiation' | 'statement' | 'political' | 'ceasefire' | 'agreement' | 'other' | 'military';

const ACTORS = Array.from({ length: 8 }, (_, i) => ({ id: `a${i + 1}`, name: `Actor ${i + 1}` }));
const KINDS: [GeneratedKind, number][] = [
  ['violence', 30], ['negotiation', 18], ['statement', 16], ['political', 10],
  ['ceasefire', 8], ['agreement', 6], ['other', 7], ['military', 5],
];
const WORDS: Record<GeneratedKind, string[]> = {
  violence: ['clashes', 'shelling', 'attack', 'raid', 'ambush', 'airstrike', 'fighting', 'casualties'],
  negotiation: ['talks', 'mediators', 'delegation', 'meeting', 'proposal', 'envoy', 'round', 'framework'],
  statement: ['statement', 'declaration', 'warning', 'communique', 'appeal', 'denial', 'briefing'],
  political: ['protest', 'march', 'rally', 'strike', 'sit-in', 'demonstration', 'crowds'],
  ceasefire: ['ceasefire', 'truce', 'pause', 'halt', 'violations', 'monitoring', 'extension'],
  agreement: ['agreement', 'accord', 'signing', 'protocol', 'roadmap', 'deal', 'memorandum'],
  other: ['displacement', 'refugees', 'evacuation', 'camps', 'returns', 'convoy', 'exodus'],
  military: ['arrests', 'detention', 'custody', 'charges', 'release', 'trial', 'warrant'],
};
const FILLER = ['near', 'northern', 'southern', 'border', 'capital', 'district', 'province', 'river',
  'coastal', 'eastern', 'western', 'highland', 'checkpoint', 'reported', 'renewed', 'major', 'minor',
  'late', 'early', 'disputed', 'villages', 'town', 'corridor', 'region'];

/** A synthetic timeline of `n` events (n ≥ 1) for a seed: the same n and seed always give the same timeline. */
export function syntheticTimeline(n: number, seed = 42): TimelineInput {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`syntheticTimeline: n must be an integer ≥ 1, got ${n}`);
  if (!Number.isInteger(seed)) throw new RangeError(`syntheticTimeline: seed must be an integer, got ${seed}`);

  const rand = mulberry32(seed ^ 0x9e3779b9);
  const randInt = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = <T>(arr: readonly T[]) => arr[Math.floor(rand() * arr.length)];
  const gauss = () => {
    // Box-Muller, one value
    let u = 0;
    while (u === 0) u = rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const pickWeighted = <T>(items: [T, number][]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = rand() * total;
    for (const [v, w] of items) if ((r -= w) < 0) return v;
    return items[items.length - 1][0];
  };
  // choose exactly k distinct indices out of n (partial Fisher-Yates)
  const chooseK = (count: number, k: number) => {
    const idx = Array.from({ length: count }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (count - i));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return new Set(idx.slice(0, k));
  };

  // Bursty date model: a few dense clusters (gaussian, sigma 4..14 days) plus uniform background.
  const nClusters = randInt(5, 8);
  const clusters = Array.from({ length: nClusters }, () => ({
    centre: randInt(30, MAX_DAY - 30),
    sigma: 4 + rand() * 10,
    weight: 0.5 + rand(),
  }));
  const drawDay = () => {
    if (rand() >= CLUSTER_SHARE) return randInt(0, MAX_DAY);
    const c = pickWeighted(clusters.map((cl): [typeof cl, number] => [cl, cl.weight]));
    for (;;) {
      const d = Math.round(c.centre + gauss() * c.sigma);
      if (d >= 0 && d <= MAX_DAY) return d;
    }
  };

  const withEnd = chooseK(n, Math.round(0.3 * n));
  const twoActors = chooseK(n, Math.round(0.15 * n));

  const raw: { start: number; end: number | null; actors: string[]; kind: GeneratedKind; words: string[]; order: number }[] = [];
  for (let i = 0; i < n; i++) {
    let start = drawDay();
    let end: number | null = null;
    if (withEnd.has(i)) {
      // log-uniform duration in [1, 548] days: many short ranges, some very long ones
      const dur = Math.max(1, Math.min(MAX_RANGE_DAYS, Math.round(Math.exp(rand() * Math.log(MAX_RANGE_DAYS)))));
      if (start + dur > MAX_DAY) start = MAX_DAY - dur;
      end = start + dur;
    }
    const a1 = randInt(1, 8);
    let actors = [`a${a1}`];
    if (twoActors.has(i)) {
      let a2 = randInt(1, 7);
      if (a2 >= a1) a2 += 1;
      actors = [`a${a1}`, `a${a2}`];
    }
    const kind = pickWeighted(KINDS);
    const extraWords = randInt(1, 6); // "Event <i>" + 1..6 words => 3..8 words
    const words = [pick(WORDS[kind])];
    for (let w = 1; w < extraWords; w++) words.push(rand() < 0.5 ? pick(FILLER) : pick(WORDS[kind]));
    raw.push({ start, end, actors, kind, words, order: i });
  }
  raw.sort((x, y) => x.start - y.start || x.order - y.order);

  const events = raw.map((r, k) => ({
    id: `e${k + 1}`,
    title: `Event ${k + 1} ${r.words.join(' ')}`,
    start: isoDay(r.start),
    ...(r.end !== null && { end: isoDay(r.end) }),
    actors: r.actors,
    kind: r.kind,
    status: 'occurred' as const,
    sources: [{ quote: 'generated' }],
  }));

  return {
    id: `bench-${n}`,
    title: `Benchmark ${n}`,
    source: { title: 'Generated', publisher: 'bench', published: '2022-12-31' },
    actors: ACTORS.map((actor) => ({ ...actor })),
    events,
  };
}

/** The synthetic timeline as the JSON text peer-bench's gen.mjs writes (one line, newline-terminated). */
export function syntheticTimelineText(n: number, seed = 42): string {
  return JSON.stringify(syntheticTimeline(n, seed)) + '\n';
}
