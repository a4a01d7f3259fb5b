/** The largest file import accepts, in bytes of UTF-8 text. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The size of a string in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Text decoded from a binary file: NUL characters, or many U+FFFD replacements where bytes were not UTF-8. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replacements++;
  return replacements > Math.max(3, text.length / 200);
}

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

/** One plain sentence when the text cannot be a timeline at all (too large, binary, empty), else undefined. */
export function unreadableInput(text: string): string | undefined {
  const bytes = utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) {
    return `The file is too large to import (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`;
  }
  if (looksBinary(text)) return 'The file is not text (it looks like a binary file, such as an image or a spreadsheet workbook): export it as CSV or JSON first.';
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'The file is empty.';
  return undefined;
}
