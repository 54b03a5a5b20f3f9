/**
 * Just enough TOML to read dependency tables from Cargo.toml and
 * pyproject.toml: table headers, dotted keys, strings, inline tables and
 * (multi-line) arrays. Lenient on purpose: it also reads the fragments of a
 * diff hunk, so a line it cannot read is skipped rather than fatal.
 */

export type TomlValue = string | TomlValue[] | { [key: string]: TomlValue };

export interface TomlEntry {
  /** Full key path: table header segments plus the dotted key. */
  path: string[];
  value: TomlValue;
}

export function readTomlEntries(text: string): TomlEntry[] {
  const entries: TomlEntry[] = [];
  let table: string[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!).trim();
    if (line === '') continue;
    const header = /^\[\[?\s*(.+?)\s*\]\]?$/.exec(line);
    if (header) {
      table = splitKey(header[1]!);
      continue;
    }
    const eq = indexOutsideQuotes(line, '=');
    if (eq === -1) continue;
    let rest = line.slice(eq + 1).trim();
    // Arrays and inline tables may span lines: keep reading until the brackets balance.
    while (!balanced(rest) && i + 1 < lines.length) rest += ` ${stripComment(lines[++i]!).trim()}`;
    const parsed = parseValue(rest, 0);
    if (parsed) entries.push({ path: [...table, ...splitKey(line.slice(0, eq).trim())], value: parsed.value });
  }
  return entries;
}

function parseValue(text: string, at: number): { value: TomlValue; end: number } | null {
  let i = skipSpace(text, at);
  const ch = text[i];
  if (ch === '"' || ch === "'") {
    const close = findClosingQuote(text, i);
    if (close === -1) return null;
    const raw = text.slice(i + 1, close);
    return { value: ch === '"' ? raw.replace(/\\(["\\])/g, '$1') : raw, end: close + 1 };
  }
  if (ch === '[') {
    const items: TomlValue[] = [];
    i++;
    for (;;) {
      i = skipSpace(text, i);
      if (text[i] === ']') return { value: items, end: i + 1 };
      if (text[i] === ',') {
        i++;
        continue;
      }
      const item = parseValue(text, i);
      if (!item) return null;
      items.push(item.value);
      i = item.end;
    }
  }
  if (ch === '{') {
    const table: Record<string, TomlValue> = {};
    i++;
    for (;;) {
      i = skipSpace(text, i);
      if (text[i] === '}') return { value: table, end: i + 1 };
      if (text[i] === ',') {
        i++;
        continue;
      }
      const eq = text.indexOf('=', i);
      if (eq === -1) return null;
      const key = splitKey(text.slice(i, eq).trim()).join('.');
      const item = parseValue(text, eq + 1);
      if (!item) return null;
      table[key] = item.value;
      i = item.end;
    }
  }
  // Bare value (number, boolean, date): keep its text.
  const m = /^[^\s,\]}]+/.exec(text.slice(i));
  return m ? { value: m[0], end: i + m[0].length } : null;
}

function splitKey(key: string): string[] {
  const parts: string[] = [];
  for (const m of key.matchAll(/"([^"]*)"|'([^']*)'|([^.\s]+)/g)) parts.push(m[1] ?? m[2] ?? m[3]!);
  return parts;
}

function stripComment(line: string): string {
  const hash = indexOutsideQuotes(line, '#');
  return hash === -1 ? line : line.slice(0, hash);
}

function indexOutsideQuotes(text: string, needle: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === needle) return i;
  }
  return -1;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth <= 0;
}

function findClosingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
