import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importTimeline, toParleyJson, type ImportResult } from '@/lib/formats';
import { loadTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';

const fixtures = fileURLToPath(new URL('../fixtures/timelinejs/', import.meta.url));
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const now = new Date('2026-11-27T15:30:00Z');
const importFixture = (name: string) => importTimeline(read(name), { fileName: name, now });
const json = (value: unknown, fileName = 'mine.json') => importTimeline(JSON.stringify(value, null, 2), { fileName, now });
const slide = (fields: Record<string, unknown> = {}) => ({ start_date: { year: 2020 }, text: { headline: 'Headline', text: 'Text' }, ...fields });

/** The located problems of a result, as the CLI prints them. */
const printed = (result: ImportResult) => result.problems.map(formatProblem);

describe('importTimeline: the TimelineJS example files', () => {
  it('detects TimelineJS JSON and converts the title slide into title, description and source', () => {
    const result = importFixture('houston-timeline3.json');
    expect(result.format).toBe('timelinejs');
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(18);
    const timeline = result.timeline!;
    expect(timeline.title).toBe('Whitney Houston 1963 - 2012');
    expect(timeline.id).toBe('whitney-houston-1963-2012');
    expect(timeline.description).toMatch(/^Houston's voice caught the imagination/);
    expect(timeline.source).toEqual({ title: 'Whitney Houston 1963 - 2012', publisher: 'TimelineJS import', published: '2026-11-27' });
    expect(timeline.events).toHaveLength(18);
    expect(timeline.actors).toEqual([{ id: 'general', name: 'General' }]);
  });

  it('turns HTML into plain text and slugs headlines into unique ids', () => {
    const timeline = importFixture('houston-timeline3.json').timeline!;
    const last = timeline.events.at(-1)!;
    expect(last).toMatchObject({ id: 'whitney-houston-1963-2012', title: 'Whitney Houston 1963-2012', start: '2012-02-11', kind: 'other' });
    const ids = timeline.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of timeline.events) expect(`${event.title} ${event.sources[0].quote}`).not.toMatch(/<[a-z/]/i);
  });

  it('keeps dates at their precision: year, month or day', () => {
    const events = importFixture('women_in_computing.json').timeline!.events;
    expect(events.map((event) => [event.start, event.end ?? null])).toEqual([
      ['1815-12-10', '1852-11-27'],
      ['1948-03-14', null],
      ['1943-07', '1946'],
      ['1943-06-05', null],
      ['1951', null],
      ['1952', null],
      ['1956', '1962'],
      ['1958', null],
      ['1972', null],
      ['1985', null],
    ]);
  });

  it('converts the JSON and the spreadsheet of the same timeline to the same timeline', () => {
    const fromJson = importFixture('women_in_computing.json');
    const fromCsv = importFixture('women_in_computing.csv');
    expect(fromCsv.format).toBe('csv');
    expect(fromCsv.timeline).toEqual(fromJson.timeline);
    expect(fromCsv.timeline!.events).toHaveLength(10);
  });

  it('keeps media links as source links, keeps http(s) links in text as "label (url)" and says when media is not a link', () => {
    const result = importFixture('women_in_computing.json');
    const [ada, edith] = result.timeline!.events;
    expect(ada.sources).toEqual([
      {
        quote: expect.stringContaining('Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron'),
        url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      },
    ]);
    // Edith Clarke's slide has a blockquote as its media and no text: the headline is the quote, and no link.
    expect(edith.sources).toEqual([{ quote: 'Edith Clarke: Bucking the Trend' }]);
    expect(result.notices).toContain(
      'women_in_computing.json: events[1].media.url: the media is not a web link (embedded HTML or a file name), so it is not kept as the source link (line 27, column 17)',
    );
    expect(result.notices).toContain('HTML markup is removed from 7 headlines and texts: Parley shows plain text.');
  });

  it('turns eras into background periods', () => {
    const timeline = importFixture('eras.json').timeline!;
    expect(timeline.periods).toEqual([
      { title: 'Era Test 650-700', start: '0650', end: '0700' },
      { title: 'Era Test 600-650', start: '0600', end: '0650' },
      { title: 'Era Test 700-720', start: '0700', end: '0720' },
    ]);
    expect(timeline.events[2]).toMatchObject({ start: '0622-08-09', end: '0622-08-23' });
  });

  it('turns groups into actors, keeps unique_ids as ids and removes links that are not http(s)', () => {
    const result = importFixture('all-media-types.json');
    const timeline = result.timeline!;
    expect(timeline.actors.slice(0, 4)).toEqual([
      { id: 'video', name: 'Video' },
      { id: 'social-media', name: 'Social Media' },
      { id: 'audio', name: 'Audio' },
      { id: 'general', name: 'General' },
    ]);
    expect(timeline.events.find((event) => event.title === 'Twitter')?.actors).toEqual(['general']);
    expect(timeline.events.find((event) => event.title === 'Wistia')?.id).toBe('wistia');
    expect(result.notices[0]).toBe('all-media-types.json: title.text.text: a link to "#wikipedia-images" is removed (only http and https links are kept) (line 10, column 13)');
  });

  it('skips cosmological years with a specific problem, keeping the events Parley can show', () => {
    const result = importFixture('cosmo.json');
    expect(result.total).toBe(7);
    expect(result.timeline!.events.map((event) => [event.title, event.start])).toEqual([['oldest known depiction of a wheeled vehicle', '-3500']]);
    expect(result.skipped.map((entry) => entry.label)).toEqual([
      'The Big Bang',
      'The Dark Ages and large-scale structure emergence',
      'The universe as it appears today',
      'The formation of the Solar System',
      'Paleozoic era',
      'approximate date of appearance of Homo sapiens',
    ]);
    expect(printed(result)[0]).toBe(
      'cosmo.json: events[0].start_date.year: year -13800000000 is outside what Parley can show (9999 BCE–9999 CE) (line 21, column 17)',
    );
    expect(result.skipped[4].problems.map((problem) => formatProblem(problem))).toEqual([
      'cosmo.json: events[4].start_date.year: year -538800000 is outside what Parley can show (9999 BCE–9999 CE) (line 67, column 17)',
      'cosmo.json: events[4].end_date.year: year -251902000 is outside what Parley can show (9999 BCE–9999 CE) (line 71, column 17)',
    ]);
  });

  it.each(['houston-timeline3.json', 'women_in_computing.json', 'eras.json', 'all-media-types.json', 'cosmo.json', 'women_in_computing.csv'])(
    '%s exports to Parley JSON that npm run validate accepts',
    (name) => {
      const result = importFixture(name);
      const loaded = loadTimeline(toParleyJson(result.timeline!), name);
      expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
    },
  );
});

describe('importTimeline: TimelineJS slides', () => {
  it('reads years, months and days written as numbers or strings, and years before the common era', () => {
    const result = json({
      events: [
        slide({ start_date: { year: '-44', month: '3', day: '15' } }),
        slide({ start_date: { year: -500 }, end_date: { year: -1 } }),
        slide({ start_date: { year: 1969, month: 7, day: 20 } }),
      ],
    });
    expect(result.timeline!.events.map((event) => [event.start, event.end])).toEqual([
      ['-0044-03-15', undefined],
      ['-0500', '-0001'],
      ['1969-07-20', undefined],
    ]);
  });

  it('keeps display_date (the slide\'s, or the start and end date\'s) as displayDate', () => {
    const result = json({
      events: [
        slide({ display_date: 'Spring <b>1943</b>' }),
        slide({ start_date: { year: 1943, display_date: 'c. 1943' }, end_date: { year: 1946, display_date: '1946' } }),
      ],
    });
    expect(result.timeline!.events.map((event) => event.displayDate)).toEqual(['Spring 1943', 'c. 1943 – 1946']);
  });

  it('drops hours and minutes with a notice', () => {
    const result = json({ events: [slide({ start_date: { year: 2020, month: 2, day: 29, hour: 14, minute: 5 } })] });
    expect(result.timeline!.events[0].start).toBe('2020-02-29');
    expect(result.notices).toEqual(['mine.json: events[0].start_date.hour: the time 14:05 is dropped (Parley dates are to the day) (line 8, column 9)']);
  });

  it('slugs unique_ids that are not slugs and makes repeated ids unique', () => {
    const result = json({
      events: [
        slide({ unique_id: 'dup' }),
        slide({ unique_id: 'dup' }),
        slide({ unique_id: 'Not A Slug' }),
        slide({ text: { headline: 'Dup' } }),
        slide({ text: { headline: 'Same' } }),
        slide({ text: { headline: 'Same' } }),
      ],
    });
    expect(result.timeline!.events.map((event) => event.id)).toEqual(['dup', 'dup-2', 'not-a-slug', 'dup-3', 'same', 'same-2']);
    expect(result.notices.slice(0, 2)).toEqual([
      'mine.json: events[1].unique_id: the id "dup" becomes "dup-2" (line 21, column 7)',
      'mine.json: events[2].unique_id: the id "Not A Slug" becomes "not-a-slug" (line 31, column 7)',
    ]);
  });

  it('uses the text as title when there is no headline, and the headline as the quote when there is no text', () => {
    const long = 'A slide without a headline whose text goes on for a good while, longer than any title should be.';
    const result = json({ events: [slide({ text: { text: long } }), slide({ text: { headline: 'Only a headline' } })] });
    const [first, second] = result.timeline!.events;
    expect(first.title).toBe('A slide without a headline whose text goes on for a good while, longer than any…');
    expect(first.sources).toEqual([{ quote: long }]);
    expect(second.sources).toEqual([{ quote: 'Only a headline' }]);
  });

  it('names the file when there is no title slide', () => {
    const timeline = json({ events: [slide()] }, 'folder/My Timeline.json').timeline!;
    expect(timeline).toMatchObject({ id: 'my-timeline', title: 'My Timeline', source: { title: 'My Timeline' } });
  });

  it('reports every bad slide with its JSON path, line and column, and keeps the good ones', () => {
    const result = json({
      events: [
        slide(),
        slide({ start_date: { year: 'MMXX' } }),
        slide({ start_date: { year: 2020, month: 13 } }),
        slide({ start_date: { year: 2021, month: 2, day: 29 } }),
        slide({ start_date: { year: 2020, day: 3 } }),
        slide({ start_date: { year: 0 } }),
        slide({ start_date: undefined }),
        slide({ text: {} }),
        'not a slide',
        slide({ start_date: { year: 2020 }, end_date: { year: 2019 } }),
      ],
    });
    expect(result.total).toBe(10);
    expect(result.timeline!.events).toHaveLength(1);
    expect(result.skipped.map((entry) => entry.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(printed(result)).toEqual([
      'mine.json: events[1].start_date.year: "MMXX" is not a year (a whole number, negative before the common era) (line 14, column 9)',
      'mine.json: events[2].start_date.month: month "13" does not exist (1–12) (line 24, column 9)',
      'mine.json: events[3].start_date.day: day "29" does not exist in 2021-02 (line 35, column 9)',
      'mine.json: events[4].start_date.day: a day is given without a month (line 45, column 9)',
      'mine.json: events[5].start_date.year: there is no year 0 (1 BCE is -1, 1 CE is 1) (line 54, column 9)',
      'mine.json: events[6].start_date: the start date is missing (line 61, column 5)',
      'mine.json: events[7].text: has neither a headline nor text (line 71, column 7)',
      'mine.json: events[8]: expected a slide object with "start_date" and "text" (line 73, column 5)',
      'mine.json: events[9].end_date: 2019 is before the start, 2020 (line 82, column 7)',
    ]);
  });

  it('reports an era with bad dates and leaves it out', () => {
    const result = json({
      events: [slide()],
      eras: [{ start_date: { year: 2000 }, end_date: { year: 1990 }, text: { headline: 'Backwards' } }, { start_date: { year: 2000 } }],
    });
    expect(result.timeline!.periods).toBeUndefined();
    expect(result.timeline!.events).toHaveLength(1);
    expect(printed(result)).toEqual([
      'mine.json: eras[0].end_date: 1990 is before the start, 2000; the era is left out (line 18, column 7)',
      'mine.json: eras[1].end_date: expected a date object such as {"year": 1969, "month": 7}; the era is left out (line 25, column 5)',
    ]);
  });
});

describe('importTimeline: files that are not TimelineJS timelines', () => {
  it('refuses TimelineJS JSON imported as Parley JSON, naming the right format', () => {
    expect(importTimeline(read('eras.json'), { format: 'parley', now }).fatal).toBe(
      'This is TimelineJS JSON, not a Parley timeline: import it as TimelineJS JSON.',
    );
  });

  it.each([
    ['{"title": {"text": {"headline": "No events"}}}', 'This JSON is not a TimelineJS timeline: it has no "events" list.'],
    ['{"events": [], "title": {}}', 'The timeline has no events.'],
    ['{"events": [{"start_date": {"year": 2020}}', 'The file is not valid JSON: the text ends too early (is the file truncated?) (line 1, column 43).'],
    ['{"id": "x", "title": "T", "events": [{"id": "a", "start": "2020"}]}', 'This JSON is not a TimelineJS timeline (its events have no "start_date"): is it Parley JSON?'],
  ])('%s → %s', (text, fatal) => {
    const result = importTimeline(text, { format: 'timelinejs', now });
    expect(result.fatal).toBe(fatal);
    expect(result.timeline).toBeUndefined();
  });
});
