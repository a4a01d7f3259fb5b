import { describe, expect, it } from 'vitest';
import { detectFormat, IMPORT_FORMATS, importTimeline, MAX_IMPORT_BYTES } from '@/lib/formats';
import { htmlToText } from '@/lib/formats/html-text';
import { looksBinary, utf8Length } from '@/lib/formats/input';
import { humanize, slugify, UniqueIds } from '@/lib/formats/slug';

const now = new Date('2026-11-27T12:00:00Z');

describe('detectFormat', () => {
  it.each([
    ['{"id": "x", "title": "T", "events": []}', undefined, 'parley'],
    ['\uFEFF  {"events": [{"start_date": {"year": 1}}]}', undefined, 'timelinejs'],
    ['{"title": {"text": {"headline": "T"}}, "events": []}', undefined, 'timelinejs'],
    ['{"events": [{"start_date": ', undefined, 'timelinejs'],
    ['not json at all', 'x.json', 'parley'],
    ['id,title,start\na,A,2020', undefined, 'csv'],
    ['Year;Month;Day;Headline\n2020;;;A', undefined, 'csv'],
    ['#parley {"timeline": {}}\nid,title,start', undefined, 'csv'],
    ['anything', 'sheet.CSV', 'csv'],
    ['Just some prose, with a comma.', 'notes.txt', undefined],
    ['', undefined, undefined],
  ])('%j (%s) → %s', (text, fileName, format) => {
    expect(detectFormat(text, fileName)).toBe(format);
  });

  it('lists every format with a label', () => {
    expect(IMPORT_FORMATS.map((format) => format.id)).toEqual(['parley', 'timelinejs', 'csv']);
  });
});

describe('importTimeline: files that cannot be read', () => {
  it.each([
    ['', 'The file is empty.'],
    [' \n\t\n', 'The file is empty.'],
    ['PK\u0003\u0004\u0000\u0000binary', 'The file is not text (it looks like a binary file, such as an image or a spreadsheet workbook): export it as CSV or JSON first.'],
    ['Dear diary, today…', 'This file does not look like a timeline: expected Parley JSON, TimelineJS JSON or a CSV with a header row.'],
  ])('%j → %s', (text, fatal) => {
    const result = importTimeline(text, { now });
    expect(result.fatal).toBe(fatal);
    expect(result.timeline).toBeUndefined();
    expect(result.total).toBe(0);
  });

  it('refuses a file over the size limit, counting UTF-8 bytes', () => {
    const text = `{"events": [], "x": "${'é'.repeat(MAX_IMPORT_BYTES / 2)}"}`;
    expect(importTimeline(text, { now }).fatal).toBe('The file is too large to import (10.0 MB; the limit is 10 MB).');
  });
});

describe('input checks', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
  });

  it('tells text from decoded binary', () => {
    expect(looksBinary('plain text with a stray \ufffd')).toBe(false);
    expect(looksBinary('\ufffd\ufffd\ufffd\ufffd\ufffd')).toBe(true);
    expect(looksBinary('a\u0000b')).toBe(true);
  });
});

describe('htmlToText', () => {
  it('decodes entities, removes tags and makes paragraphs and <br> line breaks', () => {
    expect(htmlToText('<p>Tom &amp; Jerry&nbsp;said</p><p>hi<br/>there</p>')).toEqual({ text: 'Tom & Jerry said\n\nhi\nthere', hadMarkup: true, unsafeLinks: [] });
  });

  it('keeps http(s) links as "label (url)" and drops others', () => {
    expect(htmlToText('<a href="https://a.example/x">A</a>, <a href="javascript:alert(1)">B</a>, <a href="https://c.example">https://c.example</a>')).toEqual({
      text: 'A (https://a.example/x), B, https://c.example',
      hadMarkup: true,
      unsafeLinks: ['javascript:alert(1)'],
    });
  });

  it('drops scripts and styles, and treats line breaks in the source as spaces', () => {
    expect(htmlToText('a<script>alert(1)</script>\nb<style>p{}</style>').text).toBe('a b');
  });

  it('leaves plain text alone', () => {
    expect(htmlToText('  5 < 6 and 7 > 3 ')).toEqual({ text: '5 < 6 and 7 > 3', hadMarkup: false, unsafeLinks: [] });
  });
});

describe('slugify', () => {
  it.each([
    ['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
    ['  ...And the women who made it work', 'and-the-women-who-made-it-work'],
    ['"The Mother of the Internet"', 'the-mother-of-the-internet'],
    ['★', ''],
    ['a'.repeat(30) + ' ' + 'b'.repeat(40), 'a'.repeat(30)],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('hands out unique ids, skipping reserved ones', () => {
    const ids = new UniqueIds();
    ids.reserve('same-2');
    expect([ids.claim('Same', 'x'), ids.claim('same', 'x'), ids.claim('★', 'event'), ids.claim('', 'event')]).toEqual(['same', 'same-3', 'event', 'event-2']);
  });

  it('humanizes ids', () => {
    expect(humanize('afghan-government')).toBe('Afghan government');
  });
});
