// Writes data/timeline.schema.json from the zod schema in lib/schema.ts (`npm run schema`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { timelineJsonSchema } from '../lib/schema';

const target = path.join(process.cwd(), 'data', 'timeline.schema.json');
writeFileSync(target, `${JSON.stringify(timelineJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
