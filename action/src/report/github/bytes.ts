/**
 * GitHub measures check-run text and job summaries in UTF-8 bytes, not
 * characters; these helpers cut text to a byte budget without splitting a
 * character, and say that they did.
 */

export const CHECK_OUTPUT_MAX_BYTES = 65_535;
/** $GITHUB_STEP_SUMMARY is rejected at 1 MiB per step; stay clearly under it. */
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;

export interface Truncated {
  text: string;
  truncated: boolean;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * `text` if it fits in `maxBytes`, else its longest prefix that fits together
 * with `notice`, cut at the last line break when one is near (so a Markdown
 * table row is not left half-written), and never inside a character.
 */
export function truncateToBytes(text: string, maxBytes: number, notice: string): Truncated {
  if (utf8Bytes(text) <= maxBytes) return { text, truncated: false };
  const budget = maxBytes - utf8Bytes(notice);
  if (budget <= 0) return { text: prefixWithinBytes(notice, maxBytes), truncated: true };
  let prefix = prefixWithinBytes(text, budget);
  const lastBreak = prefix.lastIndexOf('\n');
  if (lastBreak > prefix.length * 0.8) prefix = prefix.slice(0, lastBreak + 1);
  return { text: prefix + notice, truncated: true };
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`. */
export function prefixWithinBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the character that did not fit.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

/** Cuts to at most `maxChars` UTF-16 units without splitting a surrogate pair. */
export function truncateChars(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = maxChars - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
