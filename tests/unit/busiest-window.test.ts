import { UTCDate } from '@date-fns/utc';
import { bisectLeft } from 'd3';
import { add } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busiestWindow, DAY_MS, type TimeWindow } from '@/lib/scale';
import { floorMonth } from '@/lib/ticks';

/** busiestWindow as first written: comparing each start's month with the previous start's. */
function busiestWindowReference(starts: readonly number[], months: number): TimeWindow | undefined {
  let best: TimeWindow | undefined;
  let bestCount = 0;
  for (let i = 0; i < starts.length; i++) {
    if (i > 0 && floorMonth(starts[i - 1]) === floorMonth(starts[i])) continue;
    const from = floorMonth(starts[i]);
    const to = add(new UTCDate(from), { months }).getTime();
    const count = bisectLeft(starts, to) - bisectLeft(starts, from);
    if (count > bestCount) {
      best = { from, to };
      bestCount = count;
    }
  }
  return best;
}

describe('busiestWindow', () => {
  it('finds the month-aligned window holding the most starts', () => {
    const starts = [Date.UTC(2020, 0, 5), Date.UTC(2020, 2, 1), Date.UTC(2020, 2, 30), Date.UTC(2020, 3, 2), Date.UTC(2021, 5, 1)];
    expect(busiestWindow(starts, 2)).toEqual({ from: Date.UTC(2020, 2, 1), to: Date.UTC(2020, 4, 1) });
    expect(busiestWindow(starts, 12)).toEqual({ from: Date.UTC(2020, 0, 1), to: Date.UTC(2021, 0, 1) });
    expect(busiestWindow([], 12)).toBeUndefined();
  });

  it('agrees with comparing every start with the previous one, BCE and early years included', () => {
    const start = fc.integer({ min: Date.UTC(-3000, 0, 1) / DAY_MS, max: Date.UTC(2100, 0, 1) / DAY_MS }).map((day) => day * DAY_MS);
    const clustered = fc.tuple(start, fc.array(fc.integer({ min: 0, max: 400 * DAY_MS }), { maxLength: 60 })).map(([base, offsets]) =>
      offsets.map((offset) => base + offset),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(start, { maxLength: 60 }), clustered), fc.constantFrom(1, 2, 12), (unsorted, months) => {
        const starts = [...unsorted].sort((a, b) => a - b);
        expect(busiestWindow(starts, months)).toEqual(busiestWindowReference(starts, months));
      }),
      { numRuns: 500 },
    );
  });
});
