import { endsBeforeStart, parsePartialDate, partialDateAt, toIsoString } from '../dates';
import { formatProblem, type Problem } from '../problems';
import { assembleImport, type Converted } from './assemble';
import { htmlToText } from './html-text';
import { isTimelineJs } from './detect';
import { duplicatesByEvent, readJson } from './json-input';
import { slugify, UniqueIds } from './slug';
import { convertTimelineJsDate, isEmptyDate } from './timelinejs-date';
import type { ImportResult, Place } from './types';
import { asObject, type Raw } from './raw';

type Path = (string | number)[];

/** The actor of events without a TimelineJS group. */
export const DEFAULT_ACTOR = { id: 'general', name: 'General' } as const;
/** The publisher recorded for timelines converted from TimelineJS. */
export const TIMELINEJS_PUBLISHER = 'TimelineJS import';
const TITLE_LENGTH = 80;

const asText = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The file's name without folders and extension: "data/Women in computing.csv" → "Women in computing". */
export function baseName(fileName: string | undefined): string {
  return (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
}

/** Today's date as Parley writes it, from an injected clock. */
export function isoDay(now: Date): string {
  return toIsoString(partialDateAt(now.getTime(), 'day'));
}

/** Where a problem found in the Parley timeline is in the TimelineJS input. */
export function timelineJsPath(parleyPath: Path): Path {
  const [head, index, key, position, sub] = parleyPath;
  if (head !== 'events' || typeof index !== 'number') return parleyPath[0] === 'title' ? ['title', 'text', 'headline'] : [];
  const slide = ['events', index];
  switch (key) {
    case 'start':
      return [...slide, 'start_date'];
    case 'end':
      return [...slide, 'end_date'];
    case 'title':
    case 'id':
      return [...slide, 'text', 'headline'];
    case 'sources':
      return position === 0 && sub === 'url' ? [...slide, 'media', 'url'] : [...slide, 'text', 'text'];
    case 'actors':
      return [...slide, 'group'];
    case 'displayDate':
      return [...slide, 'display_date'];
    default:
      return slide;
  }
}

interface Context {
  fileName?: string;
  now: Date;
  /** Locates a TimelineJS path (events[3].start_date.year) in the input. */
  place: (path: Path) => Place;
}

/** Converts a parsed TimelineJS timeline (JSON, or read from its spreadsheet) to a Parley timeline to validate. */
export function convertTimelineJs(root: Raw, context: Context): Converted {
  const slides = Array.isArray(root.events) ? root.events : [];
  const problems: Converted['problems'] = [];
  const notices: string[] = [];
  const problem = (path: Path, message: string): Problem => ({ ...context.place(path), message });
  const notice = (path: Path, message: string) => notices.push(formatProblem({ file: context.fileName, ...problem(path, message) }));
  let markup = 0;
  const plain = (value: unknown, path: Path): string => {
    const converted = htmlToText(asText(value));
    if (converted.hadMarkup) markup++;
    for (const href of converted.unsafeLinks) notice(path, `a link to ${JSON.stringify(href)} is removed (only http and https links are kept)`);
    return converted.text;
  };

  const titleSlide = asObject(root.title);
  const title = oneLine(plain(asObject(titleSlide?.text)?.headline, ['title', 'text', 'headline'])) || baseName(context.fileName) || 'Imported timeline';
  const description = plain(asObject(titleSlide?.text)?.text, ['title', 'text', 'text']);

  // A unique_id that is already a slug is kept by the first slide that has it; the others get ids made unique.
  const ids = new UniqueIds();
  const owners = new Map<string, number>();
  slides.forEach((slide, index) => {
    const uniqueId = asText(asObject(slide)?.unique_id).trim();
    if (uniqueId && slugify(uniqueId) === uniqueId && !owners.has(uniqueId)) {
      owners.set(uniqueId, index);
      ids.reserve(uniqueId);
    }
  });
  const actorIds = new UniqueIds();
  const actors = new Map<string, { id: string; name: string }>();
  const actorFor = (group: string) => {
    const name = group || DEFAULT_ACTOR.name;
    let actor = actors.get(name);
    if (!actor) {
      actor = { id: name === DEFAULT_ACTOR.name ? DEFAULT_ACTOR.id : actorIds.claim(name, 'group'), name };
      actors.set(name, actor);
    }
    return actor.id;
  };
  actorIds.reserve(DEFAULT_ACTOR.id);

  const events: Raw[] = [];
  const origin: number[] = [];
  const labels: string[] = [];
  slides.forEach((value, index) => {
    const at = (...path: Path): Path => ['events', index, ...path];
    const slide = asObject(value);
    const text = asObject(slide?.text);
    const headline = slide ? oneLine(plain(text?.headline, at('text', 'headline'))) : '';
    const body = slide ? plain(text?.text, at('text', 'text')) : '';
    labels.push(headline || body.slice(0, TITLE_LENGTH) || `event ${index + 1}`);
    const own: Problem[] = [];
    if (!slide) own.push(problem(at(), 'expected a slide object with "start_date" and "text"'));
    const dates = (['start_date', 'end_date'] as const).map((key) => {
      if (!slide || (key === 'end_date' && isEmptyDate(slide[key]))) return undefined;
      if (slide[key] === undefined) {
        own.push(problem(at(key), 'the start date is missing'));
        return undefined;
      }
      const converted = convertTimelineJsDate(slide[key]);
      if (!converted.ok) {
        own.push(problem(converted.field ? at(key, converted.field) : at(key), converted.message));
        return undefined;
      }
      if (converted.time) notice(at(key, 'hour'), `the time ${converted.time} is dropped (Parley dates are to the day)`);
      return converted;
    });
    if (slide && !headline && !body) own.push(problem(at('text'), 'has neither a headline nor text'));
    if (own.length > 0 || !slide) {
      problems.push(...own.map((p) => ({ index, problem: p })));
      return;
    }
    const [start, end] = dates;
    if (!start) return;
    const uniqueId = asText(slide.unique_id).trim();
    const id = owners.get(uniqueId) === index ? uniqueId : ids.claim(uniqueId || headline || body, 'event');
    if (uniqueId && id !== uniqueId) notice(at('unique_id'), `the id ${JSON.stringify(uniqueId)} becomes ${JSON.stringify(id)}`);
    const displayDate = plain(slide.display_date, at('display_date')) || joinDisplay(start.display, end?.display);
    const mediaUrl = asText(asObject(slide.media)?.url).trim();
    const url = /^https?:\/\//i.test(mediaUrl) && URL.canParse(mediaUrl) ? mediaUrl : undefined;
    if (mediaUrl && !url) notice(at('media', 'url'), 'the media is not a web link (embedded HTML or a file name), so it is not kept as the source link');
    events.push({
      id,
      title: headline || shorten(body),
      start: start.date,
      ...(end && { end: end.date }),
      actors: [actorFor(plain(slide.group, at('group')))],
      kind: 'other',
      ...(displayDate && { displayDate }),
      sources: [{ quote: body || headline, ...(url && { url }) }],
    });
    origin.push(index);
  });

  const leftOut: Problem[] = [];
  const periods = convertEras(root.eras, plain, (path, message) => leftOut.push(problem(path, message)));
  if (markup > 0) notices.push(`HTML markup is removed from ${markup} headline${markup === 1 ? '' : 's'} and text${markup === 1 ? '' : 's'}: Parley shows plain text.`);
  const raw: Raw = {
    id: slugify(title) || slugify(baseName(context.fileName)) || 'imported-timeline',
    title,
    ...(description && { description }),
    source: { title, publisher: TIMELINEJS_PUBLISHER, published: isoDay(context.now) },
    actors: [...actors.values()],
    ...(periods.length > 0 && { periods }),
    events,
  };
  return { raw, origin, labels, problems, leftOut, notices, pruneActors: true };
}

/** TimelineJS eras → Parley periods; an era with a bad date is reported and left out. */
function convertEras(value: unknown, plain: (value: unknown, path: Path) => string, report: (path: Path, message: string) => void): Raw[] {
  const eras = Array.isArray(value) ? value : [];
  return eras.flatMap((era, index) => {
    const object = asObject(era) ?? {};
    const dates = (['start_date', 'end_date'] as const).map((key) => {
      const converted = convertTimelineJsDate(object[key]);
      if (!converted.ok) report(['eras', index, key, ...(converted.field ? [converted.field] : [])], `${converted.message}; the era is left out`);
      return converted.ok ? converted.date : undefined;
    });
    const [start, end] = dates;
    if (!start || !end) return [];
    const startDate = parsePartialDate(start);
    const endDate = parsePartialDate(end);
    if (startDate.ok && endDate.ok && endsBeforeStart(startDate.value, endDate.value)) {
      report(['eras', index, 'end_date'], `${end} is before the start, ${start}; the era is left out`);
      return [];
    }
    const title = plain(asObject(object.text)?.headline, ['eras', index, 'text', 'headline']) || `${start} – ${end}`;
    return [{ title, start, end }];
  });
}

/** Headlines become titles: one line ("Whitney Houston<br/> 1963-2012" → "Whitney Houston 1963-2012"). */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function joinDisplay(start: string | undefined, end: string | undefined): string {
  if (start && end) return `${start} – ${end}`;
  return start ?? '';
}

/** A title from text when a slide has no headline: the first words, cut at a word. */
function shorten(text: string): string {
  const line = text.split('\n')[0];
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : TITLE_LENGTH).trimEnd()}…`;
}

/** Imports TimelineJS JSON (TimelineJS3's format), keeping the events that convert. */
export function importTimelineJsJson(text: string, options: { fileName?: string; now: Date }): ImportResult {
  const json = readJson(text);
  const empty = { format: 'timelinejs' as const, problems: [], notices: [], skipped: [], total: 0 };
  if (!json.ok) return { ...empty, fatal: json.fatal, problems: json.problems.map((p) => ({ ...(options.fileName && { file: options.fileName }), ...p })) };
  const root = asObject(json.value);
  if (!root || !Array.isArray(root.events)) {
    return { ...empty, fatal: 'This JSON is not a TimelineJS timeline: it has no "events" list.' };
  }
  if (root.events.length === 0) return { ...empty, fatal: 'The timeline has no events.' };
  if (!isTimelineJs(root)) return { ...empty, fatal: 'This JSON is not a TimelineJS timeline (its events have no "start_date"): is it Parley JSON?' };
  const converted = convertTimelineJs(root, { ...options, place: json.place });
  converted.problems.unshift(...duplicatesByEvent(json.duplicates));
  return assembleImport('timelinejs', converted, (path) => json.place(timelineJsPath(path)), options.fileName);
}
