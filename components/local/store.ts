import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { TimelineInput } from '@/lib/schema';
import { storageErrorMessage, type LocalTimeline, type LocalTimelineSummary } from '@/lib/local-timelines';

interface ParleyDB extends DBSchema {
  timelines: { key: string; value: LocalTimeline };
  /** A file dropped on another page, waiting for the Open page to read it. */
  pending: { key: 'dropped'; value: { name: string; text: string } };
}

const DB_NAME = 'parley';
const DB_VERSION = 1;

/** Thrown for every storage failure, with a sentence a reader can act on. */
export class StorageError extends Error {}

let opening: Promise<IDBPDatabase<ParleyDB>> | undefined;

function database(): Promise<IDBPDatabase<ParleyDB>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError(storageErrorMessage('unavailable')));
  opening ??= openDB<ParleyDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('timelines', { keyPath: 'key' });
      db.createObjectStore('pending');
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw new StorageError(storageErrorMessage(errorName(error)));
  });
  return opening;
}

function errorName(error: unknown): string {
  return error instanceof DOMException || error instanceof Error ? error.name : 'unknown';
}

/** Runs a storage operation, turning browser errors (quota, private mode…) into a StorageError. */
async function attempt<T>(operation: (db: IDBPDatabase<ParleyDB>) => Promise<T>): Promise<T> {
  const db = await database();
  try {
    return await operation(db);
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(storageErrorMessage(errorName(error)));
  }
}

/** Every timeline kept in this browser, newest first, without their events. */
export async function listLocalTimelines(): Promise<LocalTimelineSummary[]> {
  const all = await attempt((db) => db.getAll('timelines'));
  return all
    .map(({ timeline, ...summary }) => ({ ...summary, eventCount: timeline.events.length }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** One kept timeline, or undefined when this browser does not have it. */
export function getLocalTimeline(key: string): Promise<LocalTimeline | undefined> {
  return attempt((db) => db.get('timelines', key));
}

/** Keeps a timeline (replacing one with the same key). */
export async function saveLocalTimeline(record: LocalTimeline): Promise<void> {
  await attempt((db) => db.put('timelines', record));
  notifyChange();
}

/** Gives a kept timeline a new name; its events stay as they are. */
export async function renameLocalTimeline(key: string, name: string, now: Date): Promise<void> {
  await attempt(async (db) => {
    const tx = db.transaction('timelines', 'readwrite');
    const record = await tx.store.get(key);
    if (!record) throw new StorageError('That timeline is no longer in this browser.');
    await tx.store.put({ ...record, name, updatedAt: now.toISOString() });
    await tx.done;
  });
  notifyChange();
}

/** Forgets a kept timeline. */
export async function deleteLocalTimeline(key: string): Promise<void> {
  await attempt((db) => db.delete('timelines', key));
  notifyChange();
}

/** Hands a dropped file to the Open page. */
export async function setPendingFile(file: { name: string; text: string }): Promise<void> {
  await attempt((db) => db.put('pending', file, 'dropped'));
}

/** Takes the file handed over by setPendingFile, once. */
export async function takePendingFile(): Promise<{ name: string; text: string } | undefined> {
  return attempt(async (db) => {
    const tx = db.transaction('pending', 'readwrite');
    const file = await tx.store.get('dropped');
    if (file) await tx.store.delete('dropped');
    await tx.done;
    return file;
  });
}

const CHANGE_EVENT = 'parley:local-timelines';

function notifyChange() {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Calls back whenever this page changes the kept timelines; returns the unsubscribe function. */
export function onLocalTimelinesChange(callback: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, callback);
  return () => window.removeEventListener(CHANGE_EVENT, callback);
}
