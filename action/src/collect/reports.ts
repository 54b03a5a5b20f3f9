/**
 * Report files (JUnit, lcov, Cobertura, SARIF) left by earlier CI steps:
 * globs expanded under a root directory, each file read whole up to a size
 * cap. Symbolic links are skipped: in a PR workspace a link could point a
 * "report" at any file on the runner.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { GateError } from '../errors.js';
import type { ReportFile } from '../signals/types.js';

/** Largest report read; bigger files are an error rather than a silently partial signal. */
export const REPORT_MAX_BYTES = 64 * 1024 * 1024;

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export interface ReportReadOptions {
  maxBytes?: number;
}

/**
 * Every file under `root` matching one of `globs` (relative to root, `/`
 * separators), sorted by path. A glob that matches nothing adds nothing: the
 * test and security signals then say which reports they did not find.
 */
export async function readReportGlobs(root: string, globs: readonly string[], options: ReportReadOptions = {}): Promise<ReportFile[]> {
  const found = new Set<string>();
  for (const glob of globs) {
    const pattern = isAbsolute(glob) ? toPosix(relative(root, glob)) : glob.replace(/^\.\//, '');
    const matcher = new Minimatch(pattern, { dot: false });
    const start = staticPrefix(pattern);
    for (const path of await walk(root, start)) if (matcher.match(path)) found.add(path);
  }
  return readAll(root, [...found].sort(), options);
}

/** Every regular file under `dir`, named `<prefix>/<relative path>` (fixture `reports/`). */
export async function readReportDir(dir: string, prefix: string, options: ReportReadOptions = {}): Promise<ReportFile[]> {
  const paths = (await walk(dir, '')).sort();
  const files = await readAll(dir, paths, options);
  return files.map((file) => ({ path: `${prefix}/${file.path}`, content: file.content }));
}

/** The directory part of a glob before its first magic character, e.g. `build/reports` of `build/reports/**\/*.xml`. */
function staticPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Relative paths of regular files under root/start; a missing start is an empty list. */
async function walk(root: string, start: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [start];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
      else if (entry.isFile()) out.push(path);
    }
  }
  return out;
}

async function readAll(root: string, paths: string[], options: ReportReadOptions): Promise<ReportFile[]> {
  const maxBytes = options.maxBytes ?? REPORT_MAX_BYTES;
  const files: ReportFile[] = [];
  for (const path of paths) {
    const full = join(root, path);
    const info = await lstat(full);
    if (!info.isFile()) continue;
    if (info.size > maxBytes) {
      throw new GateError('config_invalid', `report ${path} is ${info.size} bytes, over the ${maxBytes}-byte limit`,
        'Split the report, narrow the report globs, or remove the file from them.', { file: path });
    }
    files.push({ path, content: await readFile(full, 'utf8') });
  }
  return files;
}
