// Parses, validates and resolves a benchmark dataset off the main thread, so that the page's scripts and hydration
// need not wait for it (with 10,000 events, validation alone takes a few hundred ms: the CSP forbids eval, which
// turns off zod's compiled fast path). The same validation as on the main thread: nothing is skipped.
// Bundled on its own by scripts/build-workers.mjs into public/workers/load-timeline.js, a fixed URL, so that the page's
// first script can start it (public/bench-fetch.js).
import { loadTimed } from './load-dataset';
import { toWorkerReply } from './worker-reply';

self.onmessage = (message: MessageEvent<string>) => {
  self.postMessage(toWorkerReply(loadTimed(message.data)));
};
