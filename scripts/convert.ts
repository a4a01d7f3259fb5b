// Converts a timeline file to Parley JSON (or CSV): `npm run convert -- <input> [--from …] [--to json|csv] [--out file]`.
// Exit codes: 0 every event converted, 1 problems (what converted is still written), 2 usage errors or an unreadable file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_FORMATS, importTimeline, toCsv, toParleyJson, type ImportFormat } from '../lib/formats';
import { formatProblem, listSome } from '../lib/problems';

const FORMATS = IMPORT_FORMATS.map((format) => format.id);
const USAGE = `usage: npm run convert -- <input> [--from ${FORMATS.join('|')}] [--to json|csv] [--out file]   (default: detect the format, JSON to stdout)`;

interface Options {
  input: string;
  from?: ImportFormat;
  to: 'json' | 'csv';
  out?: string;
}

function parseArgs(args: string[]): Options | string {
  const options: Partial<Options> = { to: 'json' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--from' || arg === '--to' || arg === '--out') {
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      i++;
      if (arg === '--from') {
        if (!FORMATS.includes(value as ImportFormat)) return `unknown format ${value} (one of: ${FORMATS.join(', ')})`;
        options.from = value as ImportFormat;
      } else if (arg === '--to') {
        if (value !== 'json' && value !== 'csv') return `unknown output format ${value} (json or csv)`;
        options.to = value;
      } else options.out = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.input !== undefined) return `one input file at a time (got ${options.input} and ${arg})`;
    else options.input = arg;
  }
  return options.input === undefined ? 'no input file' : (options as Options);
}

function main(args: string[]): number {
  if (args.some((arg) => arg === '-h' || arg === '--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`convert: ${options}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(options.input)) {
    console.error(`convert: cannot read ${options.input}: no such file or directory`);
    return 2;
  }
  const label = path.relative(process.cwd(), path.resolve(options.input)) || options.input;
  const result = importTimeline(readFileSync(options.input, 'utf8'), { format: options.from, fileName: label, now: new Date() });
  if (result.fatal) {
    console.error(`convert: ${label}: ${result.fatal}`);
    return 2;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  for (const notice of result.notices) console.error(`note: ${notice}`);
  const from = IMPORT_FORMATS.find((format) => format.id === result.format)?.label ?? result.format;
  const converted = result.timeline?.events.length ?? 0;
  const skipped = result.skipped.length > 0 ? ` (${result.skipped.length} skipped: ${listSome(result.skipped.map((entry) => entry.label), 3)})` : '';
  if (!result.timeline) {
    console.error(`convert: ${label}: nothing converted from ${from}: ${result.total} event${result.total === 1 ? '' : 's'} found${skipped}`);
    return 1;
  }
  const output = options.to === 'csv' ? toCsv(result.timeline) : toParleyJson(result.timeline);
  if (options.out) writeFileSync(options.out, output);
  else process.stdout.write(output);
  console.error(`converted ${converted} of ${result.total} event${result.total === 1 ? '' : 's'} from ${from}${skipped}${options.out ? ` → ${options.out}` : ''}`);
  return result.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
