/**
 * Runs `work` in slices while the page is idle, until it returns true (done). Each slice gets `timeLeft()`, the ms
 * left in it. Uses requestIdleCallback where there is one, else (Safari) short timeouts with a 5 ms budget.
 * Returns a function that cancels the rest.
 */
export function inIdleSlices(work: (timeLeft: () => number) => boolean): () => void {
  let cancelled = false;
  let cancel = () => {};
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback((deadline) => {
        if (!work(() => deadline.timeRemaining())) schedule();
      });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(() => {
        const end = performance.now() + 5;
        if (!work(() => end - performance.now())) schedule();
      }, 50);
      cancel = () => clearTimeout(handle);
    }
  };
  schedule();
  return () => {
    cancelled = true;
    cancel();
  };
}
