import type { ResolvedTimeline } from '@/lib/resolve';
import type { TimedLoad } from './load-dataset';

/**
 * What the loading worker posts back: the resolved timeline as JSON text. Structured cloning ten thousand small
 * objects into the page costs the main thread about three times what parsing the same data as JSON does.
 */
export type WorkerReply = Omit<TimedLoad, 'result'> & { result: { ok: true; json: string } | Extract<TimedLoad['result'], { ok: false }> };

export function toWorkerReply({ result, ...times }: TimedLoad): WorkerReply {
  return { ...times, result: result.ok ? { ok: true, json: JSON.stringify(result.resolved) } : result };
}

export function fromWorkerReply({ result, ...times }: WorkerReply): TimedLoad {
  return { ...times, result: result.ok ? { ok: true, resolved: JSON.parse(result.json) as ResolvedTimeline } : result };
}
