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
  let best: string | null = null;
  for (const candidate of known) {
    if (path.endsWith(`/${candidate}`) && (best === null || candidate.length > best.length)) best = candidate;
  }
  if (best !== null) return best;
  const relative = path.replace(/^\/+/, '');
  const within = [...known].filter((candidate) => candidate.endsWith(`/${relative}`));
  return within.length === 1 ? within[0]! : relative;
}
