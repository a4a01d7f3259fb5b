// @ts-check
const isExport = process.env.PARLEY_EXPORT === '1';

const { headerRules } = require('./security-headers.cjs');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next build` builds the served app in .next; `PARLEY_EXPORT=1 next build` (npm run export) writes the
  // static site to out/ instead, so that the two builds sit side by side.
  ...(isExport ? { output: 'export', distDir: 'out' } : { headers: async () => headerRules }),
};

module.exports = nextConfig;
