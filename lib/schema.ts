import * as z from 'zod';
import { DATE_PATTERN, DURATION_PATTERN, parseDuration, parsePartialDate } from './dates';
import { KINDS, LINK_TYPES, STATUSES } from './vocabulary';

export { KINDS, LINK_TYPES, STATUSES, type Kind, type LinkType, type Status } from './vocabulary';

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(SLUG_RE, { error: (issue) => `${JSON.stringify(issue.input)} is not a slug (lower-case letters, digits and single hyphens)` })
  .describe('A slug: lower-case letters, digits and single hyphens, e.g. "us-taliban-agreement".');

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** Only http(s) links: anything else (javascript:, data:, file:) is refused at the boundary. */
const httpUrl = z
  .string()
  .regex(/^[hH][tT][tT][pP][sS]?:\/\//, { error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL`, abort: true })
  .refine((value) => URL.canParse(value), { error: (issue) => `${JSON.stringify(issue.input)} is not a valid URL` })
  .describe('An absolute http:// or https:// URL.');

const writtenDate = z
  .string()
  .regex(new RegExp(DATE_PATTERN), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD; -YYYY for BCE)`,
    // Without abort the calendar check below would repeat the same message.
    abort: true,
  })
  .superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .describe('"YYYY", "YYYY-MM" or "YYYY-MM-DD" (precision by form); "-YYYY" for years before the common era.');

const offset = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), {
    error: (issue) => {
      const parsed = parseDuration(String(issue.input));
      return parsed.ok ? 'invalid duration' : parsed.error;
    },
  })
  .describe('An ISO 8601 duration in years, months, weeks and days, e.g. "P14M", "-P1Y", "P7D".');

const derivedDate = z
  .strictObject({
    from: slug.describe('The id of the event whose start this date is derived from.'),
    offset,
  })
  .describe("A derived date: the referenced event's start plus the offset.");

/** A date as written in a dataset: a partial ISO date or a date derived from another event's start. */
export const dateSchema = z.union([writtenDate, derivedDate]);

const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a colour of the form #rrggbb` });

const actorSchema = z.strictObject({
  id: slug,
  name: text,
  description: text.optional(),
  color: color.optional(),
});

const periodSchema = z
  .strictObject({
    title: text.describe('Plain text.'),
    start: writtenDate,
    end: writtenDate.describe('Inclusive.'),
    color: color.optional(),
  })
  .describe('A background period (an era), drawn behind the events.');

const sourceRefSchema = z.strictObject({
  quote: text.describe('Verbatim text from the source.'),
  url: httpUrl.optional(),
});

const linkSchema = z.strictObject({
  to: slug.describe('The id of the linked event.'),
  type: z.enum(LINK_TYPES),
});

const eventSchema = z.strictObject({
  id: slug,
  title: text.describe('Plain text.'),
  summary: text.optional().describe('Plain text.'),
  start: dateSchema,
  end: dateSchema.optional().describe('Inclusive; absent for a point event.'),
  approximate: z.boolean().optional().describe('The dates are estimates.'),
  status: z.enum(STATUSES).default('occurred'),
  actors: z.array(slug).min(1, { error: 'needs at least one actor' }),
  kind: z.enum(KINDS),
  place: text.optional(),
  displayDate: text.optional().describe('The date as the source writes it ("Spring 1943"), shown instead of the computed date text.'),
  sources: z.array(sourceRefSchema).min(1, { error: 'needs at least one source quote' }),
  links: z.array(linkSchema).optional(),
});

/** The data contract of one timeline file in `data/`. */
export const timelineSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    id: slug.describe('Unique across data/; the URL segment.'),
    title: text,
    description: text.optional(),
    source: z.strictObject({
      title: text,
      publisher: text,
      published: writtenDate,
      url: httpUrl.optional(),
    }),
    asOf: writtenDate.optional().describe('What the timeline knows up to; events after it are plans or forecasts.'),
    actors: z.array(actorSchema).min(1, { error: 'needs at least one actor' }),
    periods: z.array(periodSchema).optional().describe('Background periods (eras), e.g. phases of a process.'),
    events: z.array(eventSchema),
  })
  .describe('A Parley timeline: one peace process, its actors and its events, each backed by a verbatim quote.');

export type Timeline = z.output<typeof timelineSchema>;
export type TimelineInput = z.input<typeof timelineSchema>;
export type TimelineEvent = Timeline['events'][number];
export type Actor = Timeline['actors'][number];
export type DateValue = z.output<typeof dateSchema>;
export type DerivedDate = Exclude<DateValue, string>;
export type EventLink = NonNullable<TimelineEvent['links']>[number];
export type SourceRef = TimelineEvent['sources'][number];
export type Period = NonNullable<Timeline['periods']>[number];

/** The JSON Schema published at data/timeline.schema.json, generated from the zod schema. */
export function timelineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(timelineSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Parley timeline',
    ...schema,
  };
}
