'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
// The module itself, not lib/formats' index: that would bring every reader (and zod) into each timeline page.
import { MAX_IMPORT_BYTES, tooLargeMessage } from '@/lib/formats/input';
import { setPendingFile } from './store';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Drop a timeline file anywhere on the page to open it: the Open page reads it. */
export function DropToOpen() {
  const router = useRouter();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = async (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES) return setProblem(tooLargeMessage(file.name, file.size, MAX_IMPORT_BYTES));
      try {
        await setPendingFile({ name: file.name, text: await file.text() });
        router.push('/open');
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [router]);

  return (
    <>
      {over && (
        <div aria-hidden className="pointer-events-none fixed inset-0 z-50 grid place-items-center bg-bg/85 p-6 backdrop-blur-sm">
          <div className="rounded-2xl border-2 border-dashed border-accent bg-surface px-10 py-12 text-center shadow-xl">
            <p className="font-serif text-2xl font-semibold text-ink">Drop to open your timeline</p>
            <p className="mt-2 text-sm text-muted">Parley JSON, TimelineJS JSON or CSV — read in this browser, never uploaded.</p>
          </div>
        </div>
      )}
      {problem && (
        <div role="alert" className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-xl rounded-xl border border-(--danger) bg-surface px-4 py-3 text-sm text-ink shadow-lg">
          {problem}{' '}
          <button type="button" onClick={() => setProblem(null)} className="ml-2 underline">
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
