import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  deleteLocalTimeline,
  getLocalTimeline,
  listLocalTimelines,
  renameLocalTimeline,
  saveLocalTimeline,
  setPendingFile,
  StorageError,
  takePendingFile,
} from '@/components/local/store';
import { formatBytes, tooLargeMessage } from '@/lib/formats';
import { downloadName, freeKey, localTimelineUrl, storageErrorMessage, type LocalTimeline } from '@/lib/local-timelines';
import type { TimelineInput } from '@/lib/schema';

const timeline = (id: string, events = 1): TimelineInput => ({
  id,
  title: `Timeline ${id}`,
  source: { title: 'Notes', publisher: 'Me', published: '2026-11-27' },
  actors: [{ id: 'general', name: 'General' }],
  events: Array.from({ length: events }, (_, index) => ({
    id: `event-${index}`,
    title: `Event ${index}`,
    start: '2020',
    actors: ['general'],
    kind: 'other' as const,
    sources: [{ quote: 'Quoted.' }],
  })),
});

const record = (key: string, updatedAt: string, events = 1): LocalTimeline => ({
  key,
  name: `Timeline ${key}`,
  timeline: timeline(key, events),
  origin: { fileName: `${key}.json`, format: 'parley' },
  importedAt: updatedAt,
  updatedAt,
});

describe('freeKey', () => {
  it('keeps a free id and numbers a taken one', () => {
    expect(freeKey('peace', new Set())).toBe('peace');
    expect(freeKey('peace', new Set(['peace']))).toBe('peace-2');
    expect(freeKey('peace', new Set(['peace', 'peace-2', 'peace-3']))).toBe('peace-4');
  });
});

describe('local timeline names and messages', () => {
  it('links to the local view with the key encoded', () => {
    expect(localTimelineUrl('women-in-computing')).toBe('/local?id=women-in-computing');
    expect(localTimelineUrl('a b&c')).toBe('/local?id=a%20b%26c');
  });

  it('names downloads after the timeline id', () => {
    expect(downloadName('women-in-computing', 'csv')).toBe('women-in-computing.csv');
  });

  it('says what to do when storage is full, unavailable or fails', () => {
    expect(storageErrorMessage('QuotaExceededError')).toMatch(/full.*not kept.*Delete a timeline/);
    expect(storageErrorMessage('unavailable')).toMatch(/private browsing/);
    expect(storageErrorMessage('SecurityError')).toMatch(/export/);
    expect(storageErrorMessage('SomethingElse')).toMatch(/not saved/);
  });

  it('states a file’s size and the limit in the too-large sentence', () => {
    expect(formatBytes(12)).toBe('12 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(2.45 * 1024 * 1024)).toBe('2.5 MB');
    expect(tooLargeMessage('acled.csv', 31 * 1024 * 1024, 10 * 1024 * 1024)).toBe(
      'acled.csv is 31 MB; Parley opens files up to 10 MB. Split the timeline into smaller files, or keep it in data/ and use npm run convert.',
    );
  });
});

describe('the browser store (IndexedDB)', () => {
  it('keeps, lists newest first without events, renames and deletes timelines', async () => {
    await saveLocalTimeline(record('older', '2026-11-01T10:00:00.000Z', 3));
    await saveLocalTimeline(record('newer', '2026-11-20T10:00:00.000Z'));
    const list = await listLocalTimelines();
    expect(list.map((item) => [item.key, item.eventCount])).toEqual([
      ['newer', 1],
      ['older', 3],
    ]);
    expect(list[0]).not.toHaveProperty('timeline');

    await renameLocalTimeline('older', 'Renamed', new Date('2026-11-27T08:00:00.000Z'));
    const renamed = await getLocalTimeline('older');
    expect(renamed?.name).toBe('Renamed');
    expect(renamed?.timeline.events).toHaveLength(3);
    expect(renamed?.updatedAt).toBe('2026-11-27T08:00:00.000Z');
    expect((await listLocalTimelines())[0].key).toBe('older');

    await deleteLocalTimeline('older');
    expect(await getLocalTimeline('older')).toBeUndefined();
    expect((await listLocalTimelines()).map((item) => item.key)).toEqual(['newer']);
    await deleteLocalTimeline('newer');
  });

  it('replaces a timeline kept under the same key', async () => {
    await saveLocalTimeline(record('same', '2026-11-01T10:00:00.000Z', 2));
    await saveLocalTimeline(record('same', '2026-11-02T10:00:00.000Z', 5));
    expect((await getLocalTimeline('same'))?.timeline.events).toHaveLength(5);
    expect((await listLocalTimelines()).filter((item) => item.key === 'same')).toHaveLength(1);
    await deleteLocalTimeline('same');
  });

  it('refuses to rename a timeline that is gone, with a StorageError', async () => {
    await expect(renameLocalTimeline('gone', 'x', new Date(0))).rejects.toBeInstanceOf(StorageError);
  });

  it('hands a dropped file to the Open page once', async () => {
    await setPendingFile({ name: 'dropped.csv', text: 'Year,Headline\n2020,Hello' });
    expect(await takePendingFile()).toEqual({ name: 'dropped.csv', text: 'Year,Headline\n2020,Hello' });
    expect(await takePendingFile()).toBeUndefined();
  });
});
