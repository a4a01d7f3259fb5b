'use client';

import { toCsv, toParleyJson } from '@/lib/formats';
import { downloadName } from '@/lib/local-timelines';
import { getLocalTimeline } from './store';
import { storageProblemOf } from './useLocalTimelines';
import { saveBlob } from '../export/capture';

/** "Export JSON" and "Export CSV" for a kept timeline: the whole timeline, ready for data/ or a spreadsheet. */
export function ExportButtons({
  itemKey,
  itemName,
  className,
  onProblem,
}: {
  itemKey: string;
  itemName: string;
  className: string;
  onProblem: (message: string) => void;
}) {
  const save = async (extension: 'json' | 'csv') => {
    try {
      const record = await getLocalTimeline(itemKey);
      if (!record) return onProblem('That timeline is no longer in this browser.');
      const text = extension === 'json' ? toParleyJson(record.timeline) : toCsv(record.timeline);
      saveBlob(new Blob([text], { type: extension === 'json' ? 'application/json' : 'text/csv' }), downloadName(record.timeline.id, extension));
    } catch (error) {
      onProblem(storageProblemOf(error));
    }
  };
  return (
    <>
      <button type="button" onClick={() => save('json')} className={className} aria-label={`Export ${itemName} as Parley JSON`}>
        Export JSON
      </button>
      <button type="button" onClick={() => save('csv')} className={className} aria-label={`Export ${itemName} as CSV`}>
        Export CSV
      </button>
    </>
  );
}
