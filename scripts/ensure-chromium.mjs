// Makes sure a Chromium exists for the end-to-end tests, installing one when none is found:
// Playwright's download first, then Debian/Ubuntu's package where we may use apt-get.
import { spawnSync } from 'node:child_process';
import chromiumFinder from './chromium.cjs';

const { findChromium } = chromiumFinder;

const say = (message) => console.log(`[chromium] ${message}`);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

async function main() {
  let found = findChromium();
  if (found.path) {
    say(`using ${found.path} (from ${found.from})`);
    return 0;
  }
  if (found.from.startsWith('$')) {
    console.error(`[chromium] ${found.from}: set it to an existing Chromium binary, or unset it to search the usual places.`);
    return 1;
  }
  say("no Chromium found; trying Playwright's download (npx playwright install chromium) …");
  if (run('npx', ['playwright', 'install', 'chromium'])) found = findChromium();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!found.path && hasApt && isRoot) {
    say('the download failed; installing Debian\'s package instead (apt-get install -y chromium) …');
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) found = findChromium();
  }
  if (found.path) {
    say(`using ${found.path} (from ${found.from})`);
    return 0;
  }
  console.error(
    [
      '[chromium] No Chromium could be found or installed, so the browser tests cannot run.',
      'Install one, then run the tests again:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - or: npx playwright install chromium',
      '  - or point PARLEY_CHROMIUM at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  return 1;
}

process.exitCode = await main();
