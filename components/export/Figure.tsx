'use client';

import { useEffect, useRef, type CSSProperties } from 'react';
import { CHART, type ChartModel } from '@/lib/chart-model';
import type { PartialDate } from '@/lib/dates';
import { figureLayout, legendKeysFor, type FigureTexts, type LegendKey } from '@/lib/figure';
import type { TimeWindow } from '@/lib/scale';
import { ChartSvg } from '../timeline/Chart';
import { LEGEND_ITEMS } from '../timeline/Legend';

/** A figure download in progress: SVG, or PNG at a device scale. */
export interface FigureJob {
  format: 'svg' | 'png';
  scale: number;
  fileName: string;
}

/** Legend labels that speak of interaction read differently on paper. */
const PRINTED_LABELS: Partial<Record<LegendKey, string>> = { cluster: 'More events here than fit at this scale' };

export interface FigureExportProps {
  job: FigureJob;
  texts: FigureTexts;
  model: ChartModel;
  window: TimeWindow;
  width: number;
  asOf?: PartialDate;
  faded?: ReadonlySet<string>;
  showLinks: boolean;
  laneName: (actorId: string) => string;
  onDone: (error?: unknown) => void;
}

const noHandlers = { onActivate: () => {}, onHover: () => {} };

/**
 * Draws the figure off-screen, without selection, hover or focus (title, subtitle, chart, the legend entries it
 * needs, notes), turns it into a self-contained SVG or a PNG, saves it and reports back. It is in the document
 * only for that moment: computed styles exist only there.
 */
export function FigureExport({ job, texts, model, window, width, asOf, faded, showLinks, laneName, onDone }: FigureExportProps) {
  const ref = useRef<SVGSVGElement>(null);
  const legend = legendKeysFor(model, { width, showLinks }).map((key) => ({
    key,
    label: PRINTED_LABELS[key] ?? LEGEND_ITEMS.find((item) => item.key === key)!.label,
  }));
  const layout = figureLayout({ width, chartHeight: CHART.axisHeight + model.lanesHeight, texts, legend });
  const glyphs = new Map(LEGEND_ITEMS.map((item) => [item.key, item.glyph]));

  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    let cancelled = false;
    (async () => {
      // Loaded on the first download: the page does not need it to show the chart.
      const { saveBlob, serializeFigure, svgToPng } = await import('./capture');
      const text = serializeFigure(svg);
      const blob = job.format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text, layout.width, layout.height, job.scale);
      if (cancelled) return;
      saveBlob(blob, job.fileName);
      done.current();
    })().catch((error: unknown) => done.current(error));
    return () => {
      cancelled = true;
    };
    // One figure per job: the job object changes for each download.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job]);

  return (
    <div inert aria-hidden="true" data-figure-stage="" style={{ position: 'fixed', left: -20000, top: 0, width, pointerEvents: 'none' }}>
      <svg ref={ref} xmlns="http://www.w3.org/2000/svg" className="tl" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
        <title>{texts.title}</title>
        <desc>{[texts.subtitle, ...texts.notes].join(' ')}</desc>
        <rect width={layout.width} height={layout.height} fill="var(--surface)" />
        <g fill="var(--ink)">
          {layout.title.lines.map((line) => (
            <text key={line.y} x={layout.margin} y={line.y} className="font-serif" fontSize={layout.title.size} fontWeight={600}>
              {line.text}
            </text>
          ))}
          <text x={layout.margin} y={layout.subtitle.y} fontSize={13} fill="var(--muted)">
            {texts.subtitle}
          </text>
        </g>
        <g transform={`translate(${layout.chart.x},${layout.chart.y}) scale(${layout.chart.scale})`}>
          <ChartSvg
            model={model}
            window={window}
            width={width}
            asOf={asOf}
            faded={faded}
            showLinks={showLinks}
            accessibleName={() => ''}
            laneName={laneName}
            handlers={noHandlers}
            onExpandCluster={() => {}}
          />
          <rect width={width} height={layout.chart.height / layout.chart.scale} fill="none" stroke="var(--line)" />
        </g>
        {layout.legend.map((item) => (
          <g key={item.key} transform={`translate(${item.x},${item.y})`} style={{ '--mark': 'var(--ink)' } as CSSProperties}>
            <svg width={34} height={18} viewBox="0 0 34 18">
              {glyphs.get(item.key)}
            </svg>
            <text x={40} y={13} fontSize={12} fill="var(--ink)">
              {item.label}
            </text>
          </g>
        ))}
        <line x1={layout.margin} x2={layout.width - layout.margin} y1={layout.ruleY} y2={layout.ruleY} stroke="var(--line)" />
        {layout.notes.map((note) => (
          <text key={note.y} x={layout.margin} y={note.y} fontSize={11.5} fill="var(--muted)">
            {note.text}
          </text>
        ))}
      </svg>
    </div>
  );
}
