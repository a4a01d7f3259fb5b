import type { ResolvedActor } from '@/lib/resolve';

/** An actor's name with its lane colour. */
export function ActorTag({ actor }: { actor: ResolvedActor }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-2 py-0.5 text-xs font-medium text-ink">
      <span aria-hidden="true" className="size-2 rounded-full" style={{ backgroundColor: actor.color }} />
      {actor.name}
    </span>
  );
}
