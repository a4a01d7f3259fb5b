'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useMemo, useState, type DragEvent } from 'react';
import { IMPORT_FORMATS, importTimeline, MAX_IMPORT_BYTES, tooLargeMessage, type ImportFormat } from '@/lib/formats';
import { freeKey, localTimelineUrl } from '@/lib/local-timelines';
import { saveLocalTimeline, takePendingFile } from '../local/store';
import { storageProblemOf, useLocalTimelines } from '../local/useLocalTimelines';
import { ImportReport } from './ImportReport';

/** What the reader gave: a file's text or pasted text. */
interface ImportInput {
  text: string;
  fileName?: string;
}

const PASTE_DRAFT_KEY = 'parley:paste-draft';

/** The Open page: choose, drop or paste a timeline; see what Parley makes of it; keep it in this browser. */
export function OpenTimeline() {
  const id = useId();
  const router = useRouter();
  const [input, setInput] = useState<ImportInput | null>(null);
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const kept = useLocalTimelines().items ?? [];
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dragging, setDragging] = useState(false);

  // What Parley makes of the input, converted again whenever the input or the chosen format changes.
  const result = useMemo(
    () => input && importTimeline(input.text, { format: format === 'auto' ? undefined : format, fileName: input.fileName, now: new Date() }),
    [input, format],
  );

  useEffect(() => {
    // A file dropped on another page waits in storage; a pasted draft waits in the session.
    takePendingFile().then(
      (file) => file && setInput({ text: file.text, fileName: file.name }),
      () => undefined,
    );
    const draft = sessionStorage.getItem(PASTE_DRAFT_KEY);
    if (draft) setPasted(draft);
  }, []);

  const readFile = useCallback(async (file: File) => {
    setTooLarge(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setInput(null);
      setTooLarge(tooLargeMessage(file.name, file.size, MAX_IMPORT_BYTES));
      return;
    }
    setInput({ text: await file.text(), fileName: file.name });
  }, []);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const keep = async (replaceKey?: string) => {
    if (!result?.timeline) return;
    setSaving(true);
    setStorageProblem(null);
    try {
      const now = new Date().toISOString();
      const key = replaceKey ?? freeKey(result.timeline.id, new Set(kept.map((k) => k.key)));
      const previous = kept.find((k) => k.key === key);
      await saveLocalTimeline({
        key,
        name: result.timeline.title,
        timeline: result.timeline,
        origin: { fileName: input?.fileName, format: result.format },
        importedAt: previous?.importedAt ?? now,
        updatedAt: now,
      });
      if (!input?.fileName) sessionStorage.removeItem(PASTE_DRAFT_KEY);
      router.push(localTimelineUrl(key));
    } catch (error) {
      setStorageProblem(storageProblemOf(error));
      setSaving(false);
    }
  };

  return (
    <div className="space-y-10">
      <section aria-labelledby={`${id}-choose`} className="space-y-5">
        <h2 id={`${id}-choose`} className="sr-only">
          Choose a timeline
        </h2>
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-dragging={dragging || undefined}
          className="rounded-2xl border-2 border-dashed border-line bg-surface px-6 py-10 text-center transition-colors data-dragging:border-accent data-dragging:bg-accent-soft"
        >
          <p className="font-serif text-xl font-semibold text-ink">Drop a timeline file here</p>
          <p className="mt-1 text-sm text-muted">Parley JSON, TimelineJS JSON, or CSV (Parley or TimelineJS spreadsheet columns), up to {MAX_IMPORT_BYTES / 1024 / 1024} MB.</p>
          <label className="mt-5 inline-flex cursor-pointer items-center gap-2 rounded-lg bg-ink px-4 py-2 text-sm font-semibold text-bg focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-(--focus)">
            Choose a file…
            <input
              type="file"
              accept=".json,.csv,.tsv,.txt,application/json,text/csv"
              className="sr-only"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void readFile(file);
                event.target.value = '';
              }}
            />
          </label>
        </div>

        <details className="group rounded-2xl border border-line bg-surface" open={pasted.length > 0 || undefined}>
          <summary className="cursor-pointer list-none px-5 py-3 text-sm font-semibold text-ink marker:hidden">
            <span aria-hidden className="mr-2 inline-block transition-transform group-open:rotate-90">›</span>
            Or paste the text of a timeline
          </summary>
          <form
            className="space-y-3 border-t border-line px-5 py-4"
            onSubmit={(event) => {
              event.preventDefault();
              setTooLarge(null);
              setInput({ text: pasted });
            }}
          >
            <label htmlFor={`${id}-paste`} className="block text-sm text-muted">
              Paste JSON or CSV
            </label>
            <textarea
              id={`${id}-paste`}
              value={pasted}
              onChange={(event) => {
                setPasted(event.target.value);
                sessionStorage.setItem(PASTE_DRAFT_KEY, event.target.value);
              }}
              rows={8}
              spellCheck={false}
              className="w-full resize-y rounded-lg border border-line bg-surface-2 p-3 font-mono text-xs leading-relaxed text-ink"
            />
            <button type="submit" disabled={!pasted.trim()} className="rounded-lg bg-ink px-4 py-2 text-sm font-semibold text-bg disabled:opacity-40">
              Read pasted text
            </button>
          </form>
        </details>

        <label className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">Format</span>
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as ImportFormat | 'auto')}
            className="rounded-md border border-line bg-surface px-2 py-1 text-ink"
          >
            <option value="auto">Detect automatically{result && format === 'auto' ? ` (${formatLabel(result.format)})` : ''}</option>
            {IMPORT_FORMATS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </section>

      {tooLarge && (
        <p role="alert" className="rounded-xl border border-(--danger) px-4 py-3 text-sm text-ink">
          {tooLarge}
        </p>
      )}
      {storageProblem && (
        <p role="alert" className="rounded-xl border border-(--danger) px-4 py-3 text-sm text-ink">
          {storageProblem}
        </p>
      )}
      {result && <ImportReport result={result} fileName={input?.fileName} kept={kept} saving={saving} onKeep={keep} />}
    </div>
  );
}

function formatLabel(format: ImportFormat): string {
  return IMPORT_FORMATS.find((option) => option.id === format)?.label ?? format;
}
