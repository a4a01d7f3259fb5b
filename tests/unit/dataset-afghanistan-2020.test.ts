// The bundled dataset data/afghanistan-2020.json: valid, complete, and quoting its source verbatim.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toIsoString } from '@/lib/dates';
import { formatRange } from '@/lib/format-dates';
import { loadTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DATA_FILE = path.join(root, 'data', 'afghanistan-2020.json');
const SOURCE_FILE = path.join(root, '..', 'shared', 'sources', 'crisis-group-2020-03-30-taliban-peace-negotiations.txt');

const result = loadTimeline(readFileSync(DATA_FILE, 'utf8'), 'data/afghanistan-2020.json');

/** Text as compared for quoting: link markup dropped, whitespace runs collapsed, curly quotes made straight. */
function normaliseQuoted(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ');
}

describe('data/afghanistan-2020.json', () => {
  it('validates', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  if (!result.ok) return;
  const { timeline, resolved } = result;
  const eventById = new Map(resolved.events.map((event) => [event.id, event]));

  it('has the 29 February 2020 signing of the U.S.–Taliban agreement', () => {
    const signing = eventById.get('us-taliban-agreement');
    expect(signing).toBeDefined();
    expect(toIsoString(signing!.start)).toBe('2020-02-29');
    expect(signing!.kind).toBe('agreement');
    expect(signing!.actors).toEqual(expect.arrayContaining(['us', 'taliban']));
  });

  it('has the 22–29 February reduction in violence', () => {
    const reductions = resolved.events.filter((event) => event.end && formatRange(event.start, event.end) === '22–29 Feb 2020');
    expect(reductions.map((event) => event.title)).toEqual([expect.stringMatching(/reduction in violence/i)]);
  });

  it('has a withdrawal whose end is derived: 14 months after the signing', () => {
    const withdrawals = timeline.events.filter((event) => event.kind === 'withdrawal');
    const derived = withdrawals.filter(
      (event) => typeof event.end === 'object' && event.end.from === 'us-taliban-agreement' && event.end.offset === 'P14M',
    );
    expect(derived.map((event) => event.id)).toHaveLength(1);
    const end = eventById.get(derived[0].id)?.end;
    expect(end && toIsoString(end)).toBe('2021-04-29');
    expect(end?.derived?.from).toBe('us-taliban-agreement');
  });

  it('has intra-Afghan negotiations that are planned or expected', () => {
    const negotiations = resolved.events.filter((event) => /intra-Afghan negotiations/i.test(event.title));
    expect(negotiations.length).toBeGreaterThan(0);
    for (const event of negotiations) expect(['planned', 'expected']).toContain(event.status);
  });

  it('has the U.S., the Taliban, the Afghan government and ISKP among its actors', () => {
    expect(resolved.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining(['us', 'taliban', 'afghan-government', 'iskp']));
  });

  it('backs every event with at least one quote', () => {
    const unquoted = resolved.events.filter((event) => event.sources.length === 0).map((event) => event.id);
    expect(unquoted).toEqual([]);
  });

  describe.skipIf(!existsSync(SOURCE_FILE))(
    `quotes, compared with the source text (skipped when ${path.relative(root, SOURCE_FILE)} is absent)`,
    () => {
      it('quotes every event verbatim from the source', () => {
        const source = normaliseQuoted(readFileSync(SOURCE_FILE, 'utf8'));
        const missing = timeline.events.flatMap((event) =>
          event.sources
            .filter((ref) => !source.includes(normaliseQuoted(ref.quote)))
            .map((ref) => `${event.id}: ${JSON.stringify(ref.quote)}`),
        );
        expect(missing, `quotes not found verbatim in ${path.basename(SOURCE_FILE)}:\n${missing.join('\n')}`).toEqual([]);
      });
    },
  );
});

describe('normaliseQuoted', () => {
  it('drops link markup, collapses whitespace and straightens curly quotes', () => {
    expect(normaliseQuoted('the [desire to maintain\ncohesiveness](#),  “a” ‘b’ group’s')).toBe(
      'the desire to maintain cohesiveness, "a" \'b\' group\'s',
    );
  });
});
