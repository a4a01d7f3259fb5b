const MAX_SLUG_LENGTH = 60;

/** A slug of free text: "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion"; empty when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary so that ids stay readable.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** Hands out ids unique within one timeline: the slug itself, then `-2`, `-3`… for later uses. */
export class UniqueIds {
  private readonly taken = new Set<string>();

  /** Marks ids as used without handing them out (ids the input already fixes). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** The slug of `text` (or `fallback` when it has none), made unique. */
  claim(text: string, fallback: string): string {
    const base = slugify(text) || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A readable name for an id: "afghan-government" → "Afghan government". */
export function humanize(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
