import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importTimeline, toCsv } from '@/lib/formats';
import { protectCell, readCsv, unprotectCell } from '@/lib/formats/csv-cells';
import { dateCell, parseDateCell } from '@/lib/formats/csv';
import { formatProblem } from '@/lib/problems';
import type { TimelineInput } from '@/lib/schema';
import { rawEvent } from '../fixtures/timelines';

const now = new Date('2026-11-27T12:00:00Z');
const HEADER = 'id,title,start,end,approximate,status,kind,actors,place,display_date,summary,quote,source_url,more_sources,links';
const importCsv = (text: string, fileName = 'sheet.csv') => importTimeline(text, { fileName, now });

const timeline = {
  id: 'mine',
  title: 'Mine',
  source: { title: 'Briefing', publisher: 'Publisher', published: '2020-03-30' },
  actors: [
    { id: 'us', name: 'United States', color: '#0072b2' },
    { id: 'taliban', name: 'Taliban' },
  ],
  events: [
    rawEvent('signing', { actors: ['us', 'taliban'], start: '-0500', links: [{ type: 'obligates', to: 'withdrawal' }], sources: [{ quote: '=HYPERLINK("x")', url: 'https://a.example' }, { quote: 'Second' }] }),
    rawEvent('withdrawal', { start: { from: 'signing', offset: 'P14M' }, end: { from: 'signing', offset: 'P15M' }, status: 'planned', approximate: true }),
  ],
} as TimelineInput;

describe('toCsv', () => {
  it('writes metadata rows, the header and one row per event, with derived dates, lists and extra sources', () => {
    const lines = toCsv(timeline).split('\r\n');
    expect(lines[0]).toBe('"#parley {""timeline"":{""id"":""mine"",""title"":""Mine"",""source"":{""title"":""Briefing"",""publisher"":""Publisher"",""published"":""2020-03-30""}}}"');
    expect(lines[1]).toBe('"#parley {""actor"":{""id"":""us"",""name"":""United States"",""color"":""#0072b2""}}"');
    expect(lines[3]).toBe(HEADER);
    expect(lines[4]).toBe(`signing,Event signing,'-0500,,,,other,us; taliban,,,,"'=HYPERLINK(""x"")",https://a.example,"[{""quote"":""Second""}]",obligates:withdrawal`);
    expect(lines[5]).toBe('withdrawal,Event withdrawal,signing+P14M,signing+P15M,true,planned,other,us,,,,A verbatim quote.,,,');
    expect(lines.at(-1)).toBe('');
  });

  it('writes only the events given, resolving dates derived from the others and dropping links to them', () => {
    const [signing, withdrawal] = timeline.events;
    const text = toCsv(timeline, [withdrawal]);
    expect(text).not.toContain('\r\nsigning,');
    expect(text).toContain('\r\nwithdrawal,Event withdrawal,\'-0499,\'-0499,true,planned,');
    const linked = toCsv(timeline, [signing]);
    expect(linked).toContain("\r\nsigning,Event signing,'-0500,,,,other,us; taliban,");
    expect(linked).not.toContain('obligates:withdrawal');
    expect(importCsv(linked).problems).toEqual([]);
  });

  it('imports back to the same timeline', () => {
    const result = importCsv(toCsv(timeline));
    expect(result.problems).toEqual([]);
    expect(result.timeline).toEqual(timeline);
  });

  it('imports back after a spreadsheet saves it again: every cell quoted, rows padded, LF line ends', () => {
    const rows = Papa.parse<string[]>(toCsv(timeline).trimEnd(), { delimiter: ',' }).data;
    const width = Math.max(...rows.map((row) => row.length));
    const resaved = Papa.unparse(
      rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]),
      { quotes: true, newline: '\n' },
    );
    const result = importCsv(resaved);
    expect(result.problems).toEqual([]);
    expect(result.timeline).toEqual(timeline);
  });
});

describe('cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-0500', "'-0500"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ["'=already", "''=already"],
    ["'quoted'", "'quoted'"],
    ['plain', 'plain'],
  ])('protects %j as %j and back', (value, cell) => {
    expect(protectCell(value)).toBe(cell);
    expect(unprotectCell(cell)).toBe(value);
  });

  it.each([
    ['2020-02-29', '2020-02-29'],
    ['-0044', '-0044'],
    ['us-taliban-agreement+P14M', { from: 'us-taliban-agreement', offset: 'P14M' }],
    ['a-b-P1Y2M', { from: 'a-b', offset: '-P1Y2M' }],
  ])('reads the date cell %j', (cell, date) => {
    expect(parseDateCell(cell)).toEqual(date);
    expect(dateCell(date)).toBe(cell);
  });
});

describe('importTimeline: Parley CSV', () => {
  it('without metadata rows, names the timeline after the file and the actors after their ids', () => {
    const result = importCsv(`${HEADER}\na,A,2020,,,,other,us; afghan-government,,,,Quote,,,\n`, 'My sheet.csv');
    expect(result.format).toBe('csv');
    expect(result.problems).toEqual([]);
    expect(result.timeline).toEqual({
      id: 'my-sheet',
      title: 'My sheet',
      source: { title: 'My sheet', publisher: 'CSV import', published: '2026-11-27' },
      actors: [
        { id: 'us', name: 'Us' },
        { id: 'afghan-government', name: 'Afghan government' },
      ],
      events: [{ id: 'a', title: 'A', start: '2020', kind: 'other', actors: ['us', 'afghan-government'], sources: [{ quote: 'Quote' }] }],
    });
  });

  it('reads semicolon-separated files, blank rows and spreadsheet booleans', () => {
    const text = `${HEADER.replaceAll(',', ';')}\n\n;;;;;;;;;;;;;;\na;A;2020;;TRUE;;other;us;;;;Quote;;;\n`;
    const result = importCsv(text);
    expect(result.timeline?.events).toEqual([{ id: 'a', title: 'A', start: '2020', approximate: true, kind: 'other', actors: ['us'], sources: [{ quote: 'Quote' }] }]);
  });

  it('reports each bad cell by row and column heading, and imports the other rows', () => {
    const text = [
      HEADER,
      'good,Good,2020,,,,other,us,,,,Quote,,,',
      'bad-date,Bad date,2020-13,,,,other,us,,,,Quote,,,',
      'bad-flag,Bad flag,2020,,maybe,,other,us,,,,Quote,,,',
      'bad-sources,Bad sources,2020,,,,other,us,,,,Quote,,[oops,',
      'bad-link,Bad link,2020,,,,other,us,,,,Quote,,,leads-to good',
      'Not A Slug,No quote,2020,2019,,,treaty,,,,,,javascript:alert(1),,',
    ].join('\n');
    const result = importCsv(text);
    expect(result.timeline?.events.map((event) => event.id)).toEqual(['good']);
    expect(result.skipped.map((entry) => [entry.index, entry.label])).toEqual([
      [1, 'Bad date'],
      [2, 'Bad flag'],
      [3, 'Bad sources'],
      [4, 'Bad link'],
      [5, 'No quote'],
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'sheet.csv: row 3, column "start": "2020-13" is not a calendar date (month 13 does not exist)',
      'sheet.csv: row 4, column "approximate": "maybe" should be true, false or empty',
      'sheet.csv: row 5, column "more_sources": is not valid JSON: write a list of sources, e.g. [{"quote": "…", "url": "https://…"}]',
      'sheet.csv: row 6, column "links": "leads-to good" should be written type:event-id, e.g. leads-to:us-withdrawal',
      'sheet.csv: row 7, column "actors": required field is missing',
      'sheet.csv: row 7, column "end": 2019 is before the start, 2020',
      'sheet.csv: row 7, column "id": "Not A Slug" is not a slug (lower-case letters, digits and single hyphens)',
      'sheet.csv: row 7, column "kind": "treaty" is not one of: agreement, negotiation, violence, ceasefire, withdrawal, statement, military, political, publication, other',
      'sheet.csv: row 7, column "quote": must not be empty',
      'sheet.csv: row 7, column "source_url": "javascript:alert(1)" is not an http(s) URL',
    ]);
  });

  it('names an actor missing from the metadata rows and ignores unknown columns, with notices', () => {
    const text = `${toCsv(timeline).replace(HEADER, `${HEADER},notes`).replace('us; taliban', 'us; taliban; qatar')}`;
    const result = importCsv(text);
    expect(result.timeline?.actors.at(-1)).toEqual({ id: 'qatar', name: 'Qatar' });
    expect(result.notices).toEqual([
      'sheet.csv: row 4: the column "notes" is not one of Parley\'s and is ignored',
      'sheet.csv: the actor "qatar" has no metadata row: it is named "Qatar"',
    ]);
  });

  it('reports a broken metadata row at its row', () => {
    const result = importCsv(`#parley {oops\n${HEADER}\na,A,2020,,,,other,us,,,,Quote,,,\n`);
    expect(result.timeline).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^sheet\.csv: row 1: this metadata row is not valid JSON after "#parley" \(/),
    ]);
  });

  it('reports metadata that does not validate at its row', () => {
    const text = toCsv({ ...timeline, actors: [{ id: 'us', name: 'US', color: 'blue' }, timeline.actors[1]] } as TimelineInput);
    const result = importCsv(text);
    expect(result.timeline).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual(['sheet.csv: row 2: actors[0].color: "blue" is not a colour of the form #rrggbb']);
  });
});

describe('importTimeline: TimelineJS spreadsheets', () => {
  const TJS_HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

  it('reads title, era and event rows, drops times with a notice, and locates problems by row and column', () => {
    const text = [
      TJS_HEADER,
      ',,,,,,,,,My <i>title</i>,Intro,,,,,title,,',
      '1990,,,,2000,,,,,An era,,,,,,era,,',
      '1995,5,,,,,,,,Bad day?,Text,,,,,,Rebels,',
      '1996,2,30,,,,,,,Not a day,Text,,,,,,,',
      '1997,1,2,14:30,1996,,,,,Backwards,Text,,,,,,,',
      '-13800000000,,,,,,,,,Big Bang,Text,https://a.example/bang,,,,,,',
      '1999,12,31,23:59,,,,,Eve,Party,Text,,,,,,Rebels,',
    ].join('\n');
    const result = importCsv(text);
    expect(result.timeline).toMatchObject({
      title: 'My title',
      description: 'Intro',
      periods: [{ title: 'An era', start: '1990', end: '2000' }],
      actors: [
        { id: 'rebels', name: 'Rebels' },
      ],
    });
    expect(result.timeline?.events).toEqual([
      { id: 'bad-day', title: 'Bad day?', start: '1995-05', actors: ['rebels'], kind: 'other', sources: [{ quote: 'Text' }] },
      { id: 'party', title: 'Party', start: '1999-12-31', actors: ['rebels'], kind: 'other', displayDate: 'Eve', sources: [{ quote: 'Text' }] },
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'sheet.csv: row 5, column "Day": day "30" does not exist in 1996-02',
      'sheet.csv: row 6, column "End Year": 1996 is before the start, 1997-01-02',
      'sheet.csv: row 7, column "Year": year -13800000000 is outside what Parley can show (9999 BCE–9999 CE)',
    ]);
    expect(result.notices).toEqual([
      'sheet.csv: row 6, column "Time": the time 14:30 is dropped (Parley dates are to the day)',
      'sheet.csv: row 8, column "Time": the time 23:59 is dropped (Parley dates are to the day)',
      'HTML markup is removed from 1 headline and text: Parley shows plain text.',
    ]);
  });
});

describe('importTimeline: CSV that cannot be read', () => {
  it.each([
    [`${HEADER}\n`, 'The spreadsheet has no events: there are no rows under its header.'],
    ['Year,Headline,Type\n,T,title\n', 'The spreadsheet has no events: there are no rows under its header besides the title and eras.'],
    ['name,age\nAda,36\n', "This CSV has no header row naming Parley's columns (id, title, start, …) or TimelineJS's (Year, Month, Day, Headline, …)."],
    [`${HEADER}\na,"A never closed,2020\n`, 'The CSV is cut off or malformed: a quoted cell (row 2: counting from the top) is never closed.'],
  ])('%j → %s', (text, fatal) => {
    expect(importTimeline(text, { format: 'csv', now }).fatal).toBe(fatal);
  });

  it('reads the rows of a CSV with quoted line breaks', () => {
    expect(readCsv('a,"b\r\nc"\r\nd,e\r\n').rows).toEqual([['a', 'b\r\nc'], ['d', 'e'], ['']]);
  });
});
