/**
 * Tool reports name files in many ways: absolute paths from the CI runner,
 * `./src/a.ts`, `file:///home/runner/work/app/app/src/a.ts`, percent-encoded
 * URIs, Windows backslashes. This maps them onto the repository-relative
 * paths of the change.
 */

/** Strips scheme, decodes percent-escapes, unifies separators and drops `./`. */
export function cleanReportPath(raw: string): string {
  let path = raw.trim();
  if (/^file:/i.test(path)) path = path.replace(/^file:(\/\/[^/]*)?/i, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: keep the text as written.
  }
  path = path.replace(/\\/g, '/');
  if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1); // /C:/x from file:///C:/x
  path = path.replace(/\/\.\//g, '/').replace(/\/{2,}/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

/** Joins a base (a directory, maybe a URI) and a relative path. */
export function joinReportPath(base: string, relative: string): string {
  const cleanBase = cleanReportPath(base).replace(/\/+$/, '');
  const cleanRel = cleanReportPath(relative);
  if (cleanRel.startsWith('/') || /^[A-Za-z]:\//.test(cleanRel) || cleanBase === '' || cleanBase === '.') return cleanRel;
  return `${cleanBase}/${cleanRel}`;
}

/**
 * The repository path a report path refers to: an exact match, else the
 * longest known path that the report path ends with at a `/` boundary (an
 * absolute CI path), else the one known path that ends with the report path
 * (a report written relative to a monorepo package). Unknown paths come back
 * cleaned and without a leading `/`.
 */
export function matchRepoPath(raw: string, known: ReadonlySet<string>): string {
  const path = cleanReportPath(raw);
  if (known.has(path)) return path;
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const suffix = parts.slice(i).join('/');
    if (known.has(suffix)) return suffix;
  }
  const relative = path.replace(/^\/+/, '');
  const within = suffixIndex(known).get(relative);
  return within !== undefined && within.length === 1 ? within[0]! : relative;
}

/** Known paths by each of their proper `/`-suffixes, built once per set (reports name thousands of files). */
const suffixIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

function suffixIndex(known: ReadonlySet<string>): Map<string, string[]> {
  let index = suffixIndexes.get(known);
  if (index) return index;
  index = new Map();
  for (const path of known) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const suffix = parts.slice(i).join('/');
      const list = index.get(suffix) ?? [];
      list.push(path);
      index.set(suffix, list);
    }
  }
  suffixIndexes.set(known, index);
  return index;
}
