// @ts-check
const isExport = process.env.PARLEY_EXPORT === '1';

// Next's hydration runs inline scripts, so 'unsafe-inline' stays on script-src; data is always rendered
// as text, never as markup or script, so no dataset can add a script of its own.
const csp = (frameAncestors, connectSrc = "'self'") =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
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

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  ...(isExport ? { output: 'export', trailingSlash: true } : {}),
  ...(isExport
    ? {}
    : {
        async headers() {
          return [
            {
              // Everything but the embed route may be framed only by Parley itself.
              source: '/((?!embed/).*)',
              headers: [...common, { key: 'Content-Security-Policy', value: csp("'self'") }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
            },
            {
              source: '/embed/:path*',
              headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
            },
            {
              // The benchmark page also fetches datasets from a local benchmark server (`?data=`); a later
              // rule overrides the same header of an earlier one, so only /bench gets the wider connect-src.
              source: '/bench',
              headers: [{ key: 'Content-Security-Policy', value: csp("'self'", "'self' http://127.0.0.1:* http://localhost:*") }],
            },
          ];
        },
      }),
};

module.exports = nextConfig;
