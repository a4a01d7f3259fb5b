import { endsBeforeStart, parsePartialDate, periodEnd, periodStart, toIsoString } from './dates';
import type { EventDates } from './derive';
import { didYouMean, listSome, type Problem } from './problems';

type Raw = Record<string, unknown>;

const asObject = (value: unknown): Raw | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reports ids used twice in a list of objects, pointing at each later use. */
function duplicateIds(items: unknown[], listName: string): { ids: string[]; problems: Problem[] } {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const id = asString(asObject(item)?.id);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push({ path: [listName, index, 'id'], message: `duplicate id ${JSON.stringify(id)} (already used by ${listName}[${first}])` });
  });
  return { ids: [...firstIndex.keys()], problems };
}

/** Periods whose end is before their start (precision-aware); unparsable dates are the schema's to report. */
function periodsEndingBeforeStart(periods: unknown[]): Problem[] {
  const problems: Problem[] = [];
  periods.forEach((value, index) => {
    const period = asObject(value);
    const start = parsePartialDate(asString(period?.start) ?? '');
    const end = parsePartialDate(asString(period?.end) ?? '');
    if (start.ok && end.ok && endsBeforeStart(start.value, end.value)) {
      problems.push({ path: ['periods', index, 'end'], message: `${toIsoString(end.value)} is before the start, ${toIsoString(start.value)}` });
    }
  });
  return problems;
}

/**
 * The checks a schema cannot express: unique ids, references to actors and events, self-links, end before
 * start (precision-aware, for events and periods) and events after `asOf` marked as having occurred. Runs on unvalidated input so
 * that every problem is reported at once; values of the wrong shape are skipped (the schema reports them).
 */
export function checkReferences(raw: unknown, dates: readonly EventDates[]): Problem[] {
  const root = asObject(raw);
  if (!root) return [];
  const actors = duplicateIds(asArray(root.actors), 'actors');
  const events = asArray(root.events);
  const eventIds = duplicateIds(events, 'events');
  const problems = [...actors.problems, ...eventIds.problems, ...periodsEndingBeforeStart(asArray(root.periods))];
  const actorSet = new Set(actors.ids);
  const eventSet = new Set(eventIds.ids);
  const asOfText = asString(root.asOf);
  const asOf = asOfText === undefined ? undefined : parsePartialDate(asOfText);

  events.forEach((value, index) => {
    const event = asObject(value);
    if (!event) return;
    const id = asString(event.id);
    asArray(event.actors).forEach((actor, k) => {
      if (typeof actor !== 'string' || actorSet.has(actor)) return;
      problems.push({
        path: ['events', index, 'actors', k],
        message: `unknown actor ${JSON.stringify(actor)} (known: ${listSome(actors.ids)})${didYouMean(actor, actors.ids)}`,
      });
    });
    asArray(event.links).forEach((link, k) => {
      const to = asString(asObject(link)?.to);
      if (to === undefined) return;
      if (to === id) problems.push({ path: ['events', index, 'links', k, 'to'], message: 'an event cannot link to itself' });
      else if (!eventSet.has(to)) {
        problems.push({ path: ['events', index, 'links', k, 'to'], message: `unknown event ${JSON.stringify(to)}${didYouMean(to, eventIds.ids)}` });
      }
    });
    const { start, end } = dates[index] ?? {};
    if (start && end && endsBeforeStart(start, end)) {
      problems.push({ path: ['events', index, 'end'], message: `${toIsoString(end)} is before the start, ${toIsoString(start)}` });
    }
    const status = asString(event.status) ?? 'occurred';
    if (asOf?.ok && start && status === 'occurred' && periodStart(start) >= periodEnd(asOf.value)) {
      problems.push({
        path: ['events', index, 'status'],
        message: `"occurred", but the event starts after asOf (${asOfText}): use "planned" or "expected"`,
      });
    }
  });
  return problems;
}
