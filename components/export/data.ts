// The data downloads: the filtered events as Parley CSV and as a Parley timeline file.
import { toCsv, toParleyJson } from '@/lib/formats';
import { timelineWithEvents } from '@/lib/download';
import type { ResolvedEvent, ResolvedTimeline } from '@/lib/resolve';
import { saveBlob } from './capture';

/** Saves the events as a valid Parley timeline (JSON), links to events left out dropped. */
export function downloadJson(timeline: ResolvedTimeline, events: readonly ResolvedEvent[], fileName: string) {
  saveBlob(new Blob([toParleyJson(timelineWithEvents(timeline, events))], { type: 'application/json' }), fileName);
}

/** Saves the events as Parley CSV (one row an event, the timeline's details in `#parley` rows above): it re-imports without loss. */
export function downloadCsv(timeline: ResolvedTimeline, events: readonly ResolvedEvent[], fileName: string) {
  saveBlob(new Blob([toCsv(timelineWithEvents(timeline, events))], { type: 'text/csv' }), fileName);
}
