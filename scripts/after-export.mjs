// After `PARLEY_EXPORT=1 next build`: writes out/_headers (security headers for CDNs that read the file,
// and for scripts/serve-static.mjs) and says how to serve the site.
import { writeFileSync } from 'node:fs';
import headers from '../security-headers.cjs';

writeFileSync('out/_headers', headers.headersFile());
console.log('Static site written to out/ (with out/_headers). Serve it with: node scripts/serve-static.mjs out 3000');
