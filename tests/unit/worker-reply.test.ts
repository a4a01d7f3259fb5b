import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimed } from '@/components/bench/load-dataset';
import { fromWorkerReply, toWorkerReply } from '@/components/bench/worker-reply';
import { syntheticTimelineText } from '@/lib/synthetic';

describe('the loading worker’s reply', () => {
  it('carries the resolved timeline as JSON text and gives back an equal one', () => {
    for (const text of [syntheticTimelineText(300, 7), readFileSync('data/afghanistan-2020.json', 'utf8')]) {
      const loaded = loadTimed(text);
      const reply = toWorkerReply(loaded);
      expect(loaded.result.ok).toBe(true);
      expect(reply.result.ok && typeof reply.result.json).toBe('string');
      const back = fromWorkerReply(structuredClone(reply));
      expect(back).toEqual(loaded);
      expect(back.parsedAt).toBe(loaded.parsedAt);
    }
  });

  it('passes problems through as they are', () => {
    const loaded = loadTimed('{"id": "x"}');
    expect(loaded.result.ok).toBe(false);
    expect(fromWorkerReply(toWorkerReply(loaded))).toEqual(loaded);
  });
});
