/** "2.4 MB", "820 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** The one sentence for a file over the import limit, read before its contents are. */
export function tooLargeMessage(fileName: string, size: number, limit: number): string {
  return `${fileName} is ${formatBytes(size)}; Parley opens files up to ${formatBytes(limit)}. Split the timeline into smaller files, or keep it in data/ and use npm run convert.`;
}
