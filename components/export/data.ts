// The data downloads: the filtered events as CSV and as a Parley timeline file.
import { toIsoString } from '@/lib/dates';
import { timelineWithEvents } from '@/lib/download';
import type { ResolvedEvent, ResolvedTimeline } from '@/lib/resolve';
import { saveBlob } from './capture';

/** Saves the events as a valid Parley timeline (JSON), links to events left out dropped. */
export function downloadJson(timeline: ResolvedTimeline, events: readonly ResolvedEvent[], fileName: string) {
  const text = `${JSON.stringify(timelineWithEvents(timeline, events), null, 2)}\n`;
  saveBlob(new Blob([text], { type: 'application/json' }), fileName);
}

/** Saves the events as CSV, one row an event. */
export function downloadCsv(timeline: ResolvedTimeline, events: readonly ResolvedEvent[], fileName: string) {
  // TODO(formats): replace with lib/formats toCsv
  const names = new Map(timeline.actors.map((actor) => [actor.id, actor.name]));
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [
    ['id', 'title', 'start', 'end', 'status', 'kind', 'actors', 'place', 'summary'],
    ...events.map((e) => [e.id, e.title, toIsoString(e.start), e.end ? toIsoString(e.end) : '', e.status, e.kind, e.actors.map((id) => names.get(id) ?? id).join('; '), e.place ?? '', e.summary ?? '']),
  ];
  saveBlob(new Blob([`${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`], { type: 'text/csv' }), fileName);
}
