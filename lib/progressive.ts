import type { ChartModel, ClusterBadge, MarkInstance } from './chart-model';

/** A mark's key among the chart's elements (its React key): an event has one mark per lane. */
export const markKey = (mark: Pick<MarkInstance, 'lane'> & { event: { id: string } }) => `${mark.lane}:${mark.event.id}`;

/** A badge's key among the chart's elements (its React key). */
export const clusterKey = (cluster: Pick<ClusterBadge, 'lane' | 'startMs'>) => `+${cluster.lane}:${cluster.startMs}`;

/** The keys of the marks and badges a model draws. */
export function drawnKeys(model: Pick<ChartModel, 'marks' | 'clusters'>): Set<string> {
  const keys = new Set<string>();
  for (const mark of model.marks) keys.add(markKey(mark));
  for (const cluster of model.clusters) keys.add(clusterKey(cluster));
  return keys;
}

/**
 * The model as far as a frame can draw it while creating at most `budget` new marks and badges: every mark and badge
 * already drawn (`drawn`, by key), every mark of the `keep` events (the selected or focused one), and the `budget`
 * new ones nearest `centreX` (where the reader is looking). Connectors and relation arrows are drawn only when none
 * of their events' marks waits. `waiting` counts what is left for the next frames; when nothing waits, `model` is the
 * model itself. Order is kept (the marks' order is the tab order).
 */
export function limitNewMarks(
  model: ChartModel,
  drawn: ReadonlySet<string>,
  budget: number,
  centreX: number,
  keep: ReadonlySet<string> = new Set(),
): { model: ChartModel; waiting: number } {
  const fresh: { key: string; distance: number }[] = [];
  for (const mark of model.marks) {
    const key = markKey(mark);
    if (!drawn.has(key) && !keep.has(mark.event.id)) fresh.push({ key, distance: Math.abs(mark.x - centreX) });
  }
  for (const cluster of model.clusters) {
    const key = clusterKey(cluster);
    if (!drawn.has(key)) fresh.push({ key, distance: Math.abs(cluster.x - centreX) });
  }
  const allowed = Math.max(0, Math.floor(budget));
  if (fresh.length <= allowed) return { model, waiting: 0 };

  fresh.sort((a, b) => a.distance - b.distance);
  const deferred = new Set(fresh.slice(allowed).map((item) => item.key));
  const waitingEvents = new Set<string>();
  const marks = model.marks.filter((mark) => {
    if (!deferred.has(markKey(mark))) return true;
    waitingEvents.add(mark.event.id);
    return false;
  });
  return {
    model: {
      ...model,
      marks,
      clusters: model.clusters.filter((cluster) => !deferred.has(clusterKey(cluster))),
      connectors: model.connectors.filter((connector) => !waitingEvents.has(connector.eventId)),
      links: model.links.filter((link) => !waitingEvents.has(link.from) && !waitingEvents.has(link.to)),
    },
    waiting: deferred.size,
  };
}
