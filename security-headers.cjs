// The HTTP headers Parley sends, shared by next.config.js (for `next start`) and the static export's
// `_headers` file (for CDNs that read one, and for scripts/serve-static.mjs).

// Next's hydration runs inline scripts, so 'unsafe-inline' stays on script-src; data is always rendered
// as text, never as markup or script, so no dataset can add a script of its own.
const csp = (frameAncestors, connectSrc = "'self'") =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:", // the PNG figure draws an SVG whose fonts are inlined as data: URLs
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * Header rules in next.config.js's `headers()` form. Only /embed/* may be framed by other sites; a later rule
 * overrides the same header of an earlier one, so only /bench gets the wider connect-src it needs to fetch
 * benchmark datasets from a local server.
 */
const headerRules = [
  {
    source: '/((?!embed/).*)',
    headers: [...common, { key: 'Content-Security-Policy', value: csp("'self'") }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
  },
  { source: '/embed/:path*', headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }] },
  { source: '/bench', headers: [{ key: 'Content-Security-Policy', value: csp("'self'", "'self' http://127.0.0.1:* http://localhost:*") }] },
];

/** The same rules as a Netlify/Cloudflare-style `_headers` file (path patterns with `*`). */
function headersFile() {
  const block = (pattern, headers) => [pattern, ...headers.map((h) => `  ${h.key}: ${h.value}`)].join('\n');
  return [
    block('/*', headerRules[0].headers),
    block('/embed/*', [...common, { key: 'Content-Security-Policy', value: csp('*') }, { key: 'X-Frame-Options', value: '' }].filter((h) => h.value)),
    '',
  ].join('\n\n');
}

module.exports = { csp, headerRules, headersFile };
