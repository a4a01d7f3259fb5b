// Validates timeline files: `npm run validate -- [files…]` (all of data/ by default).
// Exit codes: 0 valid, 1 a file has problems, 2 usage or read errors.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadTimelineFiles, timelineFiles } from '../lib/datasets.server';
import { formatProblem } from '../lib/problems';

const USAGE = 'usage: npm run validate -- [file.json …]   (default: every timeline in data/)';

function main(args: string[]): number {
  if (args.some((arg) => arg === '-h' || arg === '--help')) {
    console.log(USAGE);
    return 0;
  }
  const unknownFlag = args.find((arg) => arg.startsWith('-'));
  if (unknownFlag) {
    console.error(`validate: unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  let files: string[];
  try {
    files = args.length ? args.flatMap(expand) : timelineFiles();
  } catch (error) {
    console.error(`validate: ${(error as Error).message}`);
    return 2;
  }
  if (files.length === 0) {
    console.error('validate: no timeline files to check');
    return 2;
  }
  const label = (file: string) => path.relative(process.cwd(), file) || file;
  let loaded: ReturnType<typeof loadTimelineFiles>;
  try {
    loaded = loadTimelineFiles(files, label);
  } catch (error) {
    console.error(`validate: ${(error as Error).message}`);
    return 2;
  }
  const { timelines, problems } = loaded;
  for (const problem of problems) console.error(formatProblem(problem));
  const bad = new Set(problems.map((problem) => problem.file)).size;
  const events = timelines.reduce((sum, timeline) => sum + timeline.events.length, 0);
  const summary = `${files.length} file${files.length === 1 ? '' : 's'} checked: ${timelines.length} valid (${events} event${events === 1 ? '' : 's'})`;
  console.log(bad ? `${summary}, ${bad} with ${problems.length} problem${problems.length === 1 ? '' : 's'}` : summary);
  return bad ? 1 : 0;
}

function expand(arg: string): string[] {
  if (!existsSync(arg)) throw new Error(`cannot read ${arg}: no such file or directory`);
  return statSync(arg).isDirectory() ? timelineFiles(path.resolve(arg)) : [path.resolve(arg)];
}

process.exitCode = main(process.argv.slice(2));
