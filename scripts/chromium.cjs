// Finds a Chromium for the end-to-end tests: $PARLEY_CHROMIUM or $CHROMIUM_PATH, then the system's,
// then Playwright's own download. Shared by playwright.config.ts and scripts/ensure-chromium.mjs.
const { existsSync } = require('node:fs');

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/** @returns {{ path: string | undefined, from: string }} */
function findChromium() {
  for (const name of ['PARLEY_CHROMIUM', 'CHROMIUM_PATH']) {
    const value = process.env[name];
    if (value) return existsSync(value) ? { path: value, from: `$${name}` } : { path: undefined, from: `$${name} (${value} does not exist)` };
  }
  const system = SYSTEM_PATHS.find((candidate) => existsSync(candidate));
  if (system) return { path: system, from: 'the system' };
  try {
    const own = require('@playwright/test').chromium.executablePath();
    if (own && existsSync(own)) return { path: own, from: "Playwright's download" };
  } catch {
    // Playwright is not installed, or knows no browser: fall through.
  }
  return { path: undefined, from: 'nowhere' };
}

module.exports = { findChromium };
