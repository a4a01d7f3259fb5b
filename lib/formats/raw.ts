/** A JSON object as read from an input, before validation. */
export type Raw = Record<string, unknown>;

/** The value as a JSON object, or undefined for arrays, null and other values. */
export const asObject = (value: unknown): Raw | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
