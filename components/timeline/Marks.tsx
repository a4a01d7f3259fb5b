import { memo, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { badgeWidth, glyphSpan } from '@/lib/canvas-marks';
import { CHART, type ClusterBadge, type MarkInstance } from '@/lib/chart-model';

export interface MarkHandlers {
  onActivate: (eventId: string, element: Element) => void;
  onHover: (eventId: string | null) => void;
}

export interface MarkDefs {
  /** id of the gradient mask that softens an approximate range's ends. */
  fuzzyMaskId: string;
}

const R = CHART.markMinPx / 2;
const BAR_H = 16;

const isHollow = (status: string) => status === 'planned' || status === 'expected' || status === 'cancelled';

function activateOnKey(event: KeyboardEvent, run: () => void) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    run();
  }
}

/**
 * The glyph of one event instance, a dot for a point event or a tinted bar for a range, encoding status and
 * certainty; drawn at the origin: the mark's group is translated to (mark.x, mark.y).
 */
function Glyph({ event, span: x2, defs }: { event: MarkInstance['event']; span: number; defs: MarkDefs }) {
  const hollow = isHollow(event.status);
  if (event.end) {
    const width = Math.max(x2, 4);
    const top = -BAR_H / 2;
    return (
      <g mask={event.approximate ? `url(#${defs.fuzzyMaskId})` : undefined}>
        <rect
          x={0}
          y={top}
          width={width}
          height={BAR_H}
          rx={4}
          fill="var(--mark)"
          fillOpacity={hollow ? 0.06 : 0.2}
          stroke="var(--mark)"
          strokeOpacity={hollow ? 1 : 0.55}
          strokeWidth={hollow ? 1.4 : 1}
          strokeDasharray={hollow ? '4 3' : undefined}
        />
        {!hollow && <rect x={0} y={top} width={Math.min(4, width)} height={BAR_H} rx={1.5} fill="var(--mark)" />}
        {event.end.derived && <path d={`M${width} ${top - 3}v${BAR_H + 6}`} stroke="var(--mark)" strokeWidth={1.6} strokeDasharray="2 2" />}
        {event.status === 'cancelled' && <path d={`M0 0h${width}`} stroke="var(--ink)" strokeWidth={1.5} />}
      </g>
    );
  }
  // A date known only to the month or year: a bracket spans the period the event falls in.
  const period = event.start.precision !== 'day' && x2 > R * 2 && (
    <path d={`M0 0H${x2}M${x2} -3v6`} stroke="var(--mark)" strokeOpacity={0.4} strokeWidth={1.2} />
  );
  return (
    <g>
      {period}
      {event.approximate && <circle r={R + 3.5} fill="none" stroke="var(--mark)" strokeWidth={1.2} strokeDasharray="1.5 2.5" />}
      {event.status === 'ongoing' && <circle r={R + 3} fill="none" stroke="var(--mark)" strokeWidth={1.2} />}
      <circle
        r={R}
        fill={hollow ? 'var(--surface)' : 'var(--mark)'}
        stroke="var(--mark)"
        strokeWidth={hollow ? 1.8 : 1}
        strokeDasharray={hollow ? '2.5 1.8' : undefined}
      />
      {event.status === 'cancelled' && <path d={`M${-R} ${R}L${R} ${-R}`} stroke="var(--ink)" strokeWidth={1.5} />}
    </g>
  );
}

// The glyph and label are memoised on the glyph's span (glyphSpan), so that a zoom frame moves most marks (their
// group's transform) without rendering them.
const MemoGlyph = memo(Glyph);

/** A secondary instance of a multi-actor event: its glyph only, hidden from assistive technology (the primary one speaks). */
// Memoised, like the other marks: while a pan only shifts the marks layer, their props stay the same objects.
export const SecondaryMark = memo(function SecondaryMark({ mark, defs, dimmed, handlers }: { mark: MarkInstance; defs: MarkDefs; dimmed: boolean; handlers: MarkHandlers }) {
  return (
    <g
      data-event-ref={mark.event.id}
      data-lane-color=""
      style={{ '--c': mark.color } as CSSProperties}
      transform={`translate(${mark.x},${mark.y})`}
      aria-hidden="true"
      className={`tl-mark-group${dimmed ? ' tl-dimmed' : ''}`}
      onClick={(e: MouseEvent) => handlers.onActivate(mark.event.id, e.currentTarget)}
      onMouseEnter={() => handlers.onHover(mark.event.id)}
      onMouseLeave={() => handlers.onHover(null)}
    >
      <MemoGlyph event={mark.event} span={glyphSpan(mark)} defs={defs} />
    </g>
  );
});

/** An event's primary mark: focusable, named for screen readers, with its label. */
export const PrimaryMark = memo(function PrimaryMark({
  mark,
  defs,
  name,
  selected,
  dimmed,
  handlers,
}: {
  mark: MarkInstance;
  defs: MarkDefs;
  name: string;
  selected: boolean;
  dimmed: boolean;
  handlers: MarkHandlers;
}) {
  const { event } = mark;
  return (
    <g
      data-event-id={event.id}
      data-lane={mark.lane}
      data-start-ms={event.startMs}
      data-lane-color=""
      style={{ '--c': mark.color } as CSSProperties}
      transform={`translate(${mark.x},${mark.y})`}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      className={`tl-mark-group${dimmed ? ' tl-dimmed' : ''}`}
      onClick={(e: MouseEvent) => handlers.onActivate(event.id, e.currentTarget)}
      onKeyDown={(e) => activateOnKey(e, () => handlers.onActivate(event.id, e.currentTarget))}
      onMouseEnter={() => handlers.onHover(event.id)}
      onMouseLeave={() => handlers.onHover(null)}
      onFocus={() => handlers.onHover(event.id)}
      onBlur={() => handlers.onHover(null)}
    >
      {/* In the group's coordinates: the group is translated to (mark.x, mark.y), so that a pan or a zoom moves it
          without rendering or relaying out its glyph and text. */}
      <PrimaryBody event={event} span={glyphSpan(mark)} labelX={Math.round((mark.labelX - mark.x) * 100) / 100} label={mark.label} labelWidth={mark.labelWidth} defs={defs} />
    </g>
  );
});

const PrimaryBody = memo(function PrimaryBody({
  event,
  span,
  labelX,
  label,
  labelWidth,
  defs,
}: {
  event: MarkInstance['event'];
  span: number;
  labelX: number;
  label?: string;
  labelWidth: number;
  defs: MarkDefs;
}) {
  const ringLeft = -R - 4;
  const ringRight = Math.max(event.end ? span : R, labelX + labelWidth) + 4;
  return (
    <>
      <rect className="tl-focus-ring" data-figure="omit" x={ringLeft} y={-11} width={ringRight - ringLeft} height={22} rx={6} />
      <Glyph event={event} span={span} defs={defs} />
      {label && (
        <text className={event.end ? 'tl-label tl-label-plain' : 'tl-label'} x={labelX} dy="0.35em" textDecoration={event.status === 'cancelled' ? 'line-through' : undefined}>
          {label}
        </text>
      )}
    </>
  );
});

/** A "+N" badge for events that do not fit at this zoom; activating it zooms in on them. */
export const ClusterMark = memo(function ClusterMark({
  cluster,
  name,
  onExpand,
}: {
  cluster: ClusterBadge;
  name: string;
  onExpand: (cluster: ClusterBadge) => void;
}) {
  return (
    <g
      className="tl-badge"
      role="button"
      tabIndex={0}
      aria-label={name}
      data-cluster-count={cluster.count}
      data-lane={cluster.lane}
      data-start-ms={cluster.startMs}
      data-lane-color=""
      style={{ '--c': cluster.color } as CSSProperties}
      transform={`translate(${cluster.x},${cluster.y})`}
      onClick={() => onExpand(cluster)}
      onKeyDown={(e) => activateOnKey(e, () => onExpand(cluster))}
    >
      <BadgeBody count={cluster.count} />
    </g>
  );
});

/** A badge's pill and count, drawn at its group's origin (a zoom frame moves the group, not these). */
const BadgeBody = memo(function BadgeBody({ count }: { count: number }) {
  const label = `+${count}`;
  const width = badgeWidth(label);
  return (
    <>
      <rect x={-3} y={-9} width={width} height={18} rx={9} fill="var(--surface)" stroke="var(--mark)" strokeWidth={1.2} />
      <text x={-3 + width / 2} dy="0.35em" textAnchor="middle" fontSize={11} fontWeight={600} fill="var(--ink)">
        {label}
      </text>
    </>
  );
});
