import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '@/lib/dates';
import { citeSource, citeSourceShort, KIND_LABELS, STATUS_LABELS } from '@/lib/labels';
import { KINDS, STATUSES } from '@/lib/schema';
import { afghanistan2020, buildTimeline } from '../fixtures/timelines';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const source = (published: string) => ({ title: 'Peace Talks', publisher: 'Publisher', published: date(published) });

describe('citeSource', () => {
  it('cites the bundled briefing: publisher, quoted title and date in full', () => {
    expect(citeSource(afghanistan2020().source)).toBe(
      'International Crisis Group, “Are the Taliban Serious about Peace Negotiations?”, 30 March 2020',
    );
  });

  it('writes the publication date at its precision', () => {
    expect(citeSource(source('2020-03'))).toBe('Publisher, “Peace Talks”, March 2020');
    expect(citeSource(source('2020'))).toBe('Publisher, “Peace Talks”, 2020');
  });

  it('leaves the URL out', () => {
    const timeline = buildTimeline({ source: { title: 'T', publisher: 'P', published: '2020-03-30', url: 'https://example.org/x' } });
    expect(citeSource(timeline.source)).toBe('P, “T”, 30 March 2020');
  });
});

describe('citeSourceShort', () => {
  it('cites the bundled briefing by publisher and date', () => {
    expect(citeSourceShort(afghanistan2020().source)).toBe('International Crisis Group, 30 March 2020');
  });

  it('writes the publication date at its precision', () => {
    expect(citeSourceShort(source('2020-03'))).toBe('Publisher, March 2020');
    expect(citeSourceShort(source('-0044-03-15'))).toBe('Publisher, 15 March 44 BCE');
  });
});

describe('KIND_LABELS and STATUS_LABELS', () => {
  it('label every kind and status, each differently', () => {
    expect(Object.keys(KIND_LABELS)).toEqual([...KINDS]);
    expect(new Set(Object.values(KIND_LABELS)).size).toBe(KINDS.length);
    expect(Object.keys(STATUS_LABELS)).toEqual([...STATUSES]);
    expect(new Set(Object.values(STATUS_LABELS)).size).toBe(STATUSES.length);
  });
});
