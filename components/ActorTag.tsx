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

/** An event's actors as a list of tags, in the order the event lists them. */
export function ActorTags({ ids, actors, label }: { ids: readonly string[]; actors: Map<string, ResolvedActor>; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {ids.map((id) => {
        const actor = actors.get(id);
        return actor ? (
          <li key={id}>
            <ActorTag actor={actor} />
          </li>
        ) : null;
      })}
    </ul>
  );
}
