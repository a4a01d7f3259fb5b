import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, DURATION_PATTERN } from '@/lib/dates';
import { dateSchema, KINDS, LINK_TYPES, STATUSES, timelineJsonSchema, timelineSchema } from '@/lib/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committedPath = path.join(root, 'data', 'timeline.schema.json');

type JsonNode = Record<string, unknown>;

/** Every object node of a JSON Schema, with its JSON pointer. */
function nodes(node: unknown, pointer = ''): [string, JsonNode][] {
  if (node === null || typeof node !== 'object') return [];
  const here: [string, JsonNode][] = Array.isArray(node) ? [] : [[pointer, node as JsonNode]];
  return [...here, ...Object.entries(node).flatMap(([key, child]) => nodes(child, `${pointer}/${key}`))];
}

const at = (schema: JsonNode, pointer: string): JsonNode =>
  pointer
    .split('/')
    .slice(1)
    .reduce<JsonNode>((node, key) => node[key] as JsonNode, schema);

describe('timelineJsonSchema', () => {
  const generated = timelineJsonSchema();

  it('matches the committed data/timeline.schema.json', () => {
    const committed = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed, 'data/timeline.schema.json is out of date with lib/schema.ts: run `npm run schema`').toEqual(generated);
  });

  it('names its dialect and title', () => {
    expect(generated.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(generated.title).toBe('Parley timeline');
  });

  it('closes every object: additionalProperties is false', () => {
    const objects = nodes(generated).filter(([, node]) => node.type === 'object');
    expect(objects.map(([pointer]) => pointer)).toEqual(
      expect.arrayContaining([
        '',
        '/properties/source',
        '/properties/actors/items',
        '/properties/periods/items',
        '/properties/events/items',
        '/properties/events/items/properties/sources/items',
        '/properties/events/items/properties/links/items',
      ]),
    );
    for (const [pointer, node] of objects) expect(node.additionalProperties, `${pointer || '(root)'}`).toBe(false);
  });

  it('lists the statuses, kinds and link types as enums', () => {
    const event = '/properties/events/items/properties';
    expect(at(generated, `${event}/status`).enum).toEqual([...STATUSES]);
    expect(at(generated, `${event}/kind`).enum).toEqual([...KINDS]);
    expect(at(generated, `${event}/links/items/properties/type`).enum).toEqual([...LINK_TYPES]);
  });

  it('requires what the zod schema requires', () => {
    expect(generated.required).toEqual(['id', 'title', 'source', 'actors', 'events']);
    expect(at(generated, '/properties/events/items').required).toEqual(['id', 'title', 'start', 'actors', 'kind', 'sources']);
    expect(at(generated, '/properties/events/items/properties/sources/items').required).toEqual(['quote']);
  });

  it('gives dates and offsets the patterns the parser uses', () => {
    const start = at(generated, '/properties/events/items/properties/start');
    expect(start.anyOf).toEqual([
      expect.objectContaining({ type: 'string', pattern: DATE_PATTERN }),
      expect.objectContaining({
        type: 'object',
        required: ['from', 'offset'],
        properties: expect.objectContaining({ offset: expect.objectContaining({ pattern: DURATION_PATTERN }) }),
      }),
    ]);
  });
});

describe('timelineSchema', () => {
  it('defaults status to "occurred"', () => {
    const parsed = timelineSchema.parse({
      id: 't',
      title: 'T',
      source: { title: 'S', publisher: 'P', published: '2020' },
      actors: [{ id: 'us', name: 'US' }],
      events: [{ id: 'a', title: 'A', start: '2020', actors: ['us'], kind: 'other', sources: [{ quote: 'q' }] }],
    });
    expect(parsed.events[0].status).toBe('occurred');
  });

  it('requires at least one actor', () => {
    const result = timelineSchema.safeParse({
      id: 't',
      title: 'T',
      source: { title: 'S', publisher: 'P', published: '2020' },
      actors: [],
      events: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['actors'], 'needs at least one actor']]);
  });
});

describe('timelineSchema: display dates and periods', () => {
  const base = {
    id: 't',
    title: 'T',
    source: { title: 'S', publisher: 'P', published: '2020' },
    actors: [{ id: 'us', name: 'US' }],
    events: [{ id: 'a', title: 'A', start: '1943', displayDate: 'Spring 1943', actors: ['us'], kind: 'other', sources: [{ quote: 'q' }] }],
  };

  it('keeps an event\'s displayDate and the periods', () => {
    const periods = [{ title: 'War years', start: '1939-09', end: '1945', color: '#aabbcc' }];
    const parsed = timelineSchema.parse({ ...base, periods });
    expect(parsed.events[0].displayDate).toBe('Spring 1943');
    expect(parsed.periods).toEqual(periods);
  });

  it('refuses an empty displayDate, a period without an end and a period colour that is not #rrggbb', () => {
    const result = timelineSchema.safeParse({
      ...base,
      events: [{ ...base.events[0], displayDate: ' ' }],
      periods: [{ title: 'P', start: '1939' }, { title: 'Q', start: '1939', end: '1940', color: 'red' }],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['periods.0.end', 'periods.1.color', 'events.0.displayDate']);
  });
});

describe('dateSchema', () => {
  it.each(['2020', '2020-02', '2020-02-29', '-0044'])('accepts the written date %s', (value) => {
    expect(dateSchema.safeParse(value).success).toBe(true);
  });

  it('accepts a derived date', () => {
    expect(dateSchema.safeParse({ from: 'us-taliban-agreement', offset: 'P14M' }).success).toBe(true);
  });

  it.each([['2020-02-30'], ['0000'], [{ from: 'a', offset: 'PT1H' }], [{ from: 'a' }], [{ from: 'a', offset: 'P1M', extra: 1 }], [2020]])(
    'refuses %j',
    (value) => {
      expect(dateSchema.safeParse(value).success).toBe(false);
    },
  );
});
