import { memo, type ReactNode } from 'react';
import type { LegendKey } from '@/lib/figure';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width={34} height={18} viewBox="0 0 34 18" aria-hidden="true" className="shrink-0" style={{ ['--mark' as string]: 'var(--ink)' }}>
      {children}
    </svg>
  );
}

/** Each encoding the chart uses: its label and a 34 × 18 glyph drawn in `--mark`. */
export const LEGEND_ITEMS: { key: LegendKey; label: string; glyph: ReactNode }[] = [
  { key: 'point', label: 'Event on a date', glyph: <circle cx={17} cy={9} r={5} fill="var(--mark)" /> },
  { key: 'range', label: 'Event over a period', glyph: <rect x={3} y={5} width={28} height={8} rx={4} fill="var(--mark)" fillOpacity={0.9} /> },
  {
    key: 'approximate',
    label: 'Approximate dates',
    glyph: (
      <>
        <circle cx={9} cy={9} r={5} fill="var(--mark)" />
        <circle cx={9} cy={9} r={8.5} fill="none" stroke="var(--mark)" strokeWidth={1.2} strokeDasharray="1.5 2.5" />
        <rect x={20} y={5} width={13} height={8} rx={4} fill="var(--mark)" fillOpacity={0.35} />
      </>
    ),
  },
  {
    key: 'planned',
    label: 'Planned or expected',
    glyph: (
      <>
        <circle cx={8} cy={9} r={5} fill="var(--surface)" stroke="var(--mark)" strokeWidth={1.8} strokeDasharray="2.5 1.8" />
        <rect x={17} y={5} width={16} height={8} rx={4} fill="var(--surface)" stroke="var(--mark)" strokeWidth={1.5} strokeDasharray="4 3" />
      </>
    ),
  },
  {
    key: 'ongoing',
    label: 'Ongoing',
    glyph: (
      <>
        <circle cx={17} cy={9} r={5} fill="var(--mark)" />
        <circle cx={17} cy={9} r={8} fill="none" stroke="var(--mark)" strokeWidth={1.2} />
      </>
    ),
  },
  {
    key: 'cancelled',
    label: 'Cancelled',
    glyph: (
      <>
        <circle cx={17} cy={9} r={5} fill="var(--surface)" stroke="var(--mark)" strokeWidth={1.8} />
        <path d="M12 14L22 4" stroke="var(--ink)" strokeWidth={1.5} />
      </>
    ),
  },
  {
    key: 'derived',
    label: 'End derived from another event',
    glyph: (
      <>
        <rect x={3} y={5} width={24} height={8} rx={4} fill="var(--mark)" fillOpacity={0.9} />
        <path d="M27 1v16" stroke="var(--mark)" strokeWidth={1.5} strokeDasharray="2 2" />
      </>
    ),
  },
  { key: 'connector', label: 'Same event, several actors', glyph: <path d="M17 1v16" stroke="var(--muted)" strokeWidth={1.2} strokeDasharray="2 3" /> },
  {
    key: 'asOf',
    label: '“As of” the source: plans and forecasts beyond',
    glyph: (
      <>
        <rect x={17} y={0} width={17} height={18} fill="var(--tl-forecast)" />
        <path d="M17 0v18" stroke="var(--accent)" strokeWidth={1.5} strokeDasharray="5 3" />
      </>
    ),
  },
  {
    key: 'relation',
    label: 'Relation between events',
    glyph: <path d="M3 13 C10 2, 22 2, 29 11 M25 8 l4 3 l-5 1" fill="none" stroke="var(--muted)" strokeWidth={1.3} />,
  },
  {
    key: 'cluster',
    label: 'More events here: zoom in or click',
    glyph: (
      <>
        <rect x={2} y={1} width={30} height={16} rx={8} fill="var(--surface)" stroke="var(--muted)" strokeWidth={1.2} />
        <text x={17} y={12.5} textAnchor="middle" fontSize={10} fontWeight={600} fill="var(--ink)">
          +N
        </text>
      </>
    ),
  },
];

/** Explains every encoding the chart uses; actor colours are named in the lanes themselves. */
export const Legend = memo(function Legend() {
  return (
    <details className="group rounded-xl border border-line bg-surface px-4 py-2 text-sm" open>
      <summary className="cursor-pointer select-none py-1 text-xs font-semibold uppercase tracking-[0.12em] text-muted">Legend</summary>
      <ul className="tl grid gap-x-6 gap-y-1.5 pb-2 pt-2 sm:grid-cols-2 lg:grid-cols-3">
        {LEGEND_ITEMS.map((item) => (
          <li key={item.label} className="flex items-center gap-2 text-[13px] text-ink">
            <Swatch>{item.glyph}</Swatch>
            {item.label}
          </li>
        ))}
      </ul>
    </details>
  );
});
