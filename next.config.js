// @ts-check
const isExport = process.env.PARLEY_EXPORT === '1';

// Next's hydration runs inline scripts, so 'unsafe-inline' stays on script-src; data is always rendered
// as text, never as markup or script, so no dataset can add a script of its own.
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
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
          ];
        },
      }),
};

module.exports = nextConfig;
