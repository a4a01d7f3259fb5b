import type * as z from 'zod';
import { didYouMean, listSome, type Problem } from './problems';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** The value found at a path in raw JSON, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
  return `${typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : 'a string'} (${short})`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

/** The keys an object schema allows at a path, found by walking the zod schema. */
export function knownKeysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let node: Schema | undefined = unwrap(schema);
  for (const key of path) {
    if (!node) return [];
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'array' && typeof key === 'number') node = unwrap(def.element as Schema);
    else if (def.type === 'object') node = unwrap((def.shape as Record<string, Schema>)[String(key)]);
    else if (def.type === 'union') node = objectOption(def.options as Schema[]);
    else return [];
    if (node && (node._zod.def as { type: string }).type === 'union') {
      node = objectOption((node._zod.def as unknown as { options: Schema[] }).options);
    }
  }
  const def = node?._zod.def as unknown as { type: string; shape?: Record<string, Schema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let node = schema;
  while (node) {
    const def = node._zod.def as unknown as { type: string; innerType?: Schema };
    if (!['optional', 'default', 'nullable', 'prefault'].includes(def.type) || !def.innerType) return node;
    node = def.innerType;
  }
  return node;
}

function objectOption(options: Schema[]): Schema | undefined {
  return options.map(unwrap).find((option) => (option?._zod.def as { type: string }).type === 'object');
}

/**
 * Turns zod's issues into plain-language problems: one per unknown key, union errors narrowed to the branch
 * that matches the value's type, and the offending value quoted.
 */
export function issuesToProblems(issues: readonly Issue[], root: unknown, schema: Schema): Problem[] {
  const problems: Problem[] = [];
  const visit = (issue: Issue, prefix: PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    const value = valueAt(root, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          problems.push({ path: toPath([...path, key]), message: `unknown field${didYouMean(key, known)}` });
        }
        return;
      }
      case 'invalid_union': {
        const branch = pickBranch(issue.errors, value);
        if (branch) branch.forEach((inner) => visit(inner, path));
        else if (value === undefined) problems.push({ path: toPath(path), message: 'required field is missing' });
        else problems.push({ path: toPath(path), message: `expected a date string or {"from", "offset"}, got ${describeValue(value)}` });
        return;
      }
      case 'invalid_type': {
        const message =
          value === undefined
            ? 'required field is missing'
            : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
        problems.push({ path: toPath(path), message });
        return;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const shown = typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
        const message =
          value === undefined
            ? `required field is missing (one of: ${listSome(allowed, 10)})`
            : `${shown} is not one of: ${listSome(allowed, 10)}${hint}`;
        problems.push({ path: toPath(path), message });
        return;
      }
      default:
        problems.push({ path: toPath(path), message: issue.message });
    }
  };
  issues.forEach((issue) => visit(issue, []));
  return problems;
}

/** Of a union's failed branches, the one written for this kind of value (a string date, or a derived object). */
function pickBranch(branches: Issue[][], value: unknown): Issue[] | undefined {
  const typeMismatch = (issues: Issue[]) => issues.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  const fitting = branches.filter((issues) => !typeMismatch(issues));
  return fitting.length === 1 ? fitting[0] : value !== null && typeof value === 'object' ? fitting[0] : undefined;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}
